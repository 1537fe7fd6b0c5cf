import { open, readFile, readdir, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { LetterKind } from '../letter-kind.js';
import { writeFileAtomic } from './atomic-write.js';

export type LetterFormat = 'html' | 'pdf';

export interface IndexedFile {
  format: LetterFormat;
  /** Relative to the output folder. */
  file: string;
  sha256: string;
}

/** One letter produced: its id, whom it is for, what it was made from, its files with their content hashes. */
export interface IndexEntry {
  kind: LetterKind;
  id: string;
  providerNumber: string;
  clinic: string;
  region: string;
  /** canonicalHash of the letter's data; together with templateHash decides whether to re-render. */
  dataHash: string;
  templateHash: string;
  files: IndexedFile[];
}

export interface LetterFailure {
  kind: LetterKind;
  providerNumber: string;
  clinic: string;
  message: string;
}

export interface LetterIndex {
  generator: 'fordeling letters';
  entries: IndexEntry[];
  /** Letters that failed in the latest batch (Danish reasons). */
  failures: LetterFailure[];
}

export const INDEX_JSON = 'index.json';
export const INDEX_CSV = 'index.csv';
/**
 * The batch's journal: one JSON line per letter, appended as soon as its files are on disk, so a
 * batch that is killed keeps every letter it wrote; index.json is the journal folded in at the end.
 */
export const INDEX_JOURNAL = 'index.journal';

export const entryKey = (kind: LetterKind, providerNumber: string): string => `${kind}:${providerNumber}`;

const missing = (error: unknown): boolean => (error as NodeJS.ErrnoException).code === 'ENOENT';

async function readSavedIndex(outDir: string): Promise<LetterIndex> {
  try {
    const index = JSON.parse(await readFile(path.join(outDir, INDEX_JSON), 'utf8')) as LetterIndex;
    if (Array.isArray(index.entries)) return { generator: 'fordeling letters', entries: index.entries, failures: index.failures ?? [] };
  } catch (error) {
    if (!missing(error) && !(error instanceof SyntaxError)) throw error;
  }
  return { generator: 'fordeling letters', entries: [], failures: [] };
}

/** The journal's entries; a line cut short by a crash (the last one, half written) is left out. */
async function readJournal(outDir: string): Promise<IndexEntry[]> {
  let text: string;
  try {
    text = await readFile(path.join(outDir, INDEX_JOURNAL), 'utf8');
  } catch (error) {
    if (missing(error)) return [];
    throw error;
  }
  const entries: IndexEntry[] = [];
  for (const line of text.split('\n')) {
    try {
      if (line) entries.push(JSON.parse(line) as IndexEntry);
    } catch {
      // torn write at a kill: that letter is simply produced again
    }
  }
  return entries;
}

/** The index as it stands, also after a batch that was killed: index.json with the journal after it. */
export async function readIndex(outDir: string): Promise<LetterIndex> {
  const index = await readSavedIndex(outDir);
  const journal = await readJournal(outDir);
  if (journal.length === 0) return index;
  const entries = new Map(index.entries.map((e) => [entryKey(e.kind, e.providerNumber), e]));
  for (const e of journal) entries.set(entryKey(e.kind, e.providerNumber), e);
  return { ...index, entries: [...entries.values()] };
}

/** Appends each letter to the journal the moment its files are written (one write per line, O_APPEND). */
export class IndexJournal {
  private constructor(private readonly handle: FileHandle) {}

  static async open(outDir: string): Promise<IndexJournal> {
    return new IndexJournal(await open(path.join(outDir, INDEX_JOURNAL), 'a'));
  }

  async record(entry: IndexEntry): Promise<void> {
    await this.handle.write(`${JSON.stringify(entry)}\n`);
  }

  close(): Promise<void> {
    return this.handle.close();
  }
}

/** Temporary files a killed batch left behind (writeFileAtomic's `<file>.<pid>-<n>.tmp`). */
export async function removeStaleTemporaries(outDir: string): Promise<void> {
  const stale = (await readdir(outDir)).filter((f) => /\.\d+-\d+\.tmp$/.test(f));
  await Promise.all(stale.map((f) => rm(path.join(outDir, f), { force: true })));
}

const csvField = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

/** Writes index.json and index.csv, then drops the journal they now hold. */
export async function writeIndex(outDir: string, index: LetterIndex): Promise<void> {
  const entries = [...index.entries].sort((a, b) => a.kind.localeCompare(b.kind) || a.providerNumber.localeCompare(b.providerNumber));
  await writeFileAtomic(path.join(outDir, INDEX_JSON), `${JSON.stringify({ ...index, entries }, null, 2)}\n`);
  const rows = ['kind,id,provider_number,clinic,region,format,file,sha256'];
  for (const e of entries) {
    for (const f of e.files) rows.push([e.kind, e.id, e.providerNumber, e.clinic, e.region, f.format, f.file, f.sha256].map(csvField).join(','));
  }
  await writeFileAtomic(path.join(outDir, INDEX_CSV), `${rows.join('\n')}\n`);
  await rm(path.join(outDir, INDEX_JOURNAL), { force: true });
}
