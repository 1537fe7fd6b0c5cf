// `fordeling rules list [--as-of DATO] [--json]`: each version, how it is written and when it is in force.
import { formatDate, isIsoDate, loadRules, plural, type LoadedRuleSet, type RuleLibrary } from '@fordeling/engine';
import { type RulesOptions, type RulesIo } from './rules-io.js';

/** »3. juli 2025–31. december 2025«, »1. januar 2026– (til en ny version)«, »udkast (gælder ikke)«. */
export function inForceText(library: RuleLibrary, ruleSet: LoadedRuleSet): string {
  const period = library.periodOf(ruleSet);
  if (!period) return 'udkast (gælder ikke)';
  const end = period.to ? formatDate(period.to) : ' (til en ny version)';
  return `${formatDate(period.from)}–${end}${period.succeededBy ? ` (afløst af ${period.succeededBy})` : ''}`;
}

export default async function list(io: RulesIo, options: RulesOptions): Promise<number> {
  const library = await loadRules(io.dir, io.registry);
  let ruleSets = library.ids().flatMap((id) => library.versions(id));
  const asOf = options['as-of'];
  if (asOf !== undefined) {
    if (!isIsoDate(asOf)) {
      io.err(`--as-of: »${asOf}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`);
      return 2;
    }
    const book = library.bookAt(asOf);
    ruleSets = ruleSets.filter((r) => book.ruleSets.includes(r));
  }
  if (options.json) {
    const rows = ruleSets.map((r) => {
      const period = library.periodOf(r);
      return {
        id: r.ref.id, kind: r.document.kind, version: r.ref.version, validFrom: r.document.validFrom, validTo: r.document.validTo ?? null,
        inForce: period ? { from: period.from, to: period.to ?? null, succeededBy: period.succeededBy ?? null } : null,
        status: r.document.status, amends: r.amends ?? null, hash: r.hash, file: r.file,
      };
    });
    io.out(JSON.stringify(rows, null, 2));
  } else {
    const header = ['Id', 'Type', 'Version', 'Gælder', 'Status', 'Skrevet som', 'Hash'];
    const rows = ruleSets.map((r) => [
      r.ref.id, r.document.kind, r.ref.version, inForceText(library, r), r.document.status === 'published' ? 'offentliggjort' : 'udkast',
      r.amends ? `ændring af ${r.amends}` : 'hel version', `${r.hash.slice(0, 19)}…`,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    for (const row of [header, ...rows]) io.out(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  }
  if (library.problems.length > 0) io.err(`Bemærk: ${plural(library.problems.length, 'fejl', 'fejl')} i regelsættene; kør »fordeling rules validate«.`);
  return 0;
}
