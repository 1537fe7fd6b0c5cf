import type { SynthMunicipality } from './geography-source.js';
import type { MunicipalityNeed } from './deprivation.js';
import type { SynthClinic } from './clinics.js';
import { streamFor } from './prng.js';

/**
 * The area inputs: councils.csv (existing capacities = the sum of the council's clinics, so the
 * inputs agree with each other), life_expectancy.csv (lower and more lost life years where
 * deprivation is high) and projection.csv (growth −0.5 … +2 %, a few fast-growing municipalities).
 */
const HIGH_GROWTH: Record<number, number> = { 101: 1.6, 751: 1.8, 169: 2.0, 240: 1.9, 461: 1.2 };

export function councilsCsv(municipalities: SynthMunicipality[], clinics: SynthClinic[]): string {
  const councilOf = new Map(municipalities.map((m) => [m.code, m.council]));
  const capacities = new Map<string, number>();
  for (const m of municipalities) capacities.set(m.council, 0);
  for (const c of clinics) {
    const council = councilOf.get(c.municipalityCode)!;
    capacities.set(council, capacities.get(council)! + c.capacities);
  }
  return `council,existing_capacities\n${[...capacities].map(([council, n]) => `${council},${decimal(n, 1)}\n`).join('')}`;
}

export function lifeExpectancyCsv(municipalities: SynthMunicipality[], needs: Map<number, MunicipalityNeed>, seed: number): string {
  const random = streamFor(seed, 'life-expectancy');
  const rows = municipalities.map((m) => {
    const excess = needs.get(m.code)!.targetWeight - 1;
    const lifeExpectancy = 81.5 - 9 * excess + (random() - 0.5) * 0.6;
    const lostLifeYears = Math.max(20, 95 + 170 * excess + (random() - 0.5) * 10);
    return `${m.code},${decimal(lifeExpectancy, 1)},${decimal(lostLifeYears, 1)}\n`;
  });
  return `municipality_code,life_expectancy,lost_life_years_per_1000\n${rows.join('')}`;
}

export function projectionCsv(municipalities: SynthMunicipality[], needs: Map<number, MunicipalityNeed>, seed: number): string {
  const random = streamFor(seed, 'projection');
  const rows = municipalities.map((m) => {
    const drift = 0.5 - 1.5 * (needs.get(m.code)!.targetWeight - 1) + (random() - 0.5) * 0.6;
    const growth = HIGH_GROWTH[m.code] ?? Math.max(-0.5, Math.min(1.2, drift));
    return `${m.code},${decimal(growth, 1)}\n`;
  });
  return `municipality_code,growth_pct\n${rows.join('')}`;
}

/** Fixed decimals without trailing zeros, dot as decimal separator ("212.5", "3", "-0.4"). */
function decimal(value: number, decimals: number): string {
  const text = value.toFixed(decimals);
  const trimmed = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return trimmed === '-0' ? '0' : trimmed;
}
