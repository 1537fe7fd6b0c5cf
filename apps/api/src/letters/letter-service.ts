import type { Decision, RuleLibrary } from '@fordeling/engine';
import {
  buildAfgoerelse,
  buildHoering,
  buildKapacitet,
  buildVejledende,
  clinicResultOf,
  defaultTemplatesDir,
  fromStoreCase,
  LetterDataError,
  LetterDataValidator,
  letterFileName,
  letterBookForRun,
  letterRulesFromBook,
  LetterRenderer,
  loadLabels,
  loadRegions,
  loadTemplateSet,
  PdfRenderer,
  regionsOn,
  ruleSetTitles,
  type BuiltLetter,
  type LetterContext,
  type LetterData,
  type LetterKind,
  type LetterLabels,
  type RegionDirectory,
} from '@fordeling/letters';
import type { CapacityDecisionRecord, CaseDetail, ClinicRecord, HearingStore } from '@fordeling/store';
import { problems } from '../http/problem.js';

/** The letters of a hearing case, in the order of the round (seed 002). */
export const CASE_LETTERS = ['vejledende', 'hoering', 'afgoerelse'] as const satisfies readonly LetterKind[];
export type CaseLetterKind = (typeof CASE_LETTERS)[number];

/** A letter built and rendered: what the API shows (HTML), downloads (PDF) and records on the case. */
export interface RenderedLetter {
  kind: LetterKind;
  letterId: string;
  /** The letter's data hash: the same for HTML and PDF (what the letters batch records). */
  contentHash: string;
  html: string;
  /** The PDF footer in the letter's font (»Side X af Y«, the letter id). */
  footer: string;
  /** The batch's file name without its extension's format (letterFileName). */
  fileName(format: 'html' | 'pdf'): string;
}

interface Assets {
  renderer: LetterRenderer;
  regions: RegionDirectory;
  labels: LetterLabels;
}

/**
 * The letters the letters batch writes (`fordeling letters`), built for one case or one stored
 * decision in the API process: the same data builders, schemas, templates and rule books
 * (libs/letters), so a letter downloaded from the workbench is the letter the batch writes.
 */
export class LetterService {
  private assets?: Promise<Assets>;
  private readonly validator = new LetterDataValidator();

  constructor(
    private readonly store: HearingStore,
    private readonly library: () => RuleLibrary,
    private readonly templatesDir: string = defaultTemplatesDir,
  ) {}

  private load(): Promise<Assets> {
    this.assets ??= (async () => {
      const [templates, regions, labels] = await Promise.all([loadTemplateSet(this.templatesDir), loadRegions(this.templatesDir), loadLabels(this.templatesDir)]);
      return { renderer: new LetterRenderer(templates), regions, labels };
    })();
    // A failed load (a template being edited) is tried again on the next request.
    this.assets.catch(() => (this.assets = undefined));
    return this.assets;
  }

  /** One of the case's letters, from its run's clinic row, its round and the rule sets the run used. */
  async caseLetter(detail: CaseDetail, kind: CaseLetterKind): Promise<RenderedLetter> {
    const [hearing, run, clinics] = await Promise.all([this.store.getHearing(detail.hearingId), this.store.getRun(detail.runId), this.store.listClinics(detail.runId)]);
    const clinic = clinics.find((c) => c.providerNumber === detail.providerNumber);
    if (!hearing || !run || !clinic) throw problems.notFound(`Sagens høringsrunde, modelkørsel eller klinik findes ikke (ydernummer ${detail.providerNumber}).`);
    const deadline = hearing.dates['hearing-deadline'];
    const minimumCase = { ...(deadline ? { hearingDeadline: deadline } : {}), ...fromStoreCase(detail) };
    const context = await this.context(run.asOf, run.run.ruleSets, hearing.year, run.synthetic, clinics);
    const result = clinicResultOf(clinic);
    const build = { vejledende: () => buildVejledende(context, result), hoering: () => buildHoering(context, result, minimumCase), afgoerelse: () => buildAfgoerelse(context, result, minimumCase) }[kind];
    return this.rendered(kind, detail.providerNumber, build);
  }

  /**
   * The `kapacitet` letter of a stored decision (its trace rebuilt under its own rule-set versions),
   * to the clinic as the newest registered run has it — the run and its rule sets are the letter's
   * context, as in `fordeling letters --run … --letter kapacitet`; the letter's date and year are the decision's.
   */
  async decisionLetter(record: CapacityDecisionRecord, decision: Decision): Promise<RenderedLetter> {
    const providerNumber = record.request.clinic.providerNumber;
    const runs = [...(await this.store.listRuns())].sort((a, b) => b.registeredAt.localeCompare(a.registeredAt));
    for (const run of runs) {
      const clinics = await this.store.listClinics(run.id);
      const clinic = clinics.find((c) => c.providerNumber === providerNumber);
      if (!clinic) continue;
      const context = await this.context(run.asOf, run.run.ruleSets, Number(run.asOf.slice(0, 4)), run.synthetic, clinics);
      return this.rendered('kapacitet', providerNumber, () => buildKapacitet(context, { request: record.request, decision }, clinicResultOf(clinic)));
    }
    throw problems.invalid(`Ydernummer ${providerNumber} står ikke i nogen registreret modelkørsel, så brevet kan ikke adresseres (navn og adresse mangler).`, [
      { pointer: '/request/clinic/providerNumber', message: 'ydernummeret findes ikke i en registreret kørsel' },
    ]);
  }

  /** The letter as A4 PDF, printed by Debian's Chromium like the batch's (tagged, with an outline). */
  async pdf(letter: RenderedLetter): Promise<Buffer> {
    // One browser per download: a region downloads a letter at a time, and no Chromium idles in the server.
    const pdf = await PdfRenderer.launch(1);
    try {
      return await pdf.render(letter.html, letter.footer);
    } finally {
      await pdf.close();
    }
  }

  /** What every letter of a run shares (LettersApp.generate builds the same for a batch). */
  private async context(asOf: string, runRefs: CapacityDecisionRecord['ruleSets'], round: number, synthetic: boolean, clinics: ClinicRecord[]): Promise<LetterContext> {
    const { regions, labels } = await this.load();
    const library = this.library();
    let rules;
    try {
      rules = letterRulesFromBook(letterBookForRun(library, asOf, runRefs), round);
    } catch (error) {
      throw problems.conflict((error as Error).message);
    }
    return {
      ruleSetTitle: ruleSetTitles(library),
      regionOn: regionsOn(library),
      rules,
      labels,
      regions,
      round,
      synthetic,
      runRuleSets: runRefs,
      councilRegions: new Map(clinics.map((c) => [c.council, c.region])),
    };
  }

  private async rendered(kind: LetterKind, providerNumber: string, build: () => BuiltLetter<LetterData>): Promise<RenderedLetter> {
    const { renderer } = await this.load();
    let built: BuiltLetter<LetterData>;
    try {
      built = build();
    } catch (error) {
      // The letter cannot be written yet or at all: the builder's reason names the missing step or field.
      if (error instanceof LetterDataError) throw problems.conflict(`Brevet kan ikke dannes: ${error.message}.`);
      throw error;
    }
    const invalid = this.validator.problems(kind, built.data);
    if (invalid.length) throw problems.internal(`Brevets data passer ikke til skabelonens skema: ${invalid.join('; ')}`);
    return {
      kind,
      letterId: built.data.letter.id,
      contentHash: built.dataHash,
      html: renderer.render(kind, built.data),
      footer: renderer.pdfFooter(built.data),
      fileName: (format) => letterFileName(kind, providerNumber, format),
    };
  }
}
