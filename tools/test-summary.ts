// The closing line of `npm test`: the vitest results of every project (written by each Nx test
// target as .cache/test-results/<project>.json) added up, as "Tests: N passed, N failed", so CI
// reads the whole suite's count rather than the last runner's.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
}

const dir = join(import.meta.dirname, '..', '.cache', 'test-results');
const files = (await readdir(dir)).filter((f) => f.endsWith('.json')).sort();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of files) {
  const result = JSON.parse(await readFile(join(dir, file), 'utf8')) as VitestJson;
  console.log(`  ${file.replace(/\.json$/, '').padEnd(12)} ${result.numPassedTests} bestået, ${result.numFailedTests} fejlet, ${result.numPendingTests + result.numTodoTests} sprunget over`);
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  skipped += result.numPendingTests + result.numTodoTests;
}
console.log(`Tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exitCode = failed > 0 || files.length === 0 ? 1 : 0;
