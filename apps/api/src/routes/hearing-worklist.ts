import { Router } from 'express';
import { minimumPatientsRules } from '@fordeling/engine';
import { caseStatuses, type HearingCase } from '@fordeling/store';
import type { AppContext } from '../app-context.js';
import { usedRuleSets } from '../http/rule-set-header.js';
import { visibleHearing } from './hearings.js';

/** What a region's list of cases shows beside the state: the clinic's deadline and the rule sets' flags. */
export interface WorklistFlags {
  /** The region's number (final, else preliminary) differs from the advisory one — it needs a reason (§ 206 b, stk. 3). */
  deviation: boolean;
  /** The rule set asks for a dialogue with the clinic before the final number (seeds 003, 000). */
  dialogue: boolean;
  /** Dialogues recorded on the case. */
  dialoguesHeld: number;
  /** The number is substantially above what the clinic carries per capacity today (minimum-patients' dialogue threshold). */
  substantiallyHigher: boolean;
  /** The clinic's deadline has passed without a response: the region may decide »på det foreliggende grundlag«. */
  overdue: boolean;
}

/**
 * GET /v1/hearings/{id}/worklist — the round's cases with their state, the clinic's deadline and the
 * flags the region works by, each computed by the minimum-patients rule set in force (no number
 * lives here), and the count per state.
 */
export function hearingWorklistRoutes(ctx: AppContext): Router {
  const router = Router();
  router.get('/hearings/:id/worklist', async (req, res) => {
    const hearing = await visibleHearing(ctx, res, req.params.id);
    const book = ctx.rules.bookAt();
    usedRuleSets(res, book);
    const minimum = minimumPatientsRules.of(book);
    const today = ctx.rules.todayDate();
    const cases = await ctx.store.listCases(hearing.id);
    const flagsOf = (c: HearingCase): WorklistFlags => {
      const current = c.listedPatients / c.capacities;
      const number = c.final?.minimumPerCapacity ?? c.preliminary?.minimumPerCapacity;
      const deadline = c.preliminary?.hearingDeadline ?? hearing.dates['hearing-deadline'] ?? null;
      return {
        deviation: number !== undefined && number !== c.advisoryMinimumPerCapacity,
        dialogue: number !== undefined && (c.preliminary?.dialogueRequired === true || minimum.dialogueNeeded(number, c.advisoryMinimumPerCapacity, current)),
        dialoguesHeld: c.dialogues.length,
        substantiallyHigher: number !== undefined && minimum.requiresDialogue(number, current),
        overdue: c.status === 'preliminary' && deadline !== null && deadline < today,
      };
    };
    res.json({
      hearing,
      today,
      counts: Object.fromEntries(caseStatuses.map((s) => [s, cases.filter((c) => c.status === s).length])),
      cases: cases.map((c) => ({
        providerNumber: c.providerNumber,
        clinicName: c.clinicName,
        municipality: c.municipality,
        council: c.council,
        status: c.status,
        version: c.version,
        capacities: c.capacities,
        listedPatients: c.listedPatients,
        advisoryMinimumPerCapacity: c.advisoryMinimumPerCapacity,
        preliminaryPerCapacity: c.preliminary?.minimumPerCapacity ?? null,
        finalPerCapacity: c.final?.minimumPerCapacity ?? null,
        deadline: c.preliminary?.hearingDeadline ?? hearing.dates['hearing-deadline'] ?? null,
        flags: flagsOf(c),
        updatedAt: c.updatedAt,
      })),
    });
  });
  return router;
}
