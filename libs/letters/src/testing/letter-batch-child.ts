// A letter batch run as its own process, so that a test can kill it half-way (kill -9) and check
// that the re-run skips every letter already written: node --import tsx letter-batch-child.ts OUT COUNT
import { generateLetters } from '../batch/generate-letters.js';
import { LetterRenderer } from '../render/letter-renderer.js';
import { loadTemplateSet } from '../templates/template-set.js';
import { fixtureBatchJobs } from './fixture-batch.js';
import { fixtureContext } from './fixture-context.js';

const [outDir, count] = process.argv.slice(2);
const templates = await loadTemplateSet();
const jobs = await fixtureBatchJobs(await fixtureContext(), Number(count));
// Slow enough per letter that the parent kills the batch in the middle, not after it.
const pause = () => new Promise<void>((done) => setTimeout(done, 40));
await generateLetters(jobs, { outDir, formats: ['html'], renderer: new LetterRenderer(templates), templateHash: templates.hash, afterLetter: pause });
