// A stored decision is its compact record (compact-decision.ts); reading it must give back exactly
// the decision that was made, and anything that would tell a different story is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kronjyllandRequest, anholtRequest } from '../../testing/capacity-request.js';
import { randomCapacityRequests } from '../../testing/random-capacity-requests.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { compactDecision, expandDecision } from './compact-decision.js';
import { decide } from './decide.js';
import { RequestError } from './errors.js';

const library = await shippedLibrary();

describe('compactDecision and expandDecision', () => {
  it.each(library.versions('decisions').map((v) => [v.ref.version, v] as const))('decisions %s: expanding the compact record gives the decision back, byte for byte', async (_version, loaded) => {
    await fc.assert(
      fc.asyncProperty(randomCapacityRequests(library, loaded), async ({ input, book }) => {
        let decision;
        try {
          decision = await decide(input, book);
        } catch (error) {
          if (error instanceof RequestError) return; // nothing is stored for an invalid request
          throw error;
        }
        const stored = JSON.parse(JSON.stringify(compactDecision(decision)));
        expect(JSON.stringify(expandDecision(input, stored, decision.ruleSets, book))).toBe(JSON.stringify(decision));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the result and every rule’s and condition’s finding, in a tenth of the size', async () => {
    const book = library.bookAt('2026-03-15');
    const decision = await decide(anholtRequest(), book);
    const compact = compactDecision(decision);
    expect(compact).toMatchObject({ outcome: 'granted', basis: 'non-bridged-island', decidingRule: 'non-bridged-island', asOf: '2026-03-15' });
    expect(compact.rules.find((r) => r.ruleId === 'ceiling-reached')).toEqual({ ruleId: 'ceiling-reached', fired: true, results: [true, true] });
    expect(JSON.stringify(compact).length * 10).toBeLessThan(JSON.stringify(decision).length);
  });

  it('refuses to rebuild under other rule-set versions, naming both', async () => {
    const decision = await decide(kronjyllandRequest(), library.bookAt('2026-03-15'));
    const other = library.bookAt('2027-03-15');
    expect(() => expandDecision(kronjyllandRequest({ date: '2027-03-15' }), compactDecision(decision), decision.ruleSets, other)).toThrow(
      /^Den gemte afgørelse kan ikke genskabes: afgørelsen blev truffet efter .*geography 2025\.1.*, men genskabes efter .*geography 2027\.1/,
    );
  });

  it('refuses a record whose findings no longer lead to its stored result', async () => {
    const book = library.bookAt('2026-03-15');
    const decision = await decide(kronjyllandRequest(), book);
    const compact = compactDecision(decision);
    const tampered = { ...compact, rules: compact.rules.map((r) => (r.ruleId === 'ceiling-reached' ? { ...r, fired: false } : r)) };
    expect(() => expandDecision(kronjyllandRequest(), tampered, decision.ruleSets, book)).toThrow('Den gemte afgørelse kan ikke genskabes');
    const shorter = { ...compact, rules: compact.rules.slice(1) };
    expect(() => expandDecision(kronjyllandRequest(), shorter, decision.ruleSets, book)).toThrow('reglerne og deres betingelser i den gemte afgørelse svarer ikke til regelsættet');
  });
});
