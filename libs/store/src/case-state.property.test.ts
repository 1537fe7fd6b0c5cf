import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { requiredPrevious } from './case-state.js';
import { RuleViolationError, StateConflictError } from './errors.js';
import type { CaseStatus } from './contract/index.js';
import { backends } from './testing/backends.js';
import { caseRules, clinicActor, clinics, regionActor, runJson } from './testing/fixtures.js';
import { useStore } from './testing/use-store.js';

type Step = Exclude<CaseStatus, 'advisory'>;
const order: CaseStatus[] = ['advisory', 'preliminary', 'response', 'final'];

const action = fc.record({
  step: fc.constantFrom<Step>('preliminary', 'response', 'final'),
  minimum: fc.integer({ min: 1000, max: 3000 }),
  withReason: fc.boolean(),
});

describe.each(backends)('case state machine, any sequence of attempts ($name)', (backend) => {
  const ctx = useStore(backend);
  let year = 2100;

  beforeAll(async () => {
    await ctx.store.registerRun(runJson, clinics, { id: 'run-1' });
  });

  it('only ever moves one step forward; a refused attempt changes nothing; history and audit match the version', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 8 }), async (actions) => {
        const hearing = await ctx.store.openHearing({ region: 'Nordjylland', year: year++, runId: 'run-1', dates: {}, actor: regionActor });
        const [{ id, advisoryMinimumPerCapacity: advisory }] = await ctx.store.listCases(hearing.id);
        let status: CaseStatus = 'advisory';
        for (const a of actions) {
          const reason = a.withReason ? 'local-conditions' : null;
          const attempt =
            a.step === 'preliminary'
              ? ctx.store.setPreliminary({ caseId: id, minimumPerCapacity: a.minimum, deviationReasonId: reason, dialogueRequired: false, rules: caseRules, actor: regionActor })
              : a.step === 'response'
                ? ctx.store.recordResponse({ caseId: id, comment: 'svar', actor: clinicActor })
                : ctx.store.setFinal({ caseId: id, minimumPerCapacity: a.minimum, reasonId: reason, effectiveDate: '2027-02-01', rules: caseRules, actor: regionActor });
          const outcome = await attempt.then(() => 'ok' as const, (error: unknown) => error);
          const inOrder = requiredPrevious[a.step] === status;
          const ruleOk = a.step === 'response' || (a.minimum <= 2700 && (a.minimum === advisory || a.withReason));
          if (!inOrder) expect(outcome).toBeInstanceOf(StateConflictError);
          else if (!ruleOk) expect(outcome).toBeInstanceOf(RuleViolationError);
          else {
            expect(outcome).toBe('ok');
            status = a.step;
          }
        }
        const detail = (await ctx.store.getCaseById(id))!;
        expect(detail.status).toBe(status);
        expect(detail.version).toBe(order.indexOf(status) + 1);
        expect(detail.history.map((h) => h.toStatus)).toEqual(order.slice(0, detail.version));
        expect(await ctx.store.listAudit({ entity: 'case', entityId: id })).toHaveLength(detail.version - 1);
      }),
      { numRuns: 15, seed: 206 },
    );
  });
});
