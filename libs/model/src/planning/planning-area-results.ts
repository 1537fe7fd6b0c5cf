// Regional planning areas below a council (the planning-areas rule set: Region Hovedstaden's districts
// of København): each area's clinics, capacities, listed patients and mean weight, with the mean
// advisory minimum weighted as the municipalities' (aggregate/area-results.ts). A clinic in a planned
// municipality whose address fits no area is counted apart, so the totals reconcile.
import type { PlanningAreasCompiled } from '@fordeling/engine';
import type { PlanningAreaResult } from '../result.js';

/** What an area needs of a clinic: the model's ClinicResult and the store's clinic both have it. */
export interface PlannedClinic {
  municipalityCode: number | null;
  address: string;
  capacities: number;
  listedPatients: number;
  meanWeight: number;
  advisoryMinimumPerCapacity: number;
}

export function planningAreaResults(clinics: readonly PlannedClinic[], areas: PlanningAreasCompiled): PlanningAreaResult[] {
  const planned = new Set(areas.areas.map((a) => a.municipality));
  const rows = new Map<string, PlanningAreaResult & { weight: number; weighted: number }>();
  const rowOf = (id: string, name: string, region: string, council: string, municipality: number) => {
    let row = rows.get(id);
    if (!row) rows.set(id, (row = { id, name, region, council, municipality, clinics: 0, capacities: 0, listedPatients: 0, meanWeight: null, meanAdvisoryMinimum: null, weight: 0, weighted: 0 }));
    return row;
  };
  for (const area of areas.areas) rowOf(area.id, area.name, area.region, area.council, area.municipality);
  for (const clinic of clinics) {
    if (clinic.municipalityCode === null || !planned.has(clinic.municipalityCode)) continue;
    const area = areas.areaOfClinic(clinic.municipalityCode, clinic.address);
    const first = areas.areas.find((a) => a.municipality === clinic.municipalityCode)!;
    const row = area
      ? rows.get(area.id)!
      : rowOf(`uden-omraade-${clinic.municipalityCode}`, 'Uden planlægningsområde (adressen passer ikke til et område)', first.region, first.council, clinic.municipalityCode);
    row.clinics++;
    row.capacities += clinic.capacities;
    row.listedPatients += clinic.listedPatients;
    if (Number.isFinite(clinic.advisoryMinimumPerCapacity) && clinic.listedPatients > 0) {
      const weight = clinic.meanWeight * clinic.listedPatients;
      row.weight += weight;
      row.weighted += weight * clinic.advisoryMinimumPerCapacity;
    }
  }
  return [...rows.values()].map(({ weight, weighted, ...row }) => ({
    ...row,
    meanWeight: row.listedPatients > 0 && weight > 0 ? weight / row.listedPatients : null,
    meanAdvisoryMinimum: weight > 0 ? weighted / weight : null,
  }));
}
