// Maps municipality codes in the input files to the index stored in the citizen column. With the
// geography rule set in force, unknown codes are rejected; without one (reading inputs on their own),
// codes get indexes in order of first appearance and runModel checks them against the geography.
import type { GeographyIndex } from '@fordeling/engine';

export interface MunicipalityLookup {
  /** Index for `code`, or -1 when the geography in force has no such municipality. */
  index(code: number): number;
  readonly codes: number[];
  readonly checked: boolean;
}

export function municipalityLookup(geography: GeographyIndex | undefined): MunicipalityLookup {
  if (geography) {
    const codes = geography.municipalities.map((m) => m.code);
    return { codes, checked: true, index: (code) => geography.municipalityIndex(code) };
  }
  const codes: number[] = [];
  const seen = new Map<number, number>();
  return {
    codes,
    checked: false,
    index(code) {
      let i = seen.get(code);
      if (i === undefined) {
        i = codes.push(code) - 1;
        seen.set(code, i);
      }
      return i;
    },
  };
}

export const UNKNOWN_MUNICIPALITY = (code: number) => `kommunekode ${code} findes ikke i geografi-regelsættet i kraft`;
