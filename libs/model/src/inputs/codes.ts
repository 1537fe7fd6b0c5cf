// The enum codes of citizens.csv (docs/contracts.md). Citizens are stored as typed-array columns, so
// each text value is kept as its index in these lists; the order is part of the column format.

// The codes and their ranges are the weights kind's own (one definition, shared with its compiled tables).
export { CIVIL_STATUSES, EDUCATIONS, MAX_AGE, MAX_SOMATIC_DISEASES, SEXES } from '@fordeling/engine';

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
