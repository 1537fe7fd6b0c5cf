// The national run's outputs stay byte for byte what they were before the reader was made fast
// (issue 17): the SHA-256 of every output file for a fixed input folder, recorded with the reader of
// commit efa9f1b. A change that alters an output on purpose updates these hashes in the same commit
// and says why.
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_OUTPUT_FILES, writeRunOutputs } from '../output/write-run-outputs.js';
import { runModel } from '../run/run-model.js';
import { capacityContent, fixtureBook, weightsContent } from '../test-support/fixture-rules.js';
import { writeVariedInputFolder } from '../test-support/varied-citizens.js';
import { readInputs, type ReadInputsOptions } from './read-inputs.js';

const book = fixtureBook({ weights: weightsContent([{ level: 'municipality', share: { value: 0.05, reference: { instrument: 'test', illustrative: true } } }]) });

/** Every output except timings.json (which is not reproducible by nature) → its SHA-256. */
async function outputHashes(inputDir: string, citizens: ReadInputsOptions['citizens']): Promise<Record<string, string>> {
  const inputs = await readInputs(inputDir, { book, citizens });
  const outDir = await mkdtemp(join(tmpdir(), 'fordeling-golden-'));
  await writeRunOutputs(runModel(inputs, book), outDir, { reportingBand: capacityContent().reportingBand });
  const hashes: Record<string, string> = {};
  for (const file of RUN_OUTPUT_FILES.filter((f) => f !== 'timings.json').sort()) {
    hashes[file] = createHash('sha256').update(await readFile(join(outDir, file))).digest('hex');
  }
  return hashes;
}

const READERS = {
  'the fast path': { fastPath: true, threads: 1 },
  'three worker threads': { fastPath: true, threads: 3 },
  'the validating path alone (the readable reference)': { fastPath: false, threads: 1 },
};

describe('the national run on a fixed input folder', async () => {
  const dir = await writeVariedInputFolder(20_000);
  it.each(Object.entries(READERS))('writes the same bytes as before the fast reader, read by %s', async (_name, citizens) => {
    expect(await outputHashes(dir, citizens)).toEqual({
      'clinics.csv': 'cb4e00726f535c24703630941227cd6e58efa46c8347f839073d8c7411e24f25',
      'councils.csv': 'a88fd3c40c001b366f022bac9733c1b6372b0ee2aaf55c56af5762fb5e09c659',
      'municipalities.csv': '273c6c8c449851bc485db1e52e0a498003b38d6a49eb43014602245a417b7a9e',
      'problems.csv': '8864bb5a857e1d3cc6a4318045bf6a7dc96cd35feedf899a8b81b0217de9fa63',
      'report.html': '0de04478ba38ab62d7a71c84df9453ea3ed4e593639552e01bb8dee399730776',
      'run.json': 'f4d68621d76edd36a2f3b5ddc5b1e6b99d0b236f445f57ac887efa4ff6c3eb65',
      'warnings.csv': '9cf15c61340e4f0662cea8cffe53ab27c7b9c5cbd552d4cb1de164f576cc6ed7',
    });
  });
});
