import { decide, type RuleSetRef } from '@fordeling/engine';
import {
  checkTemplateSet,
  complaintGuidanceWarning,
  DECISION_LETTERS,
  formatTemplateIssue,
  generateLetters,
  letterRulesFromBook,
  loadLabels,
  loadRegions,
  loadTemplateSet,
  LetterRenderer,
  PdfRenderer,
  type PdfLoad,
  printedFields,
  readCasesFile,
  readDecisionsFile,
  type DecidedRequest,
  type GenerateReport,
  type IndexEntry,
  type LetterFormat,
  type LetterKind,
} from '@fordeling/letters';
import type { HearingStore } from '@fordeling/store';
import { readHearing } from './hearing-source.js';
import { illustrativeDateWarnings } from './illustrative-date-warnings.js';
import { letterRunOf, readLetterRunFolder, rejectedRows } from './letter-run.js';
import { LetterRecorder, lettersActor } from './letter-recorder.js';
import type { RuleBookSource } from './rule-book-source.js';
import { selectJobs } from './letter-jobs.js';
import { LettersSetupError } from './setup-error.js';

export { LettersSetupError };

/** `--hearing`: the round whose cases the letters are for, read from the store. */
export interface HearingRequest {
  store: HearingStore;
  id: string;
  /** Record each letter's id and content hash on its case (`--record`, the default with --hearing). */
  record: boolean;
}

export interface GenerateRequest {
  /** The run folder; may be left out with `hearing` (the store has the round's run). */
  runDir?: string;
  hearing?: HearingRequest;
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
  /** How each PDF letter gets into its page; default `replace` (pdf-renderer.ts). The benchmark measures both. */
  pdfLoad?: PdfLoad;
}

export interface LettersReport extends GenerateReport {
  /** With `hearing.record`: letters recorded on their cases now, and those the cases already had. */
  recorded?: { now: number; already: number };
}

/** What the batch reports back to the user interface (CLI progress, summary). */
export interface GenerateListener {
  start(total: number): void;
  letter(status: 'written' | 'skipped' | 'failed'): void;
  stop(): void;
  warn(message: string): void;
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
      for (const r of regions.entries) {
        const warning = complaintGuidanceWarning(r);
        if (warning) warnings.push(warning);
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

  async generate(request: GenerateRequest, listener: GenerateListener): Promise<LettersReport> {
    const templates = await loadTemplateSet(request.templatesDir);
    const issues = checkTemplateSet(templates, [request.kind]);
    if (issues.length) throw new LettersSetupError(['Skabelonerne har fejl; ingen breve er dannet:', ...issues.map(formatTemplateIssue)]);
    const [regions, labels, runFolder] = await Promise.all([
      loadRegions(request.templatesDir), loadLabels(request.templatesDir), request.runDir ? readLetterRunFolder(request.runDir) : undefined,
    ]);
    for (const rejected of runFolder ? rejectedRows(runFolder) : []) listener.warn(`Række udeladt: ${rejected}`);
    const hearing = request.hearing ? await readHearing(request.hearing.store, request.hearing.id, runFolder) : undefined;
    const run = hearing?.run ?? (runFolder && letterRunOf(runFolder));
    if (!run) throw new LettersSetupError(['Angiv kørslen med --run MAPPE eller høringen med --hearing ID.']);
    const cases = hearing?.cases ?? (request.casesFile ? await readCasesFile(request.casesFile) : undefined);
    if (request.kind === 'kapacitet' && !request.decisionsFile) {
      throw new LettersSetupError(['Brevet »kapacitet« kræver --decisions FIL med afgørelserne (se docs/letters.md).']);
    }
    // A decision letter states how the hearing ended; without the cases it would have to invent it.
    if (request.kind === 'afgoerelse' && !cases) {
      throw new LettersSetupError([
        'Afgørelsesbrevet (»afgoerelse«) kræver sagerne: brug --hearing ID (høringsrunden i databasen) eller --cases FIL med hver kliniks endelige tal og',
        'klinikkens høringssvar — eller at afgørelsen er truffet uden svar efter fristen. Uden dem ville brevet påstå et udfald af høringen, som ikke kendes.',
      ]);
    }
    const decisions = request.decisionsFile ? await this.decided(await readDecisionsFile(request.decisionsFile)) : undefined;
    const round = request.round ?? Number(run.asOf.slice(0, 4));
    const book = await this.books.bookForRun(run.asOf, run.ruleSets);
    const context = {
      ruleSetTitle: await this.books.titles(),
      regionOn: await this.books.regionsOn(),
      rules: letterRulesFromBook(book, round),
      labels,
      regions,
      round,
      synthetic: run.synthetic,
      runRuleSets: run.ruleSets,
      councilRegions: new Map(run.clinics.map((c) => [c.council, c.region])),
      ...(request.date ? { date: request.date } : {}),
    };
    // A decision letter goes to the clinics whose cases the region has, and only those.
    const clinics = request.kind === 'afgoerelse' ? run.clinics.filter((c) => cases?.has(c.providerNumber)) : run.clinics;
    const jobs = selectJobs({
      kind: request.kind, clinics, context, regions,
      region: request.region, providerNumber: request.providerNumber, cases, decisions,
    });
    if (jobs.length === 0) {
      const what = request.providerNumber ? `ydernummer ${request.providerNumber}` : request.region ? `regionen ${request.region}` : 'kørslen';
      throw new LettersSetupError([`Ingen klinikker at skrive til for ${what}.`]);
    }
    for (const warning of illustrativeDateWarnings(context.rules.illustrativeDates, printedFields(templates, request.kind), round)) listener.warn(warning);
    if (DECISION_LETTERS.includes(request.kind)) {
      for (const name of new Set(jobs.map((j) => j.region))) {
        const entry = regions.entry(name);
        const warning = entry && complaintGuidanceWarning(entry);
        if (warning) listener.warn(warning);
      }
    }
    const recorder = hearing && request.hearing?.record
      ? new LetterRecorder(request.hearing.store, hearing.caseIds, lettersActor(hearing.hearing.region), run.ruleSets)
      : undefined;
    const pdf = request.formats.includes('pdf') ? await PdfRenderer.launch(request.concurrency, request.pdfLoad) : undefined;
    listener.start(jobs.length);
    try {
      const report = await generateLetters(jobs, {
        outDir: request.outDir,
        formats: request.formats,
        renderer: new LetterRenderer(templates),
        templateHash: templates.hash,
        pdf,
        concurrency: pdf ? request.concurrency : 1,
        onLetter: (status) => listener.letter(status),
        ...(recorder ? { afterLetter: (entry: IndexEntry) => recorder.record(entry) } : {}),
      });
      return recorder ? { ...report, recorded: { now: recorder.recorded, already: recorder.alreadyRecorded } } : report;
    } finally {
      listener.stop();
      await pdf?.close();
    }
  }

  /**
   * Decisions exported from the API carry no trace (GET /v1/decisions) or not the whole Decision: each
   * is decided again from its request under exactly its rule-set versions (their hashes checked) and
   * must come out as it was stored — outcome, basis, deciding rule, last day — else its letter fails
   * with the reason; one that already carries its Decision is used as it is.
   */
  private async decided(items: DecidedRequest[]): Promise<DecidedRequest[]> {
    return Promise.all(
      items.map(async (item): Promise<DecidedRequest> => {
        if (item.decision || !item.stored || item.stored.problem) return item;
        const { stored } = item;
        try {
          const book = await this.books.bookForRun(stored.asOf, stored.ruleSets);
          const decision = await decide(item.request, book);
          const same = decision.outcome === stored.outcome && decision.basis === stored.basis && decision.decidingRule === stored.decidingRule && (decision.validUntil ?? null) === (stored.validUntil ?? null);
          if (!same) return { ...item, stored: { ...stored, problem: { title: 'Afgørelsen kan ikke genskabes', detail: `genskabt giver den ${decision.outcome}/${decision.basis}, gemt er ${stored.outcome}/${stored.basis}` } } };
          return { ...item, decision };
        } catch (error) {
          return { ...item, stored: { ...stored, problem: { title: 'Afgørelsen kan ikke genskabes', detail: refsText(stored.ruleSets, error) } } };
        }
      }),
    );
  }
}

const refsText = (refs: RuleSetRef[], error: unknown) =>
  `under ${refs.map((r) => `${r.id} ${r.version}`).join(', ')}: ${error instanceof Error ? error.message : String(error)}`;
