import { appendAudit } from './audit.js';
import type { Database, Queryable } from './db/database.js';
import { NotFoundError } from './errors.js';
import { toLetter, type Row } from './rows.js';
import type { LetterRecord, RecordLetterInput } from './contract/index.js';

/** Records that a letter was produced for a case (id and content hash; the letter itself lives elsewhere). */
export async function recordLetter(db: Database, input: RecordLetterInput): Promise<LetterRecord> {
  return db.transaction(async (tx) => {
    const [exists] = await tx.query('SELECT id FROM hearing_cases WHERE id = $1', [input.caseId]);
    if (!exists) throw new NotFoundError(`Sagen ${input.caseId} findes ikke.`, 'case', input.caseId);
    const [row] = await tx.query<Row>(
      `INSERT INTO letters (letter_id, case_id, kind, content_hash, created_at) VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()))
       RETURNING *`,
      [input.letterId, input.caseId, input.kind, input.contentHash, input.at ?? null],
    );
    await appendAudit(tx, {
      ...input,
      action: 'letter.record',
      entity: 'letter',
      entityId: input.letterId,
      details: { caseId: input.caseId, kind: input.kind, contentHash: input.contentHash },
    });
    return toLetter(row);
  });
}

export async function listLetters(db: Queryable, caseId: string): Promise<LetterRecord[]> {
  const rows = await db.query<Row>('SELECT * FROM letters WHERE case_id = $1 ORDER BY created_at, letter_id', [caseId]);
  return rows.map(toLetter);
}
