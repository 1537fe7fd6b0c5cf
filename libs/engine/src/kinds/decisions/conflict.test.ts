import { describe, expect, it } from 'vitest';
import type { DecisionsContent } from './types.js';
import { anholtRequest } from '../../testing/capacity-request.js';
import { loadDocuments, shippedDocument } from '../../testing/shipped-rules.js';
import { decide } from './decide.js';
import { DecisionConflictError, DecisionGapError } from './errors.js';

/** The shipped decisions plus an exception that refuses new capacities on Anholt (a contradiction). */
async function conflictingBook() {
  const decisions = await shippedDocument<DecisionsContent>('decisions');
  decisions.content.rules.push({
    id: 'anholt-refused',
    title: 'Ingen nye ydernumre på Anholt',
    role: 'exception',
    overrides: ['ceiling-reached'],
    outcome: 'refused',
    basis: 'ceiling-reached',
    conditions: { all: [{ fact: 'island', operator: 'equal', value: 'Anholt' }] },
    explanation: 'Testregel: ingen nye ydernumre på Anholt.',
    reference: { instrument: 'Testregelsæt', paragraph: '§ 99' },
  });
  const { library, problems } = await loadDocuments([decisions, await shippedDocument('geography')]);
  expect(problems).toEqual([]);
  return library.bookAt('2026-06-01');
}

const anholt = anholtRequest({ date: '2026-06-01', extraordinaryGrowth: { documented: false, projectedGrowthPct: 0 } });

describe('decide — exceptions that disagree', () => {
  it('throws DecisionConflictError naming both rules and their references', async () => {
    const book = await conflictingBook();
    const error = await decide(anholt, book).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DecisionConflictError);
    const conflict = error as DecisionConflictError;
    expect(conflict.rules.map((r) => r.id)).toEqual(['non-bridged-island', 'anholt-refused']);
    expect(conflict.message).not.toMatch(/»(non-bridged-island|anholt-refused)«/);
    expect(conflict.message).toBe(
      'Reglerne »Undtagelsen for ikke-brofaste øer« (BEK nr. 975 af 2025, paragraf udfyldes) og »Ingen nye ydernumre på Anholt« (Testregelsæt, § 99) finder begge anvendelse, men fører til forskellige afgørelser (bevilling og afslag). Regelsættet skal rettes.',
    );
  });

  it('decides normally where only one of them applies', async () => {
    const book = await conflictingBook();
    const d = await decide({ ...anholt, regionFindsCoverageInsufficient: false }, book);
    expect(d).toMatchObject({ outcome: 'refused', decidingRule: 'anholt-refused' });
    expect(d.trace.find((t) => t.ruleId === 'ceiling-reached')?.status).toBe('overridden');
  });
});

describe('decide — a gap in the rules', () => {
  it('throws DecisionGapError when no rule applies (re-filling rule removed)', async () => {
    const decisions = await shippedDocument<DecisionsContent>('decisions');
    decisions.content.rules = decisions.content.rules.filter((r) => r.id !== 'refill');
    const { library } = await loadDocuments([decisions, await shippedDocument('geography')]);
    await expect(decide({ ...anholt, request: 'refill' }, library.bookAt('2026-06-01'))).rejects.toThrow(DecisionGapError);
  });
});
