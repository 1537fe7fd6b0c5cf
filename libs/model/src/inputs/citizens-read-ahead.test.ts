import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { GeographyLookup } from '@fordeling/engine';
import { describe, expect, it } from 'vitest';
import { geographyContent } from '../testing/fixture-rules.js';
import { writeInputFolder } from '../testing/ten-citizens.js';
import { variedCitizenLines } from '../testing/varied-citizens.js';
import { CitizensReadAhead } from './citizens-read-ahead.js';
import { hashFileOnThread } from './file-hash.js';
import { municipalityLookup } from './municipality-lookup.js';
import { readCitizens } from './read-citizens.js';

const text = (seed: number) => `${variedCitizenLines(2_000, seed).join('\n')}\n`;
const sha256 = (content: string) => `sha256:${createHash('sha256').update(content).digest('hex')}`;

async function citizensFile(content: string): Promise<string> {
  const path = join(await writeInputFolder({}), 'citizens.csv');
  await writeFile(path, content);
  return path;
}

const read = async (path: string, threads: number, ahead?: CitizensReadAhead) =>
  readCitizens(path, (await stat(path)).size, municipalityLookup(new GeographyLookup(geographyContent).index), ['100001', '100002', '100003', '100004', '100005'], { threads, ahead });

describe('citizens.csv read ahead of the rules', () => {
  it('hashes a file on a thread of its own, with the size and time it had', async () => {
    const path = await citizensFile(text(1));
    const { size, mtimeMs } = await stat(path);
    expect(await hashFileOnThread(path)).toEqual({ sha256: sha256(text(1)), size, mtimeMs });
    expect(await hashFileOnThread(join(path, '..', 'missing.csv'))).toBeUndefined();
  });

  it('gives what reading without it gives, by one reader or by the threads it started', async () => {
    const path = await citizensFile(text(1));
    for (const threads of [1, 2]) {
      const ahead = new CitizensReadAhead(path, 2);
      expect(await read(path, threads, ahead)).toEqual(await read(path, threads));
      expect(ahead.take()).toEqual([]);
    }
  });

  it('is not trusted for a file that changed since it started', async () => {
    const path = await citizensFile(text(1));
    const ahead = new CitizensReadAhead(path, 2);
    await ahead.hash;
    await writeFile(path, text(2));
    const after = await read(path, 2, ahead);
    expect(after.report.sha256).toBe(sha256(text(2)));
    expect(after).toEqual(await read(path, 1));
  });

  it('ends the threads nobody took', async () => {
    const ahead = new CitizensReadAhead(await citizensFile(text(1)), 2);
    ahead.close();
    expect(ahead.take()).toEqual([]);
  });
});
