// `npx tsx tools/bench/decide.ts` — what one capacity decision costs in the engine alone, without
// HTTP or database: `decide` (validation, json-rules-engine run, trace and sentences), the canonical
// hash of the request (the audit entry's input hash) and one JSON.stringify of the decision. Sequential
// calls on the shipped rules after a warm-up; prints µs per call. Bounded by BENCH_DECISIONS (default
// 20.000 per measurement).
import { canonicalHash, createRegistry, decide, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { capacityRequest } from '../../apps/api/src/testing/run-fixture.js';

const COUNT = Number(process.env.BENCH_DECISIONS ?? 20_000);

// The request `npm run bench:api` sends (the API tests' request).
const request = capacityRequest();

async function microseconds(name: string, work: () => unknown): Promise<void> {
  for (let i = 0; i < Math.min(COUNT, 2_000); i++) await work();
  const start = performance.now();
  for (let i = 0; i < COUNT; i++) await work();
  const us = ((performance.now() - start) * 1000) / COUNT;
  console.log(`${name.padEnd(36)} ${us.toFixed(1).padStart(7)} µs`);
}

const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
const book = library.bookAt(request.date);
const decision = await decide(request, book);
console.log(`${COUNT} kald pr. måling; sporet fylder ${JSON.stringify(decision).length} tegn som JSON\n`);
await microseconds('decide', () => decide(request, book));
await microseconds('canonicalHash(anmodning)', () => canonicalHash(request));
await microseconds('JSON.stringify(afgørelse)', () => JSON.stringify(decision));
