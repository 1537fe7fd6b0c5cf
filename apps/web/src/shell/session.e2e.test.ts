// Sign-in and sign-out as a user does them in Chromium, and what the session cookie may and may
// not do: httpOnly + SameSite=Strict, the same principal as the token, CSRF on every change.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, signIn, startWorkbench, widthAt390, type Workbench } from '../testing/index.js';

describe.skipIf(!chromiumAvailable())('sign-in to the workbench', () => {
  let wb: Workbench;
  let page: Page;
  beforeAll(async () => {
    wb = await startWorkbench({
      tokens: {
        officer: { role: 'ministry', label: 'Jurist Hansen' },
        north: { role: 'region', region: 'Nordjylland', label: 'Planlægger Nord' },
      },
    });
    page = await wb.newPage();
  });
  afterAll(async () => wb?.close());

  it('shows the sign-in form in Danish, axe-clean and reflowing at 390 px', async () => {
    await page.goto('/');
    await expect.poll(() => page.title()).toBe('Log ind — Fordeling');
    expect(await page.getByLabel('Adgangsnøgle').getAttribute('type')).toBe('password');
    expect(await page.getByRole('button', { name: 'Log ind' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widthAt390(page)).toBeLessThanOrEqual(390);
    if (process.env.FORDELING_SCREENSHOTS) await page.screenshot({ path: `${process.env.FORDELING_SCREENSHOTS}/logind.png` });
  });

  it('refuses an unknown token with a Danish message at the field', async () => {
    await page.getByLabel('Adgangsnøgle').fill('fdl_forkert');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Adgangsnøglen er ukendt eller tilbagekaldt');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('signs in by keyboard alone into an httpOnly, SameSite=Strict cookie and back to the page asked for', async () => {
    await page.goto('/regler');
    await page.getByLabel('Adgangsnøgle').focus();
    await page.keyboard.type(wb.tokens.officer);
    await page.keyboard.press('Enter');
    await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/regler');
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'fordeling_session', httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.value).not.toContain(wb.tokens.officer);
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect(await page.getByRole('navigation', { name: 'Hovedmenu' }).textContent()).toContain('Udkast');
    expect(await page.locator('.who').textContent()).toContain('Jurist Hansen (Ministeriet)');
  });

  it('lets the session call the API as its token, but no change without the CSRF token', async () => {
    const asSession = await page.evaluate(async () => (await fetch('/v1/rulesets')).status);
    expect(asSession).toBe(200);
    const withoutCsrf = await page.evaluate(async () => {
      const r = await fetch('/v1/rulesets/capacity/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      return { status: r.status, body: await r.json() };
    });
    expect(withoutCsrf.status).toBe(403);
    expect(withoutCsrf.body.detail).toContain('CSRF');
  });

  it('signs out: the session ends on the server too', async () => {
    const [cookie] = await page.context().cookies();
    await page.getByRole('button', { name: 'Log ud' }).click();
    await page.getByLabel('Adgangsnøgle').waitFor();
    const response = await fetch(`${wb.url}/v1/rulesets`, { headers: { cookie: `fordeling_session=${cookie.value}` } });
    expect(response.status).toBe(401);
  });

  it('a region sees no ministry pages in its menu', async () => {
    const regionPage = await wb.newPage();
    await signIn(regionPage, wb.tokens.north);
    const nav = await regionPage.getByRole('navigation', { name: 'Hovedmenu' }).textContent();
    expect(nav).toContain('Regler');
    expect(nav).not.toContain('Udkast');
    expect(await regionPage.locator('.who').textContent()).toContain('Planlægger Nord (Region Nordjylland)');
    expect(await axeViolations(regionPage)).toEqual([]);
  });
});
