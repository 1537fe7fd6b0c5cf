import {
  checkTemplateSet,
  formatTemplateIssue,
  generateLetters,
  letterRulesFromBook,
  loadLabels,
  loadRegions,
  loadTemplateSet,
  LetterRenderer,
  PdfRenderer,
  readCasesFile,
  readDecisionsFile,
  readRunFolder,
  type FontMode,
  type GenerateReport,
  type LetterFormat,
  type LetterKind,
} from '@fordeling/letters';
import type { RuleBookSource } from './rule-book-source.js';
import { selectJobs } from './letter-jobs.js';

export interface GenerateRequest {
  runDir: string;
  kind: LetterKind;
  outDir: string;
  formats: LetterFormat[];
  templatesDir: string;
  region?: string;
  providerNumber?: string;
  casesFile?: string;
  decisionsFile?: string;
  /** Letter date for every letter (ISO); default: the timeline's date for the letter kind. */
  date?: string;
  /** Round year; default: the year of the run's as-of date. */
  round?: number;
  concurrency: number;
  font: FontMode;
}

/** What the batch reports back to the user interface (CLI progress, summary). */
export interface GenerateListener {
  start(total: number): void;
  letter(status: 'written' | 'skipped' | 'failed'): void;
  stop(): void;
  warn(message: string): void;
}

/** A check failed before any letter was written (templates, inputs). Danish lines. */
export class LettersSetupError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}

/** The letters batch: static template check, data, rendering, PDF, resumable output. */
export class LettersApp {
  constructor(private readonly books: RuleBookSource) {}

  /** `fordeling letters check`: every template against its schema, plus regions.json and labels.json. */
  async check(templatesDir: string): Promise<{ errors: string[]; warnings: string[] }> {
    const templates = await loadTemplateSet(templatesDir);
    const errors = checkTemplateSet(templates).map(formatTemplateIssue);
    const warnings: string[] = [];
    try {
      const regions = await loadRegions(templatesDir);
      for (const r of regions.entries.filter((e) => e.illustrative)) {
        warnings.push(`regions.json: kontaktoplysningerne for ${r.name} er pladsholdere (illustrative: true)${r.note ? ` – ${r.note}` : ''}`);
      }
    } catch (error) {
      errors.push((error as Error).message);
    }
    try {
      await loadLabels(templatesDir);
    } catch (error) {
      errors.push((error as Error).message);
    }
    return { errors, warnings };
  }

  async generate(request: GenerateRequest, listener: GenerateListener): Promise<GenerateReport> {
    const templates = await loadTemplateSet(request.templatesDir);
    const issues = checkTemplateSet(templates, [request.kind]);
    if (issues.length) throw new LettersSetupError(['Skabelonerne har fejl; ingen breve er dannet:', ...issues.map(formatTemplateIssue)]);
    const [regions, labels, run] = await Promise.all([loadRegions(request.templatesDir), loadLabels(request.templatesDir), readRunFolder(request.runDir)]);
    for (const rejected of run.rejected) listener.warn(`Række udeladt: ${rejected}`);
    const cases = request.casesFile ? await readCasesFile(request.casesFile) : undefined;
    if (request.kind === 'kapacitet' && !request.decisionsFile) {
      throw new LettersSetupError(['Brevet »kapacitet« kræver --decisions FIL med afgørelserne (se docs/letters.md).']);
    }
    const decisions = request.decisionsFile ? await readDecisionsFile(request.decisionsFile) : undefined;
    const round = request.round ?? Number(run.asOf.slice(0, 4));
    const book = await this.books.bookForRun(run.asOf, run.ruleSets);
    const context = {
      rules: letterRulesFromBook(book, round),
      labels,
      regions,
      round,
      synthetic: run.synthetic,
      runRuleSets: run.ruleSets,
      councilRegions: new Map(run.clinics.map((c) => [c.council, c.region])),
      ...(request.date ? { date: request.date } : {}),
    };
    const jobs = selectJobs({
      kind: request.kind, clinics: run.clinics, context, regions,
      region: request.region, providerNumber: request.providerNumber, cases, decisions,
    });
    if (jobs.length === 0) {
      const what = request.providerNumber ? `ydernummer ${request.providerNumber}` : request.region ? `regionen ${request.region}` : 'kørslen';
      throw new LettersSetupError([`Ingen klinikker at skrive til for ${what}.`]);
    }
    const pdf = request.formats.includes('pdf') ? await PdfRenderer.launch(request.concurrency) : undefined;
    listener.start(jobs.length);
    try {
      return await generateLetters(jobs, {
        outDir: request.outDir,
        formats: request.formats,
        renderer: new LetterRenderer(templates, request.font),
        templateHash: templates.hash,
        pdf,
        concurrency: pdf ? request.concurrency : 1,
        onLetter: (status) => listener.letter(status),
      });
    } finally {
      listener.stop();
      await pdf?.close();
    }
  }
}
