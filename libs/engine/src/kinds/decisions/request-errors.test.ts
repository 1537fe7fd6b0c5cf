import { describe, expect, it } from 'vitest';
import { kronjyllandRequest } from '../../testing/capacity-request.js';
import { shippedLibrary } from '../../testing/shipped-rules.js';
import { decide } from './decide.js';
import { RequestError } from './errors.js';

const valid = kronjyllandRequest();

async function problemsFor(input: unknown): Promise<Array<{ pointer: string; message: string }>> {
  const book = (await shippedLibrary()).bookAt('2026-03-15');
  try {
    await decide(input, book);
  } catch (error) {
    expect(error).toBeInstanceOf(RequestError);
    return (error as RequestError).problems;
  }
  throw new Error('expected a RequestError');
}

describe('decide — an invalid request is a RequestError with pointers, never a refusal', () => {
  it.each([
    ['a date that does not exist', { ...valid, date: '2026-02-30' }, '/date', '»2026-02-30« er ikke en dato, der findes i kalenderen'],
    ['a date in another form', { ...valid, date: '15-03-2026' }, '/date', 'er ikke en gyldig dato'],
    ['a missing field', (({ request: _r, ...rest }) => rest)(valid), '/request', 'Feltet »request« mangler'],
    ['no ceiling where the capacity rule set has none of the order’s numbers', (({ ceiling: _c, ...rest }) => rest)(valid), '/ceiling', 'angiv loftet i »ceiling«'],
    ['a missing nested field', { ...valid, extraordinaryGrowth: { documented: true } }, '/extraordinaryGrowth/projectedGrowthPct', 'Feltet »projectedGrowthPct« mangler'],
    ['a wrong type', { ...valid, existingCapacities: '150' }, '/existingCapacities', 'Skal være et tal'],
    ['fewer than no capacities', { ...valid, existingCapacities: -0.5 }, '/existingCapacities', 'mindst 0'],
    ['an unknown request type', { ...valid, request: 'extra' }, '/request', 'Tilladte værdier: »new«, »refill«'],
    ['an unknown field', { ...valid, councel: 'Fyn' }, '/councel', 'Ukendt felt »councel«'],
    ['an unknown council', { ...valid, council: 'Sydhavnen' }, '/council', 'Sundhedsrådet »Sydhavnen« findes ikke'],
    ['an unknown island', { ...valid, clinic: { providerNumber: '071234', island: 'Atlantis' } }, '/clinic/island', '»Atlantis« er ikke en kendt ikke-brofast ø'],
    ['an island in another council', { ...valid, clinic: { providerNumber: '071234', island: 'Fejø' } }, '/clinic/island', 'Øen »Fejø« ligger i Lolland Kommune under sundhedsrådet »Østsjælland og Øerne«, ikke under »Kronjylland«'],
  ])('%s', async (_name, input, pointer, message) => {
    const problems = await problemsFor(input);
    expect(problems).toContainEqual({ pointer, message: expect.stringContaining(message) });
  });

  it('lists every problem at once', async () => {
    const problems = await problemsFor({ ...valid, date: '2026-02-30', request: 'x', clinic: {} });
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/clinic/providerNumber', '/date', '/request']);
  });

  it('rejects what is not an object', async () => {
    const problems = await problemsFor('ny kapacitet, tak');
    expect(problems[0]).toMatchObject({ pointer: '', message: expect.stringContaining('Skal være et objekt') });
  });
});
