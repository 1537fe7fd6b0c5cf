// `npx tsx tools/boundaries/check.ts`: the module-boundary check of `npm test`, printed.
import { repoRoot } from '@fordeling/engine';
import { checkBoundaries, formatViolation } from './module-boundaries.js';

const violations = await checkBoundaries(repoRoot);
for (const v of violations) console.error(formatViolation(v));
console.log(violations.length ? `${violations.length} imports break the module boundaries.` : 'No import breaks the module boundaries.');
process.exitCode = violations.length ? 1 : 0;
