import { formatNumber } from '@fordeling/engine';
import type { CouncilResult } from '../result.js';
import { councilYear } from '../output/councils-csv.js';
import { ticks } from './axis.js';
import { councilDecimals } from './display-decimals.js';
import { escapeHtml, svgNumber } from './html.js';

const LABEL_WIDTH = 200;
const PLOT_WIDTH = 640;
const BAR = 7;
const ROW = BAR * 3 + 10;
const TOP = 24;

export const COUNCIL_SERIES = [
  { key: 'existing', label: 'Eksisterende kapaciteter', color: 'var(--grey)' },
  { key: 'ceiling2025', label: 'Loft 2025', color: 'var(--blue)' },
  { key: 'ceiling2026', label: 'Loft 2026', color: 'var(--dark)' },
] as const;

/** Horizontal grouped bars: existing capacities beside the 2025 and 2026 ceilings, per council. */
export function councilChart(councils: readonly CouncilResult[]): string {
  const values = councils.map((c) => [c.existingCapacities, councilYear(c, 2025)?.ceiling ?? 0, councilYear(c, 2026)?.ceiling ?? 0]);
  const { existing, ceiling } = councilDecimals(councils);
  const decimals = [existing, ceiling, ceiling];
  const axis = ticks(Math.max(1, ...values.flat()));
  const max = axis[axis.length - 1];
  const x = (v: number) => LABEL_WIDTH + (v / max) * PLOT_WIDTH;
  const height = TOP + councils.length * ROW + 8;
  const grid = axis
    .map((t) => `<line x1="${svgNumber(x(t))}" x2="${svgNumber(x(t))}" y1="${TOP - 4}" y2="${height - 8}" stroke="#d5dbe0"/><text x="${svgNumber(x(t))}" y="${TOP - 8}" text-anchor="middle">${formatNumber(t)}</text>`)
    .join('');
  const rows = councils
    .map((c, i) => {
      const y = TOP + i * ROW + 4;
      const label = `<text x="${LABEL_WIDTH - 8}" y="${y + BAR * 1.5 + 4}" text-anchor="end">${escapeHtml(c.council)}</text>`;
      const bars = values[i]
        .map((v, j) => `<rect x="${LABEL_WIDTH}" y="${y + j * BAR}" width="${svgNumber(x(v) - LABEL_WIDTH)}" height="${BAR - 1}" fill="${COUNCIL_SERIES[j].color}"><title>${escapeHtml(`${c.council}: ${COUNCIL_SERIES[j].label} ${formatNumber(v, decimals[j])}`)}</title></rect>`)
        .join('');
      return label + bars;
    })
    .join('\n');
  const legend = COUNCIL_SERIES.map((s) => `<span><i style="background:${s.color}"></i>${s.label}</span>`).join('');
  return `<div class="legend">${legend}</div><svg viewBox="0 0 ${LABEL_WIDTH + PLOT_WIDTH + 20} ${height}" role="img" aria-label="Loft og eksisterende kapaciteter pr. sundhedsråd">${grid}\n${rows}</svg>`;
}
