import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * How the synthetic Denmark is fitted to the figures the sources publish (docs/model.md, »The
 * synthetic Denmark and the published figures«). Written by `npx tsx tools/synth/calibrate.ts`, which
 * runs the national model on the generated country with the rule sets in force and adjusts these
 * until the calibration test (libs/model/src/run/synthetic-calibration.test.ts) holds. Numbers here
 * are properties of the synthetic population only, never rules: those live in rules/.
 */
export interface SynthCalibration {
  /** What was fitted, against which rule sets; for people reading the file. */
  note: string;
  /**
   * Deprivation index per municipality code: the generator's one knob per municipality, fitted so the
   * model's mean weight meets seed 000's published mean (kommuner_gns_sygdomsvaegt.csv) or, where none
   * is published, the generator's own interpolated aim.
   */
  deprivation: Record<string, number>;
  /**
   * Standard deviation of a clinic's neighbourhood offset (deprivation units) in a municipality of
   * 50.000 inhabitants, and how it grows with the population (a city's neighbourhoods differ more
   * than a rural municipality's): spread = base × (population / 50.000)^exponent. Fitted so that
   * about 80 % of clinics' advisory minimums lie between 1.150 and 2.000 nationally and 80 % of
   * Vendsyssel's between 1.200 and 1.550 (seed 000).
   */
  neighbourhoodSpread: NeighbourhoodSpread;
  /**
   * Existing capacities that a council's clinics add up to, where a published figure fixes them:
   * Danske Regioners notat, kort 1: 63 free capacities in Sundhedsråd Østsjælland og Øerne in 2025,
   * i.e. the order's number for 2025 minus 63.
   */
  councilCapacities: Record<string, { capacities: number; note: string }>;
}

export interface NeighbourhoodSpread {
  base: number;
  populationExponent: number;
}

/** The spread of a municipality's clinic neighbourhoods (see SynthCalibration.neighbourhoodSpread). */
export function spreadFor(spread: NeighbourhoodSpread, population: number): number {
  return Math.max(0.02, Math.min(1.2, spread.base * (Math.max(population, 1) / 50_000) ** spread.populationExponent));
}

export const calibrationFile = fileURLToPath(new URL('./data/calibration.json', import.meta.url));

/** The shipped calibration, or undefined when the file is absent (the generator's plain aims then). */
export function loadCalibration(file = calibrationFile): SynthCalibration | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SynthCalibration) : undefined;
}
