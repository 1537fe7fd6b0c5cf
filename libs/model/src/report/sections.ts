import { draftNotice, formatDate, formatPercent } from '@fordeling/engine';
import { yearTotal } from '../compare/comparison-summary.js';
import type { ModelComparison, ModelResult, MunicipalityResult } from '../result.js';
import { councilsInOrder, councilYear } from '../output/councils-csv.js';
import { assumptionsSentence } from './assumptions-section.js';
import { councilChart } from './council-chart.js';
import { councilDecimals, decimalsFor } from './display-decimals.js';
import { figure as n } from './figures.js';
import { escapeHtml, htmlTable } from './html.js';
import { partialNotice } from '../run/incomplete-inputs.js';
import { histogram } from './minimum-histogram.js';
import { rankMunicipalities } from './municipality-ranking.js';

/** The capacity rule set's reporting band (80 % of clinics expected inside 1,150–2,000). */
export interface ReportingBand {
  lower: number;
  upper: number;
  expectedShare: number;
}

/** "sha256:87c1c77b…" — enough to tell versions apart at a glance. */
const shortHash = (hash: string) => (hash.length > 15 ? `${hash.slice(0, 15)}…` : hash);

/** A pointer to the assumptions section when the run left rows out or assumed something. */
function assumptionsNotice(result: ModelResult): string {
  const sentence = assumptionsSentence(result);
  return sentence ? `<p class="notice">Bemærk: ${sentence} Se »Afviste rækker og antagelser«.</p>` : '';
}

export function headerSection(result: ModelResult, comparison?: ModelComparison): string {
  const draft = draftNotice(result.ruleSets);
  const partial = partialNotice(result);
  const banner = [
    ...(draft ? [`<div class="banner">${escapeHtml(draft)} — beregnet efter et forslag, ikke efter de regler, der gælder</div>`] : []),
    ...(partial ? [`<div class="banner">${escapeHtml(partial)}</div>`] : []),
    ...(result.synthetic ? ['<div class="banner">SYNTETISKE DATA — tallene beskriver ikke virkelige borgere, klinikker eller sundhedsråd</div>'] : []),
  ].join('');
  const capacities = result.councils.reduce((sum, c) => sum + c.existingCapacities, 0);
  const fact = (value: string, label: string) => `<div class="fact"><b>${value}</b><span>${label}</span></div>`;
  return `${banner}<h1>Den nationale model for fordeling af lægekapacitet</h1>
<p class="lead">Beregnet pr. ${formatDate(result.asOf)} efter sundhedsloven § 206 b og BEK nr. 975 af 2025.${comparison ? ` Sammenlignet med ${comparison.ruleSetChanges.map((c) => `${escapeHtml(c.id)} ${escapeHtml(c.alternativeVersion ?? '–')}`).join(', ')} (se »Forskelle mellem regelsætversioner«).` : ''}</p>
<p class="note">Regelsæt: ${result.ruleSets.map((r) => `${escapeHtml(r.id)} ${escapeHtml(r.version)}${r.draft ? ' (udkast)' : ''} <span class="hash">${escapeHtml(shortHash(r.hash))}</span>`).join(' · ')}<br>
Inddata: ${result.inputs.map((i) => `${escapeHtml(i.file)} <span class="hash">${escapeHtml(shortHash(i.sha256))}</span>`).join(' · ')} (fulde hashværdier under »Grundlag«)</p>
${assumptionsNotice(result)}<div class="facts">${fact(n(result.citizens), 'borgere')}${fact(n(result.clinics.length), 'klinikker (ydernumre)')}${fact(n(capacities, councilDecimals(result.councils).existing), 'eksisterende kapaciteter')}${fact(formatPercent(result.shareInBand, 1), 'af klinikkerne i båndet')}</div>`;
}

/** Where the order's fixed numbers come from, for the report's words about them (the capacity rule set). */
export interface FixedCeilingSource {
  /** The citation of the table's rows, e.g. »BEK nr. 975 af 2025, bilag 2 (illustrativ)«. */
  citation: string;
  /** True while the rows are illustrative (legal staff have not yet entered the order's figures). */
  illustrative: boolean;
}

/**
 * The order's number beside the model's own figure per council and year (seed 000: »Bekendtgørelsen
 * tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025 og 2026«; the figures are
 * »baseret på fordelingsmodellen«). Empty when no council has a fixed number.
 */
function fixedCeilingsTable(councils: ModelResult['councils'], d: { ceiling: number }, source: FixedCeilingSource | undefined): string {
  const years = [2025, 2026];
  if (!councils.some((c) => c.years.some((y) => y.fixedCeiling !== null))) {
    return '<p class="note">Regelsættet indeholder ikke bekendtgørelsens antal lægekapaciteter pr. sundhedsråd; loftet er derfor det beregnede.</p>';
  }
  const signed = (v: number | null | undefined) => (v === null || v === undefined ? '–' : `${v > 0 ? '+' : ''}${n(v, d.ceiling)}`);
  const rows = councils.map((c) => [
    escapeHtml(c.council),
    ...years.flatMap((year) => {
      const y = councilYear(c, year);
      return [y?.fixedCeiling === null || !y ? '–' : n(y.fixedCeiling, d.ceiling), y ? n(y.computedCeiling, d.ceiling) : '–', signed(y?.ceilingDifference)];
    }),
  ]);
  const cited = source ? ` (${escapeHtml(source.citation)})` : '';
  const warning = source?.illustrative
    ? '<p class="notice">Bekendtgørelsens tal er endnu illustrative: de juridiske medarbejdere skal indføre tallene fra bekendtgørelsens bilag i regelsættet capacity.</p>'
    : '';
  return `<h3>Bekendtgørelsens tal og modellens beregning</h3>
<p>Bekendtgørelsen fastsætter antallet af lægekapaciteter for hvert sundhedsråd ved udgangen af året${cited}. Det tal bruges i afgørelser og til ledige kapaciteter. »Beregnet efter modellen« er rådets samlede sygdomsvægt divideret med normen, afrundet som regelsættet foreskriver; forskellen er beregnet minus bekendtgørelsens tal.</p>
${warning}${htmlTable(['Sundhedsråd', ...years.flatMap(() => ['Bekendtgørelsen', 'Beregnet efter modellen', 'Forskel'])], rows, [1, 2, 3, 4, 5, 6], undefined, [{ label: '', span: 1 }, ...years.map((year) => ({ label: String(year), span: 3 }))])}`;
}

export function councilsSection(result: ModelResult, fixedSource?: FixedCeilingSource): string {
  const councils = councilsInOrder(result.councils);
  const d = councilDecimals(councils);
  const figures = (citizens: number, existing: number, years: Array<{ ceiling: number; freeCapacities: number } | undefined>) => [
    n(citizens),
    ...years.map((y) => n(y?.ceiling, d.ceiling)),
    n(existing, d.existing),
    ...years.map((y) => n(y?.freeCapacities, d.free)),
  ];
  const rows = councils.map((c) => [escapeHtml(c.council), escapeHtml(c.region), ...figures(c.citizens, c.existingCapacities, [councilYear(c, 2025), councilYear(c, 2026)])]);
  const sum = (pick: (c: (typeof councils)[number]) => number) => councils.reduce((s, c) => s + pick(c), 0);
  const totalYear = (year: number) => ({ ceiling: yearTotal(councils, year, (y) => y.ceiling), freeCapacities: yearTotal(councils, year, (y) => y.freeCapacities) });
  const total = ['<b>I alt</b>', '', ...figures(sum((c) => c.citizens), sum((c) => c.existingCapacities), [totalYear(2025), totalYear(2026)]).map((f) => `<b>${f}</b>`)];
  return `<section><h2>Sundhedsrådenes loft over kapaciteter</h2>
<p>Loftet er det antal lægekapaciteter, bekendtgørelsen fastsætter for rådet ved årets udgang, hvor regelsættet har tallet; ellers rådets samlede sygdomsvægt divideret med normen (sygdomsvægtede borgere pr. kapacitet), afrundet som regelsættet foreskriver; for 2026 med den fremskrevne befolkning. Ledige kapaciteter = loft − eksisterende, mindst 0. Genbesættelse tæller aldrig mod loftet.</p>
${councilChart(councils)}
${htmlTable(['Sundhedsråd', 'Region', 'Borgere', 'Loft 2025', 'Loft 2026', 'Eksisterende', 'Ledige 2025', 'Ledige 2026'], [...rows, total], [2, 3, 4, 5, 6, 7])}
${fixedCeilingsTable(councils, { ceiling: decimalsFor(councils.flatMap((c) => c.years.flatMap((y) => [y.computedCeiling, y.fixedCeiling ?? 0, y.ceilingDifference ?? 0]))) }, fixedSource)}</section>`;
}

/** The regions' planning areas below the councils (planning-areas rule set), where one is in force. */
export function planningAreasSection(result: ModelResult): string {
  const areas = result.planningAreas;
  if (!areas?.length) return '';
  const rows = areas.map((a) => [escapeHtml(a.name), escapeHtml(a.council), n(a.clinics), n(a.capacities, decimalsFor(areas.map((x) => x.capacities))), n(a.listedPatients), a.meanWeight === null ? '–' : n(a.meanWeight, 2), a.meanAdvisoryMinimum === null ? '–' : n(a.meanAdvisoryMinimum)]);
  return `<section><h2>Regionale planlægningsområder</h2>
<p>Inden for sundhedsrådet planlægger regionen kapaciteterne i mindre områder; Region Hovedstaden planlægger København efter bydele. En klinik hører til området efter postnummeret i sin adresse. Områderne er regionale data oven på de nationale regler; loftet gælder fortsat for sundhedsrådet som helhed.</p>
${htmlTable(['Område', 'Sundhedsråd', 'Klinikker', 'Kapaciteter', 'Tilmeldte', 'Gns. sygdomsvægt', 'Gns. minimumspatienttal'], rows, [2, 3, 4, 5, 6])}</section>`;
}

/** The temporary supplement in areas with a shortage of doctors (sundhedsloven § 206 b, stk. 5). */
export function supplementSection(result: ModelResult): string {
  const s = result.supplement;
  if (!s) return '';
  const state = s.inForce ? `Perioden gælder pr. ${formatDate(result.asOf)}.` : `Perioden gælder ikke pr. ${formatDate(result.asOf)}.`;
  const illustrative = s.areas.some((a) => a.illustrative) ? '<p class="notice">Områderne er illustrative, indtil regionerne har udpeget deres områder med lægemangel.</p>' : '';
  const rows = s.areas.map((a) => [escapeHtml(a.name), escapeHtml(a.region), escapeHtml(a.municipalities.join(', ')), escapeHtml(a.citation)]);
  return `<section><h2>Midlertidigt tilskud i områder med lægemangel</h2>
<p>Fra ${formatDate(s.from)} til og med ${formatDate(s.to)} kan regionerne aftale et midlertidigt tilskud med praksisejere i områder med lægemangel (${escapeHtml(s.citation)}). ${state}</p>
${illustrative}${htmlTable(['Område', 'Region', 'Kommuner', 'Retsgrundlag'], rows)}</section>`;
}

export function clinicsSection(result: ModelResult, band: ReportingBand | undefined): string {
  const minimums = result.clinics.filter((c) => c.listedPatients > 0).map((c) => c.advisoryMinimumPerCapacity);
  const bandText = band
    ? `${formatPercent(result.shareInBand, 1)} af klinikkerne har et vejledende minimumspatienttal pr. kapacitet mellem ${n(band.lower)} og ${n(band.upper)} (det skraverede bånd); modellen forventer omkring ${formatPercent(band.expectedShare)}.`
    : `${formatPercent(result.shareInBand, 1)} af klinikkerne ligger i rapporteringsbåndet.`;
  return `<section><h2>Klinikkernes vejledende minimumspatienttal</h2>
<p>Vejledende minimumspatienttal pr. kapacitet = normen divideret med klinikkens gennemsnitlige sygdomsvægt. ${bandText}</p>
${histogram(minimums, { binWidth: 50, band, xLabel: 'Vejledende minimumspatienttal pr. kapacitet', ariaLabel: 'Fordeling af klinikkernes vejledende minimumspatienttal' })}
<p class="note">${n(minimums.length)} klinikker med tilmeldte patienter; intervaller på 50.</p></section>`;
}

export function municipalitiesSection(result: ModelResult): string {
  const { highest, lowest } = rankMunicipalities(result.municipalities);
  const table = (rows: MunicipalityResult[]) =>
    htmlTable(
      ['Kommune', 'Sundhedsråd', 'Gns. sygdomsvægt', 'Gns. minimumspatienttal'],
      rows.map((m) => [escapeHtml(m.name), escapeHtml(m.council), n(m.meanWeight, 2), m.meanAdvisoryMinimum === null ? '–' : n(m.meanAdvisoryMinimum)]),
      [2, 3],
      'ranking',
    );
  return `<section><h2>Kommuner med højeste og laveste gennemsnitlige sygdomsvægt</h2>
<h3>10 højeste</h3>${table(highest)}<h3>10 laveste</h3>${table(lowest)}
<p class="note">Gns. minimumspatienttal er gennemsnittet af det vejledende minimumspatienttal pr. kapacitet for kommunens klinikker.</p></section>`;
}

export function provenanceSection(result: ModelResult): string {
  const ruleSets = htmlTable(['Regelsæt', 'Version', 'Indholdets hash'], result.ruleSets.map((r) => [escapeHtml(r.id), escapeHtml(r.version), `<span class="hash">${escapeHtml(r.hash)}</span>`]));
  const inputs = htmlTable(
    ['Fil', 'Læst', 'Godkendt', 'Afvist', 'SHA-256'],
    result.inputs.map((i) => [escapeHtml(i.file), n(i.rowsRead), n(i.accepted), n(i.rejected), `<span class="hash">${escapeHtml(i.sha256)}</span>`]),
    [1, 2, 3],
  );
  return `<section><h2>Grundlag</h2><p>Resultatet kan genskabes med præcis disse regelsætversioner og inddatafiler.</p><h3>Regelsæt</h3>${ruleSets}<h3>Inddata</h3>${inputs}</section>`;
}
