import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../core/repo-paths.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { capacityRules } from '../capacity/compile.js';
import { minimumPatientsRules } from './compile.js';

async function compiled(asOf = '2025-09-01') {
  const book = (await shippedLibrary()).bookAt(asOf);
  return { minimum: minimumPatientsRules.of(book), capacity: capacityRules.of(book) };
}

/** The seed's 20 municipalities (seed 000 via data/kommuner_gns_sygdomsvaegt.csv), shared data or a copy. */
function seedMunicipalities(): Array<{ name: string; weight: number; published: number }> {
  const candidates = ['/work/shared/data/kommuner_gns_sygdomsvaegt.csv', path.join(repoRoot, 'data/kommuner_gns_sygdomsvaegt.csv')];
  const file = candidates.find((f) => {
    try {
      readFileSync(f);
      return true;
    } catch {
      return false;
    }
  });
  if (!file) return [];
  const [, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  return rows.map((row) => {
    const [name, , weight, published] = row.split(',');
    return { name, weight: Number(weight), published: Number(published) };
  });
}

describe('advisory minimum patients per capacity', () => {
  it('is 1,600 / mean weight rounded: 1.45 → 1,103 and 0.84 → 1,905', async () => {
    const { minimum, capacity } = await compiled();
    expect(minimum.advisoryMinimumPerCapacity(1.45, capacity)).toBe(1103);
    expect(minimum.advisoryMinimumPerCapacity(0.84, capacity)).toBe(1905);
    expect(minimum.advisoryMinimumPerCapacity(1, capacity)).toBe(1600);
  });

  it('never exceeds the maximum of 2,700', async () => {
    const { minimum, capacity } = await compiled();
    expect(minimum.advisoryMinimumPerCapacity(0.5, capacity)).toBe(2700);
    fc.assert(fc.property(fc.double({ min: 0.05, max: 10, noNaN: true }), (w) => minimum.advisoryMinimumPerCapacity(w, capacity) <= 2700));
  });

  it('rejects a mean weight of 0 or less', async () => {
    const { minimum, capacity } = await compiled();
    expect(() => minimum.advisoryMinimumPerCapacity(0, capacity)).toThrow('Gennemsnitsvægten skal være større end 0');
  });

  it('reproduces the published minimum of the seed’s 20 municipalities within the rounding of their weights', async () => {
    const { minimum, capacity } = await compiled();
    const rows = seedMunicipalities();
    expect(rows).toHaveLength(20);
    for (const { name, weight, published } of rows) {
      const low = 1600 / (weight + 0.005);
      const high = 1600 / (weight - 0.005);
      expect(published, name).toBeGreaterThanOrEqual(low);
      expect(published, name).toBeLessThanOrEqual(high);
      const ours = minimum.advisoryMinimumPerCapacity(weight, capacity);
      expect(ours, name).toBe(Math.round(1600 / weight));
      expect(ours, name).toBeGreaterThanOrEqual(Math.floor(low));
      expect(ours, name).toBeLessThanOrEqual(Math.ceil(high));
    }
  });

  it('requires a reason for any deviation and a dialogue 10 % or more above the current number', async () => {
    const { minimum } = await compiled();
    expect(minimum.requiresReason(1103, 1103)).toBe(false);
    expect(minimum.requiresReason(1150, 1103)).toBe(true);
    expect(minimum.requiresDialogue(1650, 1500)).toBe(true);
    expect(minimum.requiresDialogue(1649, 1500)).toBe(false);
    expect(minimum.requiresDialogue(1400, 1500)).toBe(false);
    expect(minimum.deviationReason('special-functions')?.label).toBe('Særlige funktioner, som klinikken varetager');
  });

  it('follows the draft target of 1,500 when chosen: 1.45 → 1,034', async () => {
    const book = (await shippedLibrary()).bookAt('2026-09-01', { versions: { capacity: '2026.1-udkast' } });
    expect(minimumPatientsRules.of(book).advisoryMinimumPerCapacity(1.45, capacityRules.of(book))).toBe(1034);
  });
});
