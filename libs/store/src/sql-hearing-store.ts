import { appendAudit, listAudit } from './audit.js';
import { recordDialogue, recordResponse, setFinal, setPreliminary } from './case-transitions.js';
import type { Database } from './db/database.js';
import { getDecision, insertDecisions, listDecisions, pendingDecision, type PendingDecision } from './decisions.js';
import { GroupCommit, type GroupCommitOptions } from './group-commit.js';
import { getCase, getCaseById, getHearing, listCases, listHearings, openHearing } from './hearings.js';
import { listLetters, recordLetter } from './letters.js';
import { toAppliedMigration } from './migrate.js';
import type { Row } from './rows.js';
import {
  approveRuleDraft,
  createRuleDraft,
  getRuleVersion,
  importRuleVersion,
  listRuleVersions,
  publishedRuleVersionCount,
  rejectRuleDraft,
  RULE_VERSIONS_CHANNEL,
  submitRuleDraft,
  updateRuleDraft,
} from './rule-versions.js';
import { getRun, getRunInputs, latestRunInputs, listClinics, listCouncils, listRuns, registerRun, registerRunInputs } from './runs.js';
import type { CapacityDecisionRecord, HearingStore, RuleVersionListener, RuleVersionRecord } from './contract/index.js';
import { createToken, findToken, listTokens, revokeToken, TOKEN_REVOCATIONS_CHANNEL, touchToken } from './tokens.js';
import { createSession, deleteSession, findSession } from './sessions.js';

/** The HearingStore over either backend; every method delegates to one module per concept. */
export class SqlHearingStore implements HearingStore {
  /**
   * Capacity decisions are the API's hot write: concurrent ones share one statement, hence one
   * transaction (group commit), and each caller hears back only after it — with its audit rows —
   * committed.
   */
  private readonly decisions: GroupCommit<PendingDecision, CapacityDecisionRecord>;

  /** Listeners told of publications; on PGlite by this process itself, on PostgreSQL through LISTEN. */
  private readonly ruleVersionListeners = new Set<RuleVersionListener>();
  private readonly stopListening: Array<() => Promise<void>> = [];

  constructor(
    private readonly db: Database,
    groupCommit: GroupCommitOptions = {},
  ) {
    this.decisions = new GroupCommit((batch) => insertDecisions(db, batch), groupCommit);
  }

  get backend() {
    return this.db.backend;
  }

  registerRun: HearingStore['registerRun'] = (run, clinics, options) => registerRun(this.db, run, clinics, options);
  getRun: HearingStore['getRun'] = (id) => getRun(this.db, id);
  listRuns: HearingStore['listRuns'] = () => listRuns(this.db);
  listClinics: HearingStore['listClinics'] = (runId, region) => listClinics(this.db, runId, region);
  listCouncils: HearingStore['listCouncils'] = (year, runId) => listCouncils(this.db, year, runId);
  registerRunInputs: HearingStore['registerRunInputs'] = (input) => registerRunInputs(this.db, input);
  getRunInputs: HearingStore['getRunInputs'] = (runId) => getRunInputs(this.db, runId);
  latestRunInputs: HearingStore['latestRunInputs'] = () => latestRunInputs(this.db);

  openHearing: HearingStore['openHearing'] = (input) => openHearing(this.db, input);
  getHearing: HearingStore['getHearing'] = (id) => getHearing(this.db, id);
  listHearings: HearingStore['listHearings'] = (filter) => listHearings(this.db, filter);
  listCases: HearingStore['listCases'] = (hearingId, status) => listCases(this.db, hearingId, status);
  getCase: HearingStore['getCase'] = (providerNumber, year) => getCase(this.db, providerNumber, year);
  getCaseById: HearingStore['getCaseById'] = (caseId) => getCaseById(this.db, caseId);
  setPreliminary: HearingStore['setPreliminary'] = (input) => setPreliminary(this.db, input);
  recordResponse: HearingStore['recordResponse'] = (input) => recordResponse(this.db, input);
  setFinal: HearingStore['setFinal'] = (input) => setFinal(this.db, input);
  recordDialogue: HearingStore['recordDialogue'] = (input) => recordDialogue(this.db, input);
  recordLetter: HearingStore['recordLetter'] = (input) => recordLetter(this.db, input);
  listLetters: HearingStore['listLetters'] = (caseId) => listLetters(this.db, caseId);

  recordDecision: HearingStore['recordDecision'] = (input) => this.decisions.submit(pendingDecision(input));
  getDecision: HearingStore['getDecision'] = (id) => getDecision(this.db, id);
  listDecisions: HearingStore['listDecisions'] = (filter) => listDecisions(this.db, filter);

  createRuleDraft: HearingStore['createRuleDraft'] = (input) => createRuleDraft(this.db, input);
  updateRuleDraft: HearingStore['updateRuleDraft'] = (input) => updateRuleDraft(this.db, input);
  submitRuleDraft: HearingStore['submitRuleDraft'] = (input) => submitRuleDraft(this.db, input);
  approveRuleDraft: HearingStore['approveRuleDraft'] = async (input) => this.published(await approveRuleDraft(this.db, input));
  rejectRuleDraft: HearingStore['rejectRuleDraft'] = (input) => rejectRuleDraft(this.db, input);
  importRuleVersion: HearingStore['importRuleVersion'] = async (input) => this.published(await importRuleVersion(this.db, input));
  getRuleVersion: HearingStore['getRuleVersion'] = (ruleSetId, version) => getRuleVersion(this.db, ruleSetId, version);
  listRuleVersions: HearingStore['listRuleVersions'] = (filter) => listRuleVersions(this.db, filter);
  publishedRuleVersionCount: HearingStore['publishedRuleVersionCount'] = () => publishedRuleVersionCount(this.db);

  watchRuleVersions: HearingStore['watchRuleVersions'] = async (listener) => {
    this.ruleVersionListeners.add(listener);
    if (!this.db.listen) {
      return async () => {
        this.ruleVersionListeners.delete(listener);
      };
    }
    const stop = await this.db.listen(RULE_VERSIONS_CHANNEL, (payload) => listener(payload === undefined ? undefined : publicationOf(payload)));
    this.stopListening.push(stop);
    return async () => {
      this.ruleVersionListeners.delete(listener);
      await stop();
    };
  };

  /** After a publication has committed: a backend without LISTEN tells this process's listeners itself. */
  private published(record: RuleVersionRecord): RuleVersionRecord {
    if (!this.db.listen) for (const listener of this.ruleVersionListeners) listener({ ruleSetId: record.ruleSetId, version: record.version });
    return record;
  }

  recordAudit: HearingStore['recordAudit'] = (input) => this.db.transaction((tx) => appendAudit(tx, input));
  listAudit: HearingStore['listAudit'] = (filter) => listAudit(this.db, filter);

  createToken: HearingStore['createToken'] = (input) => createToken(this.db, input);
  findToken: HearingStore['findToken'] = (plain) => findToken(this.db, plain);
  listTokens: HearingStore['listTokens'] = () => listTokens(this.db);
  touchToken: HearingStore['touchToken'] = (id) => touchToken(this.db, id);
  revokeToken: HearingStore['revokeToken'] = async (id, actor) => {
    const record = await revokeToken(this.db, id, actor);
    // A backend without LISTEN tells this process's listeners itself (as for publications).
    if (!this.db.listen) for (const listener of this.revocationListeners) listener(id);
    return record;
  };

  private readonly revocationListeners = new Set<(id: string) => void>();

  watchTokenRevocations: HearingStore['watchTokenRevocations'] = async (listener) => {
    if (!this.db.listen) {
      this.revocationListeners.add(listener);
      return async () => {
        this.revocationListeners.delete(listener);
      };
    }
    const stop = await this.db.listen(TOKEN_REVOCATIONS_CHANNEL, (payload) => payload && listener(payload));
    this.stopListening.push(stop);
    return stop;
  };
  createSession: HearingStore['createSession'] = (token, ttlMs) => createSession(this.db, token, ttlMs);
  findSession: HearingStore['findSession'] = (plain) => findSession(this.db, plain);
  deleteSession: HearingStore['deleteSession'] = (plain) => deleteSession(this.db, plain);

  migrations: HearingStore['migrations'] = async () =>
    (await this.db.query<Row>('SELECT * FROM schema_migrations ORDER BY version')).map(toAppliedMigration);

  /** Waits for queued decisions to commit, then closes the database. */
  close = async () => {
    await Promise.all(this.stopListening.map((stop) => stop()));
    await this.decisions.drain();
    await this.db.close();
  };
}

/** `<id>@<version>` as notified. */
function publicationOf(payload: string): { ruleSetId: string; version: string } | undefined {
  const at = payload.lastIndexOf('@');
  return at > 0 ? { ruleSetId: payload.slice(0, at), version: payload.slice(at + 1) } : undefined;
}
