// Life-expectancy correction (seed 000, box 1; DOMAIN step 3). History under-treats areas short of
// doctors, so after normalisation a share s of the total need is redistributed across the areas of a
// level in proportion to their lost life years:
//   factor_a = (1 − s) + s · Total · L_a / (ΣL · W_a)
// where W_a is the area's total weight and L_a = Σ lost_life_years_per_1000 × citizens / 1000 over
// its municipalities. Every citizen in area a is multiplied by factor_a, so the new area total is
// (1 − s)·W_a + s·Total·L_a/ΣL and the national total is unchanged. Levels apply in order.

export interface CorrectionLevelInput {
  level: 'council' | 'municipality';
  share: number;
  /** Area index of each municipality (identity for the municipality level). */
  areaOfMunicipality: ArrayLike<number>;
  areaCount: number;
}

export interface CorrectionLevelResult {
  level: 'council' | 'municipality';
  share: number;
  /** factor_a per area index. */
  factors: Float64Array;
}

export interface CorrectionResult {
  levels: CorrectionLevelResult[];
  /** Product of the level factors per municipality index — what each citizen is multiplied by. */
  municipalityFactor: Float64Array;
}

/**
 * Computes the factors from municipality totals (weights after normalisation, citizens, lost life
 * years per 1,000) without touching the citizens; `applyCorrection` multiplies them in.
 */
export function lifeExpectancyFactors(
  municipalityWeight: ArrayLike<number>,
  municipalityCitizens: ArrayLike<number>,
  lostLifeYearsPer1000: ArrayLike<number>,
  levels: CorrectionLevelInput[],
): CorrectionResult {
  const m = municipalityWeight.length;
  const weight = Float64Array.from(municipalityWeight);
  const municipalityFactor = new Float64Array(m).fill(1);
  const results: CorrectionLevelResult[] = [];
  for (const { level, share, areaOfMunicipality, areaCount } of levels) {
    const areaWeight = new Float64Array(areaCount);
    const lost = new Float64Array(areaCount);
    for (let i = 0; i < m; i++) {
      areaWeight[areaOfMunicipality[i]] += weight[i];
      lost[areaOfMunicipality[i]] += (lostLifeYearsPer1000[i] * municipalityCitizens[i]) / 1000;
    }
    const total = sum(areaWeight);
    const totalLost = sum(lost);
    const factors = new Float64Array(areaCount).fill(1);
    if (totalLost > 0 && share !== 0) {
      for (let a = 0; a < areaCount; a++) {
        // An area without weight has no citizens and, so, no lost life years to attract need.
        if (areaWeight[a] > 0) factors[a] = 1 - share + (share * total * lost[a]) / (totalLost * areaWeight[a]);
      }
    }
    for (let i = 0; i < m; i++) {
      const f = factors[areaOfMunicipality[i]];
      weight[i] *= f;
      municipalityFactor[i] *= f;
    }
    results.push({ level, share, factors });
  }
  return { levels: results, municipalityFactor };
}

/** Multiplies every citizen's weight by its municipality's combined correction factor. */
export function applyCorrection(weights: Float64Array, municipality: ArrayLike<number>, municipalityFactor: Float64Array): void {
  for (let i = 0; i < weights.length; i++) weights[i] *= municipalityFactor[municipality[i]];
}

function sum(values: Float64Array): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) total += values[i];
  return total;
}
