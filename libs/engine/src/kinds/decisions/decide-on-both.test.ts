// The rule tests run every decisions case on both evaluators (test-evaluators.ts → decide-on-both.ts):
// equal results pass as before, a difference fails the case with a Danish reason.
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../core/load-rules.js';
import { defaultRulesDir } from '../../core/repo-paths.js';
import { runRuleTests } from '../../core/run-rule-tests.js';
import { kronjyllandRequest } from '../../testing/capacity-request.js';
import { registry } from '../../testing/shipped-rules.js';
import { decisionsRules, type DecisionsCompiled } from './compile.js';
import { decide } from './decide.js';
import { decideOnBoth } from './decide-on-both.js';
import { EvaluatorMismatchError } from './errors.js';

type Evaluation = ReturnType<DecisionsCompiled['evaluate']>[number];

/** `refill` (rule 0) backwards. */
const backwards = (e: Evaluation, i: number): Evaluation => (i === 0 ? { ...e, fired: !e.fired } : e);

/** A fresh library (its own compile cache) whose compiled evaluator gets each rule's result through `sabotage`. */
async function sabotagedLibrary(sabotage: (e: Evaluation, i: number) => Evaluation = backwards) {
  const library = await loadRules(defaultRulesDir, registry);
  // Each decisions version once (the library caches one compiled form per version).
  for (const compiled of new Set(['2026-03-15', '2027-01-01'].map((date) => decisionsRules.of(library.bookAt(date))))) {
    const evaluate = compiled.evaluate;
    compiled.evaluate = (facts) => evaluate(facts).map(sabotage);
  }
  return library;
}

describe('decideOnBoth', () => {
  it('returns the decision when both evaluators agree', async () => {
    const book = (await loadRules(defaultRulesDir, registry)).bookAt('2026-03-15');
    expect(await decideOnBoth(kronjyllandRequest(), book)).toEqual(await decide(kronjyllandRequest(), book, { evaluator: 'json-rules-engine' }));
  });

  it('rethrows the error both evaluators give', async () => {
    const book = (await loadRules(defaultRulesDir, registry)).bookAt('2026-03-15');
    await expect(decideOnBoth(kronjyllandRequest({ council: 'Sydhavnen' }), book)).rejects.toThrow('Sundhedsrådet »Sydhavnen« findes ikke');
  });

  it('names the first difference in the decisions in Danish', async () => {
    const wrongFact = (e: Evaluation, i: number): Evaluation => (i === 0 ? { ...e, leaves: [{ ...e.leaves[0], factValue: 'ny' }] } : e);
    const book = (await sabotagedLibrary(wrongFact)).bookAt('2026-03-15');
    const error = await decideOnBoth(kronjyllandRequest(), book).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EvaluatorMismatchError);
    expect((error as Error).message).toBe(
      'Den kompilerede evaluator og json-rules-engine (referencen) giver forskellige resultater: /trace/0/conditions/0/factValue: kompileret »ny«, json-rules-engine »new«. Den kompilerede evaluator skal rettes.',
    );
  });

  it('names a decision against an error in Danish', async () => {
    const book = (await sabotagedLibrary()).bookAt('2026-03-15');
    await expect(decideOnBoth(kronjyllandRequest(), book)).rejects.toThrow(
      /^Den kompilerede evaluator og json-rules-engine \(referencen\) giver forskellige resultater: kompileret fejlen »DecisionConflictError: Reglerne »Genbesættelse« .*«, json-rules-engine en afgørelse efter reglen »Loftet er nået«\. Den kompilerede evaluator skal rettes\.$/,
    );
  });

  it('fails the rule test cases where the evaluators differ, and only those', async () => {
    const report = await runRuleTests(defaultRulesDir, await sabotagedLibrary(), registry);
    const decisions = report.results.filter((r) => r.file.includes('/decisions/'));
    const failed = decisions.filter((r) => !r.passed);
    // Every case that reaches the rules differs (refill is backwards); request errors still agree.
    expect(failed.map((r) => r.name)).toEqual(decisions.filter((r) => !r.name.includes('fejl i anmodningen')).map((r) => r.name));
    expect(failed.length).toBeGreaterThanOrEqual(5);
    for (const r of failed) expect(r.reason).toMatch(/^Den kompilerede evaluator og json-rules-engine \(referencen\) giver forskellige resultater: .+\. Den kompilerede evaluator skal rettes\.$/);
  });
});
