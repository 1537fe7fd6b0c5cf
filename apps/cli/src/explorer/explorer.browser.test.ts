// The explorer site as its readers use it, in Debian's chromium: axe-core finds no WCAG 2.1 AA
// violation on any page, it reflows at 390 px, search and the comparison of two dates work by keyboard,
// and no internal note (»seed 000«) reaches a page.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, chromiumPath, launchChromium } from '@fordeling/browser';
import { run as rules } from '../commands/rules.js';

if (!chromiumAvailable()) console.warn(`BEMÆRK: browsertesten af rules explore springes over: ${chromiumPath()} findes ikke.`);

describe.skipIf(!chromiumAvailable())('fordeling rules explore in chromium', () => {
  let out: string;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    out = await mkdtemp(path.join(tmpdir(), 'fordeling-explore-'));
    const lines: string[] = [];
    expect(await rules(['explore', '--out', out], { out: (l) => lines.push(l), err: (l) => lines.push(l), now: () => new Date('2026-12-03T12:00:00Z') })).toBe(0);
    browser = await launchChromium();
    page = await (await browser.newContext({ offline: true })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await rm(out, { recursive: true, force: true });
  });

  const open = async (file: string, width = 1280) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(pathToFileURL(path.join(out, file)).href);
  };

  it('writes one page per rule set, the change log and the index, with no internal notes', async () => {
    const files = (await readdir(out)).sort();
    expect(files).toEqual(['capacity.html', 'decisions.html', 'geography.html', 'index.html', 'log.html', 'minimum-patients.html', 'planning-areas.html', 'supplement.html', 'timeline.html', 'weights.html']);
    for (const file of files) expect(await readFile(path.join(out, file), 'utf8'), file).not.toMatch(/seed\s*\d|seeds\b|data\/\w+\.csv/i);
  });

  it.each(['index.html', 'capacity.html', 'geography.html', 'decisions.html', 'supplement.html', 'planning-areas.html', 'log.html'])('%s: no axe-core violation (WCAG 2.1 AA) and no horizontal scrolling at 390 px', async (file) => {
    for (const width of [1280, 390]) {
      await open(file, width);
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(async () => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `${file} at ${width} px`).toEqual([]);
      if (width === 390) expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
  });

  it('finds a provision by Danish title or by value, by keyboard alone', async () => {
    await open('index.html');
    await page.keyboard.press('Tab'); // skip link
    await page.keyboard.press('Tab'); // site name
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search');
    await page.keyboard.type('måltal');
    expect(await page.textContent('#search-status')).toBe('1 bestemmelse passer.');
    expect(await page.textContent('#search-results')).toContain('Måltal: sygdomsvægtede borgere pr. lægekapacitet (capacity): 1.600');
    await page.fill('#search', 'Anholt');
    expect(await page.textContent('#search-results')).toContain('Ikke-brofaste øer, rækken »Anholt«');
  });

  it('shows the changes between the versions in force on two dates, in words', async () => {
    await open('geography.html');
    await page.fill('#compare-from', '2026-12-31');
    await page.fill('#compare-to', '2027-01-01');
    await page.focus('#compare-to');
    await page.keyboard.press('Enter');
    const result = await page.textContent('#compare-result');
    expect(result).toContain('Version 2025.1 (gældende 31. december 2026) mod version 2027.1 (gældende 1. januar 2027):');
    expect(result).toContain('Sundhedsråd, rækken »Hovedstaden«, region ændres fra »Hovedstaden« til »Østdanmark«');
    const page2025 = await page.textContent('#p-councils-id-Hovedstaden');
    expect(page2025).toContain('3. juli 2025 – 31. december 2026');
    expect(page2025).toContain('1. januar 2027 – indtil videre');
  });

  it('marks illustrative values and missing paragraphs in words, not only by colour', async () => {
    await open('capacity.html');
    const rounding = await page.textContent('#p-ceilingRounding');
    expect(rounding).toContain('Illustrativ');
    expect(rounding).toContain('paragraf udfyldes');
  });
});
