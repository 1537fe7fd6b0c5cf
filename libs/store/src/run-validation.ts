import { InvalidInputError } from './errors.js';
import type { ClinicInput, CouncilInput } from './contract/index.js';

type Kind = 'text' | 'integer' | 'number';

const clinicFields: Array<[keyof ClinicInput, Kind, string]> = [
  ['providerNumber', 'text', 'ydernummer'],
  ['name', 'text', 'navn'],
  ['municipality', 'text', 'kommune'],
  ['council', 'text', 'sundhedsråd'],
  ['region', 'text', 'region'],
  ['capacities', 'number', 'kapaciteter'],
  ['listedPatients', 'integer', 'tilmeldte patienter'],
  ['meanWeight', 'number', 'gennemsnitlig vægt'],
  ['advisoryMinimumPerCapacity', 'integer', 'vejledende minimum pr. kapacitet'],
  ['advisoryMinimumTotal', 'number', 'vejledende minimum i alt'],
];

const fits = (value: unknown, kind: Kind): boolean =>
  kind === 'text' ? typeof value === 'string' && value.trim() !== '' : typeof value === 'number' && (kind === 'integer' ? Number.isInteger(value) : Number.isFinite(value));

const kindText: Record<Kind, string> = { text: 'en tekst', integer: 'et helt tal', number: 'et tal' };

/**
 * Checks a run's clinics and councils before anything is written, so a bad row is named (JSON pointer,
 * provider number, field in Danish) instead of surfacing as a database error.
 */
export function validateRunInput(clinics: ClinicInput[], councils: CouncilInput[]): void {
  const seen = new Set<string>();
  clinics.forEach((clinic, index) => {
    for (const [field, kind, label] of clinicFields) {
      if (!fits(clinic[field], kind)) {
        throw new InvalidInputError(
          `Klinik nr. ${index + 1} (ydernummer ${String(clinic.providerNumber ?? '?')}): ${label} skal være ${kindText[kind]}, fik ${JSON.stringify(clinic[field] ?? null)}.`,
          `/clinics/${index}/${field}`,
        );
      }
    }
    if (seen.has(clinic.providerNumber)) {
      throw new InvalidInputError(`Ydernummer ${clinic.providerNumber} forekommer mere end én gang i kørslen.`, `/clinics/${index}/providerNumber`);
    }
    seen.add(clinic.providerNumber);
  });
  councils.forEach((council, index) => {
    if (!fits(council.council, 'text') || !fits(council.region, 'text') || !fits(council.citizens, 'integer') || !fits(council.existingCapacities, 'number')) {
      throw new InvalidInputError(`Sundhedsråd nr. ${index + 1} (${String(council.council ?? '?')}) mangler navn, region, borgere eller eksisterende kapaciteter.`, `/councils/${index}`);
    }
    council.years.forEach((year, y) => {
      if (![year.year, year.totalWeight, year.ceiling, year.freeCapacities].every((v) => fits(v, 'number')) || !Number.isInteger(year.year)) {
        throw new InvalidInputError(`Sundhedsråd ${council.council}: år nr. ${y + 1} skal have år, samlet vægt, loft og ledige kapaciteter som tal.`, `/councils/${index}/years/${y}`);
      }
      if ((year.computedCeiling !== undefined && !fits(year.computedCeiling, 'number')) || (year.fixedCeiling != null && !fits(year.fixedCeiling, 'number'))) {
        throw new InvalidInputError(`Sundhedsråd ${council.council}: år nr. ${y + 1}: loftet beregnet efter modellen og bekendtgørelsens loft skal være tal.`, `/councils/${index}/years/${y}`);
      }
    });
  });
}
