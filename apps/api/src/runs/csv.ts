/**
 * A small RFC 4180 reader for the model's own output files (comma, double-quote escaping, header
 * row). Returns one record per data row keyed by the header, with its 1-based line number.
 */
export function parseCsv(text: string): Array<{ line: number; values: Record<string, string> }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let field = '';
  let fields: string[] = [];
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      fields.push(field);
      rows.push({ line: rowLine, fields });
      fields = [];
      field = '';
      line++;
      rowLine = line;
    } else field += ch;
  }
  if (field !== '' || fields.length > 0) {
    fields.push(field);
    rows.push({ line: rowLine, fields });
  }
  const nonEmpty = rows.filter((r) => !(r.fields.length === 1 && r.fields[0] === ''));
  const [header, ...data] = nonEmpty;
  if (!header) return [];
  return data.map((r) => ({ line: r.line, values: Object.fromEntries(header.fields.map((name, i) => [name.trim(), r.fields[i] ?? ''])) }));
}
