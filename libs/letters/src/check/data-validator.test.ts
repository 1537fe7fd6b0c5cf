import { beforeAll, describe, expect, it } from 'vitest';
import { readRunFolder } from '@fordeling/model';
import { buildVejledende } from '../data/build-minimum-letters.js';
import { LetterRenderer } from '../render/letter-renderer.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { loadTemplateSet } from '../templates/template-set.js';
import type { VejledendeData } from '../data/letter-data.js';
import { LetterDataValidator } from './data-validator.js';

let data: VejledendeData;
beforeAll(async () => {
  const run = await readRunFolder(await writeFixtureRun(), { councils: false });
  data = buildVejledende(await fixtureContext(), run.clinics[0]).data;
});

describe('letter data validation', () => {
  it('names a missing required field', () => {
    const { meanWeight: _dropped, ...clinic } = data.clinic;
    expect(new LetterDataValidator().problems('vejledende', { ...data, clinic })).toEqual(['feltet »clinic.meanWeight« mangler']);
  });

  it('names a field of the wrong type and a date in the wrong form', () => {
    const problems = new LetterDataValidator().problems('vejledende', {
      ...data,
      clinic: { ...data.clinic, listedPatients: '2900' },
      timeline: { ...data.timeline, finalEffective: '1/2/2026' },
    });
    expect(problems).toEqual([
      'feltet »clinic.listedPatients« skal være et helt tal',
      'feltet »timeline.finalEffective« er ikke en dato på formen ÅÅÅÅ-MM-DD',
    ]);
  });

  it('strict rendering refuses data without a field the template writes', async () => {
    const renderer = new LetterRenderer(await loadTemplateSet());
    const { name: _name, ...clinic } = data.clinic;
    expect(() => renderer.render('vejledende', { ...data, clinic } as unknown as VejledendeData)).toThrow(/"name" not defined/);
  });
});
