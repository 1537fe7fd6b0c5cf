import { draftNotice, formatDate } from '@fordeling/engine';
import type { ModelResult } from '../result.js';
import { partialNotice } from '../run/incomplete-inputs.js';
import { csvHeader, csvLine, type CsvColumn, type CsvDialect } from './csv-format.js';

const PROVENANCE_COLUMNS: CsvColumn[] = [
  { name: 'what', label: 'hvad' },
  { name: 'name', label: 'navn' },
  { name: 'version', label: 'version' },
  { name: 'hash', label: 'kontrolsum' },
  { name: 'rows_read', label: 'rækker læst' },
  { name: 'accepted', label: 'accepteret' },
  { name: 'rejected', label: 'afvist' },
];

/**
 * What produced the numbers beside it: the as-of date, the notices every output of such a run
 * carries (synthetic data, a draft, a partial run), each rule-set version with its hash and each
 * input file with its hash and counts — so a spreadsheet that travels without run.json still says
 * where its numbers came from.
 */
export function provenanceCsv(result: ModelResult, dialect: CsvDialect): string {
  // Every field here is text or a whole number: no decimal comma, or »2025.1« would read »2025,1«.
  const text = { ...dialect, danish: false };
  const notices = [
    result.synthetic ? 'SYNTETISKE DATA' : undefined,
    draftNotice(result.ruleSets),
    partialNotice(result),
  ].filter((n): n is string => n !== undefined);
  const rows = [
    csvLine(['Skæringsdato', formatDate(result.asOf), '', '', '', '', ''], text),
    ...notices.map((notice) => csvLine(['Bemærk', notice, '', '', '', '', ''], text)),
    ...result.ruleSets.map((r) => csvLine(['Regelsæt', r.id, r.version, r.hash, '', '', ''], text)),
    ...result.inputs.map((i) => csvLine(['Inddata', i.file, '', i.sha256, String(i.rowsRead), String(i.accepted), String(i.rejected)], text)),
  ];
  return csvHeader(PROVENANCE_COLUMNS, dialect) + rows.join('');
}
