import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCitizen } from '../../testing/arbitrary-citizen.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { weightsRules } from './compile.js';
import { WeightsReference } from './reference.js';
import type { Citizen } from './types.js';

async function weights(): Promise<WeightsReference> {
  return new WeightsReference(weightsRules.ruleSet((await shippedLibrary()).bookAt('2025-09-01')).document.content);
}

const neutral: Citizen = {
  sex: 'M',
  age: 40,
  somaticDiseases: 0,
  psychiatricDisease: false,
  civilStatus: 'gift',
  menapt: false,
  education: 'erhvervsfaglig',
  parentsEducation: 'erhvervsfaglig',
  outsideLabourMarket: false,
};

describe('weights reference implementation', () => {
  it('is the base weight alone for a citizen without characteristics', async () => {
    expect((await weights()).explain(neutral)).toEqual({ ageBand: '35-44', base: 0.55, contributions: [], raw: 0.55 });
  });

  it('adds 0.54 for a citizen outside the labour market (seed 000)', async () => {
    const w = await weights();
    const e = w.explain({ ...neutral, outsideLabourMarket: true });
    expect(e.contributions).toEqual([{ id: 'outside-labour-market', label: 'Uden for arbejdsmarkedet', value: 0.54 }]);
    expect(e.raw).toBeCloseTo(0.55 + 0.54, 12);
  });

  it('adds every contribution that holds — a hand calculation', async () => {
    // Woman, 70 (band 65-74: 1.05), 4 somatic diseases (+0.95), psychiatric (+0.40), widow (+0.10),
    // MENAPT (+0.15), basic school (+0.10), outside the labour market (+0.54) = 3.29.
    const e = (await weights()).explain({ ...neutral, sex: 'K', age: 70, somaticDiseases: 4, psychiatricDisease: true, civilStatus: 'enke', menapt: true, education: 'grundskole', outsideLabourMarket: true });
    expect(e.base).toBe(1.05);
    expect(e.contributions.map((c) => c.id)).toEqual(['somatic-4plus', 'psychiatric', 'widowed', 'menapt', 'basic-school', 'outside-labour-market']);
    expect(e.raw).toBeCloseTo(3.29, 12);
  });

  it('uses the parents’ education below 30 and the citizen’s own from 30', async () => {
    const w = await weights();
    const young = { ...neutral, age: 29, education: 'grundskole' as const, parentsEducation: 'phd' as const };
    expect(w.explain(young).contributions.map((c) => c.id)).toEqual(['long-higher-education']);
    expect(w.explain({ ...young, age: 30 }).contributions.map((c) => c.id)).toEqual(['basic-school']);
  });

  it('has the shape of box 1: women above men of child-bearing age, 0-year-olds high, rising with age', async () => {
    const w = await weights();
    expect(w.baseWeight('K', 28)).toBeGreaterThan(w.baseWeight('M', 28));
    expect(w.baseWeight('M', 0)).toBeGreaterThan(w.baseWeight('M', 3));
    const men = [5, 20, 30, 40, 50, 60, 70, 80, 90].map((age) => w.baseWeight('M', age));
    expect(men).toEqual([...men].sort((a, b) => a - b));
  });

  it('raw weight = base + sum of the listed contributions, for any citizen (property)', async () => {
    const w = await weights();
    const citizen = arbitraryCitizen({ maxAge: 110, maxSomaticDiseases: 9 });
    fc.assert(
      fc.property(citizen, (c) => {
        const e = w.explain(c);
        const sum = e.contributions.reduce((s, x) => s + x.value, e.base);
        return Math.abs(e.raw - sum) < 1e-12 && w.rawWeight(c) === e.raw && e.raw > 0;
      }),
    );
  });

  it('rejects an age no band covers', async () => {
    await expect((async () => (await weights()).rawWeight({ ...neutral, age: -1 }))()).rejects.toThrow('Alderen -1 ligger ikke i nogen aldersgruppe.');
  });
});
