import { isIsoDate } from '@fordeling/engine';
import { appendAudit } from './audit.js';
import { minimumCheck } from './case-rules.js';
import { requiredPrevious, statusLabel } from './case-state.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError, StateConflictError } from './errors.js';
import { caseSelect } from './hearings.js';
import { json, toCase, type Row } from './rows.js';
import type { CaseStatus, ChangeContext, HearingCase, RecordResponseInput, SetFinalInput, SetPreliminaryInput } from './contract/index.js';

interface Transition {
  caseId: string;
  expectedVersion?: number;
  to: Exclude<CaseStatus, 'advisory'>;
  context: ChangeContext;
  /** Checks the change against the current case (rule checks need its advisory number). */
  validate(current: HearingCase): void;
  /** The step's own timestamp column, set like updated_at. */
  atColumn: string;
  /** Column → value set by this step (column names are constants of this module, never input). */
  columns: Record<string, unknown>;
  /** Stored in the case's history row and the audit row. */
  data: Record<string, unknown>;
}

/**
 * Moves a case one step forward in ONE transaction: state check, rule check, a conditional
 * `UPDATE … WHERE id AND version` (the optimistic lock: of two concurrent writers exactly one
 * updates a row, the other gets StateConflictError), a history row and an audit row.
 */
async function transition(db: Database, t: Transition): Promise<HearingCase> {
  return db.transaction(async (tx) => {
    const current = await readCase(tx, t.caseId);
    const conflict = (message: string) =>
      new StateConflictError(message, {
        caseId: t.caseId,
        currentStatus: current.status,
        currentVersion: current.version,
        requestedStatus: t.to,
        expectedVersion: t.expectedVersion,
      });
    if (t.expectedVersion !== undefined && t.expectedVersion !== current.version) {
      throw conflict(`Sagen er ændret i mellemtiden (version ${current.version}, forventet ${t.expectedVersion}). Hent sagen igen.`);
    }
    if (current.status !== requiredPrevious[t.to]) {
      throw conflict(
        `Sagen er i trin "${statusLabel[current.status]}" og kan ikke gå til "${statusLabel[t.to]}"; ` +
          `det kræver trin "${statusLabel[requiredPrevious[t.to]]}".`,
      );
    }
    t.validate(current);
    const at = t.context.at ?? null;
    const names = Object.keys(t.columns);
    const assignments = names.map((name, i) => `${name} = $${i + 5}`).join(', ');
    const updated = await tx.query(
      `UPDATE hearing_cases SET status = $3, version = version + 1, updated_at = coalesce($4::timestamptz, now()),
         ${t.atColumn} = coalesce($4::timestamptz, now()), ${assignments}
       WHERE id = $1 AND version = $2 RETURNING id`,
      [t.caseId, current.version, t.to, at, ...names.map((name) => t.columns[name])],
    );
    if (updated.length === 0) throw conflict('Sagen blev ændret af en anden samtidig. Hent sagen igen.');
    await tx.query(
      `INSERT INTO case_history (case_id, from_status, to_status, version, data, actor_id, actor_role, at)
       VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, coalesce($8::timestamptz, now()))`,
      [t.caseId, current.status, t.to, current.version + 1, json(t.data), t.context.actor.id, t.context.actor.role, at],
    );
    await appendAudit(tx, {
      ...t.context,
      action: `case.${t.to}`,
      entity: 'case',
      entityId: t.caseId,
      details: { providerNumber: current.providerNumber, from: current.status, to: t.to, version: current.version + 1, ...t.data },
    });
    return readCase(tx, t.caseId);
  });
}

async function readCase(tx: Queryable, caseId: string): Promise<HearingCase> {
  const [row] = await tx.query<Row>(`${caseSelect} WHERE c.id = $1`, [caseId]);
  if (!row) throw new NotFoundError(`Sagen ${caseId} findes ikke.`, 'case', caseId);
  return toCase(row);
}

const contextOf = ({ actor, ruleSets, inputHash, at }: ChangeContext): ChangeContext => ({ actor, ruleSets, inputHash, at });

/** advisory → preliminary: the region's preliminary minimum per capacity (sent mid-October). */
export async function setPreliminary(db: Database, input: SetPreliminaryInput): Promise<HearingCase> {
  const reasonId = input.deviationReasonId ?? null;
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'preliminary',
    atColumn: 'preliminary_at',
    context: contextOf(input),
    validate: minimumCheck(input.rules, input.minimumPerCapacity, reasonId, { minimum: 'minimumPerCapacity', reason: 'deviationReasonId' }),
    columns: {
      preliminary_minimum: input.minimumPerCapacity,
      deviation_reason_id: reasonId,
      dialogue_required: input.dialogueRequired === true,
      preliminary_by: input.actor.id,
    },
    data: { minimumPerCapacity: input.minimumPerCapacity, deviationReasonId: reasonId, dialogueRequired: input.dialogueRequired === true },
  });
}

/** preliminary → response: the clinic's comment and the most patients it can take. */
export async function recordResponse(db: Database, input: RecordResponseInput): Promise<HearingCase> {
  if (typeof input.comment !== 'string') throw new InvalidInputError('Høringssvaret skal være en tekst.', 'comment');
  const maximum = input.maximumPatients ?? null;
  if (maximum !== null && (!Number.isInteger(maximum) || maximum < 0)) {
    throw new InvalidInputError('Det største antal patienter skal være et helt tal på 0 eller derover.', 'maximumPatients');
  }
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'response',
    atColumn: 'response_at',
    context: contextOf(input),
    validate: () => undefined,
    columns: {
      response_comment: input.comment,
      response_maximum_patients: maximum,
      response_by: input.actor.id,
    },
    data: { comment: input.comment, maximumPatients: maximum },
  });
}

/** response → final: the final minimum per capacity, its reason and the effective date. */
export async function setFinal(db: Database, input: SetFinalInput): Promise<HearingCase> {
  if (!isIsoDate(input.effectiveDate)) {
    throw new InvalidInputError('Ikrafttrædelsesdatoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).', 'effectiveDate');
  }
  const reasonId = input.reasonId ?? null;
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'final',
    atColumn: 'final_at',
    context: contextOf(input),
    validate: minimumCheck(input.rules, input.minimumPerCapacity, reasonId, { minimum: 'minimumPerCapacity', reason: 'reasonId' }),
    columns: {
      final_minimum: input.minimumPerCapacity,
      final_reason_id: reasonId,
      final_effective_date: input.effectiveDate,
      final_by: input.actor.id,
    },
    data: { minimumPerCapacity: input.minimumPerCapacity, reasonId, effectiveDate: input.effectiveDate },
  });
}
