// The figures Danske Regioners notat (seed 000) publishes about the model's results, and what a
// national run gives for each — what the synthetic Denmark is calibrated to
// (tools/synth/calibrate.ts) and checked against (run/synthetic-calibration.test.ts).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ModelResult } from '../result.js';
import { rankMunicipalities } from '../report/municipality-ranking.js';

/** Seed 000's table of the ten municipalities with the lowest and the ten with the highest mean minimum. */
export interface PublishedMunicipality {
  municipality: string;
  council: string;
  meanWeight: number;
  meanMinimum: number;
}

export const publishedMunicipalities: PublishedMunicipality[] = readFileSync(fileURLToPath(new URL('./kommuner_gns_sygdomsvaegt.csv', import.meta.url)), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','))
  .map(([municipality, council, weight, minimum]) => ({ municipality, council, meanWeight: Number(weight), meanMinimum: Number(minimum) }));

/** Seed 000's sentences, as numbers. */
export const PUBLISHED = {
  /** »For 80 pct. af klinikkerne vil tallet variere mellem fra 1.150 borgere pr. kapacitet til 2.000« */
  national: { lower: 1150, upper: 2000, share: 0.8 },
  /** »i Sundhedsråd Vendsyssel vil 80 pct. af klinikker iht. modellen skulle varetage mellem 1.200 og 1.550 patienter« */
  vendsyssel: { council: 'Vendsyssel', lower: 1200, upper: 1550, share: 0.8 },
  /** Kort 1: »63 i alt i Sundhedsråd Østsjælland og Øerne« (lægekapaciteter, der kan udmøntes i 2025) */
  freeCapacities: { council: 'Østsjælland og Øerne', year: 2025, free: 63 },
} as const;

export interface PublishedFigures {
  /** Share of clinics with a minimum whose advisory minimum per capacity lies in 1.150–2.000. */
  nationalShare: number;
  /** The same for Vendsyssel's clinics and 1.200–1.550. */
  vendsysselShare: number;
  /** Free capacities in Østsjælland og Øerne in 2025. */
  free: number;
  municipalities: Array<PublishedMunicipality & { model: { meanWeight: number; meanMinimum: number | null } }>;
  /** Names of the ten municipalities with the highest and the lowest mean weight in the run, and in the seed. */
  highest: { model: string[]; published: string[] };
  lowest: { model: string[]; published: string[] };
}

const shareIn = (minimums: number[], lower: number, upper: number) => minimums.filter((m) => m >= lower && m <= upper).length / minimums.length;

export function publishedFigures(result: ModelResult): PublishedFigures {
  const minimums = (council?: string) => result.clinics.filter((c) => Number.isFinite(c.advisoryMinimumPerCapacity) && (!council || c.council === council)).map((c) => c.advisoryMinimumPerCapacity);
  const byName = new Map(result.municipalities.map((m) => [m.name, m]));
  const { highest, lowest } = rankMunicipalities(result.municipalities);
  const sorted = [...publishedMunicipalities].sort((a, b) => b.meanWeight - a.meanWeight);
  const council = result.councils.find((c) => c.council === PUBLISHED.freeCapacities.council);
  return {
    nationalShare: shareIn(minimums(), PUBLISHED.national.lower, PUBLISHED.national.upper),
    vendsysselShare: shareIn(minimums(PUBLISHED.vendsyssel.council), PUBLISHED.vendsyssel.lower, PUBLISHED.vendsyssel.upper),
    free: council?.years.find((y) => y.year === PUBLISHED.freeCapacities.year)?.freeCapacities ?? Number.NaN,
    municipalities: publishedMunicipalities.map((p) => {
      const m = byName.get(p.municipality);
      return { ...p, model: { meanWeight: m?.meanWeight ?? Number.NaN, meanMinimum: m?.meanAdvisoryMinimum ?? null } };
    }),
    highest: { model: highest.map((m) => m.name).sort(), published: sorted.slice(0, 10).map((p) => p.municipality).sort() },
    lowest: { model: lowest.map((m) => m.name).sort(), published: sorted.slice(-10).map((p) => p.municipality).sort() },
  };
}

/**
 * The day the calibration test runs the model on: the first day of the capacity rule set with the
 * order's numbers per council (capacity 2026.2), so the free capacities are the order's number minus
 * the existing capacities. The weights are those of every version since 3 July 2025.
 */
export const CALIBRATION_AS_OF = '2026-12-14';
