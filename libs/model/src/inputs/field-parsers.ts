// Strict number parsing for CSV fields: digits only, a dot as the decimal sign (docs/contracts.md).
// Number() alone would accept "", " 7", "0x1F" and "1e3" — none of which a register extract holds.

/** The whole number in `text`, or NaN. Accepts an optional leading minus. */
export function parseWhole(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return NaN;
  let i = text.charCodeAt(0) === 45 ? 1 : 0;
  if (i === n) return NaN;
  let value = 0;
  for (; i < n; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return NaN;
    value = value * 10 + d;
  }
  return text.charCodeAt(0) === 45 ? -value : value;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** The decimal number in `text` (dot as decimal sign), or NaN. */
export function parseDecimal(text: string): number {
  return DECIMAL.test(text) ? Number(text) : NaN;
}

/** A Danish hint for the most common mistake: a decimal comma ("1,5"). */
export function decimalHint(text: string): string {
  return /^-?\d+,\d+$/.test(text) ? ' (brug punktum som decimaltegn, fx 1.5)' : '';
}
