import type { ContentIssue } from '../../contract/kind.js';

/**
 * One issue per row whose key repeats an earlier row's key, pointing at the repeated key.
 * `keyOf` may normalise (e.g. lower-case names) so "Aarhus" and "aarhus" count as the same.
 */
export function duplicateIssues<T>(
  rows: readonly T[],
  basePointer: string,
  field: string,
  keyOf: (row: T) => unknown,
  describe: (row: T) => string,
): ContentIssue[] {
  const seen = new Map<unknown, number>();
  const issues: ContentIssue[] = [];
  rows.forEach((row, index) => {
    const key = keyOf(row);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, index);
      return;
    }
    issues.push({
      pointer: `${basePointer}/${index}/${field}`,
      message: `${describe(row)} findes allerede i række ${first + 1}; hver værdi må kun optræde én gang.`,
    });
  });
  return issues;
}
