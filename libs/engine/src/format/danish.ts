// Danish number and date formats for every user-facing text (letters, CLI, API titles, reports):
// 1.600; 1,45; 1. februar 2026.

const MONTHS = ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'];

/** 1600 → "1.600"; 1.45 with 2 decimals → "1,45"; -3 → "-3". Half away from zero. */
export function formatNumber(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) return String(value);
  const factor = 10 ** decimals;
  const rounded = Math.sign(value) * Math.round(Math.abs(value) * factor) / factor;
  const [int, frac] = Math.abs(rounded).toFixed(decimals).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** 0.8 → "80 %". */
export function formatPercent(share: number, decimals = 0): string {
  return `${formatNumber(share * 100, decimals)} %`;
}

/** "2026-02-01" → "1. februar 2026". Throws on anything but a real ISO calendar date. */
export function formatDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${day}. ${MONTHS[month - 1]} ${year}`;
}

/** Strict ISO date (YYYY-MM-DD) that exists in the calendar; 2026-02-30 is rejected. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export function parseIsoDate(value: string): { year: number; month: number; day: number } {
  if (!isIsoDate(value)) throw new RangeError(`»${value}« er ikke en gyldig dato (ÅÅÅÅ-MM-DD)`);
  const [year, month, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** "1 patient" / "2 patienter". */
export function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatNumber(count)} ${count === 1 ? singular : pluralForm}`;
}
