import type { DecidedRequest } from '../data/decisions-file.js';
import { fixtureRuleSets } from './fixture-book.js';

const island = { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 7', url: 'https://www.retsinformation.dk/eli/lta/2025/975', illustrative: true };

/** A new capacity on Læsø granted under the non-bridged island exception, until 31 December 2026. */
export const islandDecision: DecidedRequest = {
  request: {
    date: '2025-10-01',
    council: 'Vendsyssel',
    request: 'new',
    existingCapacities: 98,
    ceiling: 97,
    clinic: { providerNumber: '100001', island: 'Læsø' },
    regionFindsCoverageInsufficient: true,
    extraordinaryGrowth: { documented: false, projectedGrowthPct: 0.2 },
  },
  decision: {
    outcome: 'granted',
    basis: 'non-bridged-island',
    validUntil: '2026-12-31',
    decidingRule: 'island-exception',
    trace: [
      {
        ruleId: 'ceiling-reached', title: 'Loftet er nået', role: 'base', outcome: 'refused', basis: 'ceiling-reached', status: 'overridden', fired: true, conditions: [], explanation: 'Sundhedsrådet Vendsyssel har 98 kapaciteter og loftet er 97.',
        reference: { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 5' },
      },
      {
        ruleId: 'island-exception', title: 'Undtagelsen for ikke-brofaste øer', role: 'exception', outcome: 'granted', basis: 'non-bridged-island', status: 'deciding', fired: true, conditions: [],
        explanation: 'Klinikken ligger på den ikke-brofaste ø Læsø, og regionen vurderer dækningen utilstrækkelig; undtagelsen gælder til 1. januar 2027.',
        reference: island,
      },
    ],
    explanation: [
      'Klinikken ligger på den ikke-brofaste ø Læsø, og regionen vurderer dækningen utilstrækkelig; undtagelsen gælder til 1. januar 2027.',
      'Sundhedsrådet Vendsyssel har 98 kapaciteter og loftet er 97.',
    ],
    ruleSets: [{ id: 'decisions', version: '2025.1', hash: 'sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' }, fixtureRuleSets.capacity.ref],
    asOf: '2025-10-20',
  },
};
