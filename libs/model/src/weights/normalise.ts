/**
 * Scales all weights in place so the national mean equals `mean` (DOMAIN step 2; the weights rule
 * set's `normalisedMean`, 1). Returns the factor applied. An empty population is left as it is.
 */
export function normaliseWeights(weights: Float64Array, mean: number): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i];
  if (weights.length === 0 || total === 0) return 1;
  const factor = (mean * weights.length) / total;
  for (let i = 0; i < weights.length; i++) weights[i] *= factor;
  return factor;
}
