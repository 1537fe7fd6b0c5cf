import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { LetterDataValidator } from '../check/data-validator.js';
import type { BuiltLetter } from '../data/build-minimum-letters.js';
import type { LetterData } from '../data/letter-data.js';
import type { LetterKind } from '../letter-kind.js';
import type { LetterRenderer } from '../render/letter-renderer.js';
import type { PdfRenderer } from '../render/pdf-renderer.js';
import { writeFileAtomic } from './atomic-write.js';
import { entryKey, IndexJournal, readIndex, removeStaleTemporaries, writeIndex, type IndexEntry, type LetterFailure, type LetterFormat } from './letter-index.js';

/** One letter to produce; `build` may throw a Danish reason (missing region, deviation without reason …). */
export interface LetterJob {
  kind: LetterKind;
  providerNumber: string;
  clinic: string;
  region: string;
  build: () => BuiltLetter<LetterData>;
}

export interface GenerateOptions {
  outDir: string;
  formats: LetterFormat[];
  renderer: LetterRenderer;
  templateHash: string;
  /** Needed when formats include pdf. */
  pdf?: PdfRenderer;
  /** Letters in flight at once (PDF pages in parallel). */
  concurrency?: number;
  onLetter?: (status: 'written' | 'skipped' | 'failed', job: LetterJob) => void;
  /**
   * Called after a letter is written or found unchanged, e.g. to record it on its hearing case.
   * A rejection makes the letter a failure; its files stay and the next run calls this again.
   */
  afterLetter?: (entry: IndexEntry) => Promise<void>;
}

export interface GenerateReport {
  total: number;
  written: number;
  skipped: number;
  failures: LetterFailure[];
}

const sha256 = (content: string | Uint8Array): string => createHash('sha256').update(content).digest('hex');

async function fileHash(file: string): Promise<string | undefined> {
  try {
    return sha256(await readFile(file));
  } catch {
    return undefined;
  }
}

export const letterFileName = (kind: LetterKind, providerNumber: string, format: LetterFormat): string =>
  `${providerNumber.replace(/[^0-9A-Za-z_-]/g, '_')}-${kind}.${format}`;

/**
 * Produces the letters of `jobs` into outDir, resumable: a letter whose id, data and templates are
 * unchanged and whose files are still on disk with the recorded content hash is skipped — also
 * after a batch that was killed, since each letter is journalled as soon as it is written. A failing
 * letter is recorded with the clinic and the reason, and the batch goes on.
 */
export async function generateLetters(jobs: LetterJob[], options: GenerateOptions): Promise<GenerateReport> {
  await mkdir(options.outDir, { recursive: true });
  await removeStaleTemporaries(options.outDir);
  const index = await readIndex(options.outDir);
  const journal = await IndexJournal.open(options.outDir);
  const entries = new Map(index.entries.map((e) => [entryKey(e.kind, e.providerNumber), e]));
  const validator = new LetterDataValidator();
  const failures: LetterFailure[] = [];
  const report: GenerateReport = { total: jobs.length, written: 0, skipped: 0, failures };

  const unchanged = async (previous: IndexEntry, id: string): Promise<boolean> => {
    if (previous.id !== id || previous.templateHash !== options.templateHash) return false;
    for (const format of options.formats) {
      const file = previous.files.find((f) => f.format === format);
      if (!file || (await fileHash(path.join(options.outDir, file.file))) !== file.sha256) return false;
    }
    return true;
  };

  const after = async (entry: IndexEntry): Promise<void> => {
    try {
      await options.afterLetter?.(entry);
    } catch (error) {
      throw new Error(`brevet er dannet, men kunne ikke registreres: ${(error as Error).message}`);
    }
  };

  const produce = async (job: LetterJob): Promise<'written' | 'skipped'> => {
    const { data, dataHash } = job.build();
    const problems = validator.problems(job.kind, data);
    if (problems.length) throw new Error(problems.join('; '));
    const key = entryKey(job.kind, job.providerNumber);
    const previous = entries.get(key);
    if (previous && (await unchanged(previous, data.letter.id))) {
      await after(previous);
      return 'skipped';
    }
    const html = options.renderer.render(job.kind, data);
    // Formats not asked for this time keep their earlier files if the letter is the same letter.
    const kept = previous && previous.id === data.letter.id ? previous.files.filter((f) => !options.formats.includes(f.format)) : [];
    const files = [...kept];
    for (const format of options.formats) {
      const name = letterFileName(job.kind, job.providerNumber, format);
      let content: string | Uint8Array;
      if (format === 'html') content = html;
      else {
        if (!options.pdf) throw new Error('PDF er valgt, men Chromium er ikke startet');
        content = await options.pdf.render(html, options.renderer.pdfFooter(data));
      }
      await writeFileAtomic(path.join(options.outDir, name), content);
      files.push({ format, file: name, sha256: sha256(content) });
    }
    const entry: IndexEntry = {
      kind: job.kind, id: data.letter.id, providerNumber: job.providerNumber, clinic: job.clinic, region: job.region,
      dataHash, templateHash: options.templateHash, files,
    };
    entries.set(key, entry);
    await journal.record(entry);
    await after(entry);
    return 'written';
  };

  const save = () => writeIndex(options.outDir, { generator: 'fordeling letters', entries: [...entries.values()], failures });

  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++];
      let status: 'written' | 'skipped' | 'failed';
      try {
        status = await produce(job);
      } catch (error) {
        status = 'failed';
        failures.push({ kind: job.kind, providerNumber: job.providerNumber, clinic: job.clinic, message: (error as Error).message });
      }
      if (status === 'written') report.written++;
      if (status === 'skipped') report.skipped++;
      options.onLetter?.(status, job);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  } finally {
    await journal.close();
  }
  failures.sort((a, b) => a.providerNumber.localeCompare(b.providerNumber));
  await save();
  return report;
}
