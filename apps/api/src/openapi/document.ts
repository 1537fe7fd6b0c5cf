import { capacityRequestSchema } from '@fordeling/engine';
import { PROBLEM_PAGE, PROBLEM_TYPES } from '../http/problem.js';
import { clinicMinimumSchema, weightsCalculationSchema } from '../schemas/calculations.js';
import { decisionListSchema, storedDecisionSchema } from '../schemas/decisions.js';
import { dialogueSchema, finalSchema, openHearingSchema, preliminarySchema, responseSchema } from '../schemas/hearings.js';
import { impactRequestSchema, newDraftSchema, reasonSchema, ruleVersionSchema, runInputsSchema, submitSchema } from '../schemas/rule-drafts.js';
import { registerRunSchema } from '../schemas/runs.js';
import { createdTokenSchema, createTokenSchema, tokenListSchema, tokenRecordSchema } from '../schemas/tokens.js';
import { examples } from './examples.js';
import * as responses from './responses.js';

type Role = 'ministry' | 'region' | 'reader';

/** The groups Swagger UI shows and a client generator names its modules by. */
const TAGS = {
  Drift: 'Serverens tilstand (uden adgangsnøgle).',
  Regelsæt: 'Regelsættene: hvilke versioner der gælder, en version, forskelle, validering og tilskudsområderne.',
  Regelarbejde: 'Ministeriets arbejdsgang for nye versioner: udkast, kontrol, godkendelse med fire øjne, offentliggørelse og virkningen på en referencebefolkning.',
  Afgørelser: 'Kapacitetsafgørelser: afgør (gemmes med sporing og revisionsspor), læs og prøv efter valgte versioner.',
  Beregninger: 'Sygdomsvægte og vejledende minimumspatienttal efter de gældende regler.',
  Kørsler: 'Modelkørsler, sundhedsrådenes lofter og planlægningsområderne.',
  Høring: 'Den årlige høring: runder og klinikkernes sager fra vejledende til endeligt minimumspatienttal.',
  Adgangsnøgler: 'Ministeriets adgangsnøgler: oversigt, oprettelse og tilbagekaldelse.',
} as const;
type Tag = keyof typeof TAGS;

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  /** The client's method name. */
  operationId: string;
  tag: Tag;
  summary: string;
  roles: Role[] | 'public';
  /** A region token may be refused (403) for another region's council although its role may call the route. */
  regionScoped?: boolean;
  body?: object;
  /** The body is read as text (a rule-set document, so problems can name line and column). */
  textBody?: boolean;
  query?: Array<{ name: string; required?: boolean; description: string }>;
  created?: boolean;
  /** Schema of the success body (a component's $ref). */
  response: object;
  /** Error statuses of this route beyond those every /v1 route (401, 429, 503), every JSON body (400, 413, 415, 422) and a role restriction (403) bring. */
  errors?: number[];
  /** Extra request headers, e.g. If-Match. */
  headers?: Array<{ name: string; description: string }>;
  /** false: answers without the rules, so never 503 (token management, for a leaked token while the rules are broken). */
  needsRules?: false;
}

const ALL: Role[] = ['ministry', 'region', 'reader'];
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every route of the API; the OpenAPI document and docs/api.md's role matrix are built from it. */
export const operations: Operation[] = [
  { method: 'get', path: '/health', operationId: 'getHealth', tag: 'Drift', summary: 'Serverens tilstand', roles: 'public', response: ref('Health') },
  { method: 'get', path: '/v1/rulesets', operationId: 'listRuleSets', tag: 'Regelsæt', summary: 'Regelsæt og hvilke der gælder på en dato', roles: ALL, query: [{ name: 'asOf', description: 'Dato (ÅÅÅÅ-MM-DD); standard i dag' }], response: ref('RuleSetList'), errors: [422] },
  { method: 'get', path: '/v1/rulesets/{id}/versions/{version}', operationId: 'getRuleSetVersion', tag: 'Regelsæt', summary: 'Én version af et regelsæt med dens tilstand og historik', roles: ALL, response: ref('RuleVersion'), errors: [404] },
  { method: 'get', path: '/v1/rulesets/{id}/diff', operationId: 'diffRuleSetVersions', tag: 'Regelsæt', summary: 'Forskelle mellem to versioner (danske sætninger)', roles: ALL, query: [{ name: 'from', required: true, description: 'Version' }, { name: 'to', required: true, description: 'Version' }], response: ref('RuleSetDiff'), errors: [404, 422] },
  { method: 'post', path: '/v1/rulesets/validate', operationId: 'validateRuleSet', tag: 'Regelsæt', summary: 'Valider et regelsæt (som CLI’en)', roles: ['ministry', 'region'], body: { type: 'object', description: 'Et regelsæt-dokument' }, textBody: true, response: ref('ValidationResult') },
  { method: 'post', path: '/v1/decisions/capacity', operationId: 'decideCapacity', tag: 'Afgørelser', summary: 'Afgør en anmodning om kapacitet', roles: ['region'], regionScoped: true, body: capacityRequestSchema, created: true, response: ref('CapacityDecision'), errors: [409],
    headers: [{ name: 'Prefer', description: '»return=minimal« (RFC 7240): svaret uden sporingen (trace) — den står i GET /v1/decisions/{id}, som Location peger på; svaret har da »Preference-Applied: return=minimal«' }] },
  {
    method: 'get',
    path: '/v1/decisions',
    operationId: 'listDecisions',
    tag: 'Afgørelser',
    summary: 'Kapacitetsafgørelser, nyeste først (en region ser kun sine egne)',
    roles: ALL,
    query: [{ name: 'council', description: 'Sundhedsråd' }, { name: 'limit', description: 'Højst så mange (1–1.000); standard 100' }],
    response: ref('DecisionList'),
    errors: [422],
  },
  { method: 'get', path: '/v1/decisions/{id}', operationId: 'getDecision', tag: 'Afgørelser', summary: 'Én gemt kapacitetsafgørelse med sporing', roles: ALL, response: ref('StoredDecision'), errors: [404] },
  { method: 'post', path: '/v1/calculations/weights', operationId: 'calculateWeights', tag: 'Beregninger', summary: 'Sygdomsvægt pr. borger med forklaring', roles: ['ministry', 'region'], body: weightsCalculationSchema, response: ref('WeightsResult') },
  { method: 'post', path: '/v1/calculations/clinic-minimum', operationId: 'calculateClinicMinimum', tag: 'Beregninger', summary: 'Vejledende minimumspatienttal for en klinik', roles: ['ministry', 'region'], body: clinicMinimumSchema, response: ref('ClinicMinimumResult') },
  { method: 'post', path: '/v1/runs', operationId: 'registerRun', tag: 'Kørsler', summary: 'Registrer en modelkørsel', roles: ['ministry'], body: registerRunSchema, created: true, response: ref('Run') },
  { method: 'get', path: '/v1/runs', operationId: 'listRuns', tag: 'Kørsler', summary: 'Modelkørsler, nyeste først', roles: ALL, response: ref('RunList') },
  { method: 'get', path: '/v1/runs/{id}', operationId: 'getRun', tag: 'Kørsler', summary: 'Én modelkørsel med klinikker', roles: ALL, response: ref('RunDetail'), errors: [404] },
  { method: 'get', path: '/v1/councils', operationId: 'listCouncils', tag: 'Kørsler', summary: 'Sundhedsrådenes lofter fra en kørsel: loftet i kraft (bekendtgørelsens tal, hvor regelsættet har det), beregnet efter modellen og forskellen', roles: ALL, query: [{ name: 'year', description: 'År; standard i år' }, { name: 'runId', description: 'Kørsel; standard den seneste' }], response: ref('CouncilList'), errors: [404, 422] },
  { method: 'get', path: '/v1/supplement', operationId: 'getSupplement', tag: 'Regelsæt', summary: 'Midlertidigt tilskud i områder med lægemangel (sundhedsloven § 206 b, stk. 5): perioden og områderne', roles: ALL, query: [{ name: 'asOf', description: 'Dato (ÅÅÅÅ-MM-DD); standard i dag' }], response: ref('Supplement'), errors: [404, 422] },
  { method: 'get', path: '/v1/runs/{id}/planning-areas', operationId: 'listPlanningAreas', tag: 'Kørsler', summary: 'Regionale planlægningsområder under sundhedsrådene med kørslens klinikker (en region ser sine egne)', roles: ALL, query: [{ name: 'asOf', description: 'Dato for regelsættet (ÅÅÅÅ-MM-DD); standard i dag' }], response: ref('PlanningAreas'), errors: [404, 422] },
  { method: 'post', path: '/v1/hearings', operationId: 'openHearing', tag: 'Høring', summary: 'Åbn en høringsrunde for regionens klinikker', roles: ['region'], body: openHearingSchema, created: true, response: ref('Hearing'), errors: [404, 409] },
  { method: 'get', path: '/v1/hearings', operationId: 'listHearings', tag: 'Høring', summary: 'Høringsrunder', roles: ALL, response: ref('HearingList') },
  { method: 'get', path: '/v1/hearings/{id}', operationId: 'getHearing', tag: 'Høring', summary: 'Én høringsrunde', roles: ALL, response: ref('Hearing'), errors: [404] },
  { method: 'get', path: '/v1/hearings/{id}/cases', operationId: 'listHearingCases', tag: 'Høring', summary: 'Sager i en høringsrunde', roles: ALL, query: [{ name: 'status', description: 'advisory | preliminary | response | final' }], response: ref('CaseList'), errors: [404, 422] },
  { method: 'get', path: '/v1/cases/{providerNumber}', operationId: 'getCase', tag: 'Høring', summary: 'En kliniks sag med historik og breve', roles: ALL, query: [{ name: 'year', description: 'Rundens år; standard den seneste' }], response: ref('CaseDetail'), errors: [404, 422] },
  { method: 'post', path: '/v1/cases/{providerNumber}/preliminary', operationId: 'setPreliminaryMinimum', tag: 'Høring', summary: 'Foreløbigt minimumspatienttal', roles: ['region'], body: preliminarySchema, response: ref('CaseDetail'), errors: [404, 409] },
  { method: 'post', path: '/v1/cases/{providerNumber}/response', operationId: 'recordHearingResponse', tag: 'Høring', summary: 'Klinikkens høringssvar', roles: ['region'], body: responseSchema, response: ref('CaseDetail'), errors: [404, 409] },
  { method: 'post', path: '/v1/cases/{providerNumber}/final', operationId: 'setFinalMinimum', tag: 'Høring', summary: 'Endeligt minimumspatienttal (efter høringssvaret, eller uden når klinikkens frist er udløbet)', roles: ['region'], body: finalSchema, response: ref('CaseDetail'), errors: [404, 409] },
  { method: 'post', path: '/v1/cases/{providerNumber}/dialogue', operationId: 'recordDialogue', tag: 'Høring', summary: 'Registrér en dialog med klinikken (dato, resultat, enighed)', roles: ['region'], body: dialogueSchema, response: ref('CaseDetail'), errors: [404, 409] },
  // The rules workflow (issue 13): drafts, four-eyes approval, publishing, the impact preview.
  { method: 'get', path: '/v1/rulesets/{id}/drafts', operationId: 'listRuleDrafts', tag: 'Regelarbejde', summary: 'Versioner af et regelsæt i databasen (udkast, til godkendelse, afviste, offentliggjorte)', roles: ALL, response: ref('DraftList'), errors: [404] },
  { method: 'post', path: '/v1/rulesets/{id}/drafts', operationId: 'createRuleDraft', tag: 'Regelarbejde', summary: 'Opret et udkast: hele dokumentet, eller en kopi (hel eller som ændring) af den version, der gælder på »validFrom«', roles: ['ministry'], body: newDraftSchema, created: true, response: ref('RuleVersion'), errors: [404, 409] },
  {
    method: 'put',
    path: '/v1/rulesets/{id}/drafts/{version}',
    operationId: 'saveRuleDraft',
    tag: 'Regelarbejde',
    summary: 'Gem udkastet (hele dokumentet som tekst); kontrolleres mod hele biblioteket, fejlene gemmes med udkastet',
    roles: ['ministry'],
    body: { type: 'object', description: 'Hele regelsæt-dokumentet med status »draft«; linje og kolonne i fejlene henviser til den sendte tekst' },
    textBody: true,
    headers: [{ name: 'If-Match', description: 'Udkastets revision, fx "2"; 409, hvis det er ændret siden' }],
    response: ref('SavedDraft'),
    errors: [404, 409],
  },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/submit', operationId: 'submitRuleDraft', tag: 'Regelarbejde', summary: 'Send udkastet til godkendelse (kun uden fejl, og kun hvis det kan offentliggøres)', roles: ['ministry'], body: submitSchema, response: ref('RuleVersion'), errors: [404, 409] },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/approve', operationId: 'approveRuleDraft', tag: 'Regelarbejde', summary: 'Godkend og offentliggør (en anden end forfatteren: fire øjne)', roles: ['ministry'], body: reasonSchema, response: ref('ApprovedVersion'), errors: [404, 409] },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/reject', operationId: 'rejectRuleDraft', tag: 'Regelarbejde', summary: 'Afvis udkastet med en begrundelse (en anden end forfatteren)', roles: ['ministry'], body: reasonSchema, response: ref('RuleVersion'), errors: [404, 409] },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/impact', operationId: 'previewDraftImpact', tag: 'Regelarbejde', summary: 'Virkningen af et udkast: ændringerne i ord og pr. sundhedsråd, region og klinik på referencebefolkningen', roles: ['ministry', 'region'], body: impactRequestSchema, response: ref('Impact'), errors: [404] },
  { method: 'put', path: '/v1/runs/{id}/inputs', operationId: 'registerRunInputs', tag: 'Regelarbejde', summary: 'Registrér kørslens inputmappe som referencebefolkning (kontrolleres mod kørslens kontrolsummer)', roles: ['ministry'], body: runInputsSchema, response: ref('RunInputs'), errors: [404] },
  { method: 'get', path: '/v1/runs/{id}/inputs', operationId: 'getRunInputs', tag: 'Regelarbejde', summary: 'Kørslens registrerede inputmappe', roles: ALL, response: ref('RunInputs'), errors: [404] },
  {
    method: 'post',
    path: '/v1/decisions/capacity/preview',
    operationId: 'previewDecision',
    tag: 'Afgørelser',
    summary: 'Prøv en afgørelse efter valgte versioner (fx et udkast); gemmes aldrig, hver sætning er mærket som prøve',
    roles: ['ministry', 'region'],
    regionScoped: true,
    body: capacityRequestSchema,
    query: [{ name: 'versions', description: 'Versioner i stedet for de gældende, fx decisions@2026.1-udkast,capacity@2026.2' }],
    response: ref('DecisionPreview'),
    errors: [409],
  },
  // Tokens (issue 15): the ministry's, audited; the secret only in the 201.
  { method: 'get', path: '/v1/tokens', operationId: 'listTokens', tag: 'Adgangsnøgler', summary: 'Alle adgangsnøgler (aldrig selve nøglen)', roles: ['ministry'], response: ref('TokenList'), needsRules: false },
  { method: 'post', path: '/v1/tokens', operationId: 'createToken', tag: 'Adgangsnøgler', summary: 'Opret en adgangsnøgle; nøglen vises kun i dette svar (en regions nøgle kræver geografien: 503, mens regelsættene ikke kan bruges)', roles: ['ministry'], body: createTokenSchema, created: true, response: ref('CreatedToken') },
  { method: 'post', path: '/v1/tokens/{id}/revoke', operationId: 'revokeToken', tag: 'Adgangsnøgler', summary: 'Tilbagekald en adgangsnøgle; den afvises straks', roles: ['ministry'], response: ref('Token'), errors: [404], needsRules: false },
];

const STATUS_TEXT: Record<number, string> = {
  400: 'Ugyldig JSON eller adresse',
  401: 'Manglende eller ugyldig adgangsnøgle',
  403: 'Ingen adgang for rollen (eller et sundhedsråd i en anden region)',
  404: 'Findes ikke (også en anden regions)',
  409: 'Konflikt med tilstanden eller reglerne',
  413: 'For stor forespørgsel',
  415: 'Formatet understøttes ikke',
  422: 'Ugyldig forespørgsel eller regelbrud',
  429: 'For mange forespørgsler',
  503: 'Regelsættene kan ikke bruges (serveren startede med regelsæt med fejl)',
};

/** The error statuses a route can answer: those every /v1 route, a JSON body and a role restriction bring, and its own. */
export function errorStatuses(op: Operation): number[] {
  if (op.roles === 'public') return [503, ...(op.errors ?? [])];
  const statuses = new Set([401, 429, ...(op.needsRules === false ? [] : [503]), ...(op.errors ?? [])]);
  if (op.roles.length < ALL.length || op.regionScoped) statuses.add(403);
  // A JSON body brings 400/413/415/422, a text body 413/415/422 (a NUL in the text: 422); a path
  // parameter that cannot be decoded is a 400 (malformed-url).
  if (op.body) for (const s of op.textBody ? [413, 415, 422] : [400, 413, 415, 422]) statuses.add(s);
  if (op.path.includes('{')) statuses.add(400);
  return [...statuses].sort((a, b) => a - b);
}

/** The problem types a status can carry, from PROBLEM_TYPES. */
const problemTypesOf = (status: number) => Object.entries(PROBLEM_TYPES).filter(([, t]) => (t.status as readonly number[]).includes(status));

function errorResponse(status: number): object {
  const types = problemTypesOf(status);
  const [slug, first] = types[0];
  return {
    description: `${STATUS_TEXT[status]}. Problemtyper: ${types.map(([s]) => `[${s}](${PROBLEM_PAGE}#${s})`).join(', ')}.`,
    content: {
      'application/problem+json': {
        schema: ref('Problem'),
        example: { type: `${PROBLEM_PAGE}#${slug}`, title: first.title, status, detail: first.description, instance: '/v1/…#c0ffee00-0000-4000-8000-000000000000' },
      },
    },
  };
}

/**
 * A schema as the document shows it: without `$id` (a component is named by its place) and with
 * ajv-formats' `formatMinimum`/`formatMaximum` (no JSON Schema keywords) said in the description.
 */
const jsonOf = (schema: object) =>
  JSON.parse(
    JSON.stringify(schema, (key, value: unknown) => {
      if (key === '$id') return undefined;
      if (value && typeof value === 'object' && !Array.isArray(value) && ('formatMinimum' in value || 'formatMaximum' in value)) {
        const { formatMinimum, formatMaximum, ...rest } = value as Record<string, unknown>;
        const range = [formatMinimum && `tidligst ${String(formatMinimum)}`, formatMaximum && `senest ${String(formatMaximum)}`].filter(Boolean).join(', ');
        return { ...rest, description: [rest.description, `(${range})`].filter(Boolean).join(' ') };
      }
      return value;
    }),
  ) as object;

function operationObject(op: Operation): Record<string, unknown> {
  const example = examples[op.operationId];
  if (!example) throw new Error(`openapi/examples.json has no example for ${op.operationId}`);
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const query = (op.query ?? []).map((q) => ({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: { type: 'string' } }));
  const headers = (op.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string' } }));
  const successHeaders = {
    'Fordeling-Rulesets': { $ref: '#/components/headers/Fordeling-Rulesets' },
    'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
    ...(op.created ? { Location: { $ref: '#/components/headers/Location' } } : {}),
  };
  return {
    operationId: op.operationId,
    tags: [op.tag],
    summary: op.summary,
    description: op.roles === 'public' ? 'Kræver ingen adgangsnøgle.' : `Roller: ${op.roles.join(', ')}.`,
    ...(op.roles === 'public' ? { security: [] } : {}),
    'x-roles': op.roles,
    parameters: [...params, ...query, ...headers],
    ...(op.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonOf(op.body), example: example.request } } } } : {}),
    responses: {
      [op.created ? '201' : '200']: { description: op.created ? 'Oprettet' : 'OK', headers: successHeaders, content: { 'application/json': { schema: op.response, example: example.response } } },
      ...Object.fromEntries(errorStatuses(op).map((status) => [String(status), errorResponse(status)])),
    },
  };
}

/** The OpenAPI 3.1 document, built from the same schemas the routes validate with. */
export function openApiDocument(): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    paths[op.path] ??= {};
    paths[op.path][op.method] = operationObject(op);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Fordeling API',
      version: '1.0.0',
      description: `Regler som kode for den nationale model for fordeling af lægekapacitet (sundhedsloven § 206 b; BEK nr. 975 af 2025). Fejl er RFC 9457 problem+json; hver problemtype er beskrevet på [${PROBLEM_PAGE}](${PROBLEM_PAGE}).`,
      license: { name: 'Proprietær (UNLICENSED)', url: 'https://docs.npmjs.com/cli/v10/configuring-npm/package-json#license' },
    },
    servers: [{ url: '/', description: 'Denne server' }],
    security: [{ bearer: [] }],
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Adgangsnøgle fra `fordeling tokens create` (eller POST /v1/tokens).' } },
      headers: {
        'Fordeling-Rulesets': { description: 'De anvendte regelsætversioner: id@version;sha256:…, kommasepareret.', schema: { type: 'string' } },
        'X-Request-Id': { description: 'Forespørgslens id (sendt eller dannet).', schema: { type: 'string' } },
        Location: { description: 'Adressen på det oprettede.', schema: { type: 'string' } },
      },
      schemas: jsonOf({
        Health: responses.healthSchema,
        RuleSetList: responses.ruleSetListSchema,
        RuleSetDiff: responses.ruleSetDiffSchema,
        ValidationResult: responses.validationResultSchema,
        CapacityDecision: responses.decisionCreatedSchema,
        DecisionPreview: responses.decisionPreviewSchema,
        StoredDecision: storedDecisionSchema,
        DecisionList: decisionListSchema,
        WeightsResult: responses.weightsResultSchema,
        ClinicMinimumResult: responses.clinicMinimumResultSchema,
        Run: responses.runSchema,
        RunList: responses.runListSchema,
        RunDetail: responses.runDetailSchema,
        CouncilList: responses.councilListSchema,
        Supplement: responses.supplementSchema,
        PlanningAreas: responses.planningAreasSchema,
        Hearing: responses.hearingSchema,
        HearingList: responses.hearingListSchema,
        CaseList: responses.caseListSchema,
        CaseDetail: responses.caseDetailSchema,
        RuleVersion: ruleVersionSchema,
        SavedDraft: responses.savedDraftSchema,
        ApprovedVersion: responses.approvedVersionSchema,
        DraftList: responses.draftListSchema,
        Impact: responses.impactSchema,
        RunInputs: responses.runInputsRecordSchema,
        Token: tokenRecordSchema,
        TokenList: tokenListSchema,
        CreatedToken: createdTokenSchema,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'instance'],
          properties: {
            type: { type: 'string', format: 'uri-reference', description: `Problemtypen: et afsnit på ${PROBLEM_PAGE}` },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', required: ['pointer', 'message'], properties: { pointer: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      }),
    },
  };
}
