// Citizens as columns (typed arrays), not objects: 5.96 million citizens fit in ~70 MB and one pass
// over them costs milliseconds. Enum columns hold the index of the code in ./codes.ts.

export interface CitizenColumns {
  count: number;
  /** The citizen's pseudonymous id from citizens.csv (a whole number, unique). */
  id: Float64Array;
  /** The citizens.csv line the citizen was read from (provenance for explanations). */
  line: Uint32Array;
  /** Index into SEXES: 0 = M, 1 = K. */
  sex: Uint8Array;
  age: Uint8Array;
  /** Index into ModelInputs.municipalityCodes. */
  municipality: Uint16Array;
  /** Index into ModelInputs.clinics; -1 = not listed with any clinic. */
  clinic: Int32Array;
  somaticDiseases: Uint8Array;
  psychiatricDisease: Uint8Array;
  /** Index into CIVIL_STATUSES. */
  civilStatus: Uint8Array;
  menapt: Uint8Array;
  /** Index into EDUCATIONS. */
  education: Uint8Array;
  /** Index into EDUCATIONS. */
  parentsEducation: Uint8Array;
  outsideLabourMarket: Uint8Array;
}

type ColumnName = Exclude<keyof CitizenColumns, 'count'>;
type Row = Record<ColumnName, number>;

const LAYOUT = {
  id: Float64Array,
  line: Uint32Array,
  sex: Uint8Array,
  age: Uint8Array,
  municipality: Uint16Array,
  clinic: Int32Array,
  somaticDiseases: Uint8Array,
  psychiatricDisease: Uint8Array,
  civilStatus: Uint8Array,
  menapt: Uint8Array,
  education: Uint8Array,
  parentsEducation: Uint8Array,
  outsideLabourMarket: Uint8Array,
} as const;

const NAMES = Object.keys(LAYOUT) as ColumnName[];

/**
 * Columns of `capacity` rows, all zero. Shared ones (SharedArrayBuffer) can be filled by worker
 * threads in place. Pages a column never writes are never touched, so a generous capacity costs
 * address space, not memory.
 */
export function allocateCitizenColumns(capacity: number, shared = false): CitizenColumns {
  const columns = { count: 0 } as CitizenColumns;
  for (const name of NAMES) {
    const Type = LAYOUT[name] as unknown as { new (lengthOrBuffer: number | ArrayBufferLike): unknown; BYTES_PER_ELEMENT: number };
    (columns as unknown as Record<string, unknown>)[name] = new Type(shared ? new SharedArrayBuffer(capacity * Type.BYTES_PER_ELEMENT) : capacity);
  }
  return columns;
}

/** Rows [offset, offset + length) of every column, as columns of their own sharing the memory (count 0). */
export function citizenColumnsView(columns: CitizenColumns, offset: number, length: number): CitizenColumns {
  const view = { count: 0 } as CitizenColumns;
  for (const name of NAMES) (view as unknown as Record<string, unknown>)[name] = columns[name].subarray(offset, offset + length);
  return view;
}

/**
 * Closes the gaps between regions filled apart (each worker's range of citizens.csv), in place and in
 * order, and shifts each region's `line` column by its `lineOffset`. Returns the columns of all rows.
 */
export function joinCitizenRegions(columns: CitizenColumns, regions: ReadonlyArray<{ offset: number; count: number; lineOffset: number }>): CitizenColumns {
  let count = 0;
  for (const { offset, count: n, lineOffset } of regions) {
    if (offset !== count) for (const name of NAMES) columns[name].copyWithin(count, offset, offset + n);
    const line = columns.line;
    if (lineOffset !== 0) for (let i = count; i < count + n; i++) line[i] += lineOffset;
    count += n;
  }
  const joined = citizenColumnsView(columns, 0, count);
  joined.count = count;
  return joined;
}

/** Appends rows, growing the arrays by doubling; `finish()` gives them at the row count. */
export class CitizenColumnsBuilder {
  /** The columns being filled: rows [0, columns.count) are in use. A fast writer may fill them directly. */
  columns: CitizenColumns;

  /** A builder over `expectedRows` new rows, or over the given (empty) columns. */
  constructor(initial: number | CitizenColumns = 1024) {
    this.columns = typeof initial === 'number' ? allocateCitizenColumns(Math.max(16, initial)) : initial;
  }

  get capacity(): number {
    return this.columns.id.length;
  }

  push(row: Row): void {
    if (this.columns.count === this.capacity) this.grow();
    const c = this.columns;
    const i = c.count++;
    c.id[i] = row.id;
    c.line[i] = row.line;
    c.sex[i] = row.sex;
    c.age[i] = row.age;
    c.municipality[i] = row.municipality;
    c.clinic[i] = row.clinic;
    c.somaticDiseases[i] = row.somaticDiseases;
    c.psychiatricDisease[i] = row.psychiatricDisease;
    c.civilStatus[i] = row.civilStatus;
    c.menapt[i] = row.menapt;
    c.education[i] = row.education;
    c.parentsEducation[i] = row.parentsEducation;
    c.outsideLabourMarket[i] = row.outsideLabourMarket;
  }

  /** The rows, as views of exactly `count` rows over the arrays (no copy). */
  finish(): CitizenColumns {
    const finished = citizenColumnsView(this.columns, 0, this.columns.count);
    finished.count = this.columns.count;
    return finished;
  }

  /** Keeps only the rows whose `keep` flag is 1, in order (after late rejections). */
  static filter(columns: CitizenColumns, keep: Uint8Array): CitizenColumns {
    const kept = { count: 0 } as CitizenColumns;
    let count = 0;
    for (let i = 0; i < columns.count; i++) count += keep[i];
    for (const name of NAMES) {
      const source = columns[name];
      const target = new LAYOUT[name](count);
      for (let i = 0, w = 0; i < columns.count; i++) if (keep[i]) target[w++] = source[i];
      (kept as unknown as Record<string, unknown>)[name] = target;
    }
    kept.count = count;
    return kept;
  }

  private grow(): void {
    const old = this.columns;
    const next = allocateCitizenColumns(this.capacity * 2);
    for (const name of NAMES) (next[name] as { set(a: ArrayLike<number>): void }).set(old[name]);
    next.count = old.count;
    this.columns = next;
  }
}
