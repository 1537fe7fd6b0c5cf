import type { HelperOptions } from 'handlebars';
import { formatDate, formatNumber, formatPercent, plural } from '@fordeling/engine';

// Helpers the templates may use. Danish names because region staff write them:
//   {{tal 1600}} → 1.600   {{tal 1.45 2}} → 1,45   {{tal 1.5}} → 1,5
//   {{dato "2026-02-01"}} → 1. februar 2026   {{procent 0.12}} → 12 %
//   {{flertal n "patient" "patienter"}} → 1 patient / 2.206 patienter
//   {{kort hash}} → first 12 characters of a hash without "sha256:"
// A helper given a missing or wrong value throws (strict mode does not check helper arguments).

class HelperError extends Error {}

function where(options: HelperOptions | undefined): string {
  const loc = (options as unknown as { loc?: { start: { line: number; column: number } } })?.loc;
  return loc ? ` (linje ${loc.start.line})` : '';
}

function requireNumber(helper: string, value: unknown, options: HelperOptions): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new HelperError(`{{${helper}}} fik ${value === undefined ? 'intet tal' : `»${String(value)}«`} i stedet for et tal${where(options)}`);
  }
  return value;
}

/** Decimals shown when the template gives none: whole numbers as such, others with up to 2 decimals. */
function naturalDecimals(value: number): number {
  if (Number.isInteger(value)) return 0;
  return Number.isInteger(Math.round(value * 10 * 1e6) / 1e6) ? 1 : 2;
}

const isOptions = (value: unknown): value is HelperOptions => typeof value === 'object' && value !== null && 'hash' in value;

export const letterHelpers = {
  tal(value: unknown, decimals: unknown, options?: HelperOptions): string {
    const opts = (isOptions(decimals) ? decimals : options) as HelperOptions;
    const n = requireNumber('tal', value, opts);
    return formatNumber(n, typeof decimals === 'number' ? decimals : naturalDecimals(n));
  },
  procent(value: unknown, decimals: unknown, options?: HelperOptions): string {
    const opts = (isOptions(decimals) ? decimals : options) as HelperOptions;
    return formatPercent(requireNumber('procent', value, opts), typeof decimals === 'number' ? decimals : 0);
  },
  dato(value: unknown, options: HelperOptions): string {
    if (typeof value !== 'string') throw new HelperError(`{{dato}} fik ${value === undefined ? 'ingen dato' : `»${String(value)}«`}${where(options)}`);
    return formatDate(value);
  },
  flertal(count: unknown, singular: unknown, pluralForm: unknown, options: HelperOptions): string {
    const n = requireNumber('flertal', count, options);
    // Fractional counts (1,5 lægekapaciteter) keep their decimals and take the plural form.
    return Number.isInteger(n) ? plural(n, String(singular), String(pluralForm)) : `${formatNumber(n, naturalDecimals(n))} ${String(pluralForm)}`;
  },
  kort(value: unknown, options: HelperOptions): string {
    if (typeof value !== 'string') throw new HelperError(`{{kort}} fik ikke en tekst${where(options)}`);
    return value.replace(/^sha256:/, '').slice(0, 12);
  },
  abs(value: unknown, options: HelperOptions): number {
    return Math.abs(requireNumber('abs', value, options));
  },
};

export const HELPER_NAMES: ReadonlySet<string> = new Set(Object.keys(letterHelpers));
