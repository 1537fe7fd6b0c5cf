import { formatDate, isIsoDate } from '@fordeling/engine';
import { appendAudit } from './audit.js';
import { checkFinalAgainstHearing, minimumCheck } from './case-rules.js';
import { requiredPrevious, statusLabel } from './case-state.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError, StateConflictError } from './errors.js';
import { caseSelect } from './hearings.js';
import { json, toCase, type Row } from './rows.js';
import type { CaseStatus, ChangeContext, HearingCase, RecordDialogueInput, RecordResponseInput, SetFinalInput, SetPreliminaryInput } from './contract/index.js';

interface Transition {
  caseId: string;
  expectedVersion?: number;
  /** The status after the change; `same` keeps the case where it is (a dialogue). */
  to: CaseStatus | 'same';
  /** The statuses the case may be in before it (the ordinary step: requiredPrevious). */
  from: readonly CaseStatus[];
  /** What the refusal says the step needs, where `from` alone would mislead. */
  requirement?: string;
  /** The audit action after `case.`; default the status moved to. */
  action?: string;
  context: ChangeContext;
  /** The caller's date for deadline checks (CaseChange.today). */
  today?: string;
  /** A reason the case cannot take the step now although its status allows it (a deadline not passed). */
  guard?(current: HearingCase, today: string): string | undefined;
  /** Checks the change against the current case (rule checks need its advisory number). */
  validate(current: HearingCase): void;
  /** The step's own timestamp column, set like updated_at. */
  atColumn?: string;
  /** Column → value set by this step (column names are constants of this module, never input). */
  columns(current: HearingCase): Record<string, unknown>;
  /** Stored in the case's history row and the audit row. */
  data(current: HearingCase): Record<string, unknown>;
  /** Rows of its own the step writes in the same transaction (a dialogue). */
  write?(tx: Queryable, at: string | null): Promise<void>;
}

/** The day a change happens: its `at`, else today (UTC); a caller with its own clock passes `today`. */
const dayOf = (at: string | undefined) => (at ?? new Date().toISOString()).slice(0, 10);

/**
 * Changes a case in ONE transaction: state check, rule check, a conditional
 * `UPDATE … WHERE id AND version` (the optimistic lock: of two concurrent writers exactly one
 * updates a row, the other gets StateConflictError), a history row and an audit row.
 */
async function transition(db: Database, t: Transition): Promise<HearingCase> {
  return db.transaction(async (tx) => {
    const current = await readCase(tx, t.caseId);
    const to = t.to === 'same' ? current.status : t.to;
    const conflict = (message: string) =>
      new StateConflictError(message, {
        caseId: t.caseId,
        currentStatus: current.status,
        currentVersion: current.version,
        requestedStatus: to,
        expectedVersion: t.expectedVersion,
      });
    if (t.expectedVersion !== undefined && t.expectedVersion !== current.version) {
      throw conflict(`Sagen er ændret i mellemtiden (version ${current.version}, forventet ${t.expectedVersion}). Hent sagen igen.`);
    }
    if (!t.from.includes(current.status)) {
      const what = t.to === 'same' ? `kan ikke længere ændres (${t.action ?? ''})`.replace(' ()', '') : `kan ikke gå til "${statusLabel[to]}"`;
      throw conflict(`Sagen er i trin "${statusLabel[current.status]}" og ${what}; det kræver ${t.requirement ?? `trin ${t.from.map((s) => `"${statusLabel[s]}"`).join(' eller ')}`}.`);
    }
    const refused = t.guard?.(current, t.today ?? dayOf(t.context.at));
    if (refused) throw conflict(refused);
    t.validate(current);
    const at = t.context.at ?? null;
    const columns = t.columns(current);
    const names = Object.keys(columns);
    const assignments = [...(t.atColumn ? [`${t.atColumn} = coalesce($4::timestamptz, now())`] : []), ...names.map((name, i) => `${name} = $${i + 5}`)].join(', ');
    const updated = await tx.query(
      `UPDATE hearing_cases SET status = $3, version = version + 1, updated_at = coalesce($4::timestamptz, now())${assignments ? `, ${assignments}` : ''}
       WHERE id = $1 AND version = $2 RETURNING id`,
      [t.caseId, current.version, to, at, ...names.map((name) => columns[name])],
    );
    if (updated.length === 0) throw conflict('Sagen blev ændret af en anden samtidig. Hent sagen igen.');
    await t.write?.(tx, at);
    const data = t.data(current);
    await tx.query(
      `INSERT INTO case_history (case_id, from_status, to_status, version, data, actor_id, actor_role, at)
       VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, coalesce($8::timestamptz, now()))`,
      [t.caseId, current.status, to, current.version + 1, json(data), t.context.actor.id, t.context.actor.role, at],
    );
    await appendAudit(tx, {
      ...t.context,
      action: `case.${t.action ?? to}`,
      entity: 'case',
      entityId: t.caseId,
      details: { providerNumber: current.providerNumber, from: current.status, to, version: current.version + 1, ...data },
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
const textOrNull = (text: string | null | undefined) => (text?.trim() ? text.trim() : null);

/**
 * advisory → preliminary: the region's preliminary minimum per capacity (sent mid-October), with the
 * clinic's deadline (default the round's). A new hearing (`newHearing`) on a case in preliminary or
 * response: a new number and a deadline after today; the earlier response is kept in the history.
 */
export async function setPreliminary(db: Database, input: SetPreliminaryInput): Promise<HearingCase> {
  const reasonId = input.deviationReasonId ?? null;
  const deviationText = textOrNull(input.deviationText);
  if (input.hearingDeadline !== undefined && !isIsoDate(input.hearingDeadline)) {
    throw new InvalidInputError('Høringsfristen skal være en gyldig dato (ÅÅÅÅ-MM-DD).', 'hearingDeadline');
  }
  if (input.newHearing && input.hearingDeadline === undefined) {
    throw new InvalidInputError('En ny høring kræver en ny høringsfrist (»hearingDeadline«).', 'hearingDeadline');
  }
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'preliminary',
    from: input.newHearing ? ['preliminary', 'response'] : [requiredPrevious.preliminary],
    action: input.newHearing ? 'rehearing' : undefined,
    atColumn: 'preliminary_at',
    context: contextOf(input),
    today: input.today,
    guard: (_current, today) =>
      input.newHearing && input.hearingDeadline! <= today ? `Den nye høringsfrist ${formatDate(input.hearingDeadline!)} skal ligge efter i dag (${formatDate(today)}).` : undefined,
    validate: minimumCheck(input.rules, input.minimumPerCapacity, reasonId, { minimum: 'minimumPerCapacity', reason: 'deviationReasonId', text: 'deviationText' }, deviationText),
    columns: (current) => ({
      preliminary_minimum: input.minimumPerCapacity,
      deviation_reason_id: reasonId,
      preliminary_deviation_text: deviationText,
      dialogue_required: input.dialogueRequired === true,
      preliminary_hearing_deadline: input.hearingDeadline ?? null,
      preliminary_by: input.actor.id,
      hearing_number: input.newHearing ? (current.preliminary?.hearingNumber ?? 0) + 1 : 1,
      // The response answered the earlier hearing; the new one waits for its own.
      ...(input.newHearing ? { response_comment: null, response_maximum_patients: null, response_at: null, response_by: null } : {}),
    }),
    data: (current) => ({
      minimumPerCapacity: input.minimumPerCapacity,
      deviationReasonId: reasonId,
      ...(deviationText ? { deviationText } : {}),
      dialogueRequired: input.dialogueRequired === true,
      ...(input.hearingDeadline ? { hearingDeadline: input.hearingDeadline } : {}),
      ...(input.newHearing ? { newHearing: true, hearingNumber: (current.preliminary?.hearingNumber ?? 0) + 1 } : {}),
    }),
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
    from: [requiredPrevious.response],
    atColumn: 'response_at',
    context: contextOf(input),
    validate: () => undefined,
    columns: () => ({
      response_comment: input.comment,
      response_maximum_patients: maximum,
      response_by: input.actor.id,
    }),
    data: () => ({ comment: input.comment, maximumPatients: maximum }),
  });
}

/**
 * response → final: the final minimum per capacity, its reason and the effective date. Also
 * preliminary → final once the clinic's deadline has passed without a response: the region decides
 * »på det foreliggende grundlag« — a silent clinic never blocks the decision.
 */
export async function setFinal(db: Database, input: SetFinalInput): Promise<HearingCase> {
  if (!isIsoDate(input.effectiveDate)) {
    throw new InvalidInputError('Ikrafttrædelsesdatoen skal være en gyldig dato (ÅÅÅÅ-MM-DD).', 'effectiveDate');
  }
  const reasonId = input.reasonId ?? null;
  const reasonText = textOrNull(input.reasonText);
  const check = minimumCheck(input.rules, input.minimumPerCapacity, reasonId, { minimum: 'minimumPerCapacity', reason: 'reasonId', text: 'reasonText' }, reasonText);
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'final',
    from: [requiredPrevious.final, 'preliminary'],
    requirement: 'trin "høringssvar" — eller "foreløbig", når klinikkens høringsfrist er udløbet',
    atColumn: 'final_at',
    context: contextOf(input),
    today: input.today,
    guard(current, today) {
      if (current.status !== 'preliminary') return undefined;
      const deadline = current.preliminary?.hearingDeadline;
      if (!deadline) return 'Sagen er i trin "foreløbig" uden høringsfrist; afgørelsen kræver klinikkens høringssvar.';
      if (deadline >= today) return `Klinikken har frist til ${formatDate(deadline)} for sit høringssvar; før fristen er udløbet, kræver afgørelsen høringssvaret.`;
      return undefined;
    },
    validate(current) {
      check(current);
      checkFinalAgainstHearing(input.rules, input.minimumPerCapacity, current);
    },
    columns: (current) => ({
      final_minimum: input.minimumPerCapacity,
      final_reason_id: reasonId,
      final_reason_text: reasonText,
      final_effective_date: input.effectiveDate,
      final_without_response: current.status === 'preliminary',
      final_by: input.actor.id,
    }),
    data: (current) => ({
      minimumPerCapacity: input.minimumPerCapacity,
      reasonId,
      ...(reasonText ? { reasonText } : {}),
      effectiveDate: input.effectiveDate,
      ...(current.status === 'preliminary' ? { withoutResponse: true } : {}),
    }),
  });
}

/** A dialogue with the clinic, recorded on its case before the final number; the case keeps its step. */
export async function recordDialogue(db: Database, input: RecordDialogueInput): Promise<HearingCase> {
  if (!isIsoDate(input.heldOn)) throw new InvalidInputError('Dialogens dato skal være en gyldig dato (ÅÅÅÅ-MM-DD).', 'heldOn');
  if (typeof input.outcome !== 'string' || !input.outcome.trim()) throw new InvalidInputError('Skriv, hvad dialogen førte til.', 'outcome');
  if (typeof input.agreement !== 'boolean') throw new InvalidInputError('Angiv, om der blev opnået enighed (ja/nej).', 'agreement');
  const dialogue = { heldOn: input.heldOn, outcome: input.outcome.trim(), agreement: input.agreement };
  return transition(db, {
    caseId: input.caseId,
    expectedVersion: input.expectedVersion,
    to: 'same',
    from: ['advisory', 'preliminary', 'response'],
    action: 'dialogue',
    context: contextOf(input),
    today: input.today,
    guard: (_current, today) => (input.heldOn > today ? `Dialogen kan ikke registreres, før den er holdt (${formatDate(input.heldOn)} er efter i dag).` : undefined),
    validate: () => undefined,
    columns: () => ({}),
    data: () => ({ dialogue }),
    write: async (tx, at) => {
      await tx.query(
        `INSERT INTO case_dialogues (case_id, held_on, outcome, agreement, recorded_at, recorded_by)
         VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()), $6)`,
        [input.caseId, dialogue.heldOn, dialogue.outcome, dialogue.agreement, at, input.actor.id],
      );
    },
  });
}
