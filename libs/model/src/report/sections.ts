import { formatDate, formatNumber, formatPercent } from '@fordeling/engine';
import type { CouncilComparison, ModelComparison, ModelResult, MunicipalityResult } from '../result.js';
import { byText } from '../output/csv-format.js';
import { councilsInOrder, councilYear } from '../output/councils-csv.js';
import { councilChart } from './council-chart.js';
import { escapeHtml, htmlTable } from './html.js';
import { histogram } from './minimum-histogram.js';
import { rankMunicipalities } from './municipality-ranking.js';

/** The capacity rule set's reporting band (80 % of clinics expected inside 1,150–2,000). */
export interface ReportingBand {
  lower: number;
  upper: number;
  expectedShare: number;
}

const n = (value: number, decimals = 0) => (Number.isFinite(value) ? formatNumber(value, decimals) : '–');
/** "sha256:87c1c77b…" — enough to tell versions apart at a glance. */
const shortHash = (hash: string) => (hash.length > 15 ? `${hash.slice(0, 15)}…` : hash);
const signed = (value: number, decimals = 0) => (value > 0 ? `+${n(value, decimals)}` : n(value, decimals));

export function headerSection(result: ModelResult): string {
  const banner = result.synthetic ? '<div class="banner">SYNTETISKE DATA — tallene beskriver ikke virkelige borgere, klinikker eller sundhedsråd</div>' : '';
  const capacities = result.councils.reduce((sum, c) => sum + c.existingCapacities, 0);
  const fact = (value: string, label: string) => `<div class="fact"><b>${value}</b><span>${label}</span></div>`;
  return `${banner}<h1>Den nationale model for fordeling af lægekapacitet</h1>
<p class="lead">Beregnet pr. ${formatDate(result.asOf)} efter sundhedsloven § 206 b og BEK nr. 975 af 2025.</p>
<p class="note">Regelsæt: ${result.ruleSets.map((r) => `${escapeHtml(r.id)} ${escapeHtml(r.version)} <span class="hash">${escapeHtml(shortHash(r.hash))}</span>`).join(' · ')}<br>
Inddata: ${result.inputs.map((i) => `${escapeHtml(i.file)} <span class="hash">${escapeHtml(shortHash(i.sha256))}</span>`).join(' · ')} (fulde hashværdier under »Grundlag«)</p>
<div class="facts">${fact(n(result.citizens), 'borgere')}${fact(n(result.clinics.length), 'klinikker (ydernumre)')}${fact(n(capacities, 1), 'eksisterende kapaciteter')}${fact(formatPercent(result.shareInBand, 1), 'af klinikkerne i båndet')}</div>`;
}

export function councilsSection(result: ModelResult): string {
  const councils = councilsInOrder(result.councils);
  const rows = councils.map((c) => {
    const y25 = councilYear(c, 2025);
    const y26 = councilYear(c, 2026);
    return [escapeHtml(c.council), escapeHtml(c.region), n(c.citizens), n(y25?.ceiling ?? NaN, 1), n(y26?.ceiling ?? NaN, 1), n(c.existingCapacities, 1), n(y25?.freeCapacities ?? NaN, 1), n(y26?.freeCapacities ?? NaN, 1)];
  });
  return `<section><h2>Sundhedsrådenes loft over kapaciteter</h2>
<p>Loftet er rådets samlede sygdomsvægt divideret med normen (sygdomsvægtede borgere pr. kapacitet); for 2026 med den fremskrevne befolkning. Ledige kapaciteter = loft − eksisterende, mindst 0. Genbesættelse tæller aldrig mod loftet.</p>
${councilChart(councils)}
${htmlTable(['Sundhedsråd', 'Region', 'Borgere', 'Loft 2025', 'Loft 2026', 'Eksisterende', 'Ledige 2025', 'Ledige 2026'], rows, [2, 3, 4, 5, 6, 7])}</section>`;
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

export function comparisonSection(comparison: ModelComparison): string {
  const version = (refs: ModelComparison['base']['ruleSets'], id: string) => refs.find((r) => r.id === id)?.version ?? '–';
  const names = comparison.changedRuleSets
    .map((id) => `<li><b>${escapeHtml(id)}</b>: ${escapeHtml(version(comparison.base.ruleSets, id))} (grundkørsel) mod ${escapeHtml(version(comparison.alternative.ruleSets, id))} (alternativ)</li>`)
    .join('');
  const councils = [...comparison.councils].sort((a, b) => byText((c: CouncilComparison) => c.region)(a, b) || byText((c: CouncilComparison) => c.council)(a, b));
  const years = [...new Set(councils.flatMap((c) => c.years.map((y) => y.year)))].sort();
  const rows = councils.map((c) => [
    escapeHtml(c.council),
    ...years.flatMap((year) => {
      const y = c.years.find((x) => x.year === year);
      if (!y) return ['–', '–', '–'];
      const delta = y.ceilingDifference;
      return [n(y.base.ceiling, 1), n(y.alternative.ceiling, 1), `<span class="${delta > 0 ? 'up' : delta < 0 ? 'down' : ''}">${signed(delta, 1)}</span>`];
    }),
  ]);
  const headers = ['Sundhedsråd', ...years.flatMap((y) => [`Loft ${y}`, `Alternativ ${y}`, 'Forskel'])];
  const deltas = comparison.clinics.map((c) => c.advisoryMinimumDifference).filter(Number.isFinite);
  const up = deltas.filter((d) => d > 0).length;
  const down = deltas.filter((d) => d < 0).length;
  return `<section><h2>Forskelle mellem regelsætversioner</h2>
<p>Samme inddata er kørt to gange; kun disse regelsæt er forskellige:</p><ul>${names || '<li>Ingen forskelle i regelsættene.</li>'}</ul>
<h3>Loft pr. sundhedsråd</h3>
${htmlTable(headers, rows, headers.map((_, i) => i).slice(1))}
<h3>Ændring i klinikkernes vejledende minimumspatienttal pr. kapacitet</h3>
<p>${n(up)} klinikker får et højere, ${n(down)} et lavere og ${n(deltas.length - up - down)} et uændret tal. Andel i båndet: ${formatPercent(comparison.shareInBand.base, 1)} (grundkørsel) mod ${formatPercent(comparison.shareInBand.alternative, 1)} (alternativ).</p>
${histogram(deltas, { xLabel: 'Ændring (alternativ − grundkørsel) i patienter pr. kapacitet', ariaLabel: 'Fordeling af ændringer i minimumspatienttal' })}</section>`;
}

export function provenanceSection(result: ModelResult): string {
  const ruleSets = htmlTable(['Regelsæt', 'Version', 'Indholdets hash'], result.ruleSets.map((r) => [escapeHtml(r.id), escapeHtml(r.version), `<span class="hash">${escapeHtml(r.hash)}</span>`]));
  const inputs = htmlTable(
    ['Fil', 'Læst', 'Godkendt', 'Afvist', 'SHA-256'],
    result.inputs.map((i) => [escapeHtml(i.file), n(i.rowsRead), n(i.accepted), n(i.rejected), `<span class="hash">${escapeHtml(i.sha256)}</span>`]),
    [1, 2, 3],
  );
  const warnings = result.warnings?.length
    ? `<h3>Bemærkninger</h3><ul>${result.warnings.map((w) => `<li>${escapeHtml(w.file)}: ${escapeHtml(w.message)}</li>`).join('')}</ul>`
    : '';
  return `<section><h2>Grundlag</h2><p>Resultatet kan genskabes med præcis disse regelsætversioner og inddatafiler.</p><h3>Regelsæt</h3>${ruleSets}<h3>Inddata</h3>${inputs}${warnings}</section>`;
}
