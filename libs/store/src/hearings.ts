import { randomUUID } from 'node:crypto';
import { appendAudit } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError, StateConflictError } from './errors.js';
import { json, toCase, toHearing, toHistory, toLetter, type Row } from './rows.js';
import type { CaseDetail, CaseStatus, HearingCase, HearingRecord, OpenHearingInput } from './contract/index.js';

const hearingSelect = `SELECT h.*, (SELECT count(*)::int FROM hearing_cases c WHERE c.hearing_id = h.id) AS case_count FROM hearings h`;

/** Cases joined with their round, so every case knows its region, year and run. */
export const caseSelect = `SELECT c.id, c.hearing_id, h.region, h.year, h.run_id, c.provider_number, c.clinic_name, c.municipality,
  c.council, c.capacities, c.listed_patients, c.mean_weight, c.advisory_minimum_per_capacity, c.advisory_minimum_total, c.status,
  c.version, c.preliminary_minimum, c.deviation_reason_id, c.dialogue_required, c.preliminary_at, c.preliminary_by,
  c.response_comment, c.response_maximum_patients, c.response_at, c.response_by, c.final_minimum, c.final_reason_id,
  c.final_effective_date::text AS final_effective_date, c.final_at, c.final_by, c.created_at, c.updated_at,
  c.hearing_number, c.preliminary_hearing_deadline::text AS preliminary_hearing_deadline, h.dates ->> 'hearing-deadline' AS round_hearing_deadline,
  c.preliminary_deviation_text, c.final_reason_text, c.final_without_response,
  (SELECT coalesce(jsonb_agg(jsonb_build_object('heldOn', d.held_on::text, 'outcome', d.outcome, 'agreement', d.agreement,
     'recordedAt', d.recorded_at, 'actorId', d.recorded_by) ORDER BY d.id), '[]'::jsonb)
   FROM case_dialogues d WHERE d.case_id = c.id) AS dialogues
  FROM hearing_cases c JOIN hearings h ON h.id = c.hearing_id`;

/**
 * Opens a region's hearing round: one case per clinic of the region in the run, in state `advisory`
 * with the run's advisory numbers. Dates come from the caller's `timeline` rule set.
 */
export async function openHearing(db: Database, input: OpenHearingInput): Promise<HearingRecord> {
  if (!Number.isInteger(input.year)) throw new InvalidInputError('Året skal være et helt tal.', 'year');
  if (!input.region) throw new InvalidInputError('Regionen skal angives.', 'region');
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const [run] = await tx.query<Row>('SELECT id FROM model_runs WHERE id = $1', [input.runId]);
    if (!run) throw new NotFoundError(`Modelkørslen ${input.runId} findes ikke.`, 'run', input.runId);
    // ON CONFLICT: the unique (region, year) index also settles two simultaneous opens.
    const inserted = await tx.query(
      `INSERT INTO hearings (id, region, year, run_id, dates, opened_at, opened_by)
       VALUES ($1, $2, $3, $4, $5::text::jsonb, coalesce($6::timestamptz, now()), $7)
       ON CONFLICT (region, year) DO NOTHING RETURNING id`,
      [id, input.region, input.year, input.runId, json(input.dates ?? {}), input.at ?? null, input.actor.id],
    );
    if (inserted.length === 0) {
      const [existing] = await tx.query<{ id: string }>('SELECT id FROM hearings WHERE region = $1 AND year = $2', [input.region, input.year]);
      throw new StateConflictError(`Region ${input.region} har allerede en høringsrunde for ${input.year}.`, { hearingId: existing?.id });
    }
    // gen_random_uuid() is built in from PostgreSQL 13 and in PGlite.
    const created = await tx.query<{ id: string }>(
      `INSERT INTO hearing_cases (id, hearing_id, provider_number, clinic_name, municipality, council, capacities, listed_patients,
         mean_weight, advisory_minimum_per_capacity, advisory_minimum_total, status, version, created_at, updated_at)
       SELECT gen_random_uuid()::text, $1, provider_number, name, municipality, council, capacities, listed_patients,
         mean_weight, advisory_minimum_per_capacity, advisory_minimum_total, 'advisory', 1,
         coalesce($4::timestamptz, now()), coalesce($4::timestamptz, now())
       FROM run_clinics WHERE run_id = $2 AND region = $3
       RETURNING id`,
      [id, input.runId, input.region, input.at ?? null],
    );
    await tx.query(
      `INSERT INTO case_history (case_id, from_status, to_status, version, data, actor_id, actor_role, at)
       SELECT id, NULL, 'advisory', 1, jsonb_build_object('advisoryMinimumPerCapacity', advisory_minimum_per_capacity),
         $2, $3, created_at FROM hearing_cases WHERE hearing_id = $1 ORDER BY provider_number`,
      [id, input.actor.id, input.actor.role],
    );
    await appendAudit(tx, {
      ...input,
      action: 'hearing.open',
      entity: 'hearing',
      entityId: id,
      details: { region: input.region, year: input.year, runId: input.runId, cases: created.length, dates: input.dates ?? {} },
    });
    const [row] = await tx.query<Row>(`${hearingSelect} WHERE h.id = $1`, [id]);
    return toHearing(row);
  });
}

export async function getHearing(db: Queryable, id: string): Promise<HearingRecord | undefined> {
  const [row] = await db.query<Row>(`${hearingSelect} WHERE h.id = $1`, [id]);
  return row && toHearing(row);
}

export async function listHearings(db: Queryable, filter: { region?: string; year?: number } = {}): Promise<HearingRecord[]> {
  const rows = await db.query<Row>(
    `${hearingSelect} WHERE ($1::text IS NULL OR h.region = $1) AND ($2::int IS NULL OR h.year = $2) ORDER BY h.opened_at DESC, h.id`,
    [filter.region ?? null, filter.year ?? null],
  );
  return rows.map(toHearing);
}

export async function listCases(db: Queryable, hearingId: string, status?: CaseStatus): Promise<HearingCase[]> {
  const rows = await db.query<Row>(
    `${caseSelect} WHERE c.hearing_id = $1 AND ($2::text IS NULL OR c.status = $2) ORDER BY c.provider_number`,
    [hearingId, status ?? null],
  );
  return rows.map(toCase);
}

/** The clinic's case in its latest round (of `year` when given). */
export async function getCase(db: Queryable, providerNumber: string, year?: number): Promise<CaseDetail | undefined> {
  const [row] = await db.query<Row>(
    `${caseSelect} WHERE c.provider_number = $1 AND ($2::int IS NULL OR h.year = $2)
     ORDER BY h.year DESC, h.opened_at DESC, h.id DESC LIMIT 1`,
    [providerNumber, year ?? null],
  );
  return row && withDetail(db, toCase(row));
}

export async function getCaseById(db: Queryable, caseId: string): Promise<CaseDetail | undefined> {
  const [row] = await db.query<Row>(`${caseSelect} WHERE c.id = $1`, [caseId]);
  return row && withDetail(db, toCase(row));
}

async function withDetail(db: Queryable, hearingCase: HearingCase): Promise<CaseDetail> {
  const history = await db.query<Row>('SELECT * FROM case_history WHERE case_id = $1 ORDER BY version', [hearingCase.id]);
  const letters = await db.query<Row>('SELECT * FROM letters WHERE case_id = $1 ORDER BY created_at, letter_id', [hearingCase.id]);
  return { ...hearingCase, history: history.map(toHistory), letters: letters.map(toLetter) };
}
