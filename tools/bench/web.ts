// `npm run bench:web` — the workbench in Debian's Chromium (issue 16): for each page, the JavaScript
// its first load needs (gzip-compressed, summed over the shell and the page's chunks) against the
// goal of 150 KB, and the time until it is usable (its <h1> shown and nothing left »Indlæser …«,
// from the start of navigation) against the goal of 1 s — each page opened cold (a new browser
// context: no cache) BENCH_WEB_RUNS times (default 5), the median printed beside the goals.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { formatNumber } from '@fordeling/engine';
import { registerReferenceRun, startWorkbench, type Workbench } from '../../apps/web/src/testing/index.js';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 5);
const JS_GOAL = 150 * 1024;
const TIME_GOAL_MS = 1000;

interface Measurement {
  jsGzip: number;
  usableMs: number;
  scripts: number;
}

async function storageFor(browser: Browser, url: string, token: string) {
  const context = await browser.newContext({ baseURL: url });
  const response = await context.request.post('/session', { data: { token } });
  if (!response.ok()) throw new Error(`Log ind mislykkedes: ${response.status()}`);
  const state = await context.storageState();
  await context.close();
  return state;
}

async function measure(wb: Workbench, storageState: Awaited<ReturnType<typeof storageFor>>, path: string): Promise<Measurement> {
  const context = await wb.browser.newContext({ baseURL: wb.url, storageState, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const scripts: Array<Promise<number>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
  });
  await page.goto(path);
  await page.waitForFunction(() => document.querySelector('main h1') !== null && document.querySelector('main [role="status"].loading, main > [role="status"]') === null, undefined, { timeout: 30_000 });
  const usableMs = await page.evaluate(() => performance.now());
  const sizes = await Promise.all(scripts);
  await context.close();
  return { jsGzip: sizes.reduce((a, b) => a + b, 0), usableMs, scripts: sizes.length };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${formatNumber(bytes / 1024, 1)} KB`;
const pad = (text: string, width: number) => text.padEnd(width);

const wb = await startWorkbench({
  tokens: { ministry: { role: 'ministry', label: 'Bench ministeriet' }, region: { role: 'region', region: 'Nordjylland', label: 'Bench region' } },
});
try {
  process.stdout.write('Forbereder: syntetisk Danmark (referencekørsel) og et udkast …\n');
  await registerReferenceRun(wb);
  const draft = await fetch(`${wb.url}/v1/rulesets/capacity/drafts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${wb.tokens.ministry}`, 'content-type': 'application/json' },
    body: JSON.stringify({ validFrom: '2027-01-01' }),
  });
  const { ref } = (await draft.json()) as { ref: { version: string } };
  const ministry = await storageFor(wb.browser, wb.url, wb.tokens.ministry);
  const region = await storageFor(wb.browser, wb.url, wb.tokens.region);
  const pages: Array<{ name: string; path: string; as: typeof ministry }> = [
    { name: 'Log ind', path: '/', as: { cookies: [], origins: [] } },
    { name: 'Forside', path: '/', as: ministry },
    { name: 'Regler', path: '/regler', as: ministry },
    { name: 'Regler: kapacitet', path: '/regler/capacity', as: ministry },
    { name: 'Regler: geografi', path: '/regler/geography', as: ministry },
    { name: 'Udkast', path: '/udkast', as: ministry },
    { name: `Udkast: capacity ${ref.version}`, path: `/udkast/capacity/${ref.version}`, as: ministry },
    { name: 'Afgørelser', path: '/afgoerelser', as: region },
    { name: 'Høring', path: '/hoering', as: region },
    { name: 'Kørsler', path: '/koersler', as: region },
  ];
  process.stdout.write(`\nHver side åbnet koldt ${RUNS} gange i Chromium (median); mål: JavaScript ≤ 150 KB komprimeret, brugbar ≤ 1 s.\n\n`);
  process.stdout.write(`${pad('Side', 28)}${pad('JavaScript (gzip)', 20)}${pad('mål', 10)}${pad('brugbar efter', 16)}${pad('mål', 8)}\n`);
  let allMet = true;
  for (const p of pages) {
    const runs: Measurement[] = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(wb, p.as, p.path));
    const js = median(runs.map((r) => r.jsGzip));
    const ms = median(runs.map((r) => r.usableMs));
    const met = js <= JS_GOAL && ms <= TIME_GOAL_MS;
    allMet &&= met;
    process.stdout.write(`${pad(p.name, 28)}${pad(`${kb(js)} (${runs[0].scripts} filer)`, 20)}${pad('150 KB', 10)}${pad(`${formatNumber(ms, 0)} ms`, 16)}${pad('1.000 ms', 10)}${met ? 'nået' : 'IKKE NÅET'}\n`);
  }
  process.stdout.write(`\n${allMet ? 'Alle sider når målene.' : 'Mindst én side når ikke målene.'}\n`);

  // The editor's promise: the diff in words and the impact preview updated within a second of an edit.
  const context = await wb.browser.newContext({ baseURL: wb.url, storageState: ministry, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/udkast/capacity/${ref.version}`);
  const field = page.getByLabel('Måltal', { exact: true });
  await field.waitFor();
  await page.locator('#impact-summary').waitFor({ timeout: 60_000 });
  const edits: number[] = [];
  for (let i = 0; i < RUNS * 2; i++) {
    const value = 1500 + i * 10;
    const shown = formatNumber(value);
    const started = Date.now();
    await field.fill(String(value));
    await page.waitForFunction((text) => (document.querySelector('#draft-diff')?.textContent ?? '').includes(`til ${text}`) && document.querySelector('#impact-summary') !== null, shown, { timeout: 30_000, polling: 'raf' });
    edits.push(Date.now() - started);
  }
  await context.close();
  const editMs = median(edits);
  process.stdout.write(`\nUdkast: fra en ændring i formularen til forskel i ord og virkning på hele landet vist: median ${formatNumber(editMs, 0)} ms over ${edits.length} ændringer (mål 1.000 ms; heraf 150 ms ventetid på, at der tastes færdigt) — ${editMs <= TIME_GOAL_MS ? 'nået' : 'IKKE NÅET'}\n`);
} finally {
  await wb.close();
}
