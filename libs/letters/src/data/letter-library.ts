import { draftNotice, formatProblem, geographyRules, type RuleBook, type RuleLibrary, type RuleSetRef } from '@fordeling/engine';
import type { ClinicResult } from '@fordeling/model';

/**
 * What letters read of a rule library, wherever it comes from (the letters batch's rules folder, the
 * API's live library): titles, who has the task on a date, and the book of a model run.
 */

/** A rule set's Danish title (what letters name it by); a version the library lacks is an error. */
export function ruleSetTitles(library: RuleLibrary): (ref: RuleSetRef) => string {
  return (ref) => {
    const found = library.get(ref.id, ref.version);
    if (!found) throw new Error(`Regelsættet ${ref.id} ${ref.version} findes ikke i regelmappen, så brevet kan ikke nævne det ved dets titel.`);
    return found.document.title;
  };
}

/**
 * The region of a council in the geography in force on a date, with that geography's first day —
 * who has the task when a letter takes effect (geography 2027.1: four regions). Undefined where no
 * geography is in force or it lacks the council.
 */
export function regionsOn(library: RuleLibrary): (council: string, date: string) => { name: string; from: string } | undefined {
  return (council, date) => {
    const geography = library.inForceOn('geography', date);
    if (!geography) return undefined;
    const lookup = geographyRules.of(library.bookAt(date));
    const found = lookup.council(council);
    const region = found && lookup.region(found.region);
    return region ? { name: region.name, from: library.periodOf(geography)?.from ?? geography.document.validFrom } : undefined;
  };
}

/**
 * The rule sets a run's letters are computed under: exactly the versions the run used (run.json),
 * plus the others in force on the run's date (timeline). A rule set changed since the run (other
 * hash) is an error: the letters would cite numbers the current rules do not produce.
 */
export function letterBookForRun(library: RuleLibrary, asOf: string, runRefs: readonly RuleSetRef[]): RuleBook {
  const runIds = new Set(runRefs.map((r) => r.id));
  const broken = library.problems.filter((p) => runIds.has(p.file.split('/').at(-2) ?? ''));
  if (broken.length) {
    throw new Error(`Regelsæt kørslen brugte kan ikke indlæses:\n${broken.map(formatProblem).join('\n')}`);
  }
  const book = library.bookAt(asOf, { versions: Object.fromEntries(runRefs.map((r) => [r.id, r.version])) });
  // A letter is an official act: never written under a draft, however the run was computed.
  const notice = draftNotice(book.refs());
  if (notice) throw new Error(`${notice}. Breve dannes kun efter de regler, der gælder; kør »fordeling run« uden udkast.`);
  const changed = runRefs.filter((ref) => book.refs().some((b) => b.id === ref.id && b.hash !== ref.hash));
  if (changed.length) {
    const lines = changed.map((ref) => `  ${ref.id} ${ref.version}: kørslen brugte ${ref.hash}, regelmappen har ${book.refs().find((b) => b.id === ref.id)?.hash}`);
    throw new Error(`Regelsæt er ændret siden modelkørslen; kør »fordeling run« igen:\n${lines.join('\n')}`);
  }
  return book;
}

/** A clinic as the hearing store keeps it (libs/store ClinicRecord); only what clinics.csv has is read. */
export type StoredClinicLike = Omit<ClinicResult, 'municipalityCode' | 'patientsPerCapacity' | 'inBand' | 'island'> & {
  municipalityCode?: number | null;
  island?: string | null;
  patientsPerCapacity?: number;
  inBand?: boolean;
};

/** A stored clinic as a row of clinics.csv; the store keeps the same numbers the run wrote. */
export function clinicResultOf(c: StoredClinicLike): ClinicResult {
  return {
    providerNumber: c.providerNumber, name: c.name, address: c.address, municipalityCode: c.municipalityCode ?? 0,
    municipality: c.municipality, council: c.council, region: c.region, island: c.island ?? null, capacities: c.capacities,
    listedPatients: c.listedPatients, meanWeight: c.meanWeight, advisoryMinimumPerCapacity: c.advisoryMinimumPerCapacity,
    advisoryMinimumTotal: c.advisoryMinimumTotal, patientsPerCapacity: c.patientsPerCapacity ?? c.listedPatients / c.capacities,
    inBand: c.inBand ?? false,
  };
}
