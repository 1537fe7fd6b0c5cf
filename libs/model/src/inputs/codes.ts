// The enum codes of citizens.csv (docs/contracts.md). Citizens are stored as typed-array columns, so
// each text value is kept as its index in these lists; the order is part of the column format.
import type { Sex } from '@fordeling/engine';

// Civil statuses and educations are the weights kind's own lists (one definition).
export { CIVIL_STATUSES, EDUCATIONS } from '@fordeling/engine';
export const SEXES: readonly Sex[] = ['M', 'K'];

/** Highest age a citizen row may carry (ages are stored in a Uint8 column; tables are sex × 126). */
export const MAX_AGE = 125;
/** Highest number of somatic diseases a row may carry (seed 000: need rises with the number). */
export const MAX_SOMATIC_DISEASES = 20;

/** text → index; -1 when the text is not one of the codes. */
export function codeIndex(codes: readonly string[]): (text: string) => number {
  const map = new Map(codes.map((code, index) => [code, index]));
  return (text) => map.get(text) ?? -1;
}

/** "»M« eller »K«" — the allowed values listed in a Danish message. */
export function listCodes(codes: readonly string[]): string {
  const quoted = codes.map((c) => `»${c}«`);
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} eller ${quoted.at(-1)}`;
}
