import type { Problem } from '../contract/problem.js';
import { escapeSegment } from './json-pointer.js';
import { parseJsonSource } from './json-source.js';
import { LOCK_FILE_NAME } from './rule-files.js';
import type { RuleSource, WritableRuleSource } from './rule-source.js';
import { decodeRuleText } from './rule-text.js';
import type { SourceMap } from './source-position.js';

/**
 * One published version in the lock: the hash of its (resolved) content, and who published it, when
 * and why — the order's change log. Entries are only ever added.
 */
export interface LockEntry {
  hash: string;
  publishedBy?: string;
  /** ISO timestamp. */
  publishedAt?: string;
  reason?: string;
}

/** `{ "<id>@<version>": LockEntry }`. */
export type LockEntries = Record<string, LockEntry>;

export interface LockFile {
  file: string;
  entries: LockEntries;
  /** Where each entry sits, to point problems about an entry at its line. */
  map?: SourceMap;
  problems: Problem[];
}

export function lockKey(id: string, version: string): string {
  return `${id}@${version}`;
}

const HASH = /^sha256:[0-9a-f]{64}$/;
const ENTRY_FIELDS = new Set(['hash', 'publishedBy', 'publishedAt', 'reason']);

/**
 * Reads the lock; a missing file is an empty lock, a malformed one a problem. An entry is an object
 * (`hash`, `publishedBy`, `publishedAt`, `reason`); a bare hash string — the first lock format,
 * before publishing recorded who and why — is read as an entry without its log.
 */
export async function readLockFile(source: RuleSource): Promise<LockFile> {
  const file = source.display(LOCK_FILE_NAME);
  const bytes = await source.read(LOCK_FILE_NAME);
  if (!bytes) return { file, entries: {}, problems: [] };
  const decoded = decodeRuleText(bytes);
  if (!decoded.ok) return { file, entries: {}, problems: [{ file, ...decoded.position, pointer: '', message: decoded.message }] };
  const parsed = parseJsonSource(decoded.text);
  if (!parsed.ok) return { file, entries: {}, problems: [{ file, ...parsed.position, pointer: '', message: parsed.message }] };
  const problems: Problem[] = [];
  const entries: LockEntries = {};
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file, line: 1, column: 1, pointer: '', message: 'Låsefilen skal være et objekt { "<id>@<version>": { "hash": "sha256:…", … } }.' });
    return { file, entries, map: parsed.map, problems };
  }
  for (const [key, value] of Object.entries(parsed.value)) {
    const pointer = `/${escapeSegment(key)}`;
    const entry = typeof value === 'string' ? { hash: value } : value;
    const valid =
      /^[^@]+@[^@]+$/.test(key) &&
      entry !== null &&
      typeof entry === 'object' &&
      !Array.isArray(entry) &&
      typeof (entry as LockEntry).hash === 'string' &&
      HASH.test((entry as LockEntry).hash) &&
      Object.entries(entry).every(([field, v]) => ENTRY_FIELDS.has(field) && typeof v === 'string');
    if (!valid) {
      problems.push({ file, ...parsed.map.locate(pointer), pointer, message: 'Ugyldig linje i låsefilen: nøglen skal være »<id>@<version>« og værdien { "hash": "sha256:" efterfulgt af 64 hex-tegn, "publishedBy", "publishedAt", "reason" }.' });
      continue;
    }
    entries[key] = entry as LockEntry;
  }
  return { file, entries, map: parsed.map, problems };
}

/** The lock's text: sorted keys, one entry a block, so reviews show exactly what was added. */
export function lockFileText(entries: LockEntries): string {
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

export async function writeLockFile(source: WritableRuleSource, entries: LockEntries): Promise<void> {
  await source.write(LOCK_FILE_NAME, lockFileText(entries));
}
