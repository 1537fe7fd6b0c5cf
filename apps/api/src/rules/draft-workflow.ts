// The ministry's workflow for a new rule-set version through the API (issue 13): a draft is created
// (whole, or as an amendment), saved — every save checked against the whole library exactly as
// `fordeling rules validate` checks a folder, the problems kept with the draft —, submitted, and then
// approved (which publishes it) or rejected by another ministry user. The engine checks and plans;
// the store keeps the state, enforces the steps and four eyes, and writes one transaction per step.
import {
  checkRuleText,
  OverlayRuleSource,
  parseJsonSource,
  planPublication,
  ruleFilePath,
  scaffoldVersion,
  type LoadedRuleSet,
  type Problem,
  type PublicationPlan,
  type RuleLibrary,
  type RuleRegistry,
  type RuleTextCheck,
} from '@fordeling/engine';
import { RuleWorkflowError, STORE_LABEL, type Actor, type HearingStore, type RuleTextFindings, type RuleVersionRecord } from '@fordeling/store';
import { problems as httpProblems } from '../http/problem.js';
import type { RulesContext } from './rules-context.js';

/** POST /v1/rulesets/{id}/drafts: a draft given whole, or scaffolded from the version in force on `validFrom`. */
export interface NewDraftRequest {
  validFrom?: string;
  version?: string;
  /** Scaffold as an amendment of the version it succeeds (only the changes), not a whole copy. */
  amendment?: boolean;
  /** The draft's document, written whole (its id and version must be the route's). */
  document?: Record<string, unknown>;
}

export interface DraftSaved {
  record: RuleVersionRecord;
  check: RuleTextCheck;
}

export interface Publication {
  record: RuleVersionRecord;
  plan: PublicationPlan;
}

/** How many times an approval is planned again when another version was published meanwhile. */
const PLAN_ATTEMPTS = 3;

export class DraftWorkflow {
  /** The library with a store draft in place, per draft revision: a save leaves it for the impact and the preview. */
  private readonly checks = new Map<string, Promise<RuleTextCheck>>();

  constructor(
    private readonly store: HearingStore,
    private readonly rules: RulesContext,
    private readonly registry: RuleRegistry,
  ) {
    rules.live.onChange(() => this.checks.clear());
  }

  async create(actor: Actor, id: string, request: NewDraftRequest): Promise<DraftSaved> {
    const library = this.rules.library;
    if (library.versions(id).length === 0) throw httpProblems.notFound(`Regelsættet »${id}« findes ikke. Kendte regelsæt: ${library.ids().join(', ')}.`);
    const named = typeof request.document?.version === 'string' ? request.document.version : request.version;
    if (named) refuseExisting(library, id, named);
    const { version, text } = this.newDraftText(library, id, request);
    if (/udkast|draft/.test(version)) {
      throw httpProblems.invalid(`Versionen »${version}« kan ikke offentliggøres under det navn: en offentliggjort version beholder sit navn for altid. Vælg et navn som »${version.replace(/-.*$/, '')}«; status »draft« viser, at det er et udkast.`, [
        { pointer: '/version', message: 'Versionens navn må ikke indeholde »udkast«.' },
      ]);
    }
    refuseExisting(library, id, version);
    const path = ruleFilePath(library, id, version);
    const check = await this.check(path, text);
    const record = await this.store.createRuleDraft({ ruleSetId: id, version, path, text, findings: findingsOf(check, path, text), actor });
    this.remember(record, check);
    return { record, check };
  }

  async save(actor: Actor, id: string, version: string, text: string, expectedRevision?: number): Promise<DraftSaved> {
    const current = await this.draft(id, version);
    const check = await this.check(current.path, text);
    const record = await this.store.updateRuleDraft({ ruleSetId: id, version, text, findings: findingsOf(check, current.path, text), actor, expectedRevision });
    this.remember(record, check);
    return { record, check };
  }

  /** Submits a draft that would publish cleanly today (the whole library with it published, the rule tests run). */
  async submit(actor: Actor, id: string, version: string, expectedRevision?: number): Promise<Publication> {
    const current = await this.draft(id, version);
    // The store refuses a draft whose last save found problems (422 draft-without-problems)…
    if (current.problems.length > 0) return { record: await this.store.submitRuleDraft({ ruleSetId: id, version, actor, expectedRevision }), plan: emptyPlan(id, version) };
    // … and what the library would say with it published (succession, lock, rule tests) is checked here.
    const plan = await this.plan(current);
    if (plan.refused.length > 0) throw refusedPublication(current, plan.refused);
    return { record: await this.store.submitRuleDraft({ ruleSetId: id, version, actor, expectedRevision }), plan };
  }

  /**
   * Approves and publishes: the publication planned against the library as the store holds it now, then
   * stored in one transaction that refuses if another version was published since (then planned again).
   * Resolves once this server serves the new library.
   */
  async approve(actor: Actor, id: string, version: string, reason: string, expectedRevision?: number): Promise<Publication> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.draft(id, version);
      // Counted before the library is read: a publication in between makes the store refuse, never slip through.
      const libraryRevision = await this.store.publishedRuleVersionCount();
      // A step out of order or an author approving is refused by the store before anything is planned.
      const refusedAnyway = current.status !== 'submitted' || current.authors.some((a) => a.id === actor.id);
      const plan = refusedAnyway ? emptyPlan(id, version) : await this.plan(current);
      if (plan.refused.length > 0) throw refusedPublication(current, plan.refused);
      try {
        const record = await this.store.approveRuleDraft({
          ruleSetId: id,
          version,
          actor,
          reason,
          expectedRevision,
          publishedText: plan.text ?? current.text,
          hash: plan.published?.hash ?? current.hash ?? '',
          libraryRevision,
        });
        await this.rules.live.reload();
        return { record, plan };
      } catch (error) {
        if (!(error instanceof RuleWorkflowError && error.ruleId === 'library-changed') || attempt >= PLAN_ATTEMPTS) throw error;
      }
    }
  }

  /**
   * What a submit would find now, without submitting (the workbench's editor shows it beside the
   * form): the refusals — succession, lock, the rule tests with the draft published — and the tests' results.
   */
  async trial(id: string, version: string): Promise<PublicationPlan> {
    return this.plan(await this.draft(id, version));
  }

  reject(actor: Actor, id: string, version: string, reason: string, expectedRevision?: number): Promise<RuleVersionRecord> {
    return this.store.rejectRuleDraft({ ruleSetId: id, version, actor, reason, expectedRevision });
  }

  /**
   * The library with version `id@version` in it and the version as loaded: the live library for a
   * version it holds (a draft shipped in the folder, say), else the store's draft overlaid on it.
   * Undefined when no such version exists; a draft that does not load answers with its problems.
   */
  async libraryWith(id: string, version: string): Promise<{ library: RuleLibrary; ruleSet: LoadedRuleSet } | { problems: Problem[] } | undefined> {
    const live = this.rules.library;
    const loaded = live.get(id, version);
    if (loaded) return { library: live, ruleSet: loaded };
    const record = await this.store.getRuleVersion(id, version);
    if (!record) return undefined;
    const check = await this.checked(record);
    return check.ruleSet ? { library: check.library, ruleSet: check.ruleSet } : { problems: findingsOf(check, record.path, record.text).problems };
  }

  /** Several versions at once (the decision preview): the store's drafts among them overlaid together. */
  async libraryWithAll(versions: Record<string, string>): Promise<RuleLibrary> {
    const live = this.rules.library;
    const drafts: RuleVersionRecord[] = [];
    for (const [id, version] of Object.entries(versions)) {
      if (live.get(id, version)) continue;
      const record = await this.store.getRuleVersion(id, version);
      if (record && record.status !== 'published') drafts.push(record);
    }
    if (drafts.length === 0) return live;
    if (drafts.length === 1) return (await this.checked(drafts[0])).library;
    const overlay = Object.fromEntries(drafts.map((d) => [d.path, d.text]));
    return (await checkRuleText(new OverlayRuleSource(live.source, overlay), this.registry, drafts[0].path, drafts[0].text)).library;
  }

  /** The store's draft; 404 when there is none, 409 (naming the rule) for a version shipped in the folder. */
  async draft(id: string, version: string): Promise<RuleVersionRecord> {
    const record = await this.store.getRuleVersion(id, version);
    if (record) return record;
    const shipped = this.rules.library.get(id, version);
    if (shipped) {
      throw new RuleWorkflowError(
        409,
        shipped.document.status === 'published' ? 'published-versions-immutable' : 'shipped-versions-read-only',
        shipped.document.status === 'published'
          ? `Version »${version}« af »${id}« er offentliggjort og kan ikke ændres: en offentliggjort version ændres aldrig. Læg ændringen i en ny version (POST /v1/rulesets/${id}/drafts).`
          : `Version »${version}« af »${id}« ligger i den leverede regelmappe (${shipped.file}) og ændres dér, ikke gennem API'et.`,
        { ruleSetId: id, version, status: shipped.document.status },
      );
    }
    throw httpProblems.notFound(`Der findes intet udkast »${version}« af regelsættet »${id}«.`);
  }

  private newDraftText(library: RuleLibrary, id: string, request: NewDraftRequest): { version: string; text: string } {
    if (request.document) {
      const version = typeof request.document.version === 'string' ? request.document.version : request.version;
      if (!version) throw httpProblems.invalid('Dokumentet mangler sin version.', [{ pointer: '/document/version', message: 'Angiv versionen, fx »2026.2«.' }]);
      return { version, text: `${JSON.stringify(request.document, null, 2)}\n` };
    }
    if (!request.validFrom) throw httpProblems.invalid('Angiv »validFrom« (den dag, versionen træder i kraft) eller hele dokumentet i »document«.', [{ pointer: '/validFrom', message: 'Mangler.' }]);
    try {
      const scaffold = scaffoldVersion(library, id, request.validFrom, { version: request.version, amendment: request.amendment });
      return { version: scaffold.version, text: scaffold.text };
    } catch (error) {
      const message = (error as Error).message.replace(/^--valid-from: |^--version: /, '').replace('Vælg en anden med --version.', 'Vælg et andet versionsnummer (»version«).');
      throw httpProblems.invalid(message, [{ pointer: /version/i.test(message) && !/gyldig dato/.test(message) ? '/version' : '/validFrom', message }]);
    }
  }

  private check(path: string, text: string): Promise<RuleTextCheck> {
    return checkRuleText(this.rules.library.source, this.registry, path, text);
  }

  private checked(record: RuleVersionRecord): Promise<RuleTextCheck> {
    const key = `${record.ruleSetId}@${record.version}#${record.revision}`;
    let check = this.checks.get(key);
    if (!check) {
      check = this.check(record.path, record.text);
      this.keep(key, check);
    }
    return check;
  }

  private remember(record: RuleVersionRecord, check: RuleTextCheck): void {
    this.keep(`${record.ruleSetId}@${record.version}#${record.revision}`, Promise.resolve(check));
  }

  private keep(key: string, check: Promise<RuleTextCheck>): void {
    // A handful of drafts are edited at a time; an older revision is never asked for again.
    if (this.checks.size >= 32) this.checks.delete(this.checks.keys().next().value!);
    this.checks.set(key, check);
  }

  private plan(record: RuleVersionRecord): Promise<PublicationPlan> {
    return planPublication(new OverlayRuleSource(this.rules.library.source, { [record.path]: record.text }), this.registry, record.ruleSetId, record.version);
  }
}

/**
 * What the engine's check found, as the store keeps it: errors and warnings apart, each naming the
 * draft where it lives (»databasen/bek-975-2025/capacity/2026.2.json«) — plus the workflow's own rule
 * that a draft's status is »draft« (approval publishes it).
 */
export function findingsOf(check: RuleTextCheck, path: string, text: string): RuleTextFindings {
  const file = `${STORE_LABEL}/${path}`;
  const found = check.problems.map((p) => ({ ...p, file }));
  const parsed = parseJsonSource(text);
  const doc = parsed.ok && parsed.value && typeof parsed.value === 'object' ? (parsed.value as Record<string, unknown>) : {};
  if (parsed.ok && doc.status === 'published') {
    found.push({
      file,
      ...parsed.map.locate('/status'),
      pointer: '/status',
      message: 'Et udkast har status »draft«. Versionen offentliggøres, når en anden medarbejder godkender den (POST …/approve); skriv ikke »published« selv.',
    });
  }
  const stringOrNull = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    kind: check.ruleSet?.document.kind ?? stringOrNull(doc.kind),
    validFrom: check.ruleSet?.document.validFrom ?? (typeof doc.validFrom === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.validFrom) ? doc.validFrom : null),
    amends: check.ruleSet?.amends ?? stringOrNull(doc.amends),
    hash: check.ruleSet?.hash ?? null,
    problems: found.filter((p) => p.severity !== 'warning'),
    warnings: found.filter((p) => p.severity === 'warning'),
  };
}

/** 409 for a version the library holds (the store refuses its own drafts itself). */
function refuseExisting(library: RuleLibrary, id: string, version: string): void {
  const existing = library.get(id, version);
  if (!existing) return;
  throw new RuleWorkflowError(409, 'version-exists', `Version »${version}« af »${id}« findes allerede (${existing.file}). Vælg et andet versionsnummer.`, { ruleSetId: id, version, status: existing.document.status });
}

function emptyPlan(id: string, version: string): PublicationPlan {
  return { id, version, refused: [], warnings: [], changes: [] };
}

/** 422: what stops the version from being published, each problem with file, line and pointer. */
function refusedPublication(record: RuleVersionRecord, refused: Problem[]) {
  const problems = refused.map((p) => (p.file.endsWith(`/${record.path}`) ? { ...p, file: `${STORE_LABEL}/${record.path}` } : p));
  return httpProblems.ruleViolation(
    `${record.ruleSetId}@${record.version} kan ikke offentliggøres: ${problems.length === 1 ? 'én fejl' : `${problems.length} fejl`} med versionen offentliggjort i biblioteket. Første: ${problems[0].message}`,
    problems.map((p) => ({ pointer: p.pointer, message: p.message })),
    { ruleId: 'publishable', problems },
  );
}
