import type { InputFileReport } from '../result.js';
import type { ProjectionInput } from './model-inputs.js';
import type { MunicipalityLookup } from './municipality-lookup.js';
import { MUNICIPALITY_CODE_COLUMN, readMunicipalityTable } from './read-municipality-table.js';

export const PROJECTION_COLUMNS = {
  municipalityCode: MUNICIPALITY_CODE_COLUMN,
  growthPct: { name: 'growth_pct', label: 'befolkningstilvækst i %' },
};

export async function readProjection(path: string, municipalities: MunicipalityLookup): Promise<{ projection: ProjectionInput[]; report: InputFileReport }> {
  const C = PROJECTION_COLUMNS;
  const { rows, report } = await readMunicipalityTable(path, {
    file: 'projection.csv',
    columns: C,
    municipalities,
    // A population cannot shrink by 100 % or more in a year.
    values: (row) => {
      const growthPct = row.decimal('growthPct', C.growthPct, { min: -100, exclusiveMin: true, max: 100 });
      return growthPct === undefined ? undefined : { growthPct };
    },
  });
  return { projection: rows, report };
}
