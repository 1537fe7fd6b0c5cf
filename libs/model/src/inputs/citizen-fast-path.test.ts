import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { GeographyLookup } from '@fordeling/engine';
import { describe, expect, it } from 'vitest';
import { CITIZEN_ROW_PROVIDERS, citizenLines } from '../testing/citizen-row-arbitrary.js';
import { geographyContent } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { municipalityLookup } from './municipality-lookup.js';
import { readCitizens } from './read-citizens.js';

const header = tenCitizensFiles['citizens.csv'][0];
describe('the citizens fast path', () => {
  it('accepts and rejects exactly what the validating path does, with the same columns and reasons (property)', async () => {
    const dir = await writeInputFolder({});
    const lookup = () => municipalityLookup(new GeographyLookup(geographyContent).index);
    await fc.assert(
      fc.asyncProperty(citizenLines(60), async (rows) => {
        const path = join(dir, 'citizens.csv');
        await writeFile(path, `${[header, ...rows].join('\n')}\n`);
        const fast = await readCitizens(path, 100, lookup(), CITIZEN_ROW_PROVIDERS, { fastPath: true });
        const slow = await readCitizens(path, 100, lookup(), CITIZEN_ROW_PROVIDERS, { fastPath: false });
        expect(fast.report).toEqual(slow.report);
        expect(fast.citizens).toEqual(slow.citizens);
      }),
      { numRuns: 60 },
    );
  });

  it('looks numeric provider numbers up as numbers without confusing 0123 with 123', async () => {
    const dir = await writeInputFolder({
      'citizens.csv': [header, '1,M,5,101,0123,0,0,ugift,0,lang,lang,0', '2,M,5,101,123,0,0,ugift,0,lang,lang,0', '3,K,5,101,77,0,0,ugift,0,lang,lang,0'],
    });
    const result = await readCitizens(join(dir, 'citizens.csv'), 100, municipalityLookup(new GeographyLookup(geographyContent).index), ['123', '77'], { fastPath: true });
    expect([...result.citizens.clinic]).toEqual([0, 1]);
    expect(result.report.problems.map((p) => [p.line, p.message])).toEqual([[2, 'ydernummer »0123« findes ikke i clinics.csv']]);
  });
});
