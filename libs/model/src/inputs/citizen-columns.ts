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

/** Columns of `capacity` rows, all zero. */
export function allocateCitizenColumns(capacity: number): CitizenColumns {
  const columns = { count: 0 } as CitizenColumns;
  for (const name of NAMES) (columns as unknown as Record<string, unknown>)[name] = new LAYOUT[name](capacity);
  return columns;
}

/** Appends rows, growing the arrays by doubling; `finish()` trims them to the row count. */
export class CitizenColumnsBuilder {
  private columns: CitizenColumns;
  private capacity: number;

  constructor(expectedRows = 1024) {
    this.capacity = Math.max(16, expectedRows);
    this.columns = allocateCitizenColumns(this.capacity);
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

  finish(): CitizenColumns {
    const c = this.columns;
    const trimmed = { count: c.count } as CitizenColumns;
    for (const name of NAMES) (trimmed as unknown as Record<string, unknown>)[name] = c[name].slice(0, c.count);
    return trimmed;
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
    this.capacity *= 2;
    const next = allocateCitizenColumns(this.capacity);
    for (const name of NAMES) (next[name] as { set(a: ArrayLike<number>): void }).set(old[name]);
    next.count = old.count;
    this.columns = next;
  }
}
