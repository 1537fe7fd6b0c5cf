// The region's flows in Chromium (issue 16, "Must show"): a region walks one clinic from the
// preliminary number to the final one with a dialogue and downloads the decision letter as PDF; the
// simulator grants the island exception on 2026-12-31 and refuses it on 2027-01-01 and records the
// decision with its letter; a region cannot see another region's case (UI and API); the run's report
// marks councils at their ceiling. Every page axe-clean and reflowing at 390 px.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture } from '@fordeling/api-app/testing';
import { fixtureClinic } from '@fordeling/store/testing';
import { axeViolations, chromiumAvailable, signIn, startWorkbench, tabTo, widthAt390, type Workbench } from '../testing/index.js';

/** `FORDELING_SCREENSHOTS=docs/images/web` also writes the pages' screenshots for docs/web.md (the folder, from the repository). */
const root = fileURLToPath(new URL('../../../../', import.meta.url));
const imageDir = process.env.FORDELING_SCREENSHOTS ? path.resolve(root, process.env.FORDELING_SCREENSHOTS === '1' ? 'docs/images/web' : process.env.FORDELING_SCREENSHOTS) : undefined;
const shot = async (page: Page, name: string) => {
  if (imageDir) await page.screenshot({ path: path.join(imageDir, `${name}.png`), fullPage: true });
};

/** Every page of the region: no WCAG 2.1 AA violation, no horizontal scrolling at 390 px. */
async function expectAccessible(page: Page) {
  expect(await axeViolations(page)).toEqual([]);
  expect(await widthAt390(page)).toBeLessThanOrEqual(390);
}

describe.skipIf(!chromiumAvailable())('the region’s pages of the workbench', () => {
  let wb: Workbench;
  let north: Page;
  let mid: Page;
  let runId: string;

  beforeAll(async () => {
    wb = await startWorkbench({
      // During the 2025 round (deadline 15 November 2025), under the 2025 geography.
      clock: () => new Date('2025-10-01T09:00:00Z'),
      tokens: {
        north: { role: 'region', region: 'Nordjylland', label: 'Planlægger Nord' },
        mid: { role: 'region', region: 'Midtjylland', label: 'Planlægger Midt' },
      },
    });
    // The API tests' small run (two clinics in Nordjylland, two in Midtjylland) and a clinic on Anholt.
    const fixture = runFixture(wb.api.library.bookAt('2025-07-03').refs());
    const anholt = { ...fixtureClinic('071234', 'Midtjylland', 'Kronjylland', 'Norddjurs', 707, 1, 1200, 1.0, 1600), name: 'Lægehuset Anholt', island: 'Anholt' };
    runId = (await wb.api.store.registerRun(fixture.run, [...fixture.clinics, anholt], { councils: fixture.councils })).id;
    north = await wb.newPage();
    mid = await wb.newPage();
    // The machine is shared: a page or a PDF may take longer than the harness's 15 s under load.
    for (const page of [north, mid]) page.setDefaultTimeout(30_000);
    await signIn(north, wb.tokens.north);
    await signIn(mid, wb.tokens.mid);
  });
  afterAll(async () => wb?.close());

  it('opens the year’s round from the registered run and lists the cases by state, deadline and flags', async () => {
    await north.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Høring' }).click();
    await north.getByRole('heading', { name: 'Åbn årets høringsrunde' }).waitFor();
    await expectAccessible(north);
    await north.getByRole('button', { name: 'Åbn høringsrunden' }).click();
    await north.getByText('Høringsrunden 2025 er åbnet med 2 sager.').waitFor();
    const table = north.getByRole('table', { name: 'Sagerne i høringsrunden 2025' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2);
    // 1.600 / 1,25 = 1.280 per capacity; the round's deadline from the timeline rule set.
    const row = table.locator('tr', { hasText: '081200' });
    expect(await row.textContent()).toContain('1.280');
    expect(await row.textContent()).toContain('15. november 2025');
    await expectAccessible(north);
    await shot(north, 'hoering');
  });

  it('walks one clinic from preliminary to final with a dialogue, and downloads the decision letter as PDF', async () => {
    await north.getByRole('link', { name: '081200' }).click();
    await north.getByRole('heading', { name: /Sag: ydernr\. 081200/ }).waitFor();
    await expectAccessible(north);

    // A deviation from the advisory 1.280 needs a reason (minimum-patients rule set): the problem at the field.
    await north.getByLabel('Foreløbigt tal pr. kapacitet').fill('1.400');
    await north.getByRole('button', { name: 'Send i høring' }).click();
    const fieldError = north.locator('#pre-reason-error');
    await fieldError.waitFor();
    expect(await fieldError.textContent()).toMatch(/begrundelse/i);
    expect(await north.getByLabel('Begrundelse for at afvige').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(north);
    await north.getByLabel('Begrundelse for at afvige').selectOption('special-functions');
    await north.getByLabel('Begrundelsen med regionens ord').fill('Klinikken varetager lægevagten for området.');
    await north.getByRole('button', { name: 'Send i høring' }).click();
    await north.getByText('Det foreløbige minimumspatienttal: gemt.').waitFor();

    // The clinic's response, by keyboard: type into the fields and submit with Enter.
    await north.getByLabel('Klinikkens bemærkninger').fill('Vi kan højst tage 2.600 patienter.');
    await north.getByLabel('Klinikkens eget højeste patienttal (i alt)').focus();
    await north.keyboard.type('2.600');
    await north.keyboard.press('Enter');
    await north.getByText('Klinikkens høringssvar: gemt.').waitFor();

    await north.getByLabel('Dato for dialogen').fill('2025-09-30');
    await north.getByLabel('Hvad kom der ud af dialogen').fill('Telefonmøde; klinikken accepterer tallet.');
    await north.getByLabel('Regionen og klinikken er enige').check();
    await north.getByRole('button', { name: 'Registrér dialogen' }).click();
    await north.getByText('Dialog med klinikken: gemt.').waitFor();

    await north.getByRole('button', { name: 'Træf afgørelsen' }).click();
    await north.getByText('Det endelige minimumspatienttal: gemt.').waitFor();
    const facts = await north.locator('.facts').textContent();
    expect(facts).toContain('1.400 fra 1. februar 2026');
    expect(facts).toContain('30. september 2025: Telefonmøde; klinikken accepterer tallet. (enige)');
    const history = north.getByRole('table', { name: 'Sagens historik, ældste først' });
    expect(await history.textContent()).toContain('Svar modtaget → Endeligt tal');
    await expectAccessible(north);

    // The letters of the case: the decision letter shown in the page, then downloaded as PDF.
    const decisionLetter = north.locator('.letters li', { hasText: 'Afgørelsesbrev' });
    await decisionLetter.getByRole('button', { name: 'Vis brevet' }).click();
    const frame = north.frameLocator('iframe.letter-frame');
    await expect.poll(() => frame.locator('body').textContent()).toContain('1.400');
    await expectAccessible(north);
    await shot(north, 'hoering-sag');
    const [download] = await Promise.all([north.waitForEvent('download'), decisionLetter.getByRole('link', { name: 'Hent som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('081200-afgoerelse.pdf');
    const pdf = await readFile((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  }, 120_000);

  it('writes the round’s letters with their progress and records them on the cases', async () => {
    await north.goto('/hoering');
    await north.getByLabel('Brev', { exact: true }).selectOption('vejledende');
    await north.getByRole('button', { name: 'Dan brevene' }).click();
    await north.getByText('Færdig: 2 af 2 breve; 2 registreret nu.').waitFor();
    expect(await north.locator('#batch-progress').getAttribute('value')).toBe('2');
    await expectAccessible(north);
    await north.getByRole('link', { name: '081100' }).click();
    await north.getByRole('heading', { name: 'Registrerede breve' }).waitFor();
    expect(await north.locator('section[aria-labelledby="letters-heading"]').textContent()).toMatch(/Informationsbrev med det vejledende tal: VEJ-2025-/);
  });

  it('keeps another region’s case out of sight, in the page and in the API', async () => {
    await mid.goto('/hoering/sag/081200?aar=2025');
    await expect.poll(() => mid.getByRole('alert').textContent()).toContain('Der findes ingen sag for ydernummer 081200');
    await expectAccessible(mid);
    const answers = await mid.evaluate(async () => Promise.all(['/v1/cases/081200', '/v1/cases/081200/letters/afgoerelse?format=pdf'].map(async (url) => (await fetch(url)).status)));
    expect(answers).toEqual([404, 404]);
    // Nordjylland's round is not in Midtjylland's list either.
    await mid.goto('/hoering');
    await mid.getByRole('heading', { name: 'Åbn årets høringsrunde' }).waitFor();
    expect(await mid.getByText('Der er ingen høringsrunde endnu.').count()).toBe(1);
  });

  it('grants the island exception on 2026-12-31, refuses it on 2027-01-01 and records the decision with its letter', async () => {
    await mid.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Afgørelser' }).click();
    await mid.getByRole('heading', { name: 'Afgørelser — simulator' }).waitFor();
    await expectAccessible(mid);
    await mid.getByLabel('Dato for anmodningen *').fill('2026-12-31');
    await mid.getByLabel('Sundhedsråd *').selectOption('Kronjylland');
    await mid.getByLabel('Eksisterende kapaciteter i sundhedsrådet *').fill('136,5');
    await mid.getByLabel('Kapacitetsloft').fill('136');
    await mid.getByLabel('Klinikkens ydernummer *').fill('071234');
    await mid.getByLabel('Ikke-brofast ø').selectOption('Anholt');
    await mid.getByLabel('Regionen vurderer lægedækningen utilstrækkelig').check();
    await mid.getByRole('button', { name: 'Prøv afgørelsen' }).click();
    const outcome = mid.locator('.decision__outcome');
    await expect.poll(() => outcome.textContent()).toContain('Imødekommet efter »Undtagelsen for ikke-brofaste øer«');
    expect(await mid.locator('.preview-banner').textContent()).toContain('PRØVE — ingen afgørelse, intet er gemt');
    const trace = mid.locator('.decision__trace');
    // Each rule's reference names its source by the real title (rules/sources.json), never a rule file's note.
    await expect.poll(() => trace.textContent()).toContain('Retsgrundlag: BEK nr. 975 af 2025, paragraf udfyldes');
    expect(await trace.textContent()).toContain('Kilde: Danske Regioners notat »Fordelingsmodel for læger i det almenmedicinske tilbud« (2025)');
    expect(await trace.textContent()).not.toMatch(/seed \d{3}|data\/ikke_brofaste_oer\.csv/);
    await expectAccessible(mid);
    await shot(mid, 'afgoerelser');

    // From 1 January 2027 the exception no longer applies: the council is at its ceiling.
    // By keyboard alone: from the date field, Tab to the button and press Enter.
    await mid.getByLabel('Dato for anmodningen *').fill('2027-01-01');
    await tabTo(mid, 'Prøv afgørelsen');
    await mid.keyboard.press('Enter');
    await expect.poll(() => outcome.textContent()).toContain('Afslået');
    expect(await mid.locator('.decision__explanation').textContent()).toContain('loft på 136');

    // Under the ministry's draft of the decision rules (the exception extended), the same request is a
    // trial only: granted, marked as a draft, and it cannot be recorded.
    await mid.getByLabel('Regler').selectOption('2026.1-udkast');
    await mid.getByRole('button', { name: 'Prøv afgørelsen' }).click();
    await expect.poll(() => outcome.textContent()).toContain('Imødekommet');
    expect(await mid.locator('.preview-banner').textContent()).toContain('under et udkast, ikke gældende regler');
    expect(await mid.getByRole('button', { name: 'Træf afgørelsen' }).isDisabled()).toBe(true);
    await expectAccessible(mid);

    await mid.getByLabel('Regler').selectOption('');
    await mid.getByRole('button', { name: 'Prøv afgørelsen' }).click();
    await expect.poll(() => outcome.textContent()).toContain('Afslået');
    await mid.getByRole('button', { name: 'Træf afgørelsen' }).click();
    await mid.getByText(/Afgørelsen er truffet og gemt med id/).waitFor();
    expect(await outcome.textContent()).toContain('Afslået');
    await expectAccessible(mid);
    const [download] = await Promise.all([mid.waitForEvent('download'), mid.getByRole('link', { name: 'Hent afgørelsesbrevet som PDF' }).click()]);
    expect(download.suggestedFilename()).toBe('071234-kapacitet.pdf');
    expect((await readFile((await download.path())!)).subarray(0, 5).toString()).toBe('%PDF-');
    // The decision is stored and audited: it is in the region's list.
    await expect.poll(() => mid.locator('#recent-heading + ul').textContent()).toMatch(/1\. januar 2027: afslået, Kronjylland, ydernr\. 071234/i);
  }, 120_000);

  it('shows the runs and a run’s report for the region, councils at their ceiling marked', async () => {
    await mid.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Kørsler' }).click();
    await mid.getByRole('table', { name: 'Registrerede modelkørsler, nyeste først' }).waitFor();
    await expectAccessible(mid);
    await mid.locator(`a[href="/koersler/${runId}"]`, { hasText: 'Kørslen pr. 3. juli 2025' }).click();
    const councils = mid.getByRole('table', { name: 'Kapacitet pr. sundhedsråd i 2025' });
    await councils.waitFor();
    // Aarhus has no free capacity in the fixture's 2025 (ceiling 244, 0 free).
    const atCeiling = await councils.locator('tr.at-ceiling').textContent();
    expect(atCeiling).toContain('Aarhus');
    expect(atCeiling).toContain('Loftet er nået');
    expect(await councils.locator('tr.at-ceiling').count()).toBe(1);
    expect(await mid.getByRole('table', { name: 'Klinikkernes vejledende minimumspatienttal' }).locator('tbody tr').count()).toBe(3);
    expect(await mid.locator('#summary-heading + p').textContent()).toContain('I 2025 har 1 sundhedsråd nået loftet: Aarhus');
    await expectAccessible(mid);
    await shot(mid, 'koersler');
  });
});
