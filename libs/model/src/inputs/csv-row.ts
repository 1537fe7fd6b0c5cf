// One data row of an input CSV, reused for every record (no per-row allocation beyond the split).
// Each accessor validates one field and, on failure, rejects the row with a Danish reason naming the
// column; it then returns undefined and the caller stops reading the row.
import { formatNumber } from '@fordeling/engine';
import { fieldColumn, splitCsvRecord } from './csv-fields.js';
import { decimalHint, parseDecimal, parseWhole } from './field-parsers.js';
import { listCodes } from './codes.js';
import type { RejectionLog } from './rejection-log.js';

export interface CsvColumn {
  /** Header name, e.g. "age". */
  name: string;
  /** Danish name used in reasons, e.g. "alder". */
  label: string;
}

export interface DecimalRange {
  min?: number;
  /** Values must be strictly above `min`. */
  exclusiveMin?: boolean;
  max?: number;
}

export class CsvRow<K extends string> {
  fields: string[] = [];
  line = 0;
  rejected = false;
  private record = '';

  constructor(
    readonly file: string,
    private readonly header: { index: Record<K, number>; width: number },
    private readonly log: RejectionLog,
  ) {}

  start(record: string, line: number): void {
    this.record = record;
    this.line = line;
    this.rejected = false;
    this.fields = splitCsvRecord(record);
  }

  /** A row must have exactly as many fields as the header. */
  checkFieldCount(): boolean {
    const n = this.fields.length;
    if (n === this.header.width) return true;
    this.rejectRow(`rækken har ${formatNumber(n)} ${n === 1 ? 'felt' : 'felter'}, men overskriften har ${formatNumber(this.header.width)}`);
    return false;
  }

  /** The raw text of a field (may be empty). */
  text(key: K): string {
    return this.fields[this.header.index[key]];
  }

  /** A field that must not be empty. */
  required(key: K, column: CsvColumn): string | undefined {
    const value = this.text(key);
    if (value !== '') return value;
    this.reject(key, column, `${column.label} mangler (feltet er tomt)`);
    return undefined;
  }

  whole(key: K, column: CsvColumn, min: number, max: number): number | undefined {
    const text = this.required(key, column);
    if (text === undefined) return undefined;
    const value = parseWhole(text);
    if (Number.isNaN(value)) this.reject(key, column, `${column.label} »${text}« er ikke et helt tal`);
    else if (value < min || value > max) this.reject(key, column, `${column.label} ${formatNumber(value)} ligger uden for ${formatNumber(min)}–${formatNumber(max)}`);
    else return value;
    return undefined;
  }

  decimal(key: K, column: CsvColumn, range: DecimalRange = {}): number | undefined {
    const text = this.required(key, column);
    if (text === undefined) return undefined;
    const value = parseDecimal(text);
    if (Number.isNaN(value)) {
      this.reject(key, column, `${column.label} »${text}« er ikke et tal${decimalHint(text)}`);
      return undefined;
    }
    const { min, max, exclusiveMin } = range;
    if (min !== undefined && (exclusiveMin ? value <= min : value < min)) {
      this.reject(key, column, `${column.label} ${text} skal være ${exclusiveMin ? 'større end' : 'mindst'} ${formatNumber(min)}`);
      return undefined;
    }
    if (max !== undefined && value > max) {
      this.reject(key, column, `${column.label} ${text} må højst være ${formatNumber(max)}`);
      return undefined;
    }
    return value;
  }

  /** A boolean field: 0 or 1 (docs/contracts.md). */
  flag(key: K, column: CsvColumn): number | undefined {
    const text = this.text(key);
    if (text === '0') return 0;
    if (text === '1') return 1;
    this.reject(key, column, text === '' ? `${column.label} mangler (feltet er tomt)` : `${column.label} »${text}« skal være 0 eller 1`);
    return undefined;
  }

  /** An enum field: returns the code's index in `codes`. */
  code(key: K, column: CsvColumn, codes: readonly string[], lookup: (text: string) => number): number | undefined {
    const text = this.required(key, column);
    if (text === undefined) return undefined;
    const index = lookup(text);
    if (index !== -1) return index;
    this.reject(key, column, `${column.label} »${text}« er ikke ${listCodes(codes)}`);
    return undefined;
  }

  /** Rejects the row because of one field. */
  reject(key: K, column: CsvColumn, message: string): void {
    const fieldIndex = this.header.index[key];
    this.add(fieldColumn(this.record, fieldIndex), `/${column.name}`, message);
  }

  /** Rejects the whole row (e.g. a wrong number of fields). */
  rejectRow(message: string): void {
    this.add(0, '', message);
  }

  private add(column: number, pointer: string, message: string): void {
    if (this.rejected) return;
    this.rejected = true;
    this.log.add({ file: this.file, line: this.line, column, pointer, message });
  }
}
