import type { GeographyIndex } from '@fordeling/engine';
import { InputError } from '../inputs/input-error.js';
import type { ModelInputs } from '../inputs/model-inputs.js';

/**
 * The citizens' municipality column as indexes into the geography in force. Inputs read with the
 * same geography already are; inputs read without a rule book are mapped here, and a code the
 * geography does not know stops the run with a Danish error (the rows were never checked).
 */
export function alignMunicipalities(inputs: ModelInputs, geography: GeographyIndex): Uint16Array {
  const map = municipalityIndexMap(inputs, geography);
  if (map.every((g, i) => g === i) && map.length === geography.municipalities.length) return inputs.citizens.municipality;
  const column = inputs.citizens.municipality;
  const aligned = new Uint16Array(column.length);
  for (let i = 0; i < column.length; i++) aligned[i] = map[column[i]];
  return aligned;
}

/**
 * Per index of `inputs.municipalityCodes`, the municipality's index in the geography; a code the
 * geography does not know stops the run with a Danish error.
 */
export function municipalityIndexMap(inputs: Pick<ModelInputs, 'municipalityCodes'>, geography: GeographyIndex): number[] {
  const codes = inputs.municipalityCodes;
  const map = codes.map((code) => geography.municipalityIndex(code));
  const unknown = codes.filter((_, i) => map[i] === -1);
  if (unknown.length) {
    throw new InputError(
      unknown.map((code) => ({
        file: 'citizens.csv',
        line: 0,
        column: 0,
        pointer: '/municipality_code',
        message: `kommunekode ${code} findes ikke i geografi-regelsættet i kraft; læs inputmappen med regelsættene, så rækkerne afvises enkeltvis`,
      })),
    );
  }
  return map;
}
