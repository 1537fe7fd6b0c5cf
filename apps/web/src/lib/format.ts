// Danish number and date formats for every page (1.600; 1,45; 1. februar 2026), from the browser's
// Intl with the locale fixed to da-DK so the result never depends on the reader's settings.
const numberFormats = new Map<string, Intl.NumberFormat>();

/** 1600 → "1.600"; 1.45 → "1,45"; `decimals` fixes the count (default: up to 4, as needed). */
export function formatNumber(value: number | null | undefined, decimals?: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '–';
  const key = String(decimals);
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat('da-DK', decimals === undefined ? { maximumFractionDigits: 4 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    numberFormats.set(key, format);
  }
  // Intl writes a minus as U+2212 in some engines; keep the ASCII hyphen-minus readers type.
  return format.format(value).replace('\u2212', '-');
}

/** A signed change: +12 / -3,5 / 0. */
export function formatChange(value: number, decimals?: number): string {
  return value > 0 ? `+${formatNumber(value, decimals)}` : formatNumber(value, decimals);
}

/** "2026-02-01" (or a Date / ISO timestamp) → "1. februar 2026". */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(value.length === 10 ? `${value}T12:00:00Z` : value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Copenhagen' }).format(date);
}

/** An ISO timestamp → "1. februar 2026 kl. 14.05". */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return '–';
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  const time = new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }).format(date);
  return `${formatDate(date)} kl. ${time}`;
}

/** A period: "1. januar 2026 – 31. december 2026" or "1. januar 2027 – indtil videre". */
export function formatPeriod(from: string | null | undefined, to: string | null | undefined): string {
  return `${formatDate(from)} – ${to ? formatDate(to) : 'indtil videre'}`;
}

/** Danish plural: plural(1, 'klinik', 'klinikker') → "1 klinik". */
export function plural(count: number, one: string, many: string): string {
  return `${formatNumber(count)} ${count === 1 ? one : many}`;
}
