// The Swagger UI at /docs as a developer uses it, in Debian's chromium (never a downloaded browser):
// it renders under the /docs CSP without errors, lists the operations, and "Try it out" works.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
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
  const errors: string[] = [];

  beforeAll(async () => {
    server = await new Promise<Server>((resolve) => {
      const listening = api.app.listen(0, '127.0.0.1', () => resolve(listening));
    });
    const { port } = server.address() as AddressInfo;
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
