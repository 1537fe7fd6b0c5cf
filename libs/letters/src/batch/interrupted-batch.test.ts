import { spawn } from 'node:child_process';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LetterRenderer } from '../render/letter-renderer.js';
import { loadTemplateSet } from '../templates/template-set.js';
import { fixtureBatchJobs } from '../testing/fixture-batch.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { generateLetters } from './generate-letters.js';
import { readIndex } from './letter-index.js';

const child = fileURLToPath(new URL('../testing/letter-batch-child.ts', import.meta.url));
const COUNT = 60;
const letterFiles = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.html'));

describe('a letter batch killed half-way (kill -9)', () => {
  it('keeps every letter it wrote in the index, and the re-run writes only the rest', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'fordeling-letters-killed-'));
    const batch = spawn(process.execPath, ['--import', 'tsx', child, out, String(COUNT)], { stdio: ['ignore', 'ignore', 'inherit'] });
    const exited = new Promise((done) => batch.once('exit', done));
    let written = 0;
    for (let waited = 0; written < 10 && waited < 60_000; waited += 20) {
      await new Promise((done) => setTimeout(done, 20));
      written = (await letterFiles(out)).length;
    }
    batch.kill('SIGKILL');
    await exited;
    written = (await letterFiles(out)).length;
    expect(written).toBeGreaterThanOrEqual(10);
    expect(written).toBeLessThan(COUNT);

    // At most the letter in flight at the kill is on disk without its index line.
    const recorded = (await readIndex(out)).entries.length;
    expect(recorded).toBeGreaterThanOrEqual(written - 1);

    const templates = await loadTemplateSet();
    const jobs = await fixtureBatchJobs(await fixtureContext(), COUNT);
    const rerun = await generateLetters(jobs, { outDir: out, formats: ['html'], renderer: new LetterRenderer(templates), templateHash: templates.hash });
    expect(rerun).toMatchObject({ total: COUNT, skipped: recorded, written: COUNT - recorded, failures: [] });
    expect((await readIndex(out)).entries).toHaveLength(COUNT);
    expect((await readdir(out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 120_000);
});
