import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Problem } from '../contract/problem.js';
import { escapeSegment } from './json-pointer.js';
import { parseJsonSource } from './json-source.js';
import { displayPath } from './repo-paths.js';
import { LOCK_FILE_NAME } from './rule-files.js';
import type { SourceMap } from './source-position.js';

/** `{ "<id>@<version>": "sha256:<hex>" }` — the content hash of every published version. */
export type LockEntries = Record<string, string>;

export interface LockFile {
  absolute: string;
  file: string;
  entries: LockEntries;
  /** Where each entry sits, to point problems about an entry at its line. */
  map?: SourceMap;
  problems: Problem[];
}

export function lockKey(id: string, version: string): string {
  return `${id}@${version}`;
}

export function lockFilePath(dir: string): string {
  return path.join(dir, LOCK_FILE_NAME);
}

/** Reads the lock file; a missing file is an empty lock, a malformed one is a problem. */
export async function readLockFile(dir: string): Promise<LockFile> {
  const absolute = lockFilePath(dir);
  const file = displayPath(absolute);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch {
    return { absolute, file, entries: {}, problems: [] };
  }
  const parsed = parseJsonSource(text);
  if (!parsed.ok) {
    return { absolute, file, entries: {}, problems: [{ file, ...parsed.position, pointer: '', message: parsed.message }] };
  }
  const problems: Problem[] = [];
  const entries: LockEntries = {};
  if (parsed.value === null || typeof parsed.value !== 'object' || Array.isArray(parsed.value)) {
    problems.push({ file, line: 1, column: 1, pointer: '', message: 'Låsefilen skal være et objekt { "<id>@<version>": "sha256:…" }.' });
  } else {
    for (const [key, hash] of Object.entries(parsed.value)) {
      const pointer = `/${escapeSegment(key)}`;
      if (!/^[^@]+@[^@]+$/.test(key) || typeof hash !== 'string' || !/^sha256:[0-9a-f]{64}$/.test(hash)) {
        problems.push({ file, ...parsed.map.locate(pointer), pointer, message: 'Ugyldig linje i låsefilen: nøglen skal være »<id>@<version>« og værdien »sha256:« efterfulgt af 64 hex-tegn.' });
        continue;
      }
      entries[key] = hash;
    }
  }
  return { absolute, file, entries, map: parsed.map, problems };
}

/** Writes the lock with sorted keys, one entry a line, so reviews show exactly what was added. */
export async function writeLockFile(absolute: string, entries: LockEntries): Promise<void> {
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((k) => [k, entries[k]]));
  await writeFile(absolute, `${JSON.stringify(sorted, null, 2)}\n`, 'utf8');
}
