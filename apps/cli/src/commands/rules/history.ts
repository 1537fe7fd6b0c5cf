// `fordeling rules history [ID[/STED]] [--as-of DATO] [--missing-refs] [--json]`: every parameter,
// table row and rule with its Danish title, its value in each period, the version and reference that
// set it, and whether it is illustrative — the Legislation Explorer as text.
import { formatDate, historyOn, isIsoDate, loadRules, plural, ruleSetHistory, type ProvisionHistory, type ProvisionPeriod, type RuleLibrary, type RuleSetHistory } from '@fordeling/engine';
import { type RulesOptions, type RulesIo } from './rules-io.js';

export default async function history(io: RulesIo, options: RulesOptions, args: string[]): Promise<number> {
  const asOf = options['as-of'];
  if (asOf !== undefined && !isIsoDate(asOf)) {
    io.err(`--as-of: »${asOf}« er ikke en gyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD.`);
    return 2;
  }
  const library = await loadRules(io.dir, io.registry);
  const selected = selectHistories(library, args[0]);
  if (typeof selected === 'string') {
    io.err(selected);
    return 1;
  }
  const histories = asOf ? selected.map((h) => historyOn(h, asOf)) : selected;
  if (options['missing-refs']) return missingReferences(io, histories, options.json === true);
  if (options.json) {
    io.out(JSON.stringify({ ...(asOf ? { asOf } : {}), ruleSets: histories }, null, 2));
    return 0;
  }
  for (const h of histories) printHistory(io, h);
  return 0;
}

/** The histories asked for: all, one rule set, or one place in it (`capacity/targetWeightedCitizensPerCapacity`). */
export function selectHistories(library: RuleLibrary, selector: string | undefined): RuleSetHistory[] | string {
  if (!selector) return library.ids().map((id) => ruleSetHistory(library, id));
  const slash = selector.indexOf('/');
  const id = slash < 0 ? selector : selector.slice(0, slash);
  if (!library.ids().includes(id)) return `Regelsættet »${id}« findes ikke. Kendte regelsæt: ${library.ids().join(', ')}.`;
  const full = ruleSetHistory(library, id);
  if (slash < 0) return [full];
  const place = selector.slice(slash);
  const pointer = place.startsWith('/content') ? place : `/content${place}`;
  const provisions = full.provisions.filter((p) => p.key === pointer || p.key.startsWith(`${pointer}/`));
  if (provisions.length === 0) return `Der er ingen parameter, række eller regel ved »${pointer}« i »${id}«. Se stederne med »fordeling rules history ${id}«.`;
  return [{ ...full, provisions }];
}

/** »3. juli 2025 – 31. december 2025«, or »fra 1. januar 2026« until a new version. */
function periodText(p: { from: string; to?: string }): string {
  return p.to ? `${formatDate(p.from)} – ${formatDate(p.to)}` : `fra ${formatDate(p.from)}`;
}

function printHistory(io: RulesIo, h: RuleSetHistory): void {
  io.out(`${h.title} (${h.id})`);
  for (const v of h.versions) {
    const when = v.inForce ? `gælder ${periodText(v.inForce)}` : 'udkast, gælder ikke';
    const written = v.amends ? `, ændring af ${v.amends}` : '';
    const by = v.publishedBy ? `; offentliggjort af ${v.publishedBy}${v.reason ? `: ${v.reason}` : ''}` : '';
    io.out(`  Version ${v.version}: ${when}${written}${by}`);
  }
  for (const provision of h.provisions) printProvision(io, provision);
  io.out('');
}

function printProvision(io: RulesIo, provision: ProvisionHistory): void {
  io.out('');
  io.out(`  ${provision.title}`);
  io.out(`    ${provision.key}`);
  for (const period of provision.periods) {
    if (period.repealed) {
      io.out(`    ${periodText(period)}: ophævet ved version ${period.version}`);
    } else {
      const ref = period.reference!;
      io.out(`    ${periodText(period)}: ${period.text} · version ${period.version} · ${ref.citation}${ref.illustrative ? ' · ILLUSTRATIV VÆRDI' : ''}`);
      if (ref.sources.length) io.out(`        Kilde: ${ref.sources.map((s) => s.title).join('; ')}`);
    }
    for (const change of period.changes) io.out(`        Ændring: ${change}`);
  }
}

function missingReferences(io: RulesIo, histories: RuleSetHistory[], json: boolean): number {
  const missing = histories.flatMap((h) =>
    h.provisions.flatMap((p) => {
      const last = p.periods.filter((period) => !period.repealed).at(-1);
      return last?.reference?.paragraphMissing ? [{ id: h.id, key: p.key, title: p.title, version: last.version, citation: last.reference.citation, illustrative: last.reference.illustrative }] : [];
    }),
  );
  if (json) {
    io.out(JSON.stringify(missing, null, 2));
    return 0;
  }
  io.out(`${plural(missing.length, 'bestemmelse', 'bestemmelser')} mangler paragraf i henvisningen (udfyldes af juridiske medarbejdere i en ny version):`);
  for (const m of missing) io.out(`  ${m.id} ${m.key} — ${m.title} (version ${m.version}: ${m.citation})`);
  return 0;
}
