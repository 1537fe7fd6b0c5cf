import { canonicalHash } from '@fordeling/engine';
import { clinicResultOf, fromStoreCase, type MinimumCase } from '@fordeling/letters';
import type { RunFolder } from '@fordeling/model';
import type { HearingRecord, HearingStore } from '@fordeling/store';
import { letterRunOf, type LetterRun } from './letter-run.js';
import { LettersSetupError } from './setup-error.js';

/** A hearing round read from the store: its run, its clinics' cases, and the case id per clinic. */
export interface HearingSource {
  hearing: HearingRecord;
  /** The run the round was opened from (its clinics limited to the round's cases). */
  run: LetterRun;
  cases: Map<string, MinimumCase>;
  /** Case id per provider number, to record the letters on. */
  caseIds: Map<string, string>;
}

// The timeline step the store keeps the round's hearing deadline under (timeline rule set ids).
const HEARING_DEADLINE = 'hearing-deadline';

/**
 * Reads a hearing round's cases from the store (`--hearing`). The run comes from the store too;
 * when a run folder is given as well (`--run`), it must be the run the round was opened from
 * (same as-of date and rule-set hashes), else the letters would cite other numbers than the cases.
 */
export async function readHearing(store: HearingStore, hearingId: string, runFolder?: RunFolder): Promise<HearingSource> {
  const hearing = await store.getHearing(hearingId);
  if (!hearing) throw new LettersSetupError([`Høringen ${hearingId} findes ikke i databasen (${store.backend}).`]);
  const stored = await store.getRun(hearing.runId);
  if (!stored) throw new LettersSetupError([`Kørslen ${hearing.runId}, som høringen ${hearingId} bygger på, findes ikke i databasen.`]);
  if (runFolder && (runFolder.run.asOf !== stored.asOf || canonicalHash(runFolder.run.ruleSets) !== canonicalHash(stored.run.ruleSets))) {
    throw new LettersSetupError([
      `Kørslen i ${runFolder.dir} er ikke den kørsel, høringen ${hearingId} bygger på (${hearing.runId}, skæringsdato ${stored.asOf}):`,
      'skæringsdato eller regelsæt afviger. Udelad --run, så bruges høringens kørsel fra databasen.',
    ]);
  }
  const storeCases = await store.listCases(hearingId);
  const deadline = hearing.dates[HEARING_DEADLINE];
  const cases = new Map(storeCases.map((c) => [c.providerNumber, { ...(deadline ? { hearingDeadline: deadline } : {}), ...fromStoreCase(c) }]));
  const caseIds = new Map(storeCases.map((c) => [c.providerNumber, c.id]));
  const clinics = runFolder?.clinics ?? (await store.listClinics(hearing.runId)).map(clinicResultOf);
  const run: LetterRun = runFolder ? letterRunOf(runFolder) : { source: `høring ${hearingId}`, asOf: stored.asOf, synthetic: stored.synthetic, ruleSets: stored.run.ruleSets, clinics };
  return { hearing, run: { ...run, clinics: clinics.filter((c) => cases.has(c.providerNumber)) }, cases, caseIds };
}
