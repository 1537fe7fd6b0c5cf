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
import { readCitizensInParallel } from './read-citizens-parallel.js';

const header = tenCitizensFiles['citizens.csv'][0];
const lookup = () => municipalityLookup(new GeographyLookup(geographyContent).index);

async function citizensFile(lines: string[]): Promise<{ path: string; size: number }> {
  const path = join(await writeInputFolder({}), 'citizens.csv');
  const text = `${[header, ...lines].join('\n')}\n`;
  await writeFile(path, text);
  return { path, size: Buffer.byteLength(text) };
}

const read = (file: { path: string; size: number }, threads: number) => readCitizens(file.path, file.size, lookup(), CITIZEN_ROW_PROVIDERS, { threads });

describe('citizens.csv over worker threads', () => {
  it('gives the one reader’s columns, counts and rejected rows, line for line (property)', async () => {
    await fc.assert(
      fc.asyncProperty(citizenLines(80), fc.integer({ min: 2, max: 4 }), async (lines, threads) => {
        const file = await citizensFile(lines);
        const [one, several] = [await read(file, 1), await read(file, threads)];
        expect(several.report).toEqual(one.report);
        expect(several.citizens).toEqual(one.citizens);
      }),
      { numRuns: 15 },
    );
  });

  it('splits every file whose quoted fields hold no line break (property)', async () => {
    await fc.assert(
      fc.asyncProperty(citizenLines(40), async (lines) => {
        const file = await citizensFile(lines.filter((line) => !line.includes('\n') && !/^[^"]*("[^"]*"[^"]*)*"[^"]*$/.test(line)));
        expect(await readCitizensInParallel(file.path, file.size, 2, { municipalities: lookup(), providerNumbers: CITIZEN_ROW_PROVIDERS })).toBeDefined();
      }),
      { numRuns: 6 },
    );
  });

  it('leaves a file to the one reader when a quoted line break spans a split', async () => {
    const rows = Array.from({ length: 40 }, (_, i) => `${i + 1},K,44,101,A,0,0,gift,0,kort,kort,0`);
    // The split falls in row 20, so the second half starts inside its quotes.
    rows[19] = `20,K,44,101,A,0,0,gift,0,"${'x'.repeat(3000)}`;
    rows[20] = 'kort",kort,0';
    const file = await citizensFile(rows);
    expect(await readCitizensInParallel(file.path, file.size, 2, { municipalities: lookup(), providerNumbers: CITIZEN_ROW_PROVIDERS })).toBeUndefined();
    const [one, two] = [await read(file, 1), await read(file, 2)];
    expect(two).toEqual(one);
    expect(one.report.problems.map((p) => [p.line, p.pointer])).toEqual([[21, '/education']]);
  });

  it('leaves a file to the one reader when a range holds far more rows than its start promised', async () => {
    const valid = (from: number) => Array.from({ length: 10_000 }, (_, i) => `${from + i},K,44,101,A,0,0,gift,0,kort,kort,0`);
    // The second range starts among long (rejected) lines, so its sample promises few rows.
    const file = await citizensFile([...valid(1), ...Array.from({ length: 100 }, () => 'x'.repeat(600)), ...valid(20_001)]);
    expect(await readCitizensInParallel(file.path, file.size, 2, { municipalities: lookup(), providerNumbers: CITIZEN_ROW_PROVIDERS })).toBeUndefined();
    const [one, two] = [await read(file, 1), await read(file, 2)];
    expect(two).toEqual(one);
    expect([one.report.accepted, one.report.rejected]).toEqual([20_000, 100]);
  });
});
