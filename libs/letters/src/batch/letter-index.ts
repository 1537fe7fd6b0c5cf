import { readFile } from 'node:fs/promises';
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

export const entryKey = (kind: LetterKind, providerNumber: string): string => `${kind}:${providerNumber}`;

export async function readIndex(outDir: string): Promise<LetterIndex> {
  try {
    const index = JSON.parse(await readFile(path.join(outDir, INDEX_JSON), 'utf8')) as LetterIndex;
    if (Array.isArray(index.entries)) return { generator: 'fordeling letters', entries: index.entries, failures: index.failures ?? [] };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' && !(error instanceof SyntaxError)) throw error;
  }
  return { generator: 'fordeling letters', entries: [], failures: [] };
}

const csvField = (value: string): string => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);

export async function writeIndex(outDir: string, index: LetterIndex): Promise<void> {
  const entries = [...index.entries].sort((a, b) => a.kind.localeCompare(b.kind) || a.providerNumber.localeCompare(b.providerNumber));
  await writeFileAtomic(path.join(outDir, INDEX_JSON), `${JSON.stringify({ ...index, entries }, null, 2)}\n`);
  const rows = ['kind,id,provider_number,clinic,region,format,file,sha256'];
  for (const e of entries) {
    for (const f of e.files) rows.push([e.kind, e.id, e.providerNumber, e.clinic, e.region, f.format, f.file, f.sha256].map(csvField).join(','));
  }
  await writeFileAtomic(path.join(outDir, INDEX_CSV), `${rows.join('\n')}\n`);
}
