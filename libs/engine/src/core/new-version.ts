import type { LoadedRuleSet } from '../contract/rule-set.js';
import { formatDate, isIsoDate } from '../format/danish.js';
import type { RuleLibrary } from './rule-library.js';

export interface NewVersionOptions {
  /** The new version's label; default the next free `<year>.<n>` of the year it starts. */
  version?: string;
  /** Write it as an amendment of the version it succeeds (only the changes), not as a whole copy. */
  amendment?: boolean;
}

export interface NewVersion {
  /** Where to write it in the source: `<order>/<id>/<version>.json`. */
  sourcePath: string;
  text: string;
  version: string;
  /** The version it succeeds (the one in force on its first day). */
  predecessor: LoadedRuleSet;
}

/**
 * A draft successor of the version in force on `validFrom`: its header filled in (id, kind, the new
 * version, the date, status draft, title, description and legal basis kept), and either the whole
 * content with every reference kept, or — as an amendment — `amends` and an empty list of changes.
 * Throws a Danish error when there is nothing to succeed or the version exists.
 */
export function scaffoldVersion(library: RuleLibrary, id: string, validFrom: string, options: NewVersionOptions = {}): NewVersion {
  if (!isIsoDate(validFrom)) throw new Error(`--valid-from: »${validFrom}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`);
  const versions = library.versions(id);
  if (versions.length === 0) throw new Error(`Regelsættet »${id}« findes ikke. Kendte regelsæt: ${library.ids().join(', ')}.`);
  const predecessor = library.inForceOn(id, validFrom) ?? library.predecessorOf(id, validFrom);
  if (!predecessor) throw new Error(`Ingen offentliggjort version af »${id}« gælder ${formatDate(validFrom)} eller før; der er intet at bygge videre på.`);
  const version = options.version ?? nextVersion(versions, validFrom.slice(0, 4));
  if (!/^[0-9]{4}\.[0-9]+(-[a-z0-9-]+)?$/.test(version)) throw new Error(`--version: »${version}« har ikke formen år.løbenummer, fx »2026.1« eller »2026.1-udkast«.`);
  if (versions.some((v) => v.ref.version === version)) throw new Error(`Version »${version}« af »${id}« findes allerede. Vælg en anden med --version.`);
  const { $schema, kind, title, description, legalBasis } = predecessor.document as LoadedRuleSet['document'] & { $schema?: string };
  const header = { ...($schema ? { $schema } : {}), id, kind, version, validFrom, status: 'draft', title, description, legalBasis };
  const body = options.amendment ? { amends: predecessor.ref.version, changes: [] } : { content: predecessor.document.content };
  const order = predecessor.sourcePath.split('/')[0];
  return { sourcePath: `${order}/${id}/${version}.json`, text: `${JSON.stringify({ ...header, ...body }, null, 2)}\n`, version, predecessor };
}

/** The next `<year>.<n>` not yet used (drafts such as `2026.1-udkast` count as using 2026.1). */
function nextVersion(versions: LoadedRuleSet[], year: string): string {
  const used = versions.map((v) => new RegExp(`^${year}\\.(\\d+)`).exec(v.ref.version)).filter((m) => m !== null).map((m) => Number(m[1]));
  return `${year}.${used.length ? Math.max(...used) + 1 : 1}`;
}
