// The Swagger UI at /docs as a developer uses it, in Debian's chromium (never a downloaded browser):
// it renders under the /docs CSP without errors, lists the operations, and "Try it out" works.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import axe from 'axe-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, chromiumPath, launchChromium } from '@fordeling/browser';
import { backends, useTestApi } from './testing/test-app.js';

if (!chromiumAvailable()) console.warn(`BEMÆRK: browsertesten af /docs springes over: ${chromiumPath()} findes ikke.`);

describe.skipIf(!chromiumAvailable())('Swagger UI at /docs in chromium', () => {
  const pglite = backends.find((b) => b.name === 'pglite')!;
  const api = useTestApi(pglite);
  let server: Server;
  let browser: Browser;
  let page: Page;
  let docsPolicy: string | undefined;
  let port: number;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const listening = api.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    ({ port } = server.address() as AddressInfo);
    browser = await launchChromium();
    page = await browser.newPage();
    // CSP violations are reported as console errors, so this also catches a too-strict policy.
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    docsPolicy = (await page.goto(`http://127.0.0.1:${port}/docs/`, { waitUntil: 'load' }))?.headers()['content-security-policy'];
    await page.locator('.opblock').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  const operation = (method: string, path: string) => page.locator(`.opblock-${method}`, { has: page.locator(`.opblock-summary-path[data-path="${path}"]`) });

  it('renders the operations, among them POST /v1/decisions/capacity and GET /v1/rulesets', async () => {
    const listed = await page.locator('.opblock-summary').evaluateAll((summaries) =>
      summaries.map((s) => `${s.querySelector('.opblock-summary-method')?.textContent} ${s.querySelector('.opblock-summary-path')?.getAttribute('data-path')}`),
    );
    expect(listed).toEqual(expect.arrayContaining(['POST /v1/decisions/capacity', 'GET /v1/rulesets', 'GET /health']));
    expect(await page.title()).toBe('Fordeling API');
  });

  it('groups the operations by their tags, never one "default" group (issue 15)', async () => {
    const tags = await page.locator('.opblock-tag-section h3').evaluateAll((headings) => headings.map((h) => h.getAttribute('data-tag')));
    expect(tags).toEqual(['Drift', 'Regelsæt', 'Regelarbejde', 'Afgørelser', 'Beregninger', 'Kørsler', 'Høring', 'Adgangsnøgler']);
  });

  it('the problem types page: no axe-core violation (WCAG 2.1 AA), no horizontal scrolling at 390 px, each type at its anchor', async () => {
    const problems = await browser.newPage();
    try {
      for (const width of [1280, 390]) {
        await problems.setViewportSize({ width, height: 800 });
        await problems.goto(`http://127.0.0.1:${port}/docs/problems#validation`, { waitUntil: 'load' });
        await problems.addScriptTag({ content: axe.source });
        const result = await problems.evaluate(async () => (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), `at ${width} px`).toEqual([]);
        if (width === 390) expect(await problems.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      }
      expect(await problems.locator('#validation h2').innerText()).toBe('Ugyldig forespørgsel');
    } finally {
      await problems.close();
    }
  });

  it('GET /health: "Try it out" and "Execute" show the live response, status 200', async () => {
    const health = operation('get', '/health');
    await health.locator('.opblock-summary').click();
    await health.getByRole('button', { name: 'Try it out' }).click();
    await health.getByRole('button', { name: 'Execute' }).click();
    const live = health.locator('.live-responses-table');
    await live.locator('.response-col_status').first().waitFor();
    expect((await live.locator('tbody .response-col_status').first().innerText()).trim()).toBe('200');
    expect(await live.locator('tbody .response-col_description').first().innerText()).toContain('"status": "ok"');
  });

  it('ran under the CSP of /docs, which allows inline scripts and styles there only', () => {
    expect(docsPolicy).toContain("script-src 'self' 'unsafe-inline'");
    expect(docsPolicy).toContain("style-src 'self' 'unsafe-inline'");
  });

  it('had no console errors (CSP violations included) or page errors', () => {
    expect(errors).toEqual([]);
  });
});
