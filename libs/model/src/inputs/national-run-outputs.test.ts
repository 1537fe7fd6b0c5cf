// The national run's outputs stay byte for byte what they were before the reader was made fast
// (issue 17): the SHA-256 of every output file for a fixed input folder, recorded with the reader of
// commit efa9f1b. A change that alters an output on purpose updates these hashes in the same commit
// and says why: councils.csv, municipalities.csv and report.html were re-recorded (with the validating
// path alone, the readable reference) when the order's fixed ceilings got columns of their own and a
// municipality's mean minimum became weighted as Danske Regioners notat computes it (issue 14).
import { createHash } from 'node:crypto';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUN_OUTPUT_FILES, writeRunOutputs } from '../output/write-run-outputs.js';
import { runModel } from '../run/run-model.js';
import { capacityContent, fixtureBook, weightsContent } from '../testing/fixture-rules.js';
import { writeVariedInputFolder } from '../testing/varied-citizens.js';
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
      'clinics.csv': '24ac55476d81a5fd283a381cf39b2ec695af1b15ed1f7ba1271deacefe299bf4',
      'councils.csv': 'b3ce215b606b6f2ba017c5ec5e0841201da0b54b1bd8db4ef33b044c7a755092',
      'municipalities.csv': '49b01cec0245dfbcfbe0a46a51bbe16847341c88eb0e3166274e8e613c4ea9b0',
      'problems.csv': '278484b48444b013a1fdd9fa96d79cce241ba735e85a85061f3142a6ed10c5e4',
      'report.html': 'c18eabd238f4212324135c8db9f0d45517b0d16f748e100764298f5c547670c8',
      'run.json': 'bef9d2f9a6a2b70d23eddde71a2e263a427395639205978c9a4c16f8a002966e',
      'warnings.csv': '9cf15c61340e4f0662cea8cffe53ab27c7b9c5cbd552d4cb1de164f576cc6ed7',
    });
  });
});
