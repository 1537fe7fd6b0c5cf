import { ZenEngine } from '@gorules/zen-engine';
import type { Contribution, WeightsContent } from '@fordeling/engine';
import type { CitizenFacts } from './citizen-facts.js';

const FIELDS = ['sex', 'age', 'somaticDiseases', 'psychiatricDisease', 'civilStatus', 'menapt', 'effectiveEducation', 'outsideLabourMarket'] as const;

/**
 * The weights rule set as one GoRules JDM decision table (hit policy "collect"): a row per base-weight
 * row and a row per contribution; the raw weight is the sum of the collected values. One evaluation
 * per citizen.
 */
export function zenWeights(content: WeightsContent): { evaluate(facts: CitizenFacts): Promise<number>; dispose(): void } {
  const empty = Object.fromEntries(FIELDS.map((f) => [f, '']));
  const rows = [
    ...content.baseWeights.map((row, i) => {
      const band = content.ageBands.find((b) => b.id === row.ageBand)!;
      return { ...empty, _id: `base-${i}`, sex: JSON.stringify(row.sex), age: band.to === undefined ? `>= ${band.from}` : `[${band.from}..${band.to}]`, value: String(row.value) };
    }),
    ...content.contributions.map((c) => ({ ...empty, _id: c.id, [c.characteristic]: unaryTest(c), value: String(c.value) })),
  ];
  const graph = {
    nodes: [
      { id: 'input', type: 'inputNode', name: 'Borger', position: { x: 0, y: 0 } },
      {
        id: 'weights',
        type: 'decisionTableNode',
        name: 'Sygdomsvægt',
        position: { x: 240, y: 0 },
        content: { hitPolicy: 'collect', inputs: FIELDS.map((f) => ({ id: f, name: f, field: f })), outputs: [{ id: 'value', name: 'Værdi', field: 'value' }], rules: rows },
      },
      { id: 'output', type: 'outputNode', name: 'Resultat', position: { x: 480, y: 0 } },
    ],
    edges: [
      { id: 'e1', sourceId: 'input', targetId: 'weights', type: 'edge' },
      { id: 'e2', sourceId: 'weights', targetId: 'output', type: 'edge' },
    ],
  };
  const engine = new ZenEngine();
  const decision = engine.createDecision(graph);
  return {
    async evaluate(facts) {
      const { result } = await decision.evaluate(facts);
      let sum = 0;
      for (const hit of result as Array<{ value: number }>) sum += hit.value;
      return sum;
    },
    dispose: () => engine.dispose(),
  };
}

/** A contribution's condition as a JDM unary test on its column. */
function unaryTest(c: Contribution): string {
  if (c.equals !== undefined) return JSON.stringify(c.equals);
  if (c.in !== undefined) return c.in.map((v) => JSON.stringify(v)).join(', ');
  if (c.min !== undefined && c.max !== undefined) return `[${c.min}..${c.max}]`;
  return c.min !== undefined ? `>= ${c.min}` : `<= ${c.max}`;
}
