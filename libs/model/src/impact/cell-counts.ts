// The reference population counted once by what a weight depends on. A citizen's raw weight is the
// base weight of their sex and age plus one contribution per characteristic (raw-weights.ts; seed
// 000, box 1), so the raw weights of a group of citizens sum to Σ over cells of (citizens in the
// cell × the cell's value). Counting each (clinic, municipality) group by cell once makes a new weight
// table cost one dot product per group instead of a pass over 5,96 million citizens — and a new
// geography costs nothing here at all, as the groups name the municipality by its code.
import { AGES, type WeightTables } from '@fordeling/engine';
import type { CitizenColumns } from '../inputs/citizen-columns.js';

/** The columns of the cell vector, in the order computeRawWeights adds them. */
const TERMS = ['somaticDiseases', 'psychiatricDisease', 'civilStatus', 'menapt', 'effectiveEducation', 'outsideLabourMarket'] as const;

/** Cell counts of every (clinic, municipality) group of citizens, for one education age limit. */
export class CellCounts {
  /** Groups × cells: how many of the group's citizens fall in each cell. */
  readonly counts: Float64Array;
  /** Citizens per group. */
  readonly citizens: Float64Array;
  /** The group's clinic (index into inputs.clinics; -1: not listed with a clinic). */
  readonly clinic: Int32Array;
  /** The group's municipality (index into inputs.municipalityCodes). */
  readonly municipality: Int32Array;
  /** Cells per group: the base weights (sex × age), then each characteristic's codes. */
  readonly width: number;
  private readonly offsets: number[];

  /**
   * `parentsEducationBelowAge`: under this age a citizen's education is the parents' (the weight
   * table's own limit; another limit needs another count). `sizes`: the number of codes per
   * characteristic, from a weight table.
   */
  constructor(
    columns: CitizenColumns,
    municipalityCount: number,
    clinicCount: number,
    readonly parentsEducationBelowAge: number,
    sizes: Readonly<Record<(typeof TERMS)[number], number>>,
  ) {
    this.offsets = [];
    let width = 2 * AGES;
    for (const term of TERMS) {
      this.offsets.push(width);
      width += sizes[term];
    }
    this.width = width;

    // Pass 1: a group id per (clinic, municipality) met, in order of first appearance.
    const groupOf = new Int32Array((clinicCount + 1) * municipalityCount).fill(-1);
    const clinics: number[] = [];
    const municipalities: number[] = [];
    const group = new Int32Array(columns.count);
    for (let i = 0; i < columns.count; i++) {
      const key = (columns.clinic[i] + 1) * municipalityCount + columns.municipality[i];
      let g = groupOf[key];
      if (g === -1) {
        g = groupOf[key] = clinics.length;
        clinics.push(columns.clinic[i]);
        municipalities.push(columns.municipality[i]);
      }
      group[i] = g;
    }
    this.clinic = Int32Array.from(clinics);
    this.municipality = Int32Array.from(municipalities);

    // Pass 2: the counts.
    const counts = new Float64Array(clinics.length * width);
    const citizens = new Float64Array(clinics.length);
    const [somatic, psychiatric, civil, menapt, education, outside] = this.offsets;
    const below = parentsEducationBelowAge;
    const c = columns;
    for (let i = 0; i < c.count; i++) {
      const row = group[i] * width;
      const age = c.age[i];
      citizens[group[i]]++;
      counts[row + c.sex[i] * AGES + age]++;
      counts[row + somatic + c.somaticDiseases[i]]++;
      counts[row + psychiatric + c.psychiatricDisease[i]]++;
      counts[row + civil + c.civilStatus[i]]++;
      counts[row + menapt + c.menapt[i]]++;
      counts[row + education + (age < below ? c.parentsEducation[i] : c.education[i])]++;
      counts[row + outside + c.outsideLabourMarket[i]]++;
    }
    this.counts = counts;
    this.citizens = citizens;
  }

  get groups(): number {
    return this.citizens.length;
  }

  /** Whether these counts serve a weight table (its education age limit and code lists). */
  fits(tables: WeightTables): boolean {
    return tables.parentsEducationBelowAge === this.parentsEducationBelowAge && this.width === cellValues(tables).length;
  }

  /** Σ raw weight per group under `tables`: one dot product of the group's counts with the cell values. */
  rawWeights(tables: WeightTables): Float64Array {
    const values = cellValues(tables);
    const raw = new Float64Array(this.groups);
    const { counts, width } = this;
    for (let g = 0; g < raw.length; g++) {
      let sum = 0;
      const row = g * width;
      for (let j = 0; j < width; j++) sum += counts[row + j] * values[j];
      raw[g] = sum;
    }
    return raw;
  }
}

/** The number of codes of each characteristic in a weight table (the sizes CellCounts lays out). */
export function characteristicSizes(tables: WeightTables): Record<(typeof TERMS)[number], number> {
  return Object.fromEntries(TERMS.map((term) => [term, tables.sum[term].length])) as Record<(typeof TERMS)[number], number>;
}

/** A weight table as one vector in the cells' order: the base weights, then each characteristic's sums. */
function cellValues(tables: WeightTables): Float64Array {
  const parts = [tables.base, ...TERMS.map((term) => tables.sum[term])];
  const values = new Float64Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    values.set(part, at);
    at += part.length;
  }
  return values;
}
