// The synthetic Denmark `fordeling demo` runs (seed 1, scale 1) against the figures Danske Regioners
// notat »Fordelingsmodel for læger i det almenmedicinske tilbud« publishes, under the shipped rule
// sets. The generator is fitted to them by tools/synth/calibrate.ts (libs/synth/src/data/
// calibration.json); when this test fails after a change to the weights or the generator, run it.
import { beforeAll, describe, expect, it } from 'vitest';
import { createRegistry, defaultRulesDir, loadRules, repoRoot, standardKinds } from '@fordeling/engine';
import { cacheDir, ensureSynthetic } from '@fordeling/synth';
import { readInputs } from '../inputs/read-inputs.js';
import type { ModelResult } from '../result.js';
import { CALIBRATION_AS_OF, PUBLISHED, publishedFigures, type PublishedFigures } from '../testing/published-figures.js';
import { runModel } from './run-model.js';

describe('the synthetic Denmark meets the published figures (seed 1, scale 1)', () => {
  let result: ModelResult;
  let figures: PublishedFigures;
  beforeAll(async () => {
    const dir = cacheDir(repoRoot, 1, 1);
    await ensureSynthetic({ outDir: dir, seed: 1, scale: 1 });
    const book = (await loadRules(defaultRulesDir, createRegistry(standardKinds))).bookAt(CALIBRATION_AS_OF);
    result = runModel(await readInputs(dir, { book }), book);
    figures = publishedFigures(result);
  }, 300_000);

  // Kort 1: »63 i alt i Sundhedsråd Østsjælland og Øerne og ikke 63 i hver kommune«.
  it('63 capacities can be established in Sundhedsråd Østsjælland og Øerne in 2025 (kort 1)', () => {
    expect(figures.free).toBe(PUBLISHED.freeCapacities.free);
  });

  // »For 80 pct. af klinikkerne vil tallet variere mellem fra 1.150 borgere pr. kapacitet til 2.000
  // borgere pr. kapacitet, mens nogle få klinikker vil have færre, og nogle få vil have flere.«
  it('80 % of clinics have a minimum between 1.150 and 2.000, a few below and a few above', () => {
    expect(figures.nationalShare).toBeGreaterThanOrEqual(0.78);
    expect(figures.nationalShare).toBeLessThanOrEqual(0.82);
    const minimums = result.clinics.map((c) => c.advisoryMinimumPerCapacity).filter(Number.isFinite);
    const below = minimums.filter((m) => m < PUBLISHED.national.lower).length / minimums.length;
    const above = minimums.filter((m) => m > PUBLISHED.national.upper).length / minimums.length;
    for (const tail of [below, above]) {
      expect(tail).toBeGreaterThan(0.03);
      expect(tail).toBeLessThan(0.17);
    }
  });

  // »i Sundhedsråd Vendsyssel vil 80 pct. af klinikker iht. modellen skulle varetage mellem 1.200 og
  // 1.550 patienter« — Vendsyssel has some 40 clinics, so one clinic is 2,4 points.
  it('80 % of Vendsyssel’s clinics have a minimum between 1.200 and 1.550', () => {
    expect(figures.vendsysselShare).toBeGreaterThanOrEqual(0.75);
    expect(figures.vendsysselShare).toBeLessThanOrEqual(0.85);
  });

  // The tables »Gennemsnitlig sygdomsvægt og beregnet gennemsnitlig minimumspatienttal pr. klinik for
  // de 10 kommuner med lavest/højest minimumspatienttal«.
  it.each([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19])('row %i of the tables: the mean weight within ±0,02 and the mean minimum within 3 %', (row) => {
    const m = figures.municipalities[row];
    expect(Math.abs(m.model.meanWeight - m.meanWeight), m.municipality).toBeLessThanOrEqual(0.02);
    expect(m.model.meanMinimum, m.municipality).not.toBeNull();
    expect(Math.abs(m.model.meanMinimum! - m.meanMinimum) / m.meanMinimum, m.municipality).toBeLessThanOrEqual(0.03);
  });

  it('the ten municipalities with the highest and the ten with the lowest mean weight are the tables’ ten and ten', () => {
    expect(figures.highest.model).toEqual(figures.highest.published);
    expect(figures.lowest.model).toEqual(figures.lowest.published);
  });
});
