import { describe, expect, it, beforeAll } from 'vitest';
import { readRunFolder, type ClinicResult } from '@fordeling/model';
import { checkTemplateSet } from '../check/check-templates.js';
import { LetterDataValidator } from '../check/data-validator.js';
import { buildAfgoerelse, buildHoering, buildVejledende } from '../data/build-minimum-letters.js';
import type { LetterContext } from '../data/build-common.js';
import { fixtureRuleSets } from '../testing/fixture-book.js';
import { fixtureContext } from '../testing/fixture-context.js';
import { writeFixtureRun } from '../testing/fixture-run.js';
import { textOf } from '../testing/text-of.js';
import { loadTemplateSet, type TemplateSet } from '../templates/template-set.js';
import { LetterRenderer } from './letter-renderer.js';

let templates: TemplateSet;
let context: LetterContext;
let clinics: Map<string, ClinicResult>;
let renderer: LetterRenderer;

beforeAll(async () => {
  templates = await loadTemplateSet();
  context = await fixtureContext();
  clinics = new Map((await readRunFolder(await writeFixtureRun(), { councils: false })).clinics.map((c) => [c.providerNumber, c]));
  renderer = new LetterRenderer(templates);
});

describe('the shipped templates', () => {
  it('pass the static check against their data schemas', () => {
    expect(checkTemplateSet(templates)).toEqual([]);
  });
});

describe('vejledende', () => {
  it('shows the worked example 1.600 / 1,45 → 1.103 per capacity, 2.206 for 2 capacities', () => {
    const { data } = buildVejledende(context, clinics.get('100001')!);
    expect(new LetterDataValidator().problems('vejledende', data)).toEqual([]);
    const text = textOf(renderer.render('vejledende', data));
    expect(text).toContain('Gennemsnitlig sygdomsvægt for jeres patienter 1,45');
    expect(text).toContain('Vejledende minimumspatienttal pr. lægekapacitet 1.103');
    expect(text).toContain('Vejledende minimumspatienttal for klinikken 2.206');
    expect(text).toContain('1.600 / 1,45 = 1.103,4, afrundet til nærmeste hele tal: 1.103 patienter pr. lægekapacitet');
    expect(text).toContain('1.103 × 2 lægekapaciteter = 2.206 patienter for klinikken');
    expect(text).toContain('sundhedsloven § 206 b, stk. 3');
    expect(text).toContain('BEK nr. 975 af 2025');
    expect(text).toContain('https://www.retsinformation.dk/eli/lta/2025/975');
    expect(text).toContain('Senest 1. september 2025');
    expect(text).toContain('15. oktober 2025');
    expect(text).toContain('19. december 2025');
    expect(text).toContain('1. februar 2026: Minimumspatienttallet gælder fra denne dato');
    expect(text).toContain('Region Nordjylland');
    expect(text).toContain(fixtureRuleSets.capacity.hash);
    expect(text).toContain(data.letter.id);
    expect(data.letter.id).toMatch(/^VEJ-2025-100001-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(text).toContain('SYNTETISKE DATA');
  });

  it('writes fractional capacities with their decimals: 1,5 lægekapaciteter', () => {
    const text = textOf(renderer.render('vejledende', buildVejledende(context, clinics.get('100003')!).data));
    expect(text).toContain('1.600 × 1,5 lægekapaciteter = 2.400 patienter for klinikken');
    expect(text).toContain('Region Sjælland');
  });

  it('gives the same id for the same data and a new id when the data changes', () => {
    const clinic = clinics.get('100001')!;
    const a = buildVejledende(context, clinic).data.letter.id;
    expect(buildVejledende(context, clinic).data.letter.id).toBe(a);
    expect(buildVejledende(context, { ...clinic, listedPatients: 2901 }).data.letter.id).not.toBe(a);
  });
});

describe('hoering', () => {
  it('without a case uses the advisory number as preliminary, offers dialogue when +13 % over today', () => {
    const { data } = buildHoering(context, clinics.get('100002')!);
    expect(data.preliminary).toMatchObject({ perCapacity: 1700, deviates: false });
    expect(data.hearing.dialogueOffered).toBe(true);
    const text = textOf(renderer.render('hoering', data));
    expect(text).toContain('Høringsfrist: 14. november 2025');
    // A hearing letter proposes; the region has not decided yet (»påtænker at fastsætte«).
    expect(text).toContain('Region Hovedstaden påtænker at fastsætte minimumspatienttallet for jeres klinik som nedenfor.');
    expect(text).not.toContain('har fastsat');
    expect(text).toContain('Regionen påtænker at fastsætte det vejledende minimumspatienttal');
    expect(text).toContain('Tilbud om dialog');
    expect(text).toContain('13 % højere');
    expect(text).toContain('2.700 patienter pr. lægekapacitet, svarende til 2.700 patienter for jeres klinik');
    expect(text).toContain('Region Hovedstaden');
    expect(text).toContain('csu@regionh.dk');
  });

  it('shows a deviation with its reason and the case deadline; no dialogue when not substantially higher', () => {
    const { data } = buildHoering(context, clinics.get('100001')!, {
      providerNumber: '100001', preliminaryPerCapacity: 1000, deviationReason: 'special-function',
      deviationText: 'Klinikken dækker også øens vagtfunktion.', hearingDeadline: '2025-11-21',
    });
    const text = textOf(renderer.render('hoering', data));
    expect(text).toContain('Det foreløbige tal er 103 patienter pr. lægekapacitet lavere end det vejledende minimumspatienttal');
    expect(text).toContain('Regionen lægger vægt på: Klinikken varetager særlige funktioner (Sundhedsloven, § 206 b, stk. 3)');
    expect(text).toContain('Klinikken dækker også øens vagtfunktion.');
    expect(text).toContain('Høringsfrist: 21. november 2025');
    expect(text).not.toContain('Tilbud om dialog');
  });

  it('a new hearing says the region now intends another number than the one the clinic was heard on', () => {
    const { data } = buildHoering(context, clinics.get('100001')!, {
      providerNumber: '100001', preliminaryPerCapacity: 1150, deviationReason: 'special-function', deviationText: 'Øget behov.', hearingDeadline: '2025-12-12', hearingNumber: 2,
    });
    expect(data.hearing).toMatchObject({ number: 2, renewed: true, deadline: '2025-12-12' });
    const text = textOf(renderer.render('hoering', data));
    expect(text).toContain('Region Nordjylland påtænker nu at fastsætte et andet minimumspatienttal for jeres klinik end det, I tidligere er hørt over. Derfor hører vi jer igen');
    expect(text).toContain('Høringsfrist: 12. december 2025');
  });

  it('refuses a large deviation without a reason, naming the numbers', () => {
    expect(() => buildHoering(context, clinics.get('100001')!, { providerNumber: '100001', preliminaryPerCapacity: 1300 })).toThrow(
      /afviger 17,9 % fra det vejledende tal \(1\.103\); over 5 % kræver en begrundelse/,
    );
  });
});

describe('afgoerelse', () => {
  it('states the final minimum, 1. februar 2026, the response and the complaint guidance', () => {
    const { data } = buildAfgoerelse(context, clinics.get('100001')!, {
      providerNumber: '100001', finalPerCapacity: 1103, response: { receivedOn: '2025-11-03', maximumPatients: 2600, summary: 'Vi kan højst have 1.300 pr. læge.' },
      reasons: ['Regionen har lagt vægt på lægedækningen på Læsø.'],
    });
    const text = textOf(renderer.render('afgoerelse', data));
    expect(text).toContain('Jeres minimumspatienttal er 1.103 patienter pr. lægekapacitet, i alt 2.206 patienter');
    expect(text).toContain('Minimumspatienttallet gælder fra 1. februar 2026');
    expect(text).toContain('høringssvar af 3. november 2025');
    expect(text).toContain('højst kan have 2.600 patienter tilmeldt');
    expect(text).toContain('Regionen har lagt vægt på lægedækningen på Læsø.');
    expect(text).toContain('Klagevejledning');
    expect(text).toContain('sundhedsloven § 206 b, stk. 3');
    expect(text).not.toContain('inden for fire uger');
    expect(data.letter.date).toBe('2025-12-19');
  });

  // The hearing letter: »Hører vi ikke fra jer inden fristen, træffer vi afgørelse på det foreliggende
  // grundlag« — the decision letter says so only when the case says no response came by the deadline.
  it('says that no response came by the deadline only when the case says so', () => {
    const text = textOf(renderer.render('afgoerelse', buildAfgoerelse(context, clinics.get('100004')!, { providerNumber: '100004', finalPerCapacity: 1159, decidedWithoutResponse: true, hearingDeadline: '2025-11-14' }).data));
    expect(text).toContain('Vi har ikke modtaget bemærkninger fra jer inden høringsfristen den 14. november 2025. Afgørelsen er derfor truffet på det foreliggende grundlag.');
    // The weight with the four decimals the calculation uses, as 1.600 / 1,38 would not give 1.159 exactly.
    expect(text).toContain('1.600 / 1,3800 = 1.159,4, afrundet til nærmeste hele tal: 1.159 patienter pr. lægekapacitet.');
  });

  it('refuses to invent the hearing’s outcome: no final number, or neither a response nor its absence', () => {
    const clinic = clinics.get('100004')!;
    expect(() => buildAfgoerelse(context, clinic)).toThrow('sagen har intet endeligt minimumspatienttal endnu');
    expect(() => buildAfgoerelse(context, clinic, { providerNumber: '100004', finalPerCapacity: 1159 })).toThrow('brevet kan ikke sige, hvordan høringen endte');
  });

  // Seed 003: »Ved behov for ændring af det beregnede minimumspatienttal … er regionen forpligtet til at
  // indgå i en dialog med den enkelte praksis«; the reason for a deviation is words, printed in the letter.
  it('prints the reason in words and the dialogue with its outcome and whether agreement was reached', () => {
    const text = textOf(renderer.render('afgoerelse', buildAfgoerelse(context, clinics.get('100001')!, {
      providerNumber: '100001', finalPerCapacity: 1150, finalDeviationReason: 'special-function', finalDeviationText: 'Klinikken dækker øens vagtfunktion.',
      response: { receivedOn: '2025-11-03' },
      dialogues: [{ heldOn: '2025-11-20', outcome: 'Møde på klinikken om vagtfunktionen.', agreement: false }],
    }).data));
    expect(text).toContain('Klinikken dækker øens vagtfunktion.');
    expect(text).toContain('Dialogen med jer 20. november 2025: Møde på klinikken om vagtfunktionen. Regionen og klinikken blev ikke enige; regionen har truffet afgørelsen');
  });
});
