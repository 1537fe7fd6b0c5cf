import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { CIVIL_STATUSES, EDUCATIONS, GeographyLookup } from '@fordeling/engine';
import { describe, expect, it } from 'vitest';
import { geographyContent } from '../testing/fixture-rules.js';
import { tenCitizensFiles, writeInputFolder } from '../testing/ten-citizens.js';
import { municipalityLookup } from './municipality-lookup.js';
import { readCitizens } from './read-citizens.js';

const header = tenCitizensFiles['citizens.csv'][0];
const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);

/** Mostly valid fields, with the occasional wrong one of every kind the readers know. */
const row = fc
  .tuple(
    fc.oneof(fc.integer({ min: 0, max: 1e9 }).map(String), pick(['', 'x1', '-3', '1234567890123456'])),
    pick(['M', 'K', 'M', 'K', '', 'm', 'MK']),
    fc.oneof(fc.integer({ min: 0, max: 125 }).map(String), pick(['126', '', '1.5', 'abc'])),
    pick(['101', '102', '201', '999', '', '0101']),
    pick(['A', 'B', '', 'Z', ' A']),
    fc.oneof(fc.integer({ min: 0, max: 20 }).map(String), pick(['21', '-1'])),
    pick(['0', '1', '2', '']),
    fc.oneof(pick(CIVIL_STATUSES), pick(['Gift', 'samlevende', ''])),
    pick(['0', '1', 'ja']),
    fc.oneof(pick(EDUCATIONS), pick(['Lang', ''])),
    pick(EDUCATIONS),
    pick(['0', '1', '01', '']),
  )
  .map((fields) => fields.join(','));

describe('the citizens fast path', () => {
  it('accepts and rejects exactly what the validating path does, with the same columns and reasons (property)', async () => {
    const dir = await writeInputFolder({});
    const lookup = () => municipalityLookup(new GeographyLookup(geographyContent).index);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(row, row, pick(['1,M,5', '1,M,5,101,A,0,0,ugift,0,lang,lang,0,0'])), { maxLength: 60 }), async (rows) => {
        const path = join(dir, 'citizens.csv');
        await writeFile(path, `${[header, ...rows].join('\n')}\n`);
        const fast = await readCitizens(path, 100, lookup(), ['A', 'B', 'C'], undefined, true);
        const slow = await readCitizens(path, 100, lookup(), ['A', 'B', 'C'], undefined, false);
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
    const result = await readCitizens(join(dir, 'citizens.csv'), 100, municipalityLookup(new GeographyLookup(geographyContent).index), ['123', '77'], undefined, true);
    expect([...result.citizens.clinic]).toEqual([0, 1]);
    expect(result.report.problems.map((p) => [p.line, p.message])).toEqual([[2, 'ydernummer »0123« findes ikke i clinics.csv']]);
  });
});
