import type { InputFileReport } from '../result.js';
import type { LifeExpectancyInput } from './model-inputs.js';
import type { MunicipalityLookup } from './municipality-lookup.js';
import { MUNICIPALITY_CODE_COLUMN, readMunicipalityTable } from './read-municipality-table.js';

export const LIFE_EXPECTANCY_COLUMNS = {
  municipalityCode: MUNICIPALITY_CODE_COLUMN,
  lifeExpectancy: { name: 'life_expectancy', label: 'middellevetid' },
  lostLifeYearsPer1000: { name: 'lost_life_years_per_1000', label: 'tabte leveår pr. 1.000 borgere' },
};

export async function readLifeExpectancy(path: string, municipalities: MunicipalityLookup): Promise<{ lifeExpectancy: LifeExpectancyInput[]; report: InputFileReport }> {
  const C = LIFE_EXPECTANCY_COLUMNS;
  const { rows, report } = await readMunicipalityTable(path, {
    file: 'life_expectancy.csv',
    columns: C,
    municipalities,
    values(row) {
      const lifeExpectancy = row.decimal('lifeExpectancy', C.lifeExpectancy, { min: 0, exclusiveMin: true, max: 130 });
      if (lifeExpectancy === undefined) return undefined;
      const lostLifeYearsPer1000 = row.decimal('lostLifeYearsPer1000', C.lostLifeYearsPer1000, { min: 0 });
      if (lostLifeYearsPer1000 === undefined) return undefined;
      return { lifeExpectancy, lostLifeYearsPer1000 };
    },
  });
  return { lifeExpectancy: rows, report };
}
