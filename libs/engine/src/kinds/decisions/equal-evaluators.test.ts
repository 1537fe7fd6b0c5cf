// The compiled evaluator against json-rules-engine, the reference, on whole decisions: random valid
// capacity requests around every date and number the shipped rules turn on, for every shipped
// decisions version. The team standard for a hand-written hot path (docs/engine.md).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { randomCapacityRequests } from '../../testing/random-capacity-requests.js';
import { decide } from './decide.js';

const library = await shippedLibrary();
const versions = library.versions('decisions');

/** The decision, or the error's class and message: both evaluators must give the same. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { decision: await run() };
  } catch (error) {
    return { error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

describe('decide: the compiled evaluator equals json-rules-engine', () => {
  it('ships at least one decisions version', () => {
    expect(versions.length).toBeGreaterThanOrEqual(1);
  });

  it.each(versions.map((v) => [v.ref.version, v] as const))('decisions %s, random capacity requests', async (_version, loaded) => {
    const bases = new Set<string>();
    await fc.assert(
      fc.asyncProperty(randomCapacityRequests(library, loaded), async ({ input, book }) => {
        const compiled = await outcome(() => decide(input, book));
        const reference = await outcome(() => decide(input, book, { evaluator: 'json-rules-engine' }));
        expect(compiled).toEqual(reference);
        // Byte-identical too: the decision's JSON is what the API stores and hashes.
        expect(JSON.stringify(compiled)).toBe(JSON.stringify(reference));
        if ('decision' in (compiled as object)) bases.add((compiled as { decision: { basis: string } }).decision.basis);
      }),
      { numRuns: 1500 },
    );
    // The requests reach every basis the version's rules give, not just request errors.
    const rules = (loaded.document.content as { rules: Array<{ basis: string }> }).rules;
    expect([...bases].sort()).toEqual([...new Set(rules.map((r) => r.basis))].sort());
  });
});
