import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryCitizen } from '../../testing/arbitrary-citizen.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { weightsRules } from './compile.js';
import { WeightsReference } from './reference.js';
import type { Citizen } from './types.js';

const citizen = arbitraryCitizen();

describe('the compiled weight tables', () => {
  it('explain every citizen exactly as the readable reference does (property)', async () => {
    const book = (await shippedLibrary()).bookAt('2025-09-01');
    const tables = weightsRules.of(book);
    const reference = new WeightsReference(weightsRules.ruleSet(book).document.content);
    fc.assert(
      fc.property(citizen, (c) => {
        expect(tables.explain(c)).toEqual(reference.explain(c));
      }),
      { numRuns: 500 },
    );
  });

  it('reject an age or a number of diseases the tables do not cover, in Danish', async () => {
    const tables = weightsRules.of((await shippedLibrary()).bookAt('2025-09-01'));
    const neutral: Citizen = { sex: 'M', age: 40, somaticDiseases: 0, psychiatricDisease: false, civilStatus: 'gift', menapt: false, education: 'lang', parentsEducation: 'lang', outsideLabourMarket: false };
    expect(() => tables.explain({ ...neutral, age: -1 })).toThrow('Alderen -1 ligger uden for 0-125 år.');
    expect(() => tables.explain({ ...neutral, somaticDiseases: 21 })).toThrow('Antallet af somatiske sygdomme (21) ligger uden for 0-20.');
  });
});
