import { citeReference, type LegalReference } from '../contract/legal-reference.js';
import type { LoadedRuleSet } from '../contract/rule-set.js';
import { addDays } from '../kinds/shared/dates.js';
import { canonicalJson } from './canonical-hash.js';
import { diffRuleSets, type RuleChange } from './diff-rule-sets.js';
import { lockKey } from './lock-file.js';
import { provisionsOf, type Provision } from './provisions.js';
import type { RuleLibrary } from './rule-library.js';
import { holds } from './succession.js';
import { showValue } from './value-labels.js';

/** A reference as users see it: the citation, the sources by their real titles, never internal notes. */
export interface ReferenceView {
  citation: string;
  url?: string;
  illustrative: boolean;
  /** The paragraph is not yet given: legal staff must fill it in. */
  paragraphMissing: boolean;
  sources: Array<{ id: string; title: string; url?: string }>;
  /** The note in the sources' own titles. */
  note?: string;
}

/** One stretch of days with one value (or, `repealed`, without the provision). */
export interface ProvisionPeriod {
  from: string;
  to?: string;
  /** The version that set it (the first of the versions in force with this value). */
  version: string;
  repealed?: true;
  value?: unknown;
  /** The value in Danish: 1.600; »Vendsyssel«; Navn: …; Region: … */
  text?: string;
  reference?: ReferenceView;
  /** What the version changed here, in the diff's sentences (empty for the first period). */
  changes: string[];
}

export interface ProvisionHistory {
  key: string;
  title: string;
  periods: ProvisionPeriod[];
}

export interface VersionView {
  version: string;
  status: 'draft' | 'published';
  title: string;
  /** The version's description, its sources named by their real titles. */
  description: string;
  validFrom: string;
  validTo?: string;
  /** The days it is in force (published versions). */
  inForce?: { from: string; to?: string; succeededBy?: string };
  amends?: string;
  hash: string;
  file: string;
  publishedBy?: string;
  publishedAt?: string;
  reason?: string;
}

export interface RuleSetHistory {
  id: string;
  kind: string;
  /** The title of the newest published version (else the newest version). */
  title: string;
  versions: VersionView[];
  provisions: ProvisionHistory[];
}

/**
 * The Legislation Explorer as data: every parameter, table row and rule of a rule set with its value
 * in each period, the version and reference that set it, and what each version changed — computed from
 * the resolved versions, so a version written as an amendment reads exactly as one written whole.
 */
export function ruleSetHistory(library: RuleLibrary, id: string): RuleSetHistory {
  const versions = library.versions(id);
  const published = versions.filter((v) => library.periodOf(v));
  const kind = library.registry.get(versions[0].document.kind)!;
  const byKey = new Map<string, ProvisionHistory>();
  const view = (reference: LegalReference) => referenceView(library, reference);
  let previous: { ruleSet: LoadedRuleSet; provisions: Map<string, Provision> } | undefined;
  for (const ruleSet of published) {
    const period = library.periodOf(ruleSet)!;
    const provisions = new Map(provisionsOf(ruleSet.document, kind).map((p) => [p.key, p]));
    const changes = previous ? changesByProvision(diffRuleSets(previous.ruleSet, ruleSet, library.registry), previous.provisions, provisions) : new Map<string, string[]>();
    for (const [key, provision] of provisions) {
      const history = byKey.get(key) ?? { key, title: provision.title, periods: [] };
      byKey.set(key, history);
      history.title = provision.title;
      const last = history.periods.at(-1);
      const same = last && !last.repealed && last.to !== undefined && addDays(last.to, 1) === period.from && canonicalJson([last.value, rawReference(previous, key)]) === canonicalJson([provision.value, provision.reference]);
      if (same) {
        last.to = period.to;
        continue;
      }
      history.periods.push({ from: period.from, ...(period.to ? { to: period.to } : {}), version: ruleSet.ref.version, value: provision.value, text: describeValue(provision), reference: view(provision.reference), changes: changes.get(key) ?? [] });
    }
    for (const [key, history] of byKey) {
      const last = history.periods.at(-1)!;
      if (provisions.has(key) || last.repealed) continue;
      history.periods.push({ from: period.from, ...(period.to ? { to: period.to } : {}), version: ruleSet.ref.version, repealed: true, changes: changes.get(key) ?? [] });
    }
    for (const history of byKey.values()) {
      const last = history.periods.at(-1)!;
      if (last.repealed && last.version !== ruleSet.ref.version) last.to = period.to;
    }
    previous = { ruleSet, provisions };
  }
  const newest = published.at(-1) ?? versions.at(-1)!;
  return {
    id,
    kind: newest.document.kind,
    title: newest.document.title,
    versions: versions.map((v) => versionView(library, v)),
    provisions: [...byKey.values()],
  };
}

/** The value and reference of every provision in force on `date`. */
export function historyOn(history: RuleSetHistory, date: string): RuleSetHistory {
  return {
    ...history,
    provisions: history.provisions
      .map((p) => ({ ...p, periods: p.periods.filter((period) => !period.repealed && holds(period, date)) }))
      .filter((p) => p.periods.length > 0),
  };
}

/** The changes between the versions in force on two dates, in words (empty when the same version). */
export function changesBetween(library: RuleLibrary, id: string, from: string, to: string): { from?: LoadedRuleSet; to?: LoadedRuleSet; changes: RuleChange[] } {
  const before = library.inForceOn(id, from);
  const after = library.inForceOn(id, to);
  return { from: before, to: after, changes: before && after && before !== after ? diffRuleSets(before, after, library.registry) : [] };
}

export function referenceView(library: RuleLibrary, reference: LegalReference): ReferenceView {
  const { sources, note } = library.sources.describe(reference);
  return {
    citation: citeReference(reference),
    ...(reference.url ? { url: reference.url } : {}),
    illustrative: reference.illustrative === true,
    paragraphMissing: !reference.paragraph,
    sources: sources.map((s) => ({ id: s.id, title: s.title, ...(s.url ? { url: s.url } : {}) })),
    ...(note ? { note } : {}),
  };
}

function versionView(library: RuleLibrary, ruleSet: LoadedRuleSet): VersionView {
  const d = ruleSet.document;
  const period = library.periodOf(ruleSet);
  const entry = library.lockEntries[lockKey(d.id, d.version)];
  return {
    version: d.version,
    status: d.status,
    title: d.title,
    description: library.sources.render(d.description),
    validFrom: d.validFrom,
    ...(d.validTo ? { validTo: d.validTo } : {}),
    ...(period ? { inForce: period } : {}),
    ...(ruleSet.amends ? { amends: ruleSet.amends } : {}),
    hash: ruleSet.hash,
    file: ruleSet.file,
    ...(entry?.publishedBy ? { publishedBy: entry.publishedBy } : {}),
    ...(entry?.publishedAt ? { publishedAt: entry.publishedAt } : {}),
    ...(entry?.reason ? { reason: entry.reason } : {}),
  };
}

function rawReference(previous: { provisions: Map<string, Provision> } | undefined, key: string): LegalReference | undefined {
  return previous?.provisions.get(key)?.reference;
}

/** A value in Danish: a parameter as its value, a row or rule as its plain fields with their titles. */
function describeValue(provision: Provision): string {
  const { value } = provision;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return showValue(value);
  return Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')))
    .map(([field, v]) => `${provision.fieldTitles[field] ?? field}: ${provision.fieldUnits[field] === 'år' ? String(v) : showValue(v)}`)
    .join('; ');
}

/** Each change sentence under the deepest provision that holds it (in the old or the new version). */
function changesByProvision(changes: RuleChange[], before: Map<string, Provision>, after: Map<string, Provision>): Map<string, string[]> {
  const owners = (provisions: Map<string, Provision>) => [...provisions.values()].sort((a, b) => b.pointer.length - a.pointer.length);
  const [oldOwners, newOwners] = [owners(before), owners(after)];
  const byKey = new Map<string, string[]>();
  for (const change of changes) {
    const candidates = change.change === 'removed' ? oldOwners : newOwners;
    const owner = candidates.find((p) => change.pointer === p.pointer || change.pointer.startsWith(`${p.pointer}/`));
    if (!owner) continue;
    byKey.set(owner.key, [...(byKey.get(owner.key) ?? []), change.sentence]);
  }
  return byKey;
}
