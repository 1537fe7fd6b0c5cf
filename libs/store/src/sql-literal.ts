/**
 * A value as a JSON literal for a statement without parameters (Queryable.exec), e.g. the decisions'
 * batch: `${jsonLiteral(rows)}::jsonb`. Dollar-quoted ($j$…$j$), so no character inside is special —
 * quotes and backslashes included, whatever standard_conforming_strings says — and every `$` of the
 * JSON text is written as the JSON escape \u0024 (a `$` can only occur inside a JSON string), so the
 * text can never contain or complete the closing $j$.
 */
export function jsonLiteral(value: unknown): string {
  return `$j$${JSON.stringify(value ?? null).replaceAll('$', '\\u0024')}$j$`;
}
