// report.html as a reader sees it: the model's own writer on a small synthetic Denmark, opened in
// Debian's chromium (never a downloaded browser), on screen and in print.
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { capacityRules, createRegistry, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { chromiumAvailable, chromiumPath, launchChromium } from '@fordeling/browser';
import { generateSyntheticDenmark } from '@fordeling/synth';
import { compareResults } from '../compare/compare-results.js';
import { describeRuleSetChanges } from '../compare/rule-set-changes.js';
import { readInputs } from '../inputs/read-inputs.js';
import { writeRunOutputs } from '../output/write-run-outputs.js';
import type { ModelResult } from '../result.js';
import { runModel } from '../run/run-model.js';

const AS_OF = '2025-07-03';
const ALTERNATIVE = { capacity: '2026.1-udkast' };

if (!chromiumAvailable()) console.warn(`BEMÆRK: browsertesten af report.html springes over: ${chromiumPath()} findes ikke.`);

describe.skipIf(!chromiumAvailable())('report.html in chromium', () => {
  let dir: string;
  let result: ModelResult;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fordeling-report-browser-'));
    const input = join(dir, 'input');
    await generateSyntheticDenmark({ outDir: input, seed: 3, scale: 0.002 });
    const registry = createRegistry(standardKinds);
    const library = await loadRules(defaultRulesDir, registry);
    const book = library.bookAt(AS_OF);
    const alternativeBook = library.bookAt(AS_OF, { versions: ALTERNATIVE });
    const inputs = await readInputs(input, { book });
    result = runModel(inputs, book);
    const alternative = runModel(inputs, alternativeBook);
    const ruleSetChanges = describeRuleSetChanges(result.ruleSets, alternative.ruleSets, (ref) => library.get(ref.id, ref.version), registry);
    const reportingBand = capacityRules.ruleSet(book).document.content.reportingBand;
    await writeRunOutputs(result, join(dir, 'out'), { reportingBand, comparison: compareResults(result, alternative, { ruleSetChanges }) });

    browser = await launchChromium();
    // Offline: the report is self-contained, so anything it tried to fetch would fail loudly.
    page = await (await browser.newContext({ offline: true })).newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('requestfailed', (request) => errors.push(`requestfailed: ${request.url()}`));
    await page.goto(pathToFileURL(join(dir, 'out', 'report.html')).href, { waitUntil: 'load' });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors, page errors or failed requests', () => {
    expect(errors).toEqual([]);
  });

  it('has the Danish title and headings, the comparison included', async () => {
    expect(await page.title()).toBe('Fordelingsmodellen pr. 3. juli 2025 (SYNTETISKE DATA)');
    expect(await page.locator('h1').innerText()).toBe('Den nationale model for fordeling af lægekapacitet');
    expect(await page.locator('h2').allInnerTexts()).toEqual(
      expect.arrayContaining([
        'Sundhedsrådenes loft over kapaciteter',
        'Klinikkernes vejledende minimumspatienttal',
        'Forskelle mellem regelsætversioner',
        'Grundlag',
      ]),
    );
  });

  it('shows the SYNTETISKE DATA banner', async () => {
    const banner = page.locator('.banner');
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.innerText()).toMatch(/^SYNTETISKE DATA/);
  });

  it('draws one labelled group of three bars (existing, ceiling 2025, ceiling 2026) per council: 17', async () => {
    const chart = page.locator('svg[aria-label="Loft og eksisterende kapaciteter pr. sundhedsråd"]');
    expect(await chart.isVisible()).toBe(true);
    const labels = await chart.locator('text[text-anchor="end"]').allTextContents();
    expect(result.councils).toHaveLength(17);
    expect([...labels].sort()).toEqual(result.councils.map((c) => c.council).sort());
    expect(await chart.locator('rect').count()).toBe(3 * 17);
  });

  it('draws the histogram: its bars count every clinic with listed patients once', async () => {
    const bars = page.locator('svg[aria-label="Fordeling af klinikkernes vejledende minimumspatienttal"] rect[fill="var(--blue)"]');
    expect(await bars.count()).toBeGreaterThan(0);
    // Each bar's tooltip ends in its count, in Danish format ("1.150–1.200: 3").
    const counts = (await bars.locator('title').allTextContents()).map((t) => Number(t.slice(t.lastIndexOf(': ') + 2).replaceAll('.', '')));
    expect(counts.reduce((s, n) => s + n, 0)).toBe(result.clinics.filter((c) => c.listedPatients > 0).length);
  });

  it('shows every rule set with its full content hash as visible text', async () => {
    const shown = await page.locator('body').innerText();
    expect(result.ruleSets.length).toBeGreaterThanOrEqual(4);
    for (const ruleSet of result.ruleSets) {
      expect(shown).toContain(ruleSet.hash);
      expect(await page.locator('span.hash', { hasText: ruleSet.hash }).first().isVisible()).toBe(true);
    }
  });

  it('takes a full-page screenshot into the temp dir', async () => {
    const file = join(dir, 'report.png');
    await page.screenshot({ path: file, fullPage: true });
    expect((await readFile(file)).subarray(1, 4).toString()).toBe('PNG');
    expect((await stat(file)).size).toBeGreaterThan(10_000);
  });

  it('prints to a PDF of a sane number of A4 pages', async () => {
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThan(0);
    expect(pages).toBeLessThan(15);
    // Printing keeps the banner (print-color-adjust: exact in the report's print CSS).
    expect(await page.locator('.banner').isVisible()).toBe(true);
  });
});
