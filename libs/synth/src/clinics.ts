import { spreadFor, type NeighbourhoodSpread } from './calibration.js';
import type { SynthIsland, SynthMunicipality } from './geography-source.js';
import type { MunicipalityNeed } from './deprivation.js';
import { cumulate, normal, pickCumulative, streamFor } from './prng.js';

/** A synthetic clinic (one provider number). */
export interface SynthClinic {
  providerNumber: string;
  name: string;
  address: string;
  municipalityCode: number;
  island: string;
  capacities: number;
  /** How strongly it attracts the municipality's citizens (capacities; island clinics far less). */
  pull: number;
  /**
   * The clinic's neighbourhood relative to its municipality, in deprivation units: patients of the
   * same municipality differ from clinic to clinic, so about 80 % of the advisory minimums fall in
   * the 1,150–2,000 band (seed 000), not all of them. A small island's clinic serves the island as
   * a whole: no offset.
   */
  neighbourhood: number;
  listedPatients: number;
}

/** Listed patients per capacity today (seed 001: ≈ 1,650; a little above, so the country has ≈ 3,500 capacities). */
const PATIENTS_PER_CAPACITY = 1680;
/** Share of citizens listed with a clinic (see citizens-file.ts: 96 % own municipality + 2 % council). */
const LISTED_SHARE = 0.98;
/** Clinic sizes in capacities and their shares: mean ≈ 2 (seed 001: ≈ 1,700 clinics, ≈ 3,500 capacities). */
const SIZES = [1, 1.5, 2, 3, 4, 5, 6];
const SIZE_SHARES = cumulate([0.4, 0.03, 0.28, 0.15, 0.08, 0.04, 0.02]);
/** A clinic on a small island serves a few hundred islanders, not a share of the whole municipality. */
const ISLAND_PULL = 0.15;
/** Standard deviation of a clinic's neighbourhood offset (deprivation units; 1 ≈ +0.45 in mean weight), unless calibrated. */
export const NEIGHBOURHOOD_SPREAD: NeighbourhoodSpread = { base: 0.45, populationExponent: 0 };

export interface ClinicPlan {
  seed: number;
  /** Standard deviation of the clinics' neighbourhood offsets, by the municipality's population. */
  neighbourhoodSpread: NeighbourhoodSpread;
  /** Council name → the capacities its clinics add up to (calibration.ts), where a figure fixes it. */
  councilCapacities: ReadonlyMap<string, number>;
}

/**
 * København's postal districts, one per district the region plans by (planning-areas rule set): a
 * clinic there gets one in its address, in turn, so the districts have clinics without a random draw.
 */
const COPENHAGEN = { code: 101, postal: ['1050 København K', '1620 København V', '2100 København Ø', '2200 København N', '2300 København S', '2400 København NV', '2450 København SV', '2500 Valby', '2700 Brønshøj', '2720 Vanløse'] };

const STREETS = ['Algade', 'Østergade', 'Vestergade', 'Nørregade', 'Søndergade', 'Torvet', 'Stationsvej', 'Skolevej', 'Kirkevej', 'Havnegade', 'Bygaden', 'Møllevej', 'Lindevej', 'Strandvejen', 'Parkvej', 'Jernbanegade'];
const SURNAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen'];

/** Capacities per municipality (without small islands' clinics): ≈ listed citizens / 1,680, fewer where need is high. */
function municipalityCapacities(
  municipalities: SynthMunicipality[],
  populations: Map<number, number>,
  needs: Map<number, MunicipalityNeed>,
  islands: SynthIsland[],
  councilCapacities: ReadonlyMap<string, number>,
): Map<number, number> {
  const aim = (m: SynthMunicipality) => ((populations.get(m.code)! * LISTED_SHARE) / PATIENTS_PER_CAPACITY) * Math.exp(-0.35 * (needs.get(m.code)!.targetWeight - 1));
  const halves = (x: number) => Math.max(1, Math.round(x * 2) / 2);
  const result = new Map(municipalities.map((m) => [m.code, halves(aim(m))]));
  for (const [council, total] of councilCapacities) {
    const members = municipalities.filter((m) => m.council === council);
    if (members.length === 0) continue;
    // Small islands' clinics have one capacity each and are part of the council's total.
    const islandClinics = islands.filter((i) => !i.wholeMunicipality && members.some((m) => m.code === i.municipalityCode)).length;
    const wanted = total - islandClinics;
    const factor = wanted / members.reduce((sum, m) => sum + aim(m), 0);
    for (const m of members) result.set(m.code, halves(aim(m) * factor));
    // What rounding to halves left over goes to the largest municipality, so the total is exact.
    const largest = members.reduce((a, b) => (result.get(b.code)! > result.get(a.code)! ? b : a));
    const rest = wanted - members.reduce((sum, m) => sum + result.get(m.code)!, 0);
    result.set(largest.code, Math.max(1, result.get(largest.code)! + rest));
  }
  return result;
}

/**
 * Clinics per municipality: capacities ≈ listed citizens / 1,680, fewer where deprivation is high
 * (the shortage the model is to correct) or as many as a council's calibrated total, split into
 * clinics of 1–6 capacities; at least one clinic per municipality, every whole-municipality island's
 * clinics carry the island, and every other island gets one small clinic of its own. Each
 * municipality draws from its own stream.
 */
export function generateClinics(
  municipalities: SynthMunicipality[],
  populations: Map<number, number>,
  needs: Map<number, MunicipalityNeed>,
  islands: SynthIsland[],
  plan: ClinicPlan,
): SynthClinic[] {
  const clinics: SynthClinic[] = [];
  const capacitiesOf = municipalityCapacities(municipalities, populations, needs, islands, plan.councilCapacities);
  for (const m of municipalities) {
    const random = streamFor(plan.seed, 'clinics', m.code);
    // The whole municipality's population (not the scaled one): the same neighbourhoods at any scale.
    const spread = spreadFor(plan.neighbourhoodSpread, m.approxPopulation);
    const add = (capacities: number, island: string, smallIsland: boolean) => {
      const providerNumber = String(100001 + clinics.length);
      const street = STREETS[Math.floor(random() * STREETS.length)];
      const houseNumber = 1 + Math.floor(random() * 120);
      const name = capacities >= 2 ? `Lægehuset ${street} ${houseNumber}` : `Læge ${SURNAMES[Math.floor(random() * SURNAMES.length)]}`;
      const postal = m.code === COPENHAGEN.code ? `, ${COPENHAGEN.postal[clinics.length % COPENHAGEN.postal.length]}` : '';
      clinics.push({
        providerNumber,
        name: smallIsland ? `${name} (${island})` : name,
        address: `${street} ${houseNumber}${postal}`,
        municipalityCode: m.code,
        island,
        capacities,
        pull: smallIsland ? ISLAND_PULL : capacities,
        neighbourhood: smallIsland ? 0 : spread * normal(random),
        listedPatients: 0,
      });
    };
    const whole = islands.find((i) => i.municipalityCode === m.code && i.wholeMunicipality);
    let remaining = capacitiesOf.get(m.code)!;
    while (remaining > 0) {
      const size = Math.min(SIZES[pickCumulative(SIZE_SHARES, random)], remaining);
      add(size, whole?.name ?? '', false);
      remaining -= size;
    }
    for (const island of islands) if (island.municipalityCode === m.code && !island.wholeMunicipality) add(1, island.name, true);
    centreNeighbourhoods(clinics.filter((c) => c.municipalityCode === m.code));
  }
  return clinics;
}

/** Offsets average to zero over a municipality's patients, so its mean stays its own deprivation. */
function centreNeighbourhoods(clinics: SynthClinic[]): void {
  const pull = clinics.reduce((sum, c) => sum + c.pull, 0);
  const mean = clinics.reduce((sum, c) => sum + c.pull * c.neighbourhood, 0) / pull;
  for (const c of clinics) c.neighbourhood -= mean;
}
