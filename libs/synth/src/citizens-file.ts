import { AsciiRowWriter } from './ascii-row-writer.js';
import type { SynthClinic } from './clinics.js';
import type { MunicipalityNeed } from './deprivation.js';
import type { SynthMunicipality } from './geography-source.js';
import { CIVIL_STATUSES, drawCitizen, EDUCATIONS, populationProfile, SEX_CODES, type PopulationProfile } from './population-profile.js';
import { cumulate, pickCumulative, streamFor, type Random } from './prng.js';

export const CITIZENS_HEADER = 'id,sex,age,municipality_code,provider_number,somatic_diseases,psychiatric_disease,civil_status,menapt,education,parents_education,outside_labour_market';

/** Of the citizens of a municipality: listed with a clinic of their own municipality, of a neighbour in the council, or not listed. */
const OWN_MUNICIPALITY = 0.96;
const SAME_COUNCIL = 0.02;
const PROGRESS_EVERY = 65536;

/** A clinic as the citizen loop needs it: its patients' profile and its provider number's bytes. */
interface ClinicSlot {
  clinic: SynthClinic;
  providerNumber: Uint8Array;
  /** Profile of the clinic's own neighbourhood (patients from its municipality). */
  profile: PopulationProfile;
}

interface ClinicPool {
  slots: ClinicSlot[];
  cumulative: Float64Array;
}

export interface CitizensPlan {
  municipalities: SynthMunicipality[];
  populations: Map<number, number>;
  needs: Map<number, MunicipalityNeed>;
  clinics: SynthClinic[];
  /** Each municipality's citizens are drawn from a stream of their own (prng.ts streamFor). */
  seed: number;
  onProgress?: (done: number, total: number) => void;
}

/**
 * citizens.csv: municipality by municipality, each citizen listed with a clinic (mostly of their own
 * municipality, drawn from that clinic's neighbourhood) or with none; counts each clinic's patients.
 */
export async function writeCitizens(path: string, plan: CitizensPlan): Promise<number> {
  const { municipalities, populations, needs, clinics, seed } = plan;
  const total = [...populations.values()].reduce((a, b) => a + b, 0);
  const councilOf = new Map(municipalities.map((m) => [m.code, m.council]));
  const deprivationOf = (c: SynthClinic) => Math.max(-1.5, Math.min(1.5, needs.get(c.municipalityCode)!.deprivation + c.neighbourhood));
  const slots = clinics.map((clinic) => ({ clinic, providerNumber: AsciiRowWriter.token(clinic.providerNumber), profile: populationProfile(clinic.municipalityCode, deprivationOf(clinic)) }));
  const byMunicipality = pools(slots, (s) => String(s.clinic.municipalityCode));
  const byCouncil = pools(slots, (s) => councilOf.get(s.clinic.municipalityCode)!);
  const sexes = SEX_CODES.map(AsciiRowWriter.token);
  const civil = CIVIL_STATUSES.map(AsciiRowWriter.token);
  const educations = EDUCATIONS.map(AsciiRowWriter.token);

  const out = await AsciiRowWriter.create(path);
  out.text(AsciiRowWriter.token(CITIZENS_HEADER));
  out.endRow();
  let id = 0;
  for (const m of municipalities) {
    const home = populationProfile(m.code, needs.get(m.code)!.deprivation);
    const own = byMunicipality.get(String(m.code))!;
    const council = byCouncil.get(m.council)!;
    const code = AsciiRowWriter.token(String(m.code));
    const n = populations.get(m.code)!;
    const random = streamFor(seed, 'citizens', m.code);
    for (let i = 0; i < n; i++) {
      const u = random();
      const slot = u < OWN_MUNICIPALITY ? pick(own, random) : u < OWN_MUNICIPALITY + SAME_COUNCIL ? pick(council, random) : null;
      // A patient of a clinic in another municipality still lives in (and looks like) their own.
      const c = drawCitizen(slot && slot.clinic.municipalityCode === m.code ? slot.profile : home, random);
      id++;
      out.int(id);
      out.comma();
      out.text(sexes[c.sex]);
      out.comma();
      out.int(c.age);
      out.comma();
      out.text(code);
      out.comma();
      if (slot) {
        slot.clinic.listedPatients++;
        out.text(slot.providerNumber);
      }
      out.comma();
      out.int(c.somaticDiseases);
      out.comma();
      out.int(c.psychiatricDisease);
      out.comma();
      out.text(civil[c.civilStatus]);
      out.comma();
      out.int(c.menapt);
      out.comma();
      out.text(educations[c.education]);
      out.comma();
      out.text(educations[c.parentsEducation]);
      out.comma();
      out.int(c.outsideLabourMarket);
      if (out.endRow()) await out.flush();
      if (id % PROGRESS_EVERY === 0) plan.onProgress?.(id, total);
    }
  }
  await out.close();
  plan.onProgress?.(total, total);
  return total;
}

function pools(slots: ClinicSlot[], key: (s: ClinicSlot) => string): Map<string, ClinicPool> {
  const groups = new Map<string, ClinicSlot[]>();
  for (const s of slots) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return new Map([...groups].map(([k, list]) => [k, { slots: list, cumulative: cumulate(list.map((s) => s.clinic.pull)) }]));
}

function pick(pool: ClinicPool, random: Random): ClinicSlot {
  return pool.slots[pickCumulative(pool.cumulative, random)];
}
