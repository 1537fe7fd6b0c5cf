/** Citizens and total weight per group, in one pass; a negative group (e.g. no clinic) is skipped. */
export interface GroupTotals {
  citizens: Float64Array;
  weight: Float64Array;
}

export function sumByGroup(group: ArrayLike<number>, weights: Float64Array, groupCount: number): GroupTotals {
  const citizens = new Float64Array(groupCount);
  const weight = new Float64Array(groupCount);
  for (let i = 0; i < weights.length; i++) {
    const g = group[i];
    if (g < 0) continue;
    citizens[g]++;
    weight[g] += weights[i];
  }
  return { citizens, weight };
}

/** Rolls group totals up one level (municipality → council → region) via `parent[g]`. */
export function rollUp(totals: GroupTotals, parent: ArrayLike<number>, parentCount: number): GroupTotals {
  const citizens = new Float64Array(parentCount);
  const weight = new Float64Array(parentCount);
  for (let g = 0; g < totals.citizens.length; g++) {
    citizens[parent[g]] += totals.citizens[g];
    weight[parent[g]] += totals.weight[g];
  }
  return { citizens, weight };
}

/** Total / citizens, or 0 for a group without citizens. */
export function meanOf(totals: GroupTotals, g: number): number {
  return totals.citizens[g] > 0 ? totals.weight[g] / totals.citizens[g] : 0;
}
