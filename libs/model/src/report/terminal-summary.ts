import { formatDate, formatNumber, formatPercent } from '@fordeling/engine';
import type { InputFileReport, ModelResult } from '../result.js';
import { councilsInOrder, councilYear } from '../output/councils-csv.js';
import { rankMunicipalities } from './municipality-ranking.js';

/** Plain-text table with a header row; `right` marks right-aligned columns. */
function textTable(headers: string[], rows: string[][], right: number[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (right.includes(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const n = (value: number | undefined, decimals = 0) => (value !== undefined && Number.isFinite(value) ? formatNumber(value, decimals) : '–');

/** Per input file: read, accepted, rejected (rows read = accepted + rejected). */
export function inputSummary(inputs: readonly InputFileReport[]): string {
  return textTable(
    ['Fil', 'Læst', 'Godkendt', 'Afvist'],
    inputs.map((i) => [i.file, n(i.rowsRead), n(i.accepted), n(i.rejected)]),
    [1, 2, 3],
  );
}

/** The Danish summary `fordeling run` prints: councils, the band share, top and bottom municipalities. */
export function terminalSummary(result: ModelResult): string {
  const councils = textTable(
    ['Sundhedsråd', 'Loft 2025', 'Loft 2026', 'Eksisterende', 'Ledige 2025', 'Ledige 2026'],
    councilsInOrder(result.councils).map((c) => {
      const y25 = councilYear(c, 2025);
      const y26 = councilYear(c, 2026);
      return [c.council, n(y25?.ceiling, 1), n(y26?.ceiling, 1), n(c.existingCapacities, 1), n(y25?.freeCapacities, 1), n(y26?.freeCapacities, 1)];
    }),
    [1, 2, 3, 4, 5],
  );
  const { highest, lowest } = rankMunicipalities(result.municipalities, 5);
  const ranking = (title: string, list: typeof highest) =>
    `${title}\n${textTable(['Kommune', 'Sundhedsråd', 'Gns. vægt', 'Gns. minimum'], list.map((m) => [m.name, m.council, n(m.meanWeight, 2), n(m.meanAdvisoryMinimum ?? undefined)]), [2, 3])}`;
  return [
    `${result.synthetic ? 'SYNTETISKE DATA — ' : ''}Beregnet pr. ${formatDate(result.asOf)}: ${n(result.citizens)} borgere, ${n(result.clinics.length)} klinikker.`,
    '',
    councils,
    '',
    `Klinikker med vejledende minimumspatienttal i rapporteringsbåndet: ${formatPercent(result.shareInBand, 1)}`,
    '',
    ranking('Højeste gennemsnitlige sygdomsvægt', highest),
    '',
    ranking('Laveste gennemsnitlige sygdomsvægt', lowest),
  ].join('\n');
}
