import type { SynthMunicipality } from './geography-source.js';

/**
 * A synthetic "deprivation" index per municipality, from seed 000's published mean disease weights
 * (kommuner_gns_sygdomsvaegt.csv: 20 municipalities). It steers every characteristic the generator
 * draws, so the model's mean weights order roughly like seed 000's tables. It is not a statistic.
 */
export interface MunicipalityNeed {
  /** Mean disease weight the profile aims at (seed 000 where published, else interpolated). */
  targetWeight: number;
  /** (targetWeight − 1) / 0.45, clipped to [−1, 1]: 1 ≈ Læsø, ≈ −0.35 north of Copenhagen. */
  deprivation: number;
}

export function municipalityNeeds(municipalities: SynthMunicipality[], published: Map<string, number>): Map<number, MunicipalityNeed> {
  // Municipalities without a published value lean halfway towards their council's published mean
  // (Næstved beside Lolland and Guldborgsund, Furesø's neighbours north of Copenhagen), with a small
  // code-derived spread so they are not all alike.
  const councilMean = new Map<string, number>();
  for (const council of new Set(municipalities.map((m) => m.council))) {
    const known = municipalities.filter((m) => m.council === council && published.has(m.name)).map((m) => published.get(m.name)!);
    councilMean.set(council, known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1);
  }
  const needs = new Map<number, MunicipalityNeed>();
  for (const m of municipalities) {
    const spread = (((m.code * 2654435761) >>> 0) % 1000) / 1000 - 0.5; // deterministic, in [−0.5, 0.5)
    const interpolated = Math.min(1.2, Math.max(0.9, 1 + 0.5 * (councilMean.get(m.council)! - 1) + 0.08 * spread));
    const targetWeight = published.get(m.name) ?? interpolated;
    needs.set(m.code, { targetWeight, deprivation: Math.max(-1, Math.min(1, (targetWeight - 1) / 0.45)) });
  }
  return needs;
}
