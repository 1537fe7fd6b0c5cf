import type { InputFileReport } from '../result.js';
import type { GeographyIndex } from '@fordeling/engine';
import { readCsvTable } from './csv-table.js';
import type { CouncilInput } from './model-inputs.js';

export const COUNCIL_COLUMNS = {
  council: { name: 'council', label: 'sundhedsråd' },
  existingCapacities: { name: 'existing_capacities', label: 'eksisterende kapaciteter' },
};

export async function readCouncils(path: string, geography: GeographyIndex | undefined): Promise<{ councils: CouncilInput[]; report: InputFileReport }> {
  const C = COUNCIL_COLUMNS;
  const councils: CouncilInput[] = [];
  const lineOf = new Map<string, number>();
  const report = await readCsvTable(path, {
    file: 'councils.csv',
    columns: C,
    onRow(row) {
      const text = row.required('council', C.council)?.trim();
      if (text === undefined) return;
      let council = text;
      if (geography) {
        const index = geography.councilIndex(text);
        if (index === -1) return row.reject('council', C.council, `sundhedsrådet »${text}« findes ikke i geografi-regelsættet i kraft`);
        council = geography.councils[index].name;
      }
      const earlier = lineOf.get(council);
      if (earlier !== undefined) return row.reject('council', C.council, `sundhedsrådet ${council} står allerede på linje ${earlier}`);
      const existingCapacities = row.decimal('existingCapacities', C.existingCapacities, { min: 0 });
      if (existingCapacities === undefined) return;
      lineOf.set(council, row.line);
      councils.push({ council, existingCapacities, line: row.line });
    },
  });
  return { councils, report };
}
