// RFC 4180 fields of one CSV record. Most lines have no quotes, so the fast path is a plain split;
// quoted fields (clinic names and addresses may hold commas or quotes) take the slow path.

/** Splits one record into its fields; `""` inside a quoted field is one quote. */
export function splitCsvRecord(record: string): string[] {
  if (!record.includes('"')) return record.split(',');
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < record.length; i++) {
    const ch = record[i];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (record[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** True while a record has an open quoted field, i.e. a line break inside quotes continues it. */
export function hasOpenQuote(record: string): boolean {
  let count = 0;
  for (let i = record.indexOf('"'); i !== -1; i = record.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/** 1-based character column where field `fieldIndex` (0-based) starts in the raw record. */
export function fieldColumn(record: string, fieldIndex: number): number {
  let quoted = false;
  let field = 0;
  for (let i = 0; i < record.length && field < fieldIndex; i++) {
    const ch = record[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      field++;
      if (field === fieldIndex) return i + 2;
    }
  }
  return fieldIndex === 0 ? 1 : 0;
}
