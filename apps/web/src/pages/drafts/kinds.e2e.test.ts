// The editor's forms for other kinds than capacity: an amendment of the weights (a table row edited
// in the form becomes one `replace` change of that row, with its reference), and the decision rules
// (their conditions, which the schema leaves open, edited as JSON with a Danish message while the
// JSON is incomplete) — axe-clean and reflowing at 390 px.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, chromiumAvailable, signIn, startWorkbench, widthAt390, type Workbench } from '../../testing/index.js';

describe.skipIf(!chromiumAvailable())('Udkast: forms generated for every kind', () => {
  let wb: Workbench;
  let page: Page;
  const create = async (id: string, amendment: boolean) => {
    const response = await fetch(`${wb.url}/v1/rulesets/${id}/drafts`, { method: 'POST', headers: { authorization: `Bearer ${wb.tokens.a}`, 'content-type': 'application/json' }, body: JSON.stringify({ validFrom: '2028-01-01', amendment }) });
    return ((await response.json()) as { ref: { version: string } }).ref.version;
  };
  const stored = async (id: string, version: string) =>
    (await (await fetch(`${wb.url}/v1/rulesets/${id}/versions/${version}`, { headers: { authorization: `Bearer ${wb.tokens.a}` } })).json()) as { text: string; state: { revision: number } };
  beforeAll(async () => {
    wb = await startWorkbench({ tokens: { a: { role: 'ministry', label: 'Jurist A' } }, clock: () => new Date('2026-12-07T10:00:00Z') });
    page = await wb.newPage();
    await signIn(page, wb.tokens.a, '/udkast');
  });
  afterAll(async () => wb?.close());

  it('an amendment of the weights: a base weight edited in its table row becomes one replace of that row', async () => {
    const version = await create('weights', true);
    await page.goto(`/udkast/weights/${version}`);
    const row = page.getByRole('group', { name: /^Række 1: M · 0 · 1\.1$/ });
    await row.getByLabel('Vægt', { exact: true }).fill('1.2');
    await expect.poll(() => page.locator('#save-status').textContent(), { timeout: 20_000 }).toContain('Gemt. Ingen fejl');
    const doc = JSON.parse((await stored('weights', version)).text) as { amends: string; changes: Array<{ op: string; path: string; value: { value: number; reference: { instrument: string } } }> };
    expect(doc.amends).toBe('2026.1'); // the weights in force on 31 December 2027
    expect(doc.changes).toHaveLength(1);
    expect(doc.changes[0]).toMatchObject({ op: 'replace', path: '/content/baseWeights/0', value: { sex: 'M', ageBand: '0', value: 1.2, reference: { instrument: 'BEK nr. 975 af 2025' } } });
    expect(await axeViolations(page)).toEqual([]);
    expect(await widthAt390(page)).toBeLessThanOrEqual(390);
  });

  it('the decision rules: conditions as JSON, with a Danish message while it is not valid JSON', async () => {
    const version = await create('decisions', false);
    await page.goto(`/udkast/decisions/${version}`);
    const conditions = page.getByLabel('Betingelser (JSON)').first();
    await conditions.waitFor();
    expect(await conditions.inputValue()).toMatch(/"(all|any)"/);
    const before = (await stored('decisions', version)).state.revision;
    await conditions.fill('{ "all": [ ');
    await expect.poll(() => page.locator('.json-value .field__error').first().textContent()).toMatch(/^Ikke gyldig JSON endnu/);
    expect((await stored('decisions', version)).state.revision).toBe(before);
    expect(await axeViolations(page)).toEqual([]);
    expect(await widthAt390(page)).toBeLessThanOrEqual(390);
  });
});
