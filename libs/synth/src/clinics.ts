import type { SynthIsland, SynthMunicipality } from './geography-source.js';
import type { MunicipalityNeed } from './deprivation.js';
import { cumulate, normal, pickCumulative, type Random } from './prng.js';

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
/** Standard deviation of a clinic's neighbourhood offset (deprivation units; 1 ≈ +0.45 in mean weight). */
const NEIGHBOURHOOD_SPREAD = 0.45;

const STREETS = ['Algade', 'Østergade', 'Vestergade', 'Nørregade', 'Søndergade', 'Torvet', 'Stationsvej', 'Skolevej', 'Kirkevej', 'Havnegade', 'Bygaden', 'Møllevej', 'Lindevej', 'Strandvejen', 'Parkvej', 'Jernbanegade'];
const SURNAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Poulsen'];

/**
 * Clinics per municipality: capacities ≈ listed citizens / 1,680, fewer where deprivation is high
 * (the shortage the model is to correct), split into clinics of 1–6 capacities; at least one clinic
 * per municipality, every whole-municipality island's clinics carry the island, and every other
 * island gets one small clinic of its own.
 */
export function generateClinics(
  municipalities: SynthMunicipality[],
  populations: Map<number, number>,
  needs: Map<number, MunicipalityNeed>,
  islands: SynthIsland[],
  random: Random,
): SynthClinic[] {
  const clinics: SynthClinic[] = [];
  const add = (m: SynthMunicipality, capacities: number, island: string, smallIsland: boolean) => {
    const providerNumber = String(100001 + clinics.length);
    const street = STREETS[Math.floor(random() * STREETS.length)];
    const houseNumber = 1 + Math.floor(random() * 120);
    const name = capacities >= 2 ? `Lægehuset ${street} ${houseNumber}` : `Læge ${SURNAMES[Math.floor(random() * SURNAMES.length)]}`;
    clinics.push({
      providerNumber,
      name: smallIsland ? `${name} (${island})` : name,
      address: `${street} ${houseNumber}`,
      municipalityCode: m.code,
      island,
      capacities,
      pull: smallIsland ? ISLAND_PULL : capacities,
      neighbourhood: smallIsland ? 0 : NEIGHBOURHOOD_SPREAD * normal(random),
      listedPatients: 0,
    });
  };
  for (const m of municipalities) {
    const whole = islands.find((i) => i.municipalityCode === m.code && i.wholeMunicipality);
    const target = ((populations.get(m.code)! * LISTED_SHARE) / PATIENTS_PER_CAPACITY) * Math.exp(-0.35 * (needs.get(m.code)!.targetWeight - 1));
    let remaining = Math.max(1, Math.round(target * 2) / 2);
    while (remaining > 0) {
      const size = Math.min(SIZES[pickCumulative(SIZE_SHARES, random)], remaining);
      add(m, size, whole?.name ?? '', false);
      remaining -= size;
    }
    for (const island of islands) if (island.municipalityCode === m.code && !island.wholeMunicipality) add(m, 1, island.name, true);
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
