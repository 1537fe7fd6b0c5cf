import type { GeographyIndex, Problem } from '@fordeling/engine';

/**
 * One value per municipality index from a per-municipality input file (life_expectancy.csv,
 * projection.csv). A municipality with citizens but no row counts as 0, and the run says so: one
 * warning each, "<name> (kommunekode <code>) mangler; <assumed>".
 */
export function perMunicipality<R extends { municipalityCode: number }>(
  geography: GeographyIndex,
  rows: readonly R[],
  value: (row: R) => number,
  citizens: ArrayLike<number>,
  missing: { file: string; assumed: string },
): { values: Float64Array; warnings: Problem[] } {
  const values = new Float64Array(geography.municipalities.length);
  const known = new Set<number>();
  for (const row of rows) {
    const i = geography.municipalityIndex(row.municipalityCode);
    if (i === -1) continue;
    values[i] = value(row);
    known.add(i);
  }
  const warnings: Problem[] = [];
  geography.municipalities.forEach((m, i) => {
    if (citizens[i] > 0 && !known.has(i)) {
      warnings.push({ file: missing.file, line: 0, column: 0, pointer: '', message: `${m.name} (kommunekode ${m.code}) mangler; ${missing.assumed}`, code: 'incomplete-input' });
    }
  });
  return { values, warnings };
}
