import type { InputFileReport } from '../result.js';
import { readCsvTable } from './csv-table.js';
import type { ProjectionInput } from './model-inputs.js';
import { UNKNOWN_MUNICIPALITY, type MunicipalityLookup } from './municipality-lookup.js';

export const PROJECTION_COLUMNS = {
  municipalityCode: { name: 'municipality_code', label: 'kommunekode' },
  growthPct: { name: 'growth_pct', label: 'befolkningstilvækst i %' },
};

export async function readProjection(path: string, municipalities: MunicipalityLookup): Promise<{ projection: ProjectionInput[]; report: InputFileReport }> {
  const C = PROJECTION_COLUMNS;
  const projection: ProjectionInput[] = [];
  const lineOf = new Map<number, number>();
  const report = await readCsvTable(path, {
    file: 'projection.csv',
    columns: C,
    onRow(row) {
      const municipalityCode = row.whole('municipalityCode', C.municipalityCode, 0, 9999);
      if (municipalityCode === undefined) return;
      if (municipalities.index(municipalityCode) === -1) return row.reject('municipalityCode', C.municipalityCode, UNKNOWN_MUNICIPALITY(municipalityCode));
      const earlier = lineOf.get(municipalityCode);
      if (earlier !== undefined) return row.reject('municipalityCode', C.municipalityCode, `kommunekode ${municipalityCode} står allerede på linje ${earlier}`);
      // A population cannot shrink by 100 % or more in a year.
      const growthPct = row.decimal('growthPct', C.growthPct, { min: -100, exclusiveMin: true, max: 100 });
      if (growthPct === undefined) return;
      lineOf.set(municipalityCode, row.line);
      projection.push({ municipalityCode, growthPct, line: row.line });
    },
  });
  return { projection, report };
}
