// `npx tsx tools/bench/decide.ts` — what one capacity decision costs in the engine alone, without
// HTTP or database: `decide` (validation, rule evaluation, trace and sentences) on the compiled
// evaluator (the default) and on json-rules-engine (the reference it is tested against), their ratio,
// the canonical hash of the request (the audit entry's input hash) and one JSON.stringify of the
// decision. Sequential calls on the shipped rules after a warm-up; prints µs per call. Bounded by
// BENCH_DECISIONS (default 20.000 per measurement).
import { canonicalHash, createRegistry, decide, defaultRulesDir, formatNumber, loadRules, standardKinds } from '@fordeling/engine';
import { capacityRequest } from '@fordeling/api-app/testing';

const COUNT = Number(process.env.BENCH_DECISIONS ?? 20_000);

// The request `npm run bench:api` sends (the API tests' request).
const request = capacityRequest();

async function microseconds(name: string, work: () => unknown): Promise<number> {
  for (let i = 0; i < Math.min(COUNT, 2_000); i++) await work();
  const start = performance.now();
  for (let i = 0; i < COUNT; i++) await work();
  const us = ((performance.now() - start) * 1000) / COUNT;
  console.log(`${name.padEnd(36)} ${formatNumber(us, 1).padStart(7)} µs`);
  return us;
}

const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
const book = library.bookAt(request.date);
const decision = await decide(request, book);
console.log(`${formatNumber(COUNT)} kald pr. måling; sporet fylder ${formatNumber(JSON.stringify(decision).length)} tegn som JSON\n`);
const compiled = await microseconds('decide (kompileret)', () => decide(request, book));
const reference = await microseconds('decide (json-rules-engine)', () => decide(request, book, { evaluator: 'json-rules-engine' }));
console.log(`${'json-rules-engine / kompileret'.padEnd(36)} ${formatNumber(reference / compiled, 1).padStart(7)} gange`);
await microseconds('canonicalHash(anmodning)', () => canonicalHash(request));
await microseconds('JSON.stringify(afgørelse)', () => JSON.stringify(decision));
