// Regler in Chromium: every rule set with the version in force on a date, search by Danish title and
// by value (by keyboard alone), what was in force on a date, the changes between two dates in words,
// references by their real titles with illustrative values marked — axe-clean, reflowing at 390 px.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, focused, signIn, startWorkbench, tabTo, widthAt390, type Workbench } from '../../testing/index.js';

const SHOTS = process.env.FORDELING_SCREENSHOTS;

describe.skipIf(!chromiumAvailable())('Regler: the rule explorer', () => {
  let wb: Workbench;
  let page: Page;
  beforeAll(async () => {
    wb = await startWorkbench({ tokens: { reader: { role: 'reader', label: 'Læser' } }, clock: () => new Date('2026-12-07T10:00:00Z') });
    page = await wb.newPage();
    await signIn(page, wb.tokens.reader, '/regler?dato=2026-12-07');
  });
  afterAll(async () => wb?.close());

  it('lists every rule set with the version in force on the date, and the change log', async () => {
    const table = page.getByRole('table', { name: /Regelsæt og den version, der gælder 7\. december 2026/ });
    await table.waitFor();
    const capacity = table.locator('tbody tr', { hasText: 'capacity' });
    expect(await capacity.textContent()).toContain('2025.1');
    await page.getByLabel('Vis de versioner, der gælder på datoen').fill('2026-12-14');
    await expect.poll(() => page.getByRole('table', { name: /14\. december 2026/ }).locator('tbody tr', { hasText: 'capacity' }).textContent()).toContain('2026.2');
    expect(await page.getByRole('table', { name: 'Alle offentliggørelser, nyeste først' }).locator('tbody tr').count()).toBeGreaterThan(5);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widthAt390(page)).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/regler.png`, fullPage: false });
  });

  it('finds a provision by Danish title or by value, by keyboard alone, and opens it', async () => {
    await page.goto('/regler?dato=2026-12-07');
    await tabTo(page, 'Søg efter titel eller værdi');
    await page.keyboard.type('måltal');
    await expect.poll(() => page.locator('#rule-search-status').textContent()).toBe('1 bestemmelse passer.');
    expect(await page.locator('#rule-search-results').textContent()).toContain('Måltal: sygdomsvægtede borgere pr. lægekapacitet (Kapacitet');
    expect(await page.locator('#rule-search-results').textContent()).toContain('1.600');
    await page.getByLabel('Søg efter titel eller værdi').fill('Anholt');
    await expect.poll(() => page.locator('#rule-search-results').textContent()).toContain('Anholt');
    await tabTo(page, /Anholt/);
    expect((await focused(page)).tag).toBe('a');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/regler\/geography/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/Anholt/);
  });

  it('shows a rule set over time: periods, references by real titles, illustrative values marked, no internal notes', async () => {
    await page.goto('/regler/capacity');
    const target = page.locator('section.provision', { has: page.getByRole('heading', { name: 'Måltal: sygdomsvægtede borgere pr. lægekapacitet' }) });
    expect(await target.textContent()).toContain('3. juli 2025 – indtil videre: 1.600');
    expect(await target.textContent()).toContain('BEK nr. 975 af 2025');
    const ceiling = page.locator('section.provision', { hasText: 'Aarhus' }).first();
    expect(await ceiling.textContent()).toContain('Illustrativ værdi');
    expect(await page.locator('main').textContent()).not.toMatch(/seed\s*\d|seeds\b/i);
    expect(await page.getByRole('list', { name: 'Versionernes tidslinje' }).textContent()).toContain('Version 2026.2 — gælder 14. december 2026 – indtil videre');
    expect(await axeViolations(page)).toEqual([]);
    expect(await widthAt390(page)).toBeLessThanOrEqual(390);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/regler-regelsaet.png`, fullPage: false });
  });

  it('shows what was in force on a date, and the changes between two dates in words, by keyboard', async () => {
    await page.goto('/regler/geography');
    await page.getByLabel('Vis kun det, der gælder på datoen').fill('2027-01-01');
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /Bestemmelser gældende 1\. januar 2027/ }).count()).toBe(1);
    await page.getByLabel('Fra dato').fill('2026-12-31');
    await page.getByLabel('Til dato').fill('2027-01-01');
    await page.getByLabel('Til dato').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#compare-result').textContent()).toContain('Version 2025.1 (gældende 31. december 2026) mod version 2027.1 (gældende 1. januar 2027):');
    expect(await page.locator('#compare-result').textContent()).toContain('Sundhedsråd, rækken »Hovedstaden«, region ændres fra »Hovedstaden« til »Østdanmark«');
  });
});
