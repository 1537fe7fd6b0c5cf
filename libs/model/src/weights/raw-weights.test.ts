import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WeightTables, defaultRulesDir, type Citizen, type WeightsContent } from '@fordeling/engine';
import { arbitraryCitizen, WeightsReference } from '@fordeling/engine/testing';
import { toColumns } from '../testing/citizen-columns-of.js';
import { weightsContent } from '../testing/fixture-rules.js';
import { TEN_CITIZENS_RAW } from '../testing/ten-citizens.js';
import { computeRawWeights } from './raw-weights.js';

const citizen = arbitraryCitizen();

const shipped = JSON.parse(readFileSync(join(defaultRulesDir, 'bek-975-2025/weights/2025.1.json'), 'utf8')).content as WeightsContent;

describe('the columnar weights kernel', () => {
  for (const [name, content] of [
    ['the shipped weights rule set 2025.1', shipped],
    ['the test weights', weightsContent()],
  ] as const) {
    it(`equals the weights kind's reference rawWeight on random citizens (${name})`, () => {
      const tables = new WeightTables(content);
      const reference = new WeightsReference(content);
      fc.assert(
        fc.property(fc.array(citizen, { minLength: 1, maxLength: 50 }), (citizens) => {
          const raw = computeRawWeights(toColumns(citizens), tables);
          citizens.forEach((c, i) => expect(raw[i]).toBeCloseTo(reference.rawWeight(c), 12));
        }),
        { numRuns: 200 },
      );
    });
  }

  it('gives the hand-calculated raw weights of the 10-citizen table', () => {
    const citizens: Citizen[] = [
      ['M', 5, 0, false, 'ugift', false, 'ukendt', 'grundskole', false],
      ['K', 25, 0, false, 'ugift', false, 'lang', 'lang', false],
      ['M', 40, 2, false, 'gift', false, 'grundskole', 'lang', false],
      ['K', 50, 0, true, 'fraskilt', false, 'gymnasial', 'ukendt', true],
      ['M', 70, 3, false, 'enke', false, 'grundskole', 'ukendt', false],
      ['K', 80, 5, true, 'enke', true, 'phd', 'ukendt', false],
      ['M', 30, 0, false, 'gift', true, 'erhvervsfaglig', 'grundskole', false],
      ['K', 29, 1, false, 'ugift', false, 'grundskole', 'lang', false],
      ['M', 64, 0, false, 'fraskilt', false, 'mellemlang', 'kort', true],
      ['K', 65, 2, true, 'gift', false, 'kort', 'ukendt', false],
    ].map(([sex, age, somaticDiseases, psychiatricDisease, civilStatus, menapt, education, parentsEducation, outsideLabourMarket]) => ({
      sex, age, somaticDiseases, psychiatricDisease, civilStatus, menapt, education, parentsEducation, outsideLabourMarket,
    }) as Citizen);
    const raw = computeRawWeights(toColumns(citizens), new WeightTables(weightsContent()));
    TEN_CITIZENS_RAW.forEach((expected, i) => expect(raw[i]).toBeCloseTo(expected, 12));
  });

  it('rejects a rule set whose age bands leave an age uncovered, in Danish', () => {
    const content = weightsContent();
    content.ageBands = content.ageBands.filter((b) => b.id !== '65+');
    expect(() => new WeightTables(content)).toThrow('Vægt-regelsættet har intet aldersinterval, der dækker alder 65');
  });
});
