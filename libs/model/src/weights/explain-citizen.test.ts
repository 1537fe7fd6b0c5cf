import { describe, expect, it } from 'vitest';
import { citizenIndexById } from '../inputs/find-citizen.js';
import { readInputs } from '../inputs/read-inputs.js';
import { fixtureBook, weightsContent } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { runModel } from '../run/run-model.js';
import { explainCitizen } from './explain-citizen.js';

const share = (value: number) => ({ value, reference: { instrument: 'test' } });

describe('explainCitizen', async () => {
  const book = fixtureBook({ weights: weightsContent([{ level: 'council', share: share(0.05) }, { level: 'municipality', share: share(0.1) }]) });
  const inputs = await readInputs(await writeInputFolder(tenCitizensFiles), { book });

  it('citizen 6 (K, 80, 5 somatic, psychiatric, widow, MENAPT, PhD): 1.6 + 0.6 + 0.4 + 0.1 + 0.15 − 0.08 = 2.77', () => {
    const e = explainCitizen(inputs, 5, book);
    expect(e.line).toBe(7);
    expect([e.id, e.sex, e.age, e.ageBand, e.municipality, e.council, e.effectiveEducation]).toEqual([6, 'K', 80, '65+', 'Beta', 'Nord', 'phd']);
    expect(e.base.value).toBe(1.6);
    expect(e.contributions.map((c) => [c.id, c.value])).toEqual([
      ['somatic-3plus', 0.6],
      ['psychiatric', 0.4],
      ['widowed', 0.1],
      ['menapt', 0.15],
      ['long-higher-education', -0.08],
    ]);
    expect(e.raw).toBeCloseTo(2.77, 12);
    expect(e.normalisationFactor).toBeCloseTo(10 / 16.2, 12);
    expect(e.normalised).toBeCloseTo(2.77 / 1.62, 12);
    expect(e.corrections.map((c) => [c.level, c.area, c.share])).toEqual([
      ['council', 'Nord', 0.05],
      ['municipality', 'Beta', 0.1],
    ]);
    // final = normalised × the product of the correction factors
    expect(e.final).toBeCloseTo(e.normalised * e.corrections[0].factor * e.corrections[1].factor, 12);
    expect(e.ruleSet.id).toBe('weights');
  });

  // Seed 000: »en borger, som er udenfor arbejdsmarkedet, vil blive tillagt en vægt på 0,54 oveni de
  // andre karakteristika« — normalisation to mean 1 then scales the 0,54 with everything else.
  it('citizen 4 (outside the labour market): the 0,54 before normalisation and × 10 / 16,2 after', () => {
    const e = explainCitizen(inputs, 3, book);
    const outside = e.contributions.find((c) => c.id === 'outside-labour-market')!;
    expect(outside.value).toBe(0.54);
    expect(outside.normalisedValue).toBeCloseTo(0.54 * (10 / 16.2), 12);
    expect(e.normalisedBase).toBeCloseTo(1.1 * (10 / 16.2), 12);
    expect(e.normalisation).toEqual({ applied: true, mean: 1 });
  });

  it('with `normalise: false` (weights fitted on the mean-1 scale) the raw weights are used as they are', async () => {
    const reference = { instrument: 'Vejledningen om beregningerne', illustrative: true };
    const plain = fixtureBook({ weights: { ...weightsContent(), normalise: { value: false, reference } } });
    const e = explainCitizen(await readInputs(await writeInputFolder(tenCitizensFiles), { book: plain }), 3, plain);
    expect(e.normalisationFactor).toBe(1);
    expect(e.normalised).toBeCloseTo(2.12, 12);
    expect(e.final).toBeCloseTo(2.12, 12);
    expect(e.contributions.find((c) => c.id === 'outside-labour-market')!.normalisedValue).toBe(0.54);
    expect(e.normalisation).toEqual({ applied: false, mean: 1, reference });
  });

  it('below 30 the parents’ education counts: citizen 1 (5 years, parents grundskole) gets +0.1', () => {
    const e = explainCitizen(inputs, 0, book);
    expect([e.characteristics.education, e.effectiveEducation]).toEqual(['ukendt', 'grundskole']);
    expect(e.contributions.map((c) => c.id)).toEqual(['basic-school']);
  });

  it('agrees with runModel: the clinic mean is the mean of the explained final weights', () => {
    const clinicA = runModel(inputs, book).clinics.find((c) => c.providerNumber === '100001')!;
    const finals = [0, 1, 2].map((i) => explainCitizen(inputs, i, book).final);
    expect(clinicA.meanWeight).toBeCloseTo(finals.reduce((a, b) => a + b, 0) / 3, 12);
  });

  it('finds a citizen by id: id 6 is index 5', () => {
    expect(citizenIndexById(inputs, 6)).toBe(5);
    expect(citizenIndexById(inputs, 99)).toBe(-1);
  });

  it('an index outside the population is a Danish RangeError', () => {
    expect(() => explainCitizen(inputs, 10, book)).toThrow('Borger nr. 10 findes ikke (der er 10 borgere)');
  });
});
