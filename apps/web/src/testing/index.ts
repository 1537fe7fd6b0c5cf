// The workbench's end-to-end harness: a real `fordeling serve` app (createApp via composeApi) on
// 127.0.0.1 with a fresh PGlite data dir (or DATABASE_URL's PostgreSQL), tokens minted for the test,
// Debian's Chromium through playwright-core, and the checks every page must pass — axe-core
// (WCAG 2.1 AA), reflow at 390 px, keyboard helpers. Used by apps/web/src/**/*.e2e.test.ts and
// `npm run bench:web`. See /docs/web.md ("Tests").
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import axe from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '@fordeling/browser';
import { composeApi, type ComposedApi } from '@fordeling/api-app';
import type { Role } from '@fordeling/store';

export { chromiumAvailable, chromiumPath } from '@fordeling/browser';

const root = fileURLToPath(new URL('../../../../', import.meta.url));

/** Builds dist/web/ when a source changed (tools/build/web-build.mjs; a no-op when fresh). */
export function ensureWebBuilt(): void {
  execFileSync(process.execPath, [path.join(root, 'tools/build/web-build.mjs')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

export interface TokenSpec {
  role: Role;
  region?: string;
  label: string;
}

export interface Workbench {
  url: string;
  /** The folder runs are registered from (POST /v1/runs {path} is relative to it). */
  runsRoot: string;
  api: ComposedApi;
  /** Plain tokens by the keys given to startWorkbench. */
  tokens: Record<string, string>;
  browser: Browser;
  /** A fresh browser context (own cookies) at `url`, Danish locale, Copenhagen time. */
  newPage(options?: { width?: number }): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Builds the workbench if needed, starts the API on a free port with a fresh data dir and the
 * shipped rules, mints `tokens`, and launches Chromium. `clock` fixes "today" for the server.
 */
export async function startWorkbench(options: { tokens: Record<string, TokenSpec>; clock?: () => Date; rulesDir?: string }): Promise<Workbench> {
  ensureWebBuilt();
  const work = await mkdtemp(path.join(tmpdir(), 'fordeling-web-'));
  const dataDir = path.join(work, 'data');
  const databaseUrl = process.env.FORDELING_E2E_DATABASE_URL;
  const api = await composeApi({
    // backend 'pglite': without it openStore would fall back to env DATABASE_URL (set for the full suite), and every e2e file would share one database.
    ...(databaseUrl ? { databaseUrl } : { dataDir, backend: 'pglite' as const }),
    rulesDir: options.rulesDir,
    clock: options.clock,
    logger: (await import('@fordeling/api-app')).createLogger('silent'),
    rateLimit: false,
    runsRoot: work,
  });
  const tokens: Record<string, string> = {};
  for (const [key, spec] of Object.entries(options.tokens)) tokens[key] = (await api.store.createToken(spec)).token;
  const server = api.app.listen(0, '127.0.0.1');
  await new Promise<void>((resolve, reject) => server.once('listening', resolve).once('error', reject));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  return {
    url,
    runsRoot: work,
    api,
    tokens,
    browser,
    async newPage({ width = 1280 } = {}) {
      const context = await browser.newContext({ baseURL: url, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', viewport: { width, height: 900 } });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections?.();
      await api.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}

const run = promisify(execFile);

/**
 * A small synthetic Denmark run by the model and registered with the server, its input folder as
 * the reference population of the impact preview (PUT /v1/runs/{id}/inputs). Returns the run's id.
 */
export async function registerReferenceRun(wb: Workbench, options: { scale?: number; seed?: number; asOf?: string } = {}): Promise<string> {
  const { scale = 0.002, seed = 5, asOf = '2025-07-03' } = options;
  const cli = path.join(root, 'bin/fordeling.mjs');
  const input = path.join(wb.runsRoot, 'input');
  await run(process.execPath, [cli, 'synth', '--out', input, '--scale', String(scale), '--seed', String(seed)], { cwd: root });
  await run(process.execPath, [cli, 'run', '--input', input, '--out', path.join(wb.runsRoot, 'run'), '--as-of', asOf], { cwd: root });
  const { token } = await wb.api.store.createToken({ role: 'ministry', label: 'Testopsætning' });
  const post = async (method: string, url: string, body: object) => {
    const response = await fetch(`${wb.url}${url}`, { method, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  const { id } = await post('POST', '/v1/runs', { path: 'run' });
  await post('PUT', `/v1/runs/${id}/inputs`, { path: 'input' });
  return id;
}

/** Signs in through the sign-in form (label »Adgangsnøgle«, button »Log ind«) and waits for the menu. */
export async function signIn(page: Page, token: string, at = '/'): Promise<void> {
  await page.goto(at);
  await page.getByLabel('Adgangsnøgle').fill(token);
  await page.getByRole('button', { name: 'Log ind' }).click();
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

/** axe-core's WCAG 2.1 A/AA violations on the page as it is now, as readable lines ([] = none). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's CSP (script-src 'self') does not block,
  // so the pages are tested under the policy they are served with.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
  );
  return result.violations.map((v) => `${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Horizontal overflow at 390 px (WCAG 1.4.10): the page's scroll width after resizing to 390 px.
 * Restores the previous viewport. Expect `toBeLessThanOrEqual(390)`.
 */
export async function widthAt390(page: Page): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(50);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (before) await page.setViewportSize(before);
  return width;
}

/** What has keyboard focus: its accessible-ish name (aria-label, label text, text) and tag. */
export async function focused(page: Page): Promise<{ tag: string; name: string; id: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return { tag: '', name: '', id: '' };
    const labelled = el.getAttribute('aria-label') ?? (el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null);
    return { tag: el.tagName.toLowerCase(), name: (labelled ?? el.textContent ?? '').trim(), id: el.id };
  });
}

/**
 * Presses Tab (at most `max` times) until the focused element's name matches `name`; throws with
 * the names passed when it is never reached — so a test proves the control is keyboard-reachable.
 */
export async function tabTo(page: Page, name: string | RegExp, max = 80): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (typeof name === 'string' ? f.name === name : name.test(f.name)) return;
    seen.push(f.name.slice(0, 40));
  }
  throw new Error(`»${name}« blev ikke nået med Tab; fokus var på: ${seen.join(' | ')}`);
}
