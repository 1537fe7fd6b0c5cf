import {
  buildAfgoerelse,
  buildHoering,
  buildKapacitet,
  buildVejledende,
  LetterDataError,
  type DecidedRequest,
  type LetterContext,
  type LetterJob,
  type LetterKind,
  type MinimumCase,
  type RegionDirectory,
} from '@fordeling/letters';
import type { ClinicResult } from '@fordeling/model';

export interface JobSelection {
  kind: LetterKind;
  clinics: ClinicResult[];
  context: LetterContext;
  regions: RegionDirectory;
  region?: string;
  providerNumber?: string;
  cases?: Map<string, MinimumCase>;
  decisions?: DecidedRequest[];
}

/** The letters to produce: every clinic of the region (or one clinic), or every decided request for kapacitet. */
export function selectJobs(selection: JobSelection): LetterJob[] {
  const { kind, context, cases } = selection;
  const wantedRegion = selection.region ? selection.regions.find(selection.region)?.id ?? selection.region : undefined;
  const inRegion = (region: string) => !wantedRegion || (selection.regions.find(region)?.id ?? region) === wantedRegion;
  const wanted = (providerNumber: string, region: string) =>
    (!selection.providerNumber || providerNumber === selection.providerNumber) && inRegion(region);

  if (kind === 'kapacitet') {
    const byProvider = new Map(selection.clinics.map((c) => [c.providerNumber, c]));
    const seen = new Set<string>();
    return (selection.decisions ?? [])
      .map((item) => {
        const providerNumber = item.request.clinic.providerNumber;
        const clinic = byProvider.get(providerNumber);
        const region = clinic?.region ?? context.councilRegions?.get(item.request.council) ?? '';
        return { item, clinic, providerNumber, region };
      })
      .filter((j) => wanted(j.providerNumber, j.region))
      .map(({ item, clinic, providerNumber, region }) => {
        // One letter per clinic and batch: the index and the file name are keyed by provider number.
        const duplicate = seen.has(providerNumber);
        seen.add(providerNumber);
        return {
          kind, providerNumber, region,
          clinic: clinic?.name ?? item.clinic?.name ?? '',
          build: () => {
            if (duplicate) throw new LetterDataError('der er flere afgørelser for ydernummeret i filen; kun den første er dannet (kør de øvrige i en anden mappe)');
            return buildKapacitet(context, item, clinic);
          },
        };
      });
  }
  const build = { vejledende: buildVejledende, hoering: buildHoering, afgoerelse: buildAfgoerelse }[kind];
  return selection.clinics
    .filter((c) => wanted(c.providerNumber, c.region))
    .map((clinic) => ({
      kind, providerNumber: clinic.providerNumber, clinic: clinic.name, region: clinic.region,
      build: () => build(context, clinic, cases?.get(clinic.providerNumber)),
    }));
}
