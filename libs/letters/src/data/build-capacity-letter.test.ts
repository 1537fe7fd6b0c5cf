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
    expect(text).toContain('må Sundhedsråd Vendsyssel have 97 lægekapaciteter. Der er i dag 98');
    expect(text).toContain('BEK nr. 975 af 2025, § 5');
    expect(text).toContain('sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
    expect(text).toContain('Klagevejledning');
    // The rule is named by its Danish title, never by its machine id.
    expect(text).toContain('efter reglen »Undtagelsen for ikke-brofaste øer«');
    expect(text).not.toContain('island-exception');
    expect(data.letter.id).toMatch(/^KAP-2025-100001-/);
  });

  it('refuses a trace whose deciding rule has no Danish title', () => {
    const untitled = structuredClone(islandDecision);
    for (const t of untitled.decision.trace) delete t.title;
    expect(() => buildKapacitet(context, untitled, laesoe)).toThrow(/har ingen titel/);
  });

  it('a clinic not in the run needs name and address in the decision item', () => {
    expect(() => buildKapacitet(context, islandDecision, undefined)).toThrow(/står ikke i kørslens clinics.csv/);
    const { data } = buildKapacitet(context, { ...islandDecision, clinic: { name: 'Ny Læsø-praksis', address: 'Havnevej 1, 9940 Læsø' } }, undefined);
    expect(data.clinic.name).toBe('Ny Læsø-praksis');
    expect(data.region.name).toBe('Region Nordjylland');
  });
});
