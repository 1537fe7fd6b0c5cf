import type { SynthMunicipality } from './geography-source.js';

/**
 * A synthetic "deprivation" index per municipality, from seed 000's published mean disease weights
 * (kommuner_gns_sygdomsvaegt.csv: 20 municipalities). It steers every characteristic the generator
 * draws, so the model's mean weights order roughly like seed 000's tables. It is not a statistic.
 */
export interface MunicipalityNeed {
  /** Mean disease weight the profile aims at (seed 000 where published, else interpolated). */
  targetWeight: number;
  /** The calibrated index (calibration.ts), else (targetWeight − 1) / 0.45 clipped to [−1, 1]: 1 ≈ Læsø, ≈ −0.35 north of Copenhagen. */
  deprivation: number;
}

/**
 * `deprivation` (calibration.ts) replaces the index derived from the aim where it has the
 * municipality: the model's weights are not linear in it, so the aim alone misses seed 000's means.
 */
export function municipalityNeeds(municipalities: SynthMunicipality[], published: Map<string, number>, deprivation: Record<string, number> = {}): Map<number, MunicipalityNeed> {
  // Municipalities without a published value lean most of the way towards their council's published
  // mean (Næstved beside Lolland and Guldborgsund, Furesø's neighbours north of Copenhagen), with a
  // small code-derived spread so they are not all alike.
  const councilMean = new Map<string, number>();
  for (const council of new Set(municipalities.map((m) => m.council))) {
    const known = municipalities.filter((m) => m.council === council && published.has(m.name)).map((m) => published.get(m.name)!);
    councilMean.set(council, known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1);
  }
  // The interpolated aims are shifted together so the country's mean aim is 1, as the model's
  // normalisation makes the mean weight: otherwise no population could meet them all at once.
  const interpolated = new Map<number, number>();
  for (const m of municipalities) {
    if (published.has(m.name)) continue;
    const spread = (((m.code * 2654435761) >>> 0) % 1000) / 1000 - 0.5; // deterministic, in [−0.5, 0.5)
    interpolated.set(m.code, 1 + 0.8 * (councilMean.get(m.council)! - 1) + 0.08 * spread);
  }
  const population = municipalities.reduce((sum, m) => sum + m.approxPopulation, 0);
  const aim = (m: SynthMunicipality, shift: number) => published.get(m.name) ?? clip(interpolated.get(m.code)! + shift);
  let shift = 0;
  for (let round = 0; round < 20 && population > 0; round++) {
    const mean = municipalities.reduce((sum, m) => sum + m.approxPopulation * aim(m, shift), 0) / population;
    if (Math.abs(mean - 1) < 1e-9) break;
    const free = municipalities.filter((m) => !published.has(m.name)).reduce((sum, m) => sum + m.approxPopulation, 0);
    shift += ((1 - mean) * population) / Math.max(free, 1);
  }
  const needs = new Map<number, MunicipalityNeed>();
  for (const m of municipalities) {
    const targetWeight = aim(m, shift);
    const fitted = deprivation[String(m.code)];
    needs.set(m.code, { targetWeight, deprivation: fitted ?? Math.max(-1, Math.min(1, (targetWeight - 1) / 0.45)) });
  }
  return needs;
}

// Kept inside seed 000's ten lowest (≤ 0,88) and ten highest (≥ 1,23) means with a margin, so the
// municipalities it lists stay the extremes.
const clip = (weight: number) => Math.min(1.2, Math.max(0.91, weight));
