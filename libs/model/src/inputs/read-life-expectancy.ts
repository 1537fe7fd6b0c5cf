import type { InputFileReport } from '../result.js';
import { readCsvTable } from './csv-table.js';
import type { LifeExpectancyInput } from './model-inputs.js';
import { UNKNOWN_MUNICIPALITY, type MunicipalityLookup } from './municipality-lookup.js';

export const LIFE_EXPECTANCY_COLUMNS = {
  municipalityCode: { name: 'municipality_code', label: 'kommunekode' },
  lifeExpectancy: { name: 'life_expectancy', label: 'middellevetid' },
  lostLifeYearsPer1000: { name: 'lost_life_years_per_1000', label: 'tabte leveår pr. 1.000 borgere' },
};

export async function readLifeExpectancy(path: string, municipalities: MunicipalityLookup): Promise<{ lifeExpectancy: LifeExpectancyInput[]; report: InputFileReport }> {
  const C = LIFE_EXPECTANCY_COLUMNS;
  const lifeExpectancy: LifeExpectancyInput[] = [];
  const lineOf = new Map<number, number>();
  const report = await readCsvTable(path, {
    file: 'life_expectancy.csv',
    columns: C,
    onRow(row) {
      const municipalityCode = row.whole('municipalityCode', C.municipalityCode, 0, 9999);
      if (municipalityCode === undefined) return;
      if (municipalities.index(municipalityCode) === -1) return row.reject('municipalityCode', C.municipalityCode, UNKNOWN_MUNICIPALITY(municipalityCode));
      const earlier = lineOf.get(municipalityCode);
      if (earlier !== undefined) return row.reject('municipalityCode', C.municipalityCode, `kommunekode ${municipalityCode} står allerede på linje ${earlier}`);
      const life = row.decimal('lifeExpectancy', C.lifeExpectancy, { min: 0, exclusiveMin: true, max: 130 });
      if (life === undefined) return;
      const lost = row.decimal('lostLifeYearsPer1000', C.lostLifeYearsPer1000, { min: 0 });
      if (lost === undefined) return;
      lineOf.set(municipalityCode, row.line);
      lifeExpectancy.push({ municipalityCode, lifeExpectancy: life, lostLifeYearsPer1000: lost, line: row.line });
    },
  });
  return { lifeExpectancy, report };
}
