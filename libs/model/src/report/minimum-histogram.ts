import { formatNumber } from '@fordeling/engine';
import { niceStep, ticks } from './axis.js';
import { svgNumber } from './html.js';

export interface HistogramOptions {
  /** Bin width in the values' unit; default a round width giving about 30 bins. */
  binWidth?: number;
  /** Shaded interval, e.g. the reporting band 1,150–2,000. */
  band?: { lower: number; upper: number };
  /** Label under the x axis. */
  xLabel: string;
  /** Label along the y axis (what is counted); default "Antal klinikker". */
  yLabel?: string;
  ariaLabel: string;
}

const WIDTH = 860;
const HEIGHT = 240;
const LEFT = 60;
const BOTTOM = 40;
const TOP = 12;

/** A histogram of `values` (non-finite values left out) as inline SVG, with an optional shaded band. */
export function histogram(values: readonly number[], options: HistogramOptions): string {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return '<p class="note">Ingen værdier at vise.</p>';
  const binWidth = options.binWidth ?? niceStep(Math.max(...finite) - Math.min(...finite) || 1, 30);
  let lo = Math.floor(Math.min(...finite) / binWidth) * binWidth;
  let hi = Math.floor(Math.max(...finite) / binWidth) * binWidth + binWidth;
  if (options.band) {
    lo = Math.min(lo, Math.floor(options.band.lower / binWidth) * binWidth - binWidth);
    hi = Math.max(hi, Math.ceil(options.band.upper / binWidth) * binWidth + binWidth);
  }
  const counts = new Array<number>(Math.round((hi - lo) / binWidth)).fill(0);
  for (const v of finite) counts[Math.min(counts.length - 1, Math.floor((v - lo) / binWidth))]++;
  const yTicks = ticks(Math.max(...counts), 4);
  const yMax = yTicks[yTicks.length - 1];
  const plotW = WIDTH - LEFT - 10;
  const plotH = HEIGHT - TOP - BOTTOM;
  const x = (v: number) => LEFT + ((v - lo) / (hi - lo)) * plotW;
  const y = (n: number) => TOP + plotH - (n / yMax) * plotH;
  const band = options.band
    ? `<rect x="${svgNumber(x(options.band.lower))}" y="${TOP}" width="${svgNumber(x(options.band.upper) - x(options.band.lower))}" height="${plotH}" fill="var(--band)"/>`
    : '';
  const grid = yTicks.map((t) => `<line x1="${LEFT}" x2="${WIDTH - 10}" y1="${svgNumber(y(t))}" y2="${svgNumber(y(t))}" stroke="#d5dbe0"/><text x="${LEFT - 6}" y="${svgNumber(y(t) + 4)}" text-anchor="end">${formatNumber(t)}</text>`).join('');
  const bars = counts
    .map((n, i) => (n ? `<rect x="${svgNumber(x(lo + i * binWidth) + 0.5)}" y="${svgNumber(y(n))}" width="${svgNumber(Math.max(0.5, (plotW * binWidth) / (hi - lo) - 1))}" height="${svgNumber(TOP + plotH - y(n))}" fill="var(--blue)"><title>${formatNumber(lo + i * binWidth)}–${formatNumber(lo + (i + 1) * binWidth)}: ${formatNumber(n)}</title></rect>` : ''))
    .join('');
  const xTickStep = ticks(hi - lo, 8)[1];
  const xTicks: string[] = [];
  for (let t = Math.ceil(lo / xTickStep) * xTickStep; t <= hi; t += xTickStep) {
    xTicks.push(`<line x1="${svgNumber(x(t))}" x2="${svgNumber(x(t))}" y1="${TOP + plotH}" y2="${TOP + plotH + 4}" stroke="#5b6770"/><text x="${svgNumber(x(t))}" y="${TOP + plotH + 16}" text-anchor="middle">${formatNumber(t)}</text>`);
  }
  const axisLabel =
    `<text x="${LEFT + plotW / 2}" y="${HEIGHT - 6}" text-anchor="middle">${options.xLabel}</text>` +
    `<text transform="translate(12 ${TOP + plotH / 2}) rotate(-90)" text-anchor="middle">${options.yLabel ?? 'Antal klinikker'}</text>`;
  return `<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${options.ariaLabel}">${band}${grid}${bars}<line x1="${LEFT}" x2="${WIDTH - 10}" y1="${TOP + plotH}" y2="${TOP + plotH}" stroke="#5b6770"/>${xTicks.join('')}${axisLabel}</svg>`;
}
