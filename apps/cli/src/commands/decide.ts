// `fordeling decide [--as-of DATO] [--explain] < anmodning.json` — decides one request to establish
// or re-fill a capacity under the rule sets in force (issue 3) and prints the decision.
import { parseArgs } from 'node:util';
import {
  citeReference,
  DecisionConflictError,
  decide,
  defaultRulesDir,
  draftNotice,
  formatDate,
  formatNumber,
  isIsoDate,
  loadRules,
  parseVersionSelection,
  RequestError,
  requestDate,
  type Decision,
  type RuleRegistry,
  type RuleStatus,
} from '@fordeling/engine';
import { createRuleRegistry } from '../container.js';

const USAGE = `Brug: fordeling decide [tilvalg] < anmodning.json

Afgør en anmodning om en ny lægekapacitet eller en genbesættelse efter de regelsæt, der gælder.
Anmodningen læses som JSON fra standard-input, fx:
  { "date": "2026-12-31", "council": "Kronjylland", "request": "new", "existingCapacities": 136.5,
    "clinic": { "providerNumber": "071234", "island": "Anholt" },
    "regionFindsCoverageInsufficient": true }
Kapaciteter kan være brøker. »requestedCapacities« (standard 1) er det ansøgte antal. »ceiling«
udelades, hvor regelsættet capacity har bekendtgørelsens antal for sundhedsrådet og året; ellers
angives loftet. En ekstraordinær situation: »extraordinarySituation«: { "kind":
"high-population-growth" eller en anden slags, "description", "regionReasoning",
"projectedGrowthPct" }. Lægen, der skal eje ydernummeret: »doctor«: { "id", "providerNumbers" }.

Tilvalg:
  --as-of ÅÅÅÅ-MM-DD  Brug regelsættene, der gælder denne dag (standard: anmodningens dato)
  --versions ID@VERSION,…
                      Prøv anmodningen efter disse versioner, fx et udkast: decisions@2026.1-udkast
                      (resultatet siger »UDKAST — ikke gældende regler«)
  --explain           Skriv begrundelsen på dansk i stedet for JSON
  --dir MAPPE         Regelmappe (standard: rules/)

Afslutningskode: 0 = afgjort (bevilget eller afslået), 1 = ugyldig anmodning eller modstridende regler, 2 = forkert brug.`;

export interface DecideCommandDeps {
  registry?: RuleRegistry;
  /** The request text; read from standard input when not given. */
  stdin?: () => Promise<string>;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const OUTCOME = { granted: 'bevilget', refused: 'afslået' } as const;
const BASIS = {
  'within-ceiling': 'inden for kapacitetsloftet',
  refill: 'genbesættelse',
  'non-bridged-island': 'ikke-brofast ø',
  'extraordinary-growth': 'ekstraordinær situation: høj befolkningstilvækst',
  'extraordinary-situation': 'ekstraordinær situation',
  'ceiling-reached': 'ud over kapacitetsloftet',
  'provider-number-limit': 'højst tre ydernumre pr. læge',
} as const;
const STATUS: Record<RuleStatus, string> = {
  deciding: 'afgørende',
  agreeing: 'enig',
  overridden: 'fraveget',
  'not-applicable': 'uden virkning',
  'not-fired': 'ikke opfyldt',
};

/** The decision in Danish: outcome, why, every rule with its conditions, the rule-set versions. */
export function explainDecision(d: Decision): string[] {
  // Rules are named by their Danish titles; the ids stay in the JSON for machines.
  const title = (rule: { ruleId: string; title?: string }) => rule.title ?? rule.ruleId;
  const deciding = d.trace.find((t) => t.ruleId === d.decidingRule) ?? { ruleId: d.decidingRule };
  const notice = draftNotice(d.ruleSets);
  const lines = [...(notice ? [notice, ''] : []), `${notice ? 'Prøvet afgørelse' : 'Afgørelse'}: ${OUTCOME[d.outcome]} (${BASIS[d.basis]}) efter reglen »${title(deciding)}«.`];
  if (d.unit === 'provider-number' && d.outcome === 'granted') lines.push('Bevillingen er et ekstra ydernummer.');
  if (d.validUntil) lines.push(`Gyldig til og med ${formatDate(d.validUntil)}.`);
  if (d.ceiling) {
    const source = d.ceiling.fixedByOrder && d.ceiling.reference ? `bekendtgørelsens antal, ${citeReference(d.ceiling.reference)}` : 'anmodningens loft';
    lines.push(`Loft: ${formatNumber(d.ceiling.capacities)} lægekapaciteter (${source}).`);
  }
  lines.push('', 'Begrundelse:', ...d.explanation.map((s) => `  ${s}`), '', 'Alle regler:');
  for (const rule of d.trace) {
    // A rule that did not fire is explained by its conditions alone.
    const why = rule.status === 'not-fired' ? citeReference(rule.reference) : rule.explanation;
    const status = rule.status ? STATUS[rule.status] : rule.fired ? 'opfyldt' : 'ikke opfyldt';
    lines.push(`  [${status}] ${title(rule)}: ${why}`);
    for (const c of rule.conditions) lines.push(`      ${c.sentence}`);
  }
  lines.push('', `Regelsæt (${notice ? 'valgt' : 'gældende'} ${formatDate(d.asOf)}):`, ...d.ruleSets.map((r) => `  ${r.id} ${r.version}${r.draft ? ' (udkast)' : ''} ${r.hash}`));
  return lines;
}

export async function run(argv: string[], deps: DecideCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((line: string) => console.log(line));
  const err = deps.err ?? ((line: string) => console.error(line));
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'as-of': { type: 'string' }, versions: { type: 'string' }, explain: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    out(USAGE);
    return 0;
  }
  if (values['as-of'] !== undefined && !isIsoDate(values['as-of'])) {
    err(`--as-of: »${values['as-of']}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`);
    return 2;
  }
  let versions: Record<string, string> | undefined;
  try {
    versions = values.versions === undefined ? undefined : parseVersionSelection(values.versions);
  } catch (error) {
    err(`--versions: ${(error as Error).message}`);
    return 2;
  }

  const text = await (deps.stdin ?? readStdin)();
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch (error) {
    err(`/ Anmodningen er ikke gyldig JSON: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  // The rules in force on the request's date decide it, unless --as-of says otherwise. A request
  // without a valid date is still checked (against today's rules) so every problem is reported.
  const asOf = values['as-of'] ?? requestDate(request) ?? new Date().toISOString().slice(0, 10);
  const library = await loadRules(values.dir ?? defaultRulesDir, deps.registry ?? createRuleRegistry());
  try {
    const decision = await decide(request, library.bookAt(asOf, { versions }));
    if (values.explain) explainDecision(decision).forEach((line) => out(line));
    else out(JSON.stringify(decision, null, 2));
    return 0;
  } catch (error) {
    if (error instanceof RequestError) {
      err('Anmodningen er ugyldig:');
      for (const p of error.problems) err(`${p.pointer || '/'} ${p.message}`);
      return 1;
    }
    if (error instanceof DecisionConflictError) {
      err(error.message);
      return 1;
    }
    // A missing or ambiguous rule set: say so and point at the validator.
    err(`${error instanceof Error ? error.message : String(error)}\nKør »fordeling rules validate« for at se problemerne i regelsættene.`);
    return 1;
  }
}
