// Rule-set versions in the store (issue 13): the ministry's drafts, four-eyes approval and
// publishing. Every step is one transaction with its history row and its audit row; the steps of all
// versions are serialised by one advisory lock, so two approvals can never publish against the same
// library. The database refuses any change to a published row (migration 0004).
import { formatDate } from '@fordeling/engine';
import { appendAudit } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { InvalidInputError, NotFoundError, RuleWorkflowError } from './errors.js';
import { iso, json, type Row } from './rows.js';
import type {
  Actor,
  ApproveRuleDraftInput,
  CreateRuleDraftInput,
  ImportRuleVersionInput,
  RejectRuleDraftInput,
  RuleTextFindings,
  RuleVersionAction,
  RuleVersionChange,
  RuleVersionDetail,
  RuleVersionFilter,
  RuleVersionHistoryEntry,
  RuleVersionPerson,
  RuleVersionRecord,
  RuleVersionStatus,
  UpdateRuleDraftInput,
} from './contract/index.js';

/** The channel PostgreSQL notifies on when a version is published (payload `<id>@<version>`). */
export const RULE_VERSIONS_CHANNEL = 'fordeling_rule_versions';

// Any constant works; it serialises the steps of rule versions across every process on the database.
const RULE_VERSIONS_LOCK = 206_976;

/** Danish names of the states, for messages. */
export const ruleVersionStatusLabel: Record<RuleVersionStatus, string> = {
  draft: 'udkast',
  submitted: 'sendt til godkendelse',
  rejected: 'afvist',
  published: 'offentliggjort',
};

/** The workflow's rules by id, as a problem names them (RuleWorkflowError.ruleId). */
export const ruleWorkflowRules: Record<string, string> = {
  'published-versions-immutable': 'En offentliggjort version ændres aldrig; en ændring er en ny version.',
  'four-eyes': 'Fire øjne: den, der har skrevet i et udkast, kan ikke selv godkende eller afvise det.',
  'draft-without-problems': 'Kun et udkast uden fejl kan sendes til godkendelse.',
  'rule-version-steps': 'Et udkast skrives, sendes til godkendelse og godkendes (offentliggøres) eller afvises — i den rækkefølge.',
  'version-exists': 'Hver version af et regelsæt har sit eget nummer.',
  'stale-revision': 'En ændring bygger på den seneste udgave af udkastet.',
  'library-changed': 'En version offentliggøres kun mod det bibliotek, den er kontrolleret imod.',
  'shipped-versions-read-only': 'Versioner i den leverede regelmappe ændres i mappen, ikke gennem API’et.',
};

const select = `SELECT rule_set_id, version, path, kind, valid_from::text AS valid_from, amends, status, text, hash, problems, warnings,
  revision, authors, created_at, updated_at, submitted_by, submitted_at, approved_by, published_at, publish_reason, rejected_by,
  rejected_at, reject_reason FROM rule_versions`;

const person = (actor: Actor): RuleVersionPerson => ({ id: actor.id, label: actor.label?.trim() || actor.id });
const personOrNull = (value: unknown): RuleVersionPerson | null => (value == null ? null : (value as RuleVersionPerson));
const isoOrNull = (value: unknown): string | null => (value == null ? null : iso(value));
const name = (id: string, version: string) => `${id}@${version}`;

export const toRuleVersion = (row: Row): RuleVersionRecord => ({
  ruleSetId: row.rule_set_id as string,
  version: row.version as string,
  path: row.path as string,
  kind: (row.kind as string | null) ?? null,
  validFrom: (row.valid_from as string | null) ?? null,
  amends: (row.amends as string | null) ?? null,
  status: row.status as RuleVersionStatus,
  text: row.text as string,
  hash: (row.hash as string | null) ?? null,
  problems: row.problems as RuleVersionRecord['problems'],
  warnings: row.warnings as RuleVersionRecord['warnings'],
  revision: row.revision as number,
  authors: row.authors as RuleVersionPerson[],
  createdAt: iso(row.created_at),
  updatedAt: iso(row.updated_at),
  submittedBy: personOrNull(row.submitted_by),
  submittedAt: isoOrNull(row.submitted_at),
  approvedBy: personOrNull(row.approved_by),
  publishedAt: isoOrNull(row.published_at),
  publishReason: (row.publish_reason as string | null) ?? null,
  rejectedBy: personOrNull(row.rejected_by),
  rejectedAt: isoOrNull(row.rejected_at),
  rejectReason: (row.reject_reason as string | null) ?? null,
});

const toHistoryEntry = (row: Row): RuleVersionHistoryEntry => ({
  seq: Number(row.seq),
  action: row.action as RuleVersionAction,
  fromStatus: (row.from_status as RuleVersionStatus | null) ?? null,
  toStatus: row.to_status as RuleVersionStatus,
  revision: row.revision as number,
  actor: row.actor as RuleVersionPerson,
  at: iso(row.at),
  reason: (row.reason as string | null) ?? null,
  hash: (row.hash as string | null) ?? null,
  problemCount: row.problem_count as number,
});

async function lockVersions(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [RULE_VERSIONS_LOCK]);
}

async function selectVersion(tx: Queryable, ruleSetId: string, version: string): Promise<RuleVersionRecord | undefined> {
  const [row] = await tx.query<Row>(`${select} WHERE rule_set_id = $1 AND version = $2`, [ruleSetId, version]);
  return row && toRuleVersion(row);
}

async function publishedCount(tx: Queryable): Promise<number> {
  const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM rule_versions WHERE status = 'published'`);
  return row.n;
}

/** The version to change, checked against the rules every step shares: it exists, it is not published, the revision is the caller's. */
async function versionToChange(tx: Queryable, input: RuleVersionChange, step: string): Promise<RuleVersionRecord> {
  const current = await selectVersion(tx, input.ruleSetId, input.version);
  const details = { ruleSetId: input.ruleSetId, version: input.version };
  if (!current) throw new NotFoundError(`Der findes intet udkast ${name(input.ruleSetId, input.version)} i databasen.`, 'rule-version', name(input.ruleSetId, input.version));
  if (current.status === 'published') {
    throw new RuleWorkflowError(
      409,
      'published-versions-immutable',
      `Version »${input.version}« af »${input.ruleSetId}« er offentliggjort${current.publishedAt ? ` ${formatDate(current.publishedAt.slice(0, 10))}` : ''} og kan ikke ${step}: en offentliggjort version ændres aldrig. Læg ændringen i en ny version (POST /v1/rulesets/${input.ruleSetId}/drafts).`,
      { ...details, status: current.status, revision: current.revision },
    );
  }
  if (input.expectedRevision !== undefined && input.expectedRevision !== current.revision) {
    throw new RuleWorkflowError(
      409,
      'stale-revision',
      `Udkastet ${name(input.ruleSetId, input.version)} er ændret af en anden, siden du hentede det (revision ${current.revision}, du sendte ${input.expectedRevision}). Hent det igen, og gentag ændringen.`,
      { ...details, status: current.status, revision: current.revision },
    );
  }
  return current;
}

function stepOutOfOrder(current: RuleVersionRecord, message: string): RuleWorkflowError {
  return new RuleWorkflowError(409, 'rule-version-steps', `${message} Udkastet ${name(current.ruleSetId, current.version)} er ${ruleVersionStatusLabel[current.status]}.`, {
    ruleSetId: current.ruleSetId,
    version: current.version,
    status: current.status,
    revision: current.revision,
  });
}

/** Four eyes: whoever wrote in a draft may not approve or reject it. */
function refuseAuthor(current: RuleVersionRecord, actor: Actor, step: 'godkende' | 'afvise'): void {
  const own = current.authors.find((author) => author.id === actor.id);
  if (!own) return;
  throw new RuleWorkflowError(
    403,
    'four-eyes',
    `Fire øjne: ${own.label} har skrevet i udkastet ${name(current.ruleSetId, current.version)} og kan ikke selv ${step} det. En anden medarbejder i ministeriet skal gøre det.`,
    { ruleSetId: current.ruleSetId, version: current.version, status: current.status, revision: current.revision },
  );
}

async function appendHistory(
  tx: Queryable,
  record: RuleVersionRecord,
  step: { action: RuleVersionAction; from: RuleVersionStatus | null; actor: Actor; at?: string; reason?: string },
): Promise<void> {
  await tx.query(
    `INSERT INTO rule_version_history (rule_set_id, version, action, from_status, to_status, revision, actor, at, reason, hash, problem_count)
     VALUES ($1, $2, $3, $4, $5, $6, $7::text::jsonb, coalesce($8::timestamptz, now()), $9, $10, $11)`,
    [record.ruleSetId, record.version, step.action, step.from, record.status, record.revision, json(person(step.actor)), step.at ?? null, step.reason ?? null, record.hash, record.problems.length],
  );
}

/** The audit row of a step: who did it, and — from submission on — the draft's authors beside them. */
async function audit(tx: Queryable, record: RuleVersionRecord, input: { actor: Actor; at?: string; inputHash?: string; ruleSets?: RuleVersionChange['ruleSets'] }, action: string, details: Record<string, unknown>): Promise<void> {
  await appendAudit(tx, {
    actor: input.actor,
    at: input.at,
    inputHash: input.inputHash,
    ruleSets: input.ruleSets,
    action,
    entity: 'rule-version',
    entityId: name(record.ruleSetId, record.version),
    details: { status: record.status, revision: record.revision, hash: record.hash, problems: record.problems.length, ...details },
  });
}

const findingColumns = (f: RuleTextFindings) => [f.kind, f.validFrom, f.amends, f.hash, json(f.problems), json(f.warnings)];

export async function createRuleDraft(db: Database, input: CreateRuleDraftInput): Promise<RuleVersionRecord> {
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const existing = await selectVersion(tx, input.ruleSetId, input.version);
    if (existing) {
      throw new RuleWorkflowError(409, 'version-exists', `Version »${input.version}« af »${input.ruleSetId}« findes allerede i databasen (${ruleVersionStatusLabel[existing.status]}). Vælg et andet versionsnummer.`, {
        ruleSetId: input.ruleSetId,
        version: input.version,
        status: existing.status,
        revision: existing.revision,
      });
    }
    const [row] = await tx.query<Row>(
      `INSERT INTO rule_versions (rule_set_id, version, path, kind, valid_from, amends, hash, problems, warnings, status, text, authors, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, 'draft', $10, $11::text::jsonb, coalesce($12::timestamptz, now()), coalesce($12::timestamptz, now()))
       RETURNING rule_set_id, version`,
      [input.ruleSetId, input.version, input.path, ...findingColumns(input.findings), input.text, json([person(input.actor)]), input.at ?? null],
    );
    const record = (await selectVersion(tx, row.rule_set_id as string, row.version as string))!;
    await appendHistory(tx, record, { action: 'create', from: null, actor: input.actor, at: input.at });
    await audit(tx, record, input, 'ruleset.draft.create', { author: person(input.actor) });
    return record;
  });
}

export async function updateRuleDraft(db: Database, input: UpdateRuleDraftInput): Promise<RuleVersionRecord> {
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const current = await versionToChange(tx, input, 'ændres');
    if (current.status === 'submitted') throw stepOutOfOrder(current, 'Et udkast, der er sendt til godkendelse, kan ikke ændres; det skal først godkendes eller afvises.');
    const authors = current.authors.some((a) => a.id === input.actor.id) ? current.authors : [...current.authors, person(input.actor)];
    await tx.query(
      `UPDATE rule_versions SET kind = $3, valid_from = $4, amends = $5, hash = $6, problems = $7::text::jsonb, warnings = $8::text::jsonb,
         text = $9, authors = $10::text::jsonb, status = 'draft', revision = revision + 1, updated_at = coalesce($11::timestamptz, now())
       WHERE rule_set_id = $1 AND version = $2`,
      [input.ruleSetId, input.version, ...findingColumns(input.findings), input.text, json(authors), input.at ?? null],
    );
    const record = (await selectVersion(tx, input.ruleSetId, input.version))!;
    await appendHistory(tx, record, { action: 'update', from: current.status, actor: input.actor, at: input.at });
    await audit(tx, record, input, 'ruleset.draft.update', { author: person(input.actor) });
    return record;
  });
}

export async function submitRuleDraft(db: Database, input: RuleVersionChange): Promise<RuleVersionRecord> {
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const current = await versionToChange(tx, input, 'sendes til godkendelse igen');
    if (current.status === 'submitted') throw stepOutOfOrder(current, 'Udkastet er allerede sendt til godkendelse.');
    if (current.problems.length > 0) {
      const first = current.problems[0];
      throw new RuleWorkflowError(
        422,
        'draft-without-problems',
        `Udkastet ${name(current.ruleSetId, current.version)} har ${current.problems.length === 1 ? 'én fejl' : `${current.problems.length} fejl`} og kan ikke sendes til godkendelse; ret ${current.problems.length === 1 ? 'den' : 'dem'} først. Første fejl (linje ${first.line}, ${first.pointer || '/'}): ${first.message}`,
        { ruleSetId: current.ruleSetId, version: current.version, status: current.status, revision: current.revision },
      );
    }
    await tx.query(
      `UPDATE rule_versions SET status = 'submitted', submitted_by = $3::text::jsonb, submitted_at = coalesce($4::timestamptz, now()),
         rejected_by = NULL, rejected_at = NULL, reject_reason = NULL, revision = revision + 1, updated_at = coalesce($4::timestamptz, now())
       WHERE rule_set_id = $1 AND version = $2`,
      [input.ruleSetId, input.version, json(person(input.actor)), input.at ?? null],
    );
    const record = (await selectVersion(tx, input.ruleSetId, input.version))!;
    await appendHistory(tx, record, { action: 'submit', from: current.status, actor: input.actor, at: input.at });
    await audit(tx, record, input, 'ruleset.draft.submit', { authors: record.authors, submittedBy: person(input.actor) });
    return record;
  });
}

/** Refuses a publication checked against another library than the one the store now holds. */
async function checkLibraryRevision(tx: Queryable, expected: number, ruleSetId: string, version: string): Promise<void> {
  const actual = await publishedCount(tx);
  if (actual === expected) return;
  throw new RuleWorkflowError(
    409,
    'library-changed',
    `En anden version blev offentliggjort, mens ${name(ruleSetId, version)} blev kontrolleret (${actual} offentliggjorte versioner i databasen, kontrollen så ${expected}). Kontrollen skal gentages mod det nye bibliotek.`,
    { ruleSetId, version },
  );
}

export async function approveRuleDraft(db: Database, input: ApproveRuleDraftInput): Promise<RuleVersionRecord> {
  const reason = input.reason?.trim();
  if (!reason) throw new InvalidInputError('Angiv hvorfor versionen offentliggøres (»reason«); begrundelsen står i ændringsloggen.', 'reason');
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const current = await versionToChange(tx, input, 'godkendes igen');
    if (current.status !== 'submitted') throw stepOutOfOrder(current, 'Kun et udkast, der er sendt til godkendelse, kan godkendes.');
    refuseAuthor(current, input.actor, 'godkende');
    await checkLibraryRevision(tx, input.libraryRevision, input.ruleSetId, input.version);
    await tx.query(
      `UPDATE rule_versions SET status = 'published', text = $3, hash = $4, approved_by = $5::text::jsonb, published_at = coalesce($6::timestamptz, now()),
         publish_reason = $7, problems = '[]', revision = revision + 1, updated_at = coalesce($6::timestamptz, now())
       WHERE rule_set_id = $1 AND version = $2`,
      [input.ruleSetId, input.version, input.publishedText, input.hash, json(person(input.actor)), input.at ?? null, reason],
    );
    const record = (await selectVersion(tx, input.ruleSetId, input.version))!;
    await appendHistory(tx, record, { action: 'approve', from: current.status, actor: input.actor, at: input.at, reason });
    await audit(tx, record, input, 'ruleset.publish', { authors: record.authors, submittedBy: record.submittedBy, approvedBy: person(input.actor), reason });
    // Delivered at commit to every replica listening (PostgreSQL); PGlite has no other listener.
    await tx.query('SELECT pg_notify($1, $2)', [RULE_VERSIONS_CHANNEL, name(input.ruleSetId, input.version)]);
    return record;
  });
}

export async function rejectRuleDraft(db: Database, input: RejectRuleDraftInput): Promise<RuleVersionRecord> {
  const reason = input.reason?.trim();
  if (!reason) throw new InvalidInputError('Angiv hvorfor udkastet afvises (»reason«), så forfatteren ved, hvad der skal rettes.', 'reason');
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const current = await versionToChange(tx, input, 'afvises');
    if (current.status !== 'submitted') throw stepOutOfOrder(current, 'Kun et udkast, der er sendt til godkendelse, kan afvises.');
    refuseAuthor(current, input.actor, 'afvise');
    await tx.query(
      `UPDATE rule_versions SET status = 'rejected', rejected_by = $3::text::jsonb, rejected_at = coalesce($4::timestamptz, now()), reject_reason = $5,
         revision = revision + 1, updated_at = coalesce($4::timestamptz, now())
       WHERE rule_set_id = $1 AND version = $2`,
      [input.ruleSetId, input.version, json(person(input.actor)), input.at ?? null, reason],
    );
    const record = (await selectVersion(tx, input.ruleSetId, input.version))!;
    await appendHistory(tx, record, { action: 'reject', from: current.status, actor: input.actor, at: input.at, reason });
    await audit(tx, record, input, 'ruleset.draft.reject', { authors: record.authors, submittedBy: record.submittedBy, rejectedBy: person(input.actor), reason });
    return record;
  });
}

/**
 * A version published elsewhere, stored as published with the lock entry it came with. Importing the
 * same version with the same hash again changes nothing; another text under its name is refused.
 */
export async function importRuleVersion(db: Database, input: ImportRuleVersionInput): Promise<RuleVersionRecord> {
  return db.transaction(async (tx) => {
    await lockVersions(tx);
    const existing = await selectVersion(tx, input.ruleSetId, input.version);
    if (existing?.status === 'published' && existing.hash === input.lock.hash) return existing;
    if (existing) {
      throw new RuleWorkflowError(
        409,
        existing.status === 'published' ? 'published-versions-immutable' : 'version-exists',
        `Version »${input.version}« af »${input.ruleSetId}« findes allerede i databasen (${ruleVersionStatusLabel[existing.status]}${existing.hash ? `, ${existing.hash}` : ''}); filen har ${input.lock.hash}.`,
        { ruleSetId: input.ruleSetId, version: input.version, status: existing.status, revision: existing.revision },
      );
    }
    await checkLibraryRevision(tx, input.libraryRevision, input.ruleSetId, input.version);
    const approver = { id: 'lock', label: input.lock.publishedBy };
    await tx.query(
      `INSERT INTO rule_versions (rule_set_id, version, path, kind, valid_from, amends, hash, problems, warnings, status, text, authors, created_at, updated_at,
         approved_by, published_at, publish_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9::text::jsonb, 'published', $10, $11::text::jsonb, coalesce($12::timestamptz, now()),
         coalesce($12::timestamptz, now()), $13::text::jsonb, $14::timestamptz, $15)`,
      [input.ruleSetId, input.version, input.path, ...findingColumns({ ...input.findings, hash: input.lock.hash }), input.text, json([person(input.actor)]), input.at ?? null, json(approver), input.lock.publishedAt, input.lock.reason],
    );
    const record = (await selectVersion(tx, input.ruleSetId, input.version))!;
    await appendHistory(tx, record, { action: 'import', from: null, actor: input.actor, at: input.at, reason: input.lock.reason });
    await audit(tx, record, input, 'ruleset.import', { publishedBy: input.lock.publishedBy, publishedAt: input.lock.publishedAt, reason: input.lock.reason, importedBy: person(input.actor) });
    await tx.query('SELECT pg_notify($1, $2)', [RULE_VERSIONS_CHANNEL, name(input.ruleSetId, input.version)]);
    return record;
  });
}

export async function getRuleVersion(db: Queryable, ruleSetId: string, version: string): Promise<RuleVersionDetail | undefined> {
  const record = await selectVersion(db, ruleSetId, version);
  if (!record) return undefined;
  const history = await db.query<Row>('SELECT * FROM rule_version_history WHERE rule_set_id = $1 AND version = $2 ORDER BY seq', [ruleSetId, version]);
  return { ...record, history: history.map(toHistoryEntry) };
}

export async function listRuleVersions(db: Queryable, filter: RuleVersionFilter = {}): Promise<RuleVersionRecord[]> {
  const rows = await db.query<Row>(`${select} WHERE ($1::text IS NULL OR rule_set_id = $1) AND ($2::text IS NULL OR status = $2) ORDER BY rule_set_id, version`, [
    filter.ruleSetId ?? null,
    filter.status ?? null,
  ]);
  return rows.map(toRuleVersion);
}

export async function publishedRuleVersionCount(db: Queryable): Promise<number> {
  return publishedCount(db);
}
