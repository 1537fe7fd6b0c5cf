// Rule-set versions in the store, on both backends: the four-eyes workflow step by step (each step
// one transaction with its history and audit rows), the rules that refuse a step (naming the rule),
// published rows the database itself refuses to change, the store as a rule source composed with
// the shipped folder, and publications heard by every listener.
import { describe, expect, it, vi } from 'vitest';
import {
  checkRuleText,
  CompositeRuleSource,
  createRegistry,
  defaultRulesDir,
  DirectoryRuleSource,
  loadRules,
  planPublication,
  scaffoldVersion,
  standardKinds,
  type RuleSource,
} from '@fordeling/engine';
import { openStore } from './open-store.js';
import { StoreRuleSource } from './store-rule-source.js';
import { backends } from './testing/backends.js';
import { useDatabaseStore } from './testing/use-store.js';
import type { Actor, HearingStore, RuleTextFindings } from './contract/index.js';

const registry = createRegistry(standardKinds);
const jurist = (n: string): Actor => ({ id: `token:${n}`, role: 'ministry', label: `Jurist ${n}` });
const [A, B, C] = [jurist('A'), jurist('B'), jurist('C')];

/** The library every server loads: the shipped folder and what was published through `store`. */
const librarySource = (store: HearingStore): RuleSource => new CompositeRuleSource([new DirectoryRuleSource(defaultRulesDir), new StoreRuleSource(store)]);

/** A capacity draft from 1 January 2026 with the target `target`, checked as the API checks every save. */
async function capacityDraft(store: HearingStore, target: number, version = '2027.1') {
  const source = librarySource(store);
  const scaffold = scaffoldVersion(await loadRules(source, registry), 'capacity', '2027-01-01', { version });
  const doc = JSON.parse(scaffold.text) as { content: { targetWeightedCitizensPerCapacity: { value: number } } };
  doc.content.targetWeightedCitizensPerCapacity.value = target;
  const text = `${JSON.stringify(doc, null, 2)}\n`;
  const check = await checkRuleText(source, registry, scaffold.sourcePath, text);
  const findings: RuleTextFindings = {
    kind: 'capacity',
    validFrom: '2027-01-01',
    amends: null,
    hash: check.ruleSet?.hash ?? null,
    problems: check.problems.filter((p) => p.severity !== 'warning'),
    warnings: check.problems.filter((p) => p.severity === 'warning'),
  };
  return { path: scaffold.sourcePath, text, findings };
}

/** What the API does on approval: the publication planned against the library, then the store step. */
async function approve(store: HearingStore, version: string, actor: Actor, reason = 'Måltallet sænkes') {
  const record = (await store.getRuleVersion('capacity', version))!;
  const libraryRevision = await store.publishedRuleVersionCount();
  const { OverlayRuleSource } = await import('@fordeling/engine');
  const plan = await planPublication(new OverlayRuleSource(librarySource(store), { [record.path]: record.text }), registry, 'capacity', version);
  expect(plan.refused).toEqual([]);
  return store.approveRuleDraft({ ruleSetId: 'capacity', version, actor, reason, publishedText: plan.text!, hash: plan.published!.hash, libraryRevision });
}

describe.each(backends)('rule-set versions ($name)', (backend) => {
  const ctx = useDatabaseStore(backend);

  it('drafts, saves, submits and — by another person — approves and publishes, each step with history and audit naming both people', async () => {
    const draft = await capacityDraft(ctx.store, 1550);
    const created = await ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.1', path: draft.path, text: draft.text, findings: draft.findings, actor: A });
    expect(created).toMatchObject({ status: 'draft', revision: 1, authors: [{ id: 'token:A', label: 'Jurist A' }], problems: [], kind: 'capacity', validFrom: '2027-01-01' });
    const saved = await ctx.store.updateRuleDraft({ ruleSetId: 'capacity', version: '2027.1', text: draft.text, findings: draft.findings, actor: A, expectedRevision: 1 });
    expect(saved.revision).toBe(2);
    const submitted = await ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.1', actor: A });
    expect(submitted).toMatchObject({ status: 'submitted', submittedBy: { label: 'Jurist A' } });

    const published = await approve(ctx.store, '2027.1', B);
    expect(published).toMatchObject({ status: 'published', approvedBy: { id: 'token:B', label: 'Jurist B' }, publishReason: 'Måltallet sænkes', revision: 4 });
    expect(published.text).toBe(draft.text.replace('"status": "draft"', '"status": "published"'));
    expect(published.hash).toMatch(/^sha256:[0-9a-f]{64}$/);

    const detail = (await ctx.store.getRuleVersion('capacity', '2027.1'))!;
    expect(detail.history.map((h) => [h.action, h.fromStatus, h.toStatus, h.actor.label])).toEqual([
      ['create', null, 'draft', 'Jurist A'],
      ['update', 'draft', 'draft', 'Jurist A'],
      ['submit', 'draft', 'submitted', 'Jurist A'],
      ['approve', 'submitted', 'published', 'Jurist B'],
    ]);
    const audit = await ctx.store.listAudit({ entity: 'rule-version', entityId: 'capacity@2027.1' });
    expect(audit.map((a) => a.action)).toEqual(['ruleset.draft.create', 'ruleset.draft.update', 'ruleset.draft.submit', 'ruleset.publish']);
    expect(audit[3]).toMatchObject({ actorId: 'token:B', details: { authors: [{ label: 'Jurist A' }], approvedBy: { label: 'Jurist B' }, reason: 'Måltallet sænkes', hash: published.hash } });

    // The step and its audit row commit together.
    const [step] = await ctx.db.query<{ xmin: string }>(`SELECT xmin::text FROM rule_versions WHERE rule_set_id = 'capacity' AND version = '2027.1'`);
    const [row] = await ctx.db.query<{ xmin: string }>(`SELECT xmin::text FROM audit_log WHERE id = $1`, [audit[3].id]);
    expect(row.xmin).toBe(step.xmin);

    // The library now holds it: in force from its first day, the lock entry from the store.
    const library = await loadRules(librarySource(ctx.store), registry);
    expect(library.problems).toEqual([]);
    expect(library.bookAt('2026-12-31').refs().find((r) => r.id === 'capacity')?.version).toBe('2026.2');
    expect(library.bookAt('2027-01-01').refs().find((r) => r.id === 'capacity')).toEqual({ id: 'capacity', version: '2027.1', hash: published.hash });
    expect(library.get('capacity', '2027.1')?.file).toBe('databasen/bek-975-2025/capacity/2027.1.json');
    expect(library.lockEntries['capacity@2027.1']).toEqual({ hash: published.hash, publishedBy: 'Jurist B', publishedAt: published.publishedAt, reason: 'Måltallet sænkes' });
  });

  it('refuses each forbidden step naming its rule, and changes nothing', async () => {
    const draft = await capacityDraft(ctx.store, 1500, '2027.2');
    await ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.2', path: draft.path.replace('2027.1', '2027.2'), text: draft.text, findings: draft.findings, actor: A });
    await expect(ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.2', path: 'x', text: draft.text, findings: draft.findings, actor: C })).rejects.toMatchObject({ httpStatus: 409, ruleId: 'version-exists' });
    await expect(ctx.store.updateRuleDraft({ ruleSetId: 'capacity', version: '2027.2', text: draft.text, findings: draft.findings, actor: A, expectedRevision: 7 })).rejects.toMatchObject({ httpStatus: 409, ruleId: 'stale-revision' });
    await expect(ctx.store.approveRuleDraft({ ruleSetId: 'capacity', version: '2027.2', actor: B, reason: 'x', publishedText: '', hash: 'h', libraryRevision: 0 })).rejects.toMatchObject({ httpStatus: 409, ruleId: 'rule-version-steps' });
    await ctx.store.updateRuleDraft({ ruleSetId: 'capacity', version: '2027.2', text: draft.text, findings: draft.findings, actor: C });
    await ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.2', actor: A });
    for (const author of [A, C]) {
      const refused = ctx.store.approveRuleDraft({ ruleSetId: 'capacity', version: '2027.2', actor: author, reason: 'x', publishedText: '', hash: 'h', libraryRevision: 1 });
      await expect(refused).rejects.toMatchObject({ httpStatus: 403, ruleId: 'four-eyes', message: expect.stringContaining(`Fire øjne: ${author.label} har skrevet i udkastet capacity@2027.2`) });
    }
    await expect(ctx.store.updateRuleDraft({ ruleSetId: 'capacity', version: '2027.2', text: draft.text, findings: draft.findings, actor: A })).rejects.toMatchObject({ httpStatus: 409, ruleId: 'rule-version-steps' });
    await expect(ctx.store.rejectRuleDraft({ ruleSetId: 'capacity', version: '2027.2', actor: B, reason: ' ' })).rejects.toMatchObject({ httpStatus: 400, field: 'reason' });
    const rejected = await ctx.store.rejectRuleDraft({ ruleSetId: 'capacity', version: '2027.2', actor: B, reason: 'Henvisningen mangler paragraf.' });
    expect(rejected).toMatchObject({ status: 'rejected', rejectedBy: { label: 'Jurist B' }, rejectReason: 'Henvisningen mangler paragraf.' });
    // The published version of the first test: any change is refused, by the store and by the database.
    for (const step of [
      () => ctx.store.updateRuleDraft({ ruleSetId: 'capacity', version: '2027.1', text: '{}', findings: draft.findings, actor: A }),
      () => ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.1', actor: A }),
      () => ctx.store.rejectRuleDraft({ ruleSetId: 'capacity', version: '2027.1', actor: C, reason: 'x' }),
    ]) {
      await expect(step()).rejects.toMatchObject({ httpStatus: 409, ruleId: 'published-versions-immutable', message: expect.stringContaining('»2027.1« af »capacity« er offentliggjort') });
    }
    await expect(ctx.db.query(`UPDATE rule_versions SET text = '{}' WHERE version = '2027.1'`)).rejects.toThrow(/is published/);
    await expect(ctx.db.query(`DELETE FROM rule_versions WHERE version = '2027.1'`)).rejects.toThrow(/is published/);
    await expect(ctx.db.query(`DELETE FROM rule_version_history`)).rejects.toThrow(/append-only/);
    const history = (await ctx.store.getRuleVersion('capacity', '2027.2'))!.history;
    expect(history.map((h) => h.action)).toEqual(['create', 'update', 'submit', 'reject']);
    expect(history.at(-1)).toMatchObject({ reason: 'Henvisningen mangler paragraf.', actor: { label: 'Jurist B' } });
  });

  it('keeps a broken draft with its problems and never lets it be submitted', async () => {
    const draft = await capacityDraft(ctx.store, -5, '2027.3');
    expect(draft.findings.problems.map((p) => p.message)).toContainEqual(expect.stringContaining('-5'));
    await ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.3', path: draft.path.replace('2027.1', '2027.3'), text: draft.text, findings: draft.findings, actor: A });
    const kept = (await ctx.store.getRuleVersion('capacity', '2027.3'))!;
    expect(kept.problems).toEqual(draft.findings.problems);
    expect(kept.hash).toBeNull();
    await expect(ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.3', actor: A })).rejects.toMatchObject({ httpStatus: 422, ruleId: 'draft-without-problems' });
    expect((await ctx.store.getRuleVersion('capacity', '2027.3'))!.status).toBe('draft');
  });

  it('refuses a publication checked against a library that changed meanwhile', async () => {
    const draft = await capacityDraft(ctx.store, 1450, '2027.4');
    await ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.4', path: draft.path.replace('2027.1', '2027.4'), text: draft.text, findings: draft.findings, actor: A });
    await ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.4', actor: A });
    const stale = (await ctx.store.publishedRuleVersionCount()) - 1;
    await expect(ctx.store.approveRuleDraft({ ruleSetId: 'capacity', version: '2027.4', actor: B, reason: 'x', publishedText: draft.text, hash: 'sha256:x', libraryRevision: stale })).rejects.toMatchObject({ httpStatus: 409, ruleId: 'library-changed' });
    expect((await ctx.store.getRuleVersion('capacity', '2027.4'))!.status).toBe('submitted');
  });

  it('imports a version published elsewhere with its lock entry; the same again changes nothing, another text is refused', async () => {
    const published = (await ctx.store.getRuleVersion('capacity', '2027.1'))!;
    const lock = { hash: published.hash!, publishedBy: 'Jurist B', publishedAt: published.publishedAt!, reason: 'Måltallet sænkes' };
    const findings = { kind: 'capacity', validFrom: '2027-01-01', amends: null, hash: published.hash, problems: [], warnings: [] };
    const again = await ctx.store.importRuleVersion({ ruleSetId: 'capacity', version: '2027.1', path: published.path, text: published.text, findings, lock, libraryRevision: 1, actor: C });
    expect(again.revision).toBe(published.revision);
    await expect(ctx.store.importRuleVersion({ ruleSetId: 'capacity', version: '2027.1', path: published.path, text: '{}', findings, lock: { ...lock, hash: 'sha256:other' }, libraryRevision: 1, actor: C })).rejects.toMatchObject({
      httpStatus: 409,
      ruleId: 'published-versions-immutable',
    });
  });
});

describe.each(backends)('publications heard by listeners ($name)', (backend) => {
  const ctx = useDatabaseStore(backend);

  it(backend.name === 'postgres' ? 'tells every store on the database (LISTEN/NOTIFY), once the publication has committed' : 'tells the listeners of the process that published', async () => {
    const other = backend.name === 'postgres' ? await openStore(ctx.target.options) : ctx.store;
    const heard = vi.fn();
    const stop = await other.watchRuleVersions(heard);
    try {
      const draft = await capacityDraft(ctx.store, 1550);
      await ctx.store.createRuleDraft({ ruleSetId: 'capacity', version: '2027.1', path: draft.path, text: draft.text, findings: draft.findings, actor: A });
      await ctx.store.submitRuleDraft({ ruleSetId: 'capacity', version: '2027.1', actor: A });
      expect(heard).not.toHaveBeenCalled();
      await approve(ctx.store, '2027.1', B);
      await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ ruleSetId: 'capacity', version: '2027.1' }), { timeout: 5000 });
      expect(heard).toHaveBeenCalledTimes(1);
    } finally {
      await stop();
      if (other !== ctx.store) await other.close();
    }
  });
});
