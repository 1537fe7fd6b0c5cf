import { createHash } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexGeography } from '../geography/geography-index.js';
import { geographyContent } from '../test-support/fixture-rules.js';
import { writeInputFolder } from '../test-support/ten-citizens.js';
import { variedCitizenLines } from '../test-support/varied-citizens.js';
import { hashFileOnThread, type FileHash } from './file-hash.js';
import { municipalityLookup } from './municipality-lookup.js';
import { readCitizens } from './read-citizens.js';

const text = `${variedCitizenLines(2_000).join('\n')}\n`;
const sha256 = `sha256:${createHash('sha256').update(text).digest('hex')}`;

async function citizensFile(): Promise<string> {
  const path = join(await writeInputFolder({}), 'citizens.csv');
  await writeFile(path, text);
  return path;
}

const read = (path: string, hash: Promise<FileHash | undefined>, threads: number) =>
  readCitizens(path, Buffer.byteLength(text), municipalityLookup(indexGeography(geographyContent)), ['100001', '100002', '100003', '100004', '100005'], { hash, threads });

describe('citizens.csv hashed apart from reading', () => {
  it('hashes a file on a thread of its own, with the size and time it had', async () => {
    const path = await citizensFile();
    const { size, mtimeMs } = await stat(path);
    expect(await hashFileOnThread(path)).toEqual({ sha256, size, mtimeMs });
    expect(await hashFileOnThread(join(path, '..', 'missing.csv'))).toBeUndefined();
  });

  it('is used by the reader only for the very file it reads, by one reader or several', async () => {
    const path = await citizensFile();
    const { size, mtimeMs } = await stat(path);
    const given = { sha256: 'sha256:given', size, mtimeMs };
    for (const threads of [1, 2]) {
      expect((await read(path, Promise.resolve(given), threads)).report.sha256).toBe('sha256:given');
      expect((await read(path, Promise.resolve({ ...given, mtimeMs: mtimeMs - 1 }), threads)).report.sha256).toBe(sha256);
      expect((await read(path, Promise.resolve(undefined), threads)).report.sha256).toBe(sha256);
    }
  });
});
