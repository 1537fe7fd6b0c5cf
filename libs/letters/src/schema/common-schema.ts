import { bool, int, isoDate, list, num, obj, oneOf, str, text, type JsonSchema } from './json-schema.js';
import { LETTER_KINDS } from '../letter-kind.js';

// Fields every letter has. Descriptions are Danish: `fordeling letters fields` shows them to the
// region staff who edit the templates.

export const legalReferenceSchema = obj(
  { citation: str('Kort henvisning, fx »BEK nr. 975 af 2025, § 3«'), illustrative: bool('Sand når værdien er illustrativ') },
  { url: str('Adresse på retsinformation.dk') },
);

export const letterSchema = obj(
  {
    kind: oneOf(LETTER_KINDS, 'Brevtype'),
    title: str('Brevets overskrift'),
    id: str('Brev-id, fx VEJ-2025-123456-7F3K-9QXA'),
    date: isoDate('Brevets dato'),
    round: int('Året for beregningsrunden, fx 2025'),
    synthetic: bool('Sand når brevet bygger på syntetiske data'),
  },
  {},
  'Om brevet',
);

export const regionSchema = obj(
  {
    id: str('Regionens id, fx »Sjælland«'),
    name: str('Regionens navn, fx »Region Sjælland«'),
    unit: str('Afsenderenhed, fx »Enheden for Almen Praksis«'),
    addressLines: list(str(), 'Adresselinjer'),
    email: str('E-mail til almen praksis'),
    phone: str('Telefonnummer'),
    web: str('Regionens hjemmeside om minimumspatienttal'),
    signature: str('Underskrift, fx »Med venlig hilsen«-linjen'),
  },
  {},
  'Regionen der sender brevet (templates/regions.json)',
);

export const clinicSchema = obj(
  {
    providerNumber: str('Ydernummer'),
    name: str('Klinikkens navn'),
    address: str('Klinikkens adresse'),
    municipality: str('Kommune'),
    council: str('Sundhedsråd'),
    capacities: num('Antal lægekapaciteter (kan være fx 1,5)'),
    listedPatients: int('Tilmeldte patienter'),
    meanWeight: num('Gennemsnitlig sygdomsvægt for klinikkens patienter'),
    patientsPerCapacity: num('Tilmeldte patienter pr. lægekapacitet'),
  },
  {},
  'Klinikken (ydernummeret)',
);

export const ruleSetRefSchema = obj({
  id: str('Regelsættets id (til maskiner; brevet nævner regelsættet ved titlen)'),
  title: str('Regelsættets danske titel'),
  version: str('Version, fx 2025.1'),
  hash: str('Indholds-hash (sha256:…)'),
  shortHash: str('De første 12 tegn af hashen'),
});

export const rulesSchema = obj(
  {
    target: num('Vægtede borgere pr. lægekapacitet (1.600)'),
    targetReference: legalReferenceSchema,
    maximum: num('Højeste antal patienter pr. lægekapacitet (2.700)'),
    maximumReference: legalReferenceSchema,
    sets: list(ruleSetRefSchema, 'Regelsæt (version og hash) brevet er beregnet under'),
  },
  {},
  'Regler brevet bygger på',
);

export const timelineSchema = obj(
  {
    informationLetter: isoDate('Senest: brev om beregningen (1. september)'),
    preliminarySent: isoDate('Foreløbigt minimumspatienttal sendes (medio oktober)'),
    hearingDeadline: isoDate('Høringsfrist'),
    finalAnnounced: isoDate('Endeligt minimumspatienttal meldes ud (inden årets udgang)'),
    finalEffective: isoDate('Minimumspatienttallet gælder fra (1. februar)'),
  },
  {},
  'Årets tidsplan (regelsættet timeline)',
);

export const advisorySchema = obj(
  {
    perCapacity: int('Vejledende minimumspatienttal pr. lægekapacitet'),
    total: num('Vejledende minimumspatienttal for klinikken'),
    unrounded: num('Målet / gennemsnitlig sygdomsvægt før afrunding'),
    roundingLabel: str('Hvordan der afrundes, i ord'),
  },
  {},
  'Det vejledende minimumspatienttal',
);

/** A minimum set by the region (preliminary or final), compared with the advisory number. */
export const regionMinimumSchema = obj(
  {
    perCapacity: int('Minimumspatienttal pr. lægekapacitet'),
    total: num('Minimumspatienttal for klinikken'),
    deviates: bool('Sand når tallet afviger fra det vejledende'),
    difference: int('Forskel til det vejledende tal pr. lægekapacitet (+/-)'),
    lower: bool('Sand når tallet er lavere end det vejledende'),
  },
  {
    deviationReason: obj({ id: str(), label: str('Begrundelse for afvigelsen'), reference: legalReferenceSchema }),
    deviationText: text('Regionens uddybning af afvigelsen'),
  },
);

export const successorSchema = obj(
  { from: isoDate('Første dag, den nye region har opgaven'), region: regionSchema },
  {},
  'Regionen, der overtager opgaven (kun når afsenderregionen er nedlagt, før brevet får virkning)',
);

export type SchemaFields = Record<string, JsonSchema>;
export const commonFields: SchemaFields = {
  letter: letterSchema,
  region: regionSchema,
  rules: rulesSchema,
};

/** Optional fields every letter may have. */
export const commonOptionalFields: SchemaFields = { successor: successorSchema };
