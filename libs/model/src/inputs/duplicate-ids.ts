/**
 * Rows whose id already appeared on an earlier row: `{ index, first }` pairs, ascending by index.
 * Register extracts are usually sorted by id, so a strictly increasing column is confirmed in one
 * pass; otherwise a native numeric sort of a copy finds the repeated values, and one more pass
 * names the rows that repeat them.
 */
export function findDuplicateIds(ids: Float64Array, count: number): Array<{ index: number; first: number }> {
  let increasing = true;
  for (let i = 1; i < count && increasing; i++) increasing = ids[i] > ids[i - 1];
  if (increasing) return [];
  const sorted = ids.slice(0, count).sort();
  const repeated = new Set<number>();
  for (let k = 1; k < count; k++) if (sorted[k] === sorted[k - 1]) repeated.add(sorted[k]);
  if (repeated.size === 0) return [];
  const firstRow = new Map<number, number>();
  const duplicates: Array<{ index: number; first: number }> = [];
  for (let i = 0; i < count; i++) {
    if (!repeated.has(ids[i])) continue;
    const first = firstRow.get(ids[i]);
    if (first === undefined) firstRow.set(ids[i], i);
    else duplicates.push({ index: i, first });
  }
  return duplicates;
}
