import type { MunicipalityResult } from '../result.js';

/**
 * The n municipalities with the highest and the lowest mean disease weight, like seed 000's two
 * tables. Ties are broken by municipality code so the order is stable.
 */
export function rankMunicipalities(municipalities: readonly MunicipalityResult[], n = 10): { highest: MunicipalityResult[]; lowest: MunicipalityResult[] } {
  const withCitizens = municipalities.filter((m) => m.citizens > 0 && Number.isFinite(m.meanWeight));
  const sorted = [...withCitizens].sort((a, b) => b.meanWeight - a.meanWeight || a.code - b.code);
  return { highest: sorted.slice(0, n), lowest: sorted.slice(-n).reverse() };
}
