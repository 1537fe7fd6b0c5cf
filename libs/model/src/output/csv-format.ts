// Fixed, locale-independent formatting for the machine-readable outputs: the same numbers always
// give the same bytes (dot decimals, no thousands separators, RFC 4180 quoting).

/** Quotes a field only when it holds a comma, a quote or a line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One CSV line (with `\n`) from already formatted fields. */
export function csvLine(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\n`;
}

/** Exactly `decimals` decimals ("1.2300"); empty for a number that does not exist (no patients). */
export function fixed(value: number | null, decimals: number): string {
  if (value === null || !Number.isFinite(value)) return '';
  const text = value.toFixed(decimals);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
}

/** At most `decimals` decimals, trailing zeros dropped ("2", "1.5"). */
export function trimmed(value: number | null, decimals: number): string {
  const text = fixed(value, decimals);
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Plain code-point order: the same on every machine, unlike a locale collation. */
export function byText<T>(key: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
