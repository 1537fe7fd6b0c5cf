// The success bodies of the routes as JSON Schemas, for the OpenAPI document (issue 15: typed
// responses a client generator can use). Built from the schemas the routes and the store already
// have where there is one (decisions, rule versions, run clinics, tokens); the rest describe what
// the route answers (routes/*.ts), and every API test checks each answer against them
// (testing/openapi-conformance.ts), so they cannot drift from the code.
import { isoDate, ruleSetRef } from '../schemas/common.js';
import { storedDecisionSchema } from '../schemas/decisions.js';
import { clinicResultSchema } from '../schemas/runs.js';

const text = { type: 'string' } as const;
const int = { type: 'integer' } as const;
const num = { type: 'number' } as const;
const bool = { type: 'boolean' } as const;
const dateTime = { type: 'string', format: 'date-time' } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const obj = (required: readonly string[], properties: Record<string, unknown>, title?: string) => ({ type: 'object', ...(title ? { title } : {}), required: [...required], properties });
const list = (items: object) => ({ type: 'array', items });
const refs = list(ruleSetRef);
/** A rule-set version named in an answer: a draft says so. */
const namedVersion = { ...ruleSetRef, required: ['id', 'version'], properties: { ...ruleSetRef.properties, hash: { type: ['string', 'null'] }, draft: bool } };
const fileProblem = obj(['message'], { file: text, line: int, column: int, pointer: text, message: text, severity: text });

export const healthSchema = obj(
  ['status', 'store', 'ruleSets'],
  {
    status: { enum: ['ok', 'degraded', 'unavailable'], title: 'ok, degraded (et senere regelsæt kunne ikke indlæses) eller unavailable' },
    store: { enum: ['pglite', 'postgres'] },
    ruleSets: int,
    ruleProblems: int,
    rulesLoadedAt: dateTime,
    problems: list(fileProblem),
  },
  'Serverens tilstand',
);

export const ruleSetListSchema = obj(
  ['asOf', 'inForce', 'ruleSets'],
  {
    asOf: isoDate,
    inForce: refs,
    ruleSets: list(
      obj(['id', 'kind', 'version', 'validFrom', 'status', 'title', 'hash', 'file', 'inForce'], {
        id: text,
        kind: text,
        version: text,
        validFrom: isoDate,
        validTo: nullable(isoDate),
        status: { enum: ['draft', 'published'] },
        title: text,
        hash: text,
        file: text,
        inForce: bool,
      }),
    ),
  },
  'Regelsæt og de gældende versioner',
);

const change = obj(['pointer', 'change', 'sentence'], { pointer: text, change: text, before: {}, after: {}, sentence: text });

export const ruleSetDiffSchema = obj(['from', 'to', 'changes'], { from: namedVersion, to: namedVersion, changes: list(change) }, 'Forskelle i ord');

export const validationResultSchema = obj(['valid', 'problems', 'warnings'], { valid: bool, problems: list(fileProblem), warnings: list(fileProblem) }, 'Resultatet af en validering');

/**
 * The 201 of POST /v1/decisions/capacity: the decision and its id (GET /v1/decisions/{id} adds what
 * the store keeps). `trace` is left out when the request says `Prefer: return=minimal` (issue 17).
 */
export const decisionCreatedSchema = obj(
  ['id', 'outcome', 'basis', 'validUntil', 'decidingRule', 'explanation', 'asOf', 'ruleSets'],
  (({ id, outcome, basis, validUntil, decidingRule, explanation, trace, asOf, ruleSets }) => ({ id, outcome, basis, validUntil, decidingRule, explanation, trace, asOf, ruleSets }))(storedDecisionSchema.properties),
  'Kapacitetsafgørelse',
);

export const decisionPreviewSchema = obj(
  ['preview', 'outcome', 'basis', 'validUntil', 'decidingRule', 'explanation', 'trace', 'asOf', 'ruleSets'],
  {
    preview: { const: true },
    draft: { const: true, title: 'Efter mindst ét udkast' },
    ...(({ outcome, basis, validUntil, decidingRule, explanation, trace, asOf }) => ({ outcome, basis, validUntil, decidingRule, explanation, trace, asOf }))(storedDecisionSchema.properties),
    ruleSets: list(namedVersion),
  },
  'Prøveafgørelse (gemmes ikke)',
);

export const weightsResultSchema = obj(
  ['asOf', 'citizens', 'normalisation', 'ruleSets'],
  {
    asOf: isoDate,
    citizens: list(
      obj(['index', 'weight', 'ageBand', 'base', 'contributions'], {
        index: int,
        id: text,
        weight: num,
        ageBand: text,
        base: num,
        contributions: list(obj(['id', 'label', 'value'], { id: text, label: text, value: num })),
      }),
    ),
    normalisation: obj(['normalisedMean', 'applied', 'note'], { normalisedMean: num, applied: bool, note: text }),
    ruleSets: refs,
  },
  'Sygdomsvægte med forklaring',
);

export const clinicMinimumResultSchema = obj(
  ['asOf', 'meanWeight', 'capacities', 'advisoryMinimumPerCapacity', 'advisoryMinimumTotal', 'target', 'maximumPerCapacity', 'rounding', 'ruleSets'],
  {
    asOf: isoDate,
    meanWeight: num,
    meanWeightSource: text,
    capacities: num,
    advisoryMinimumPerCapacity: num,
    advisoryMinimumTotal: num,
    target: num,
    maximumPerCapacity: num,
    rounding: obj(['method', 'decimals'], { method: text, decimals: int }),
    ruleSets: refs,
  },
  'Vejledende minimumspatienttal',
);

const runProperties = {
  id: text,
  registeredAt: dateTime,
  asOf: isoDate,
  synthetic: bool,
  run: obj(['asOf', 'ruleSets', 'inputs'], {
    asOf: isoDate,
    synthetic: bool,
    partial: bool,
    counts: { type: 'object', additionalProperties: int },
    ruleSets: refs,
    inputs: list(obj(['file', 'sha256'], { file: text, sha256: text, rowsRead: int, accepted: int, rejected: int })),
  }),
  clinicCount: int,
};
const runRequired = ['id', 'registeredAt', 'asOf', 'synthetic', 'run', 'clinicCount'];

export const runSchema = obj(runRequired, runProperties, 'Registreret modelkørsel');
export const runListSchema = obj(['runs'], { runs: list(runSchema) }, 'Modelkørsler');
export const runDetailSchema = obj(
  [...runRequired, 'clinics'],
  { ...runProperties, clinics: list({ type: 'object', required: [...clinicResultSchema.required, 'runId'], properties: { ...clinicResultSchema.properties, runId: text } }) },
  'Modelkørsel med klinikker',
);

export const councilListSchema = obj(
  ['year', 'runId', 'councils'],
  {
    year: int,
    runId: nullable(text),
    councils: list({
      type: 'object',
      required: ['runId', 'year', 'council', 'region', 'ceiling', 'computedCeiling', 'fixedCeiling', 'ceilingDifference', 'freeCapacities'],
      properties: {
        council: text,
        region: text,
        citizens: int,
        existingCapacities: num,
        totalWeight: num,
        runId: text,
        year: int,
        ceiling: num,
        computedCeiling: num,
        fixedCeiling: nullable(num),
        ceilingDifference: nullable(num),
        freeCapacities: num,
      },
    }),
  },
  'Sundhedsrådenes lofter',
);

export const supplementSchema = obj(
  ['asOf', 'from', 'to', 'inForce', 'areas'],
  {
    asOf: isoDate,
    from: isoDate,
    to: isoDate,
    inForce: bool,
    citation: text,
    areas: list(obj(['id', 'name', 'region', 'municipalities'], { id: text, name: text, region: text, municipalities: list(text), citation: text, illustrative: bool })),
  },
  'Tilskud i områder med lægemangel',
);

export const planningAreasSchema = obj(
  ['runId', 'asOf', 'areas'],
  {
    runId: text,
    asOf: isoDate,
    areas: list(
      obj(['id', 'name', 'region', 'council', 'clinics', 'capacities', 'listedPatients', 'meanWeight', 'meanAdvisoryMinimum'], {
        id: text,
        name: text,
        region: text,
        council: text,
        municipality: int,
        clinics: int,
        capacities: num,
        listedPatients: int,
        meanWeight: nullable(num),
        meanAdvisoryMinimum: nullable(num),
      }),
    ),
  },
  'Planlægningsområder',
);

export const hearingSchema = obj(
  ['id', 'region', 'year', 'runId', 'dates', 'openedAt', 'openedBy', 'caseCount'],
  { id: text, region: text, year: int, runId: text, dates: { type: 'object', additionalProperties: isoDate, title: 'Tidsplanens datoer pr. trin' }, openedAt: dateTime, openedBy: text, caseCount: int },
  'Høringsrunde',
);
export const hearingListSchema = obj(['hearings'], { hearings: list(hearingSchema) }, 'Høringsrunder');

const caseStatus = { enum: ['advisory', 'preliminary', 'response', 'final'] };
const caseProperties = {
  id: text,
  hearingId: text,
  region: text,
  year: int,
  runId: text,
  providerNumber: text,
  clinicName: text,
  municipality: text,
  council: text,
  capacities: num,
  listedPatients: int,
  meanWeight: num,
  advisoryMinimumPerCapacity: num,
  advisoryMinimumTotal: num,
  status: caseStatus,
  version: int,
  preliminary: nullable({ type: 'object', required: ['minimumPerCapacity', 'at', 'actorId'], properties: { minimumPerCapacity: num, deviationReasonId: nullable(text), deviationText: nullable(text), dialogueRequired: bool, hearingDeadline: isoDate, hearingNumber: int, at: dateTime, actorId: text } }),
  response: nullable({ type: 'object' }),
  final: nullable({ type: 'object' }),
  dialogues: list(obj(['heldOn', 'outcome', 'agreement'], { heldOn: isoDate, outcome: text, agreement: bool, recordedAt: dateTime, actorId: text })),
  createdAt: dateTime,
  updatedAt: dateTime,
};
const caseRequired = ['id', 'hearingId', 'region', 'year', 'providerNumber', 'status', 'version', 'preliminary', 'response', 'final', 'createdAt', 'updatedAt'];

export const caseListSchema = obj(['hearing', 'cases'], { hearing: hearingSchema, cases: list(obj(caseRequired, caseProperties)) }, 'Sager i en høringsrunde');
export const caseDetailSchema = obj(
  [...caseRequired, 'history', 'letters'],
  {
    ...caseProperties,
    history: list(obj(['seq', 'toStatus', 'version', 'actorId', 'at'], { seq: int, caseId: text, fromStatus: nullable(caseStatus), toStatus: caseStatus, version: int, data: { type: 'object' }, actorId: text, actorRole: text, at: dateTime })),
    letters: list({ type: 'object' }),
  },
  'En kliniks sag med historik og breve',
);

export const draftListSchema = obj(
  ['drafts'],
  {
    drafts: list(
      obj(['id', 'version', 'status', 'revision', 'kind', 'problems', 'warnings', 'authors', 'updatedAt'], {
        id: text,
        version: text,
        status: { enum: ['draft', 'submitted', 'rejected', 'published'] },
        revision: int,
        kind: text,
        validFrom: nullable(isoDate),
        hash: nullable(text),
        problems: int,
        warnings: int,
        authors: list(obj(['id', 'label'], { id: text, label: text })),
        updatedAt: dateTime,
      }),
    ),
  },
  'Versioner i databasen',
);

/** The answer of approve: the published version, what it succeeds, its changes in words, the rule tests and the library's state. */
export const approvedVersionSchema = {
  type: 'object',
  title: 'Den godkendte (offentliggjorte) version',
  allOf: [
    { $ref: '#/components/schemas/RuleVersion' },
    obj(['predecessor', 'changes', 'tests', 'rules'], { predecessor: nullable(namedVersion), changes: list(change), tests: nullable(text), rules: { enum: ['ok', 'degraded', 'unavailable'] } }),
  ],
};

export const savedDraftSchema = { type: 'object', title: 'Det gemte udkast', allOf: [{ $ref: '#/components/schemas/RuleVersion' }, obj(['valid'], { valid: bool })] };

export const runInputsRecordSchema = obj(
  ['runId', 'path', 'files', 'citizens', 'registeredBy', 'registeredAt'],
  { runId: text, path: text, files: list(obj(['file', 'sha256'], { file: text, sha256: text })), citizens: int, registeredBy: text, registeredAt: dateTime },
  'Kørslens referencebefolkning',
);

const yearEffect = obj(['year', 'before', 'after'], { year: int, before: { type: 'object' }, after: { type: 'object' }, ceilingDifference: num, freeCapacitiesDifference: num });
export const impactSchema = obj(
  ['draft', 'asOf', 'changes', 'notice'],
  {
    draft: namedVersion,
    predecessor: nullable(namedVersion),
    asOf: isoDate,
    changes: list(change),
    notice: text,
    model: bool,
    population: { type: 'object' },
    ruleSets: { type: 'object' },
    councils: list(obj(['council', 'region', 'years'], { council: text, region: text, existingCapacities: num, years: list(yearEffect) })),
    regions: list(obj(['region', 'years'], { region: text, councils: int, years: list(yearEffect), clinicsWithHigherMinimum: int, clinicsWithLowerMinimum: int })),
    country: { type: 'object' },
    clinics: { type: 'object' },
    recomputed: list(text),
  },
  'Virkningen af et udkast',
);
