import type { LetterKind } from '../letter-kind.js';
import {
  advisorySchema,
  clinicSchema,
  commonFields,
  commonOptionalFields,
  legalReferenceSchema,
  regionMinimumSchema,
  timelineSchema,
} from './common-schema.js';
import { bool, int, isoDate, list, num, obj, oneOf, str, text, type JsonSchema } from './json-schema.js';

// One data schema per letter kind: what templates/<kind>/letter.hbs may use.

const vejledende = obj({ ...commonFields, clinic: clinicSchema, timeline: timelineSchema, advisory: advisorySchema }, commonOptionalFields);

const hearingSchema = obj(
  {
    deadline: isoDate('Høringsfrist for denne klinik'),
    number: int('Høringens nummer: 1, eller 2 og derover ved en ny høring'),
    renewed: bool('Sand ved en ny høring (et ændret foreløbigt tal og en ny frist)'),
    dialogueOffered: bool('Sand når tallet er væsentligt højere end klinikkens nuværende patienttal pr. kapacitet'),
    increaseOverCurrentShare: num('Stigning i forhold til nuværende patienter pr. kapacitet (andel, fx 0,12)'),
    dialogueThresholdShare: num('Grænsen for »væsentligt højere« (andel)'),
    maximumForClinic: num('Højeste antal patienter for klinikken (maksimum pr. kapacitet × kapaciteter)'),
  },
  {},
  'Høringen',
);

const hoering = obj({
  ...commonFields,
  clinic: clinicSchema,
  timeline: timelineSchema,
  advisory: advisorySchema,
  preliminary: regionMinimumSchema,
  hearing: hearingSchema,
}, commonOptionalFields);

const responseSchema = obj(
  { receivedOn: isoDate('Dato for klinikkens høringssvar') },
  {
    maximumPatients: int('Det højeste antal patienter klinikken har oplyst at kunne have'),
    summary: text('Kort gengivelse af høringssvaret'),
    regionAnswer: text('Regionens bemærkning til høringssvaret'),
  },
  'Klinikkens høringssvar (kun når der er et)',
);

const afgoerelse = obj(
  {
    ...commonFields,
    clinic: clinicSchema,
    timeline: timelineSchema,
    advisory: advisorySchema,
    preliminary: regionMinimumSchema,
    final: regionMinimumSchema,
    changedSincePreliminary: bool('Sand når det endelige tal afviger fra det foreløbige'),
    reasons: list(str(), 'Regionens begrundelser (sætninger)'),
    dialogues: list(
      obj({ heldOn: isoDate('Dato for dialogen'), outcome: text('Hvad dialogen førte til'), agreement: bool('Sand når regionen og klinikken blev enige') }),
      'Dialoger med klinikken om tallet (kan være tom)',
    ),
  },
  {
    ...commonOptionalFields,
    response: responseSchema,
    noResponse: obj({ deadline: isoDate('Klinikkens høringsfrist') }, {}, 'Intet høringssvar inden fristen (kun når afgørelsen er truffet uden)'),
  },
);

const decisionSchema = obj(
  {
    outcome: oneOf(['granted', 'refused']),
    granted: bool('Sand når anmodningen er imødekommet'),
    outcomeLabel: str('Udfaldet i ord, fx »imødekommet«'),
    basis: str('Grundlaget (id)'),
    basisLabel: str('Grundlaget i ord'),
    decidingRule: str('Id for reglen der afgjorde sagen'),
    decidingRuleTitle: str('Titlen på reglen der afgjorde sagen, fx »Undtagelsen for ikke-brofaste øer«'),
    asOf: isoDate('Afgørelsesdato'),
    reasons: list(str(), 'Begrundelser fra afgørelsessporet (sætninger)'),
    references: list(legalReferenceSchema, 'Retsgrundlag for de regler der blev anvendt'),
  },
  {
    validUntil: isoDate('Tidsbegrænset til og med (kun ved midlertidige tilladelser)'),
    grantLabel: str('Hvad der udmøntes i ord, fx »1 lægekapacitet« eller »et ekstra ydernummer« (kun ved bevilling af ny kapacitet)'),
    exception: obj(
      { ruleId: str(), explanation: str('Undtagelsen i ord'), reference: legalReferenceSchema },
      {},
      'Undtagelsen der blev brugt (kun når en undtagelse afgjorde sagen)',
    ),
  },
  'Afgørelsen',
);

const requestSchema = obj(
  {
    kind: oneOf(['new', 'refill']),
    kindLabel: str('Anmodningen i ord, fx »udmøntning af en ny lægekapacitet«'),
    date: isoDate('Anmodningens dato'),
    council: str('Sundhedsråd'),
    existingCapacities: num('Eksisterende kapaciteter i sundhedsrådet'),
    requestedCapacities: num('Ansøgte kapaciteter'),
    ceiling: num('Loftet for sundhedsrådet'),
  },
  {
    ceilingFixedByOrder: obj(
      { year: int('Året'), reference: legalReferenceSchema },
      {},
      'Loftet er bekendtgørelsens antal for sundhedsrådet og året (kun da)',
    ),
  },
  'Anmodningen',
);

const kapacitet = obj({
  ...commonFields,
  clinic: obj(
    { providerNumber: str('Ydernummer'), name: str('Klinikkens navn'), address: str('Adresse'), council: str('Sundhedsråd') },
    { municipality: str('Kommune') },
    'Klinikken',
  ),
  request: requestSchema,
  decision: decisionSchema,
}, commonOptionalFields);

export const LETTER_SCHEMAS: Record<LetterKind, JsonSchema> = { vejledende, hoering, afgoerelse, kapacitet };
