/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** A header cell spanning `span` columns above the column headers (e.g. a year over its figures). */
export interface HeaderGroup {
  label: string;
  span: number;
}

/**
 * A table with a header row; cells are already HTML. `numeric` marks right-aligned columns; `groups`
 * adds a header row above whose cells span several columns.
 */
export function htmlTable(headers: readonly string[], rows: readonly string[][], numeric: readonly number[] = [], className?: string, groups?: readonly HeaderGroup[]): string {
  const cls = (i: number) => (numeric.includes(i) ? ' class="num"' : '');
  const groupRow = groups ? `<tr>${groups.map((g) => `<th${g.span > 1 ? ` colspan="${g.span}" class="group"` : ''}>${escapeHtml(g.label)}</th>`).join('')}</tr>` : '';
  const head = headers.map((h, i) => `<th${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((cell, i) => `<td${cls(i)}>${cell}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead>${groupRow}<tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** SVG numbers: at most 1 decimal, so the markup is stable and small. */
export function svgNumber(value: number): string {
  return String(Math.round(value * 10) / 10);
}
