/**
 * Scales all weights in place so the national mean equals `mean` (DOMAIN step 2; the weights rule
 * set's `normalisedMean`, 1). Returns the factor applied. An empty population is left as it is.
 */
export function normaliseWeights(weights: Float64Array, mean: number): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  const factor = normalisationFactor(total, weights.length, mean);
  if (factor === 1) return 1;
  for (let i = 0; i < weights.length; i++) weights[i] *= factor;
  return factor;
}

/** The factor that brings `count` weights summing to `total` to the mean `mean` (1 for none, or a zero total). */
export function normalisationFactor(total: number, count: number, mean: number): number {
  if (count === 0 || total === 0) return 1;
  return (mean * count) / total;
}
