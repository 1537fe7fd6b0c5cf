// Content-level malformed rule files: each case mutates a copy of a shipped file in memory, loads it
// through the real loader and asserts the JSON pointer, a line in the file and the Danish message.
import { describe, expect, it } from 'vitest';
import type { RuleSetDocument } from '../contract/rule-set.js';
import { problemsOf, shippedDocument } from '../testing/shipped-rules.js';

type Doc = RuleSetDocument<any>;

interface MalformedCase {
  name: string;
  id: string;
  mutate: (doc: Doc) => void;
  pointer: string;
  message: string;
}

const stepDate = (doc: Doc, step: number, date: string) => {
  doc.content.rounds[0].steps[step].date = date;
};

const cases: MalformedCase[] = [
  // Legal references: every parameter, row and rule carries one.
  { name: 'parameter without reference', id: 'capacity', mutate: (d) => delete d.content.targetWeightedCitizensPerCapacity.reference, pointer: '/content/targetWeightedCitizensPerCapacity/reference', message: 'Feltet »reference« mangler.' },
  { name: 'table row without reference', id: 'geography', mutate: (d) => delete d.content.municipalities[5].reference, pointer: '/content/municipalities/5/reference', message: 'Feltet »reference« mangler.' },
  { name: 'rule without reference', id: 'decisions', mutate: (d) => delete d.content.rules[1].reference, pointer: '/content/rules/1/reference', message: 'Feltet »reference« mangler.' },
  { name: 'reference without instrument', id: 'weights', mutate: (d) => delete d.content.baseWeights[3].reference.instrument, pointer: '/content/baseWeights/3/reference/instrument', message: 'Feltet »instrument« mangler.' },
  { name: '"illustrative" that is not true/false', id: 'weights', mutate: (d) => (d.content.contributions[0].reference.illustrative = 'ja'), pointer: '/content/contributions/0/reference/illustrative', message: 'Skal være en sandhedsværdi' },
  // Types and ranges.
  { name: 'a number written as text', id: 'capacity', mutate: (d) => (d.content.maximumPatientsPerCapacity.value = '2700'), pointer: '/content/maximumPatientsPerCapacity/value', message: 'Skal være et heltal' },
  { name: 'a negative target', id: 'capacity', mutate: (d) => (d.content.targetWeightedCitizensPerCapacity.value = -1600), pointer: '/content/targetWeightedCitizensPerCapacity/value', message: 'Skal være større end 0' },
  { name: 'unknown rounding method', id: 'capacity', mutate: (d) => (d.content.ceilingRounding.method = 'bankers'), pointer: '/content/ceilingRounding/method', message: 'Tilladte værdier: »round«, »floor«, »ceil«' },
  { name: 'reporting band lower above upper', id: 'capacity', mutate: (d) => (d.content.reportingBand.lower = 2100), pointer: '/content/reportingBand/lower', message: 'Intervallets nedre grænse (2100) er større end den øvre (2000).' },
  { name: 'the same year twice', id: 'capacity', mutate: (d) => (d.content.years[1].year = 2025), pointer: '/content/years/1/year', message: 'Året 2025 findes allerede i række 1' },
  // Weights.
  { name: 'overlapping age bands', id: 'weights', mutate: (d) => (d.content.ageBands[3].from = 14), pointer: '/content/ageBands/3/from', message: 'Aldersgruppen »15-24« (14-24 år) overlapper den foregående aldersgruppe, der går til 14 år.' },
  { name: 'a gap between age bands', id: 'weights', mutate: (d) => (d.content.ageBands[3].from = 16), pointer: '/content/ageBands/3/from', message: 'Ingen aldersgruppe dækker alderen 15-15 år (hul før »15-24«).' },
  { name: 'oldest age band closed', id: 'weights', mutate: (d) => (d.content.ageBands[10].to = 99), pointer: '/content/ageBands', message: 'alderen 100 år og derover er ikke dækket' },
  { name: 'missing base weight cell', id: 'weights', mutate: (d) => d.content.baseWeights.splice(15, 1), pointer: '/content/baseWeights', message: 'Basisvægt mangler for kvinder i aldersgruppen »25-34« (25-34 år).' },
  { name: 'base weight for an unknown age band', id: 'weights', mutate: (d) => (d.content.baseWeights[0].ageBand = '0-1'), pointer: '/content/baseWeights/0/ageBand', message: 'Aldersgruppen »0-1« findes ikke under »ageBands«.' },
  { name: 'contribution with two conditions', id: 'weights', mutate: (d) => (d.content.contributions[0].min = 2), pointer: '/content/contributions/0', message: 'Tillægget »somatic-2« skal have præcis én betingelse' },
  { name: 'contribution with an unknown civil status', id: 'weights', mutate: (d) => (d.content.contributions[4].equals = 'enkemand'), pointer: '/content/contributions/4/equals', message: '»enkemand« er ikke en kendt værdi for civilstand' },
  { name: 'life-expectancy shares summing to 1 or more', id: 'weights', mutate: (d) => ((d.content.lifeExpectancyCorrection[0].share.value = 0.6), (d.content.lifeExpectancyCorrection[1].share.value = 0.5)), pointer: '/content/lifeExpectancyCorrection', message: 'summerer til 1,10; summen skal være under 1' },
  // Geography.
  { name: 'municipality in an unknown council', id: 'geography', mutate: (d) => (d.content.municipalities[0].council = 'Storkøbenhavn'), pointer: '/content/municipalities/0/council', message: 'Kommunen »København« hører til sundhedsrådet »Storkøbenhavn«, som ikke findes under »councils«.' },
  { name: 'duplicate municipality code', id: 'geography', mutate: (d) => (d.content.municipalities[1].code = 101), pointer: '/content/municipalities/1/code', message: 'Kommunekoden 101 findes allerede i række 1' },
  { name: 'council in an unknown region', id: 'geography', mutate: (d) => (d.content.councils[0].region = 'Grønland'), pointer: '/content/councils/0/region', message: 'hører til regionen »Grønland«, som ikke findes' },
  { name: 'island in an unknown municipality', id: 'geography', mutate: (d) => (d.content.islands[0].municipality = 999), pointer: '/content/islands/0/municipality', message: 'Øen »Bornholm« ligger i kommune 999, som ikke findes under »municipalities«.' },
  // Decisions.
  { name: 'duplicate rule id', id: 'decisions', mutate: (d) => (d.content.rules[1].id = 'refill'), pointer: '/content/rules/1/id', message: 'Reglen »refill« findes allerede i række 1' },
  { name: 'exception overriding an unknown rule', id: 'decisions', mutate: (d) => (d.content.rules[3].overrides = ['ceiling-reachd']), pointer: '/content/rules/3/overrides/0', message: 'Undtagelsen »non-bridged-island« fraviger reglen »ceiling-reachd«, som ikke findes.' },
  { name: 'exception overriding an exception', id: 'decisions', mutate: (d) => (d.content.rules[4].overrides = ['non-bridged-island']), pointer: '/content/rules/4/overrides/0', message: 'som selv er en undtagelse' },
  { name: 'base rule that overrides', id: 'decisions', mutate: (d) => (d.content.rules[0].overrides = ['within-ceiling']), pointer: '/content/rules/0/overrides', message: 'Grundreglen »refill« kan ikke fravige andre regler' },
  {
    name: 'conflicting exceptions (same conditions, different outcome)',
    id: 'decisions',
    mutate: (d) => d.content.rules.push({ ...structuredClone(d.content.rules[3]), id: 'island-refused', outcome: 'refused', basis: 'ceiling-reached' }),
    pointer: '/content/rules/5',
    message: 'Undtagelserne »non-bridged-island« og »island-refused« fraviger samme grundregel under de samme betingelser, men med forskelligt udfald.',
  },
  { name: 'unknown fact in a condition', id: 'decisions', mutate: (d) => (d.content.rules[0].conditions.all[0].fact = 'requestType'), pointer: '/content/rules/0/conditions/all/0/fact', message: 'Ukendt faktum »requestType«. Kendte fakta: date, council, request' },
  { name: 'unknown operator in a condition', id: 'decisions', mutate: (d) => (d.content.rules[3].conditions.all[0].operator = 'before'), pointer: '/content/rules/3/conditions/all/0/operator', message: 'Ukendt operator »before«.' },
  { name: 'unknown parameter in a condition', id: 'decisions', mutate: (d) => (d.content.rules[3].conditions.all[0].value = 'param:islandEnds'), pointer: '/content/rules/3/conditions/all/0/value', message: 'Parameteren »islandEnds« findes ikke under »parameters«.' },
  { name: 'date operator on a number', id: 'decisions', mutate: (d) => (d.content.rules[4].conditions.all[1].operator = 'dateBefore'), pointer: '/content/rules/4/conditions/all/1/operator', message: 'Operatoren »dateBefore« kan ikke bruges om »projectedGrowthPct«, som er et tal.' },
  { name: 'parameter that is not a date compared as a date', id: 'decisions', mutate: (d) => (d.content.parameters.islandExceptionEnds.value = '2027-02-30'), pointer: '/content/rules/3/conditions/all/0/value', message: 'skal også være det; fik parameteren »islandExceptionEnds«' },
  { name: 'conditions not starting with all/any/not', id: 'decisions', mutate: (d) => (d.content.rules[0].conditions = { fact: 'request', operator: 'equal', value: 'refill' }), pointer: '/content/rules/0/conditions', message: 'skal begynde med »all«, »any« eller »not«' },
  { name: 'temporary refusal', id: 'decisions', mutate: (d) => (d.content.rules[2].temporary = { months: 6, reference: { instrument: 'X' } }), pointer: '/content/rules/2/temporary', message: 'Kun en bevilling kan være midlertidig' },
  // Timeline.
  { name: 'timeline step out of order', id: 'timeline', mutate: (d) => stepDate(d, 2, '2025-08-01'), pointer: '/content/rounds/0/steps/2/date', message: '»Foreløbigt minimumspatienttal sendes i høring« (1. august 2025) ligger før »Regionen skriver' },
  { name: 'a timeline date that does not exist', id: 'timeline', mutate: (d) => stepDate(d, 0, '2025-06-31'), pointer: '/content/rounds/0/steps/0/date', message: '»2025-06-31« er ikke en dato, der findes i kalenderen.' },
  { name: 'a timeline step missing', id: 'timeline', mutate: (d) => d.content.rounds[1].steps.pop(), pointer: '/content/rounds/1/steps', message: 'Trinnet »final-effective« mangler i runden for 2026.' },
  // Minimum patients.
  { name: 'duplicate deviation reason', id: 'minimum-patients', mutate: (d) => (d.content.deviationReasons[1].id = 'special-functions'), pointer: '/content/deviationReasons/1/id', message: 'Begrundelsen »special-functions« findes allerede i række 1' },
];

describe('malformed rule files: pointer, line and a Danish message', () => {
  it('ships at least 20 cases', () => expect(cases.length).toBeGreaterThanOrEqual(20));

  it.each(cases)('$name', async ({ id, mutate, pointer, message }) => {
    const doc = await shippedDocument(id);
    mutate(doc);
    const problems = await problemsOf(doc);
    const found = problems.find((p) => p.pointer === pointer && p.message.includes(message));
    expect(found, `problems: ${JSON.stringify(problems, null, 1)}`).toBeDefined();
    expect(found!.file).toMatch(new RegExp(`bek-975-2025/${id}/2025\\.1\\.json$`));
    expect(found!.line).toBeGreaterThan(0);
  });

  it.each(['geography', 'weights', 'capacity', 'minimum-patients', 'timeline', 'decisions'])('the shipped %s 2025.1 has no problems', async (id) => {
    expect(await problemsOf(await shippedDocument(id))).toEqual([]);
  });
});
