import { beforeAll, describe, expect, it } from 'vitest';
import { readRunFolder, type ClinicResult } from '@fordeling/model';
import { LetterDataValidator } from '../check/data-validator.js';
import { LetterRenderer } from '../render/letter-renderer.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { islandDecision } from '../testing/fixture-decision.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { textOf } from '../testing/text-of.js';
import { loadTemplateSet } from '../templates/template-set.js';
import type { LetterContext } from './build-common.js';
import { buildKapacitet } from './build-capacity-letter.js';

let context: LetterContext;
let laesoe: ClinicResult;
beforeAll(async () => {
  context = await fixtureContext({ councilRegions: new Map([['Vendsyssel', 'Nordjylland']]) });
  laesoe = (await readRunFolder(await writeFixtureRun(), { councils: false })).clinics[0];
});

describe('kapacitet', () => {
  it('states outcome, the exception with its reference, until when, and the trace sentences', async () => {
    const { data } = buildKapacitet(context, islandDecision, laesoe);
    expect(new LetterDataValidator().problems('kapacitet', data)).toEqual([]);
    expect(data.decision.exception?.ruleId).toBe('island-exception');
    const text = textOf(new LetterRenderer(await loadTemplateSet()).render('kapacitet', data));
    expect(text).toContain('anmodning af 1. oktober 2025 om udmøntning af en ny lægekapacitet i Sundhedsråd Vendsyssel');
    expect(text).toContain('Anmodningen er imødekommet');
    expect(text).toContain('Grundlag: Undtagelsen for ikke-brofaste øer');
    expect(text).toContain('midlertidig og gælder til og med 31. december 2026');
    expect(text).toContain('Retsgrundlag: BEK nr. 975 af 2025, § 7 (illustrativ)');
    expect(text).toContain('Sundhedsrådet Vendsyssel har 98 kapaciteter og loftet er 97.');
    expect(text).toContain('Loftet for Sundhedsråd Vendsyssel er 97 lægekapaciteter. Der er i dag 98, og anmodningen gælder 1.');
    expect(text).toContain('BEK nr. 975 af 2025, § 5');
    expect(text).toContain('sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
    expect(text).toContain('Klagevejledning');
    // The rule is named by its Danish title, never by its machine id.
    expect(text).toContain('efter reglen »Undtagelsen for ikke-brofaste øer«');
    expect(text).not.toContain('island-exception');
    expect(data.letter.id).toMatch(/^KAP-2025-100001-/);
  });

  // Seed 000: »i en periode frem til 1. januar 2027 vil være muligt at udmønte ekstra ydernumre på
  // ikke-brofaste øer« — the unit granted is a provider number; and the order's number is the ceiling.
  it('grants an extra provider number on the island, cites the order’s number as the ceiling, and takes its id from the decision’s year', async () => {
    const reference = { instrument: 'BEK nr. 975 af 2025', illustrative: true };
    const item = structuredClone(islandDecision);
    item.decision = { ...item.decision!, unit: 'provider-number', ceiling: { capacities: 97, fixedByOrder: true, reference }, asOf: '2026-12-31' };
    item.request = { ...item.request, date: '2026-12-31' };
    const { data } = buildKapacitet(context, item, laesoe);
    expect(new LetterDataValidator().problems('kapacitet', data)).toEqual([]);
    expect(data.letter.id).toMatch(/^KAP-2026-100001-/);
    const text = textOf(new LetterRenderer(await loadTemplateSet()).render('kapacitet', data));
    expect(text).toContain('Der udmøntes et ekstra ydernummer på øen.');
    expect(text).toContain('Efter bekendtgørelsen må Sundhedsråd Vendsyssel have 97 lægekapaciteter ved udgangen af 2026 (BEK nr. 975 af 2025, paragraf udfyldes (illustrativ)).');
    // Rule sets by their titles in the footer, never »capacity 2025.1«.
    expect(text).toContain('Test capacity version 2025.1');
    expect(text).not.toMatch(/\bcapacity 2025\.1\b/);
  });

  it('refuses a trace whose deciding rule has no Danish title', () => {
    const untitled = structuredClone(islandDecision);
    for (const t of untitled.decision!.trace) delete t.title;
    expect(() => buildKapacitet(context, untitled, laesoe)).toThrow(/har ingen titel/);
  });

  it('a clinic not in the run needs name and address in the decision item', () => {
    expect(() => buildKapacitet(context, islandDecision, undefined)).toThrow(/står ikke i kørslens clinics.csv/);
    const { data } = buildKapacitet(context, { ...islandDecision, clinic: { name: 'Ny Læsø-praksis', address: 'Havnevej 1, 9940 Læsø' } }, undefined);
    expect(data.clinic.name).toBe('Ny Læsø-praksis');
    expect(data.region.name).toBe('Region Nordjylland');
  });
});
