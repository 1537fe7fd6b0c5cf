// Fixed, locale-independent formatting for the machine-readable outputs: the same numbers always
// give the same bytes (dot decimals, no thousands separators, RFC 4180 quoting). The spreadsheet
// dialect writes the same fields the way a Danish Excel or LibreOffice opens them (issue 15).

/** How a CSV file is written. Fields arrive formatted for machines ("1.4500", "true"). */
export interface CsvDialect {
  separator: ',' | ';';
  lineEnd: '\n' | '\r\n';
  /** Header row: the machine column names, or the Danish labels. */
  header: 'name' | 'label';
  /**
   * Decimal comma and ja/nej: what a Danish spreadsheet reads as a number and a yes/no. Applied to
   * every field that looks like a decimal, so only for tables whose text never does (names,
   * addresses, messages); a table with versions such as »2025.1« writes its text without it.
   */
  danish: boolean;
}

/** The default outputs (docs/contracts.md): what programs read; byte-identical run to run. */
export const MACHINE_CSV: CsvDialect = { separator: ',', lineEnd: '\n', header: 'name', danish: false };

/**
 * For a Danish spreadsheet: a semicolon between fields (Danish Excel's list separator, as the comma
 * is its decimal sign), decimal comma, CRLF, Danish column headings; files start with a UTF-8 BOM
 * (SPREADSHEET_BOM) so that Excel reads æ, ø and å.
 */
export const SPREADSHEET_CSV: CsvDialect = { separator: ';', lineEnd: '\r\n', header: 'label', danish: true };
export const SPREADSHEET_BOM = '\uFEFF';

/** A column: its machine name and the Danish label (used in messages and spreadsheet headings). */
export interface CsvColumn {
  name: string;
  label: string;
}

const DECIMAL = /^-?\d+\.\d+$/;

function danishField(value: string): string {
  if (DECIMAL.test(value)) return value.replace('.', ',');
  if (value === 'true') return 'ja';
  if (value === 'false') return 'nej';
  return value;
}

/** Quotes a field only when it holds the separator, a quote or a line break. */
export function csvField(value: string, dialect: CsvDialect = MACHINE_CSV): string {
  const text = dialect.danish ? danishField(value) : value;
  const special = dialect.separator === ',' ? /[",\r\n]/ : /[";\r\n]/;
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One CSV line (with its line end) from already formatted fields. */
export function csvLine(fields: readonly string[], dialect: CsvDialect = MACHINE_CSV): string {
  return `${fields.map((f) => csvField(f, dialect)).join(dialect.separator)}${dialect.lineEnd}`;
}

/** The header line: machine names, or the labels with a capital first letter. */
export function csvHeader(columns: readonly CsvColumn[], dialect: CsvDialect = MACHINE_CSV): string {
  const names = columns.map((c) => (dialect.header === 'name' ? c.name : c.label.charAt(0).toUpperCase() + c.label.slice(1)));
  return csvLine(names, { ...dialect, danish: false });
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
