import { clinicMinimumSchema, weightsCalculationSchema } from '../schemas/calculations.js';
import { capacityRequestSchema } from '@fordeling/engine';
import { citizenSchema } from '../schemas/citizen.js';
import { decisionListSchema, storedDecisionSchema } from '../schemas/decisions.js';
import { dialogueSchema, finalSchema, openHearingSchema, preliminarySchema, responseSchema } from '../schemas/hearings.js';
import { registerRunSchema } from '../schemas/runs.js';
import { impactRequestSchema, newDraftSchema, reasonSchema, ruleVersionSchema, runInputsSchema, submitSchema } from '../schemas/rule-drafts.js';
import { ruleWorkflowExamples } from './rule-workflow-examples.js';

type Role = 'ministry' | 'region' | 'reader';

interface Operation {
  method: 'get' | 'post' | 'put';
  path: string;
  summary: string;
  roles: Role[] | 'public';
  body?: object;
  /** Media type of the body when not application/json. */
  bodyType?: string;
  query?: Array<{ name: string; required?: boolean; description: string }>;
  created?: boolean;
  /** Schema of the success body; default any object. */
  response?: object;
  /** An example request body and success body (Swagger UI shows them). */
  example?: unknown;
  responseExample?: unknown;
  /** Extra request headers, e.g. If-Match. */
  headers?: Array<{ name: string; description: string }>;
}

const ALL: Role[] = ['ministry', 'region', 'reader'];

/** Every route of the API; the OpenAPI document and docs/api.md's role matrix are built from it. */
export const operations: Operation[] = [
  { method: 'get', path: '/health', summary: 'Serverens tilstand', roles: 'public' },
  { method: 'get', path: '/v1/rulesets', summary: 'Regelsæt og hvilke der gælder på en dato', roles: ALL, query: [{ name: 'asOf', description: 'Dato (ÅÅÅÅ-MM-DD); standard i dag' }] },
  { method: 'get', path: '/v1/rulesets/{id}/versions/{version}', summary: 'Én version af et regelsæt med dens tilstand og historik', roles: ALL, response: { $ref: '#/components/schemas/RuleVersion' }, responseExample: ruleWorkflowExamples.approved },
  { method: 'get', path: '/v1/rulesets/{id}/diff', summary: 'Forskelle mellem to versioner (danske sætninger)', roles: ALL, query: [{ name: 'from', required: true, description: 'Version' }, { name: 'to', required: true, description: 'Version' }] },
  { method: 'post', path: '/v1/rulesets/validate', summary: 'Valider et regelsæt (som CLI’en)', roles: ['ministry', 'region'], body: { type: 'object', description: 'Et regelsæt-dokument' } },
  { method: 'post', path: '/v1/decisions/capacity', summary: 'Afgør en anmodning om kapacitet', roles: ['region'], body: capacityRequestSchema, created: true },
  {
    method: 'get',
    path: '/v1/decisions',
    summary: 'Kapacitetsafgørelser, nyeste først (en region ser kun sine egne)',
    roles: ALL,
    query: [{ name: 'council', description: 'Sundhedsråd' }, { name: 'limit', description: 'Højst så mange (1–1.000); standard 100' }],
    response: { $ref: '#/components/schemas/DecisionList' },
  },
  { method: 'get', path: '/v1/decisions/{id}', summary: 'Én gemt kapacitetsafgørelse med sporing', roles: ALL, response: { $ref: '#/components/schemas/StoredDecision' } },
  { method: 'post', path: '/v1/calculations/weights', summary: 'Sygdomsvægt pr. borger med forklaring', roles: ['ministry', 'region'], body: weightsCalculationSchema },
  { method: 'post', path: '/v1/calculations/clinic-minimum', summary: 'Vejledende minimumspatienttal for en klinik', roles: ['ministry', 'region'], body: clinicMinimumSchema },
  { method: 'post', path: '/v1/runs', summary: 'Registrer en modelkørsel', roles: ['ministry'], body: registerRunSchema, created: true },
  { method: 'get', path: '/v1/runs', summary: 'Modelkørsler, nyeste først', roles: ALL },
  { method: 'get', path: '/v1/runs/{id}', summary: 'Én modelkørsel med klinikker', roles: ALL },
  { method: 'get', path: '/v1/councils', summary: 'Sundhedsrådenes lofter fra en kørsel: loftet i kraft (bekendtgørelsens tal, hvor regelsættet har det), beregnet efter modellen og forskellen', roles: ALL, query: [{ name: 'year', description: 'År; standard i år' }, { name: 'runId', description: 'Kørsel; standard den seneste' }] },
  { method: 'get', path: '/v1/supplement', summary: 'Midlertidigt tilskud i områder med lægemangel (sundhedsloven § 206 b, stk. 5): perioden og områderne', roles: ALL, query: [{ name: 'asOf', description: 'Dato (ÅÅÅÅ-MM-DD); standard i dag' }] },
  { method: 'get', path: '/v1/runs/{id}/planning-areas', summary: 'Regionale planlægningsområder under sundhedsrådene med kørslens klinikker (en region ser sine egne)', roles: ALL, query: [{ name: 'asOf', description: 'Dato for regelsættet (ÅÅÅÅ-MM-DD); standard i dag' }] },
  { method: 'post', path: '/v1/hearings', summary: 'Åbn en høringsrunde for regionens klinikker', roles: ['region'], body: openHearingSchema, created: true },
  { method: 'get', path: '/v1/hearings', summary: 'Høringsrunder', roles: ALL },
  { method: 'get', path: '/v1/hearings/{id}', summary: 'Én høringsrunde', roles: ALL },
  { method: 'get', path: '/v1/hearings/{id}/cases', summary: 'Sager i en høringsrunde', roles: ALL, query: [{ name: 'status', description: 'advisory | preliminary | response | final' }] },
  { method: 'get', path: '/v1/cases/{providerNumber}', summary: 'En kliniks sag med historik og breve', roles: ALL, query: [{ name: 'year', description: 'Rundens år; standard den seneste' }] },
  { method: 'post', path: '/v1/cases/{providerNumber}/preliminary', summary: 'Foreløbigt minimumspatienttal', roles: ['region'], body: preliminarySchema },
  { method: 'post', path: '/v1/cases/{providerNumber}/response', summary: 'Klinikkens høringssvar', roles: ['region'], body: responseSchema },
  { method: 'post', path: '/v1/cases/{providerNumber}/final', summary: 'Endeligt minimumspatienttal (efter høringssvaret, eller uden når klinikkens frist er udløbet)', roles: ['region'], body: finalSchema },
  { method: 'post', path: '/v1/cases/{providerNumber}/dialogue', summary: 'Registrér en dialog med klinikken (dato, resultat, enighed)', roles: ['region'], body: dialogueSchema },
  // The rules workflow (issue 13): drafts, four-eyes approval, publishing, the impact preview.
  { method: 'get', path: '/v1/rulesets/{id}/drafts', summary: 'Versioner af et regelsæt i databasen (udkast, til godkendelse, afviste, offentliggjorte)', roles: ALL, responseExample: ruleWorkflowExamples.drafts },
  { method: 'post', path: '/v1/rulesets/{id}/drafts', summary: 'Opret et udkast: hele dokumentet, eller en kopi (hel eller som ændring) af den version, der gælder på »validFrom«', roles: ['ministry'], body: newDraftSchema, created: true, response: { $ref: '#/components/schemas/RuleVersion' }, example: ruleWorkflowExamples.newDraft, responseExample: ruleWorkflowExamples.created },
  {
    method: 'put',
    path: '/v1/rulesets/{id}/drafts/{version}',
    summary: 'Gem udkastet (hele dokumentet som tekst); kontrolleres mod hele biblioteket, fejlene gemmes med udkastet',
    roles: ['ministry'],
    body: { type: 'object', description: 'Hele regelsæt-dokumentet med status »draft«; linje og kolonne i fejlene henviser til den sendte tekst' },
    headers: [{ name: 'If-Match', description: 'Udkastets revision, fx "2"; 409, hvis det er ændret siden' }],
    response: { $ref: '#/components/schemas/RuleVersion' },
    example: ruleWorkflowExamples.document,
    responseExample: ruleWorkflowExamples.savedWithProblem,
  },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/submit', summary: 'Send udkastet til godkendelse (kun uden fejl, og kun hvis det kan offentliggøres)', roles: ['ministry'], body: submitSchema, response: { $ref: '#/components/schemas/RuleVersion' }, example: {}, responseExample: ruleWorkflowExamples.submitted },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/approve', summary: 'Godkend og offentliggør (en anden end forfatteren: fire øjne)', roles: ['ministry'], body: reasonSchema, response: { $ref: '#/components/schemas/RuleVersion' }, example: { reason: 'Måltallet sænkes til 1.550 (BEK nr. 1500 af 2025)' }, responseExample: ruleWorkflowExamples.approved },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/reject', summary: 'Afvis udkastet med en begrundelse (en anden end forfatteren)', roles: ['ministry'], body: reasonSchema, response: { $ref: '#/components/schemas/RuleVersion' }, example: { reason: 'Henvisningen mangler paragraf.' }, responseExample: ruleWorkflowExamples.rejected },
  { method: 'post', path: '/v1/rulesets/{id}/drafts/{version}/impact', summary: 'Virkningen af et udkast: ændringerne i ord og pr. sundhedsråd, region og klinik på referencebefolkningen', roles: ['ministry', 'region'], body: impactRequestSchema, example: {}, responseExample: ruleWorkflowExamples.impact },
  { method: 'put', path: '/v1/runs/{id}/inputs', summary: 'Registrér kørslens inputmappe som referencebefolkning (kontrolleres mod kørslens kontrolsummer)', roles: ['ministry'], body: runInputsSchema, example: { path: '.cache/synth-s1-seed1' }, responseExample: ruleWorkflowExamples.runInputs },
  { method: 'get', path: '/v1/runs/{id}/inputs', summary: 'Kørslens registrerede inputmappe', roles: ALL, responseExample: ruleWorkflowExamples.runInputs },
  {
    method: 'post',
    path: '/v1/decisions/capacity/preview',
    summary: 'Prøv en afgørelse efter valgte versioner (fx et udkast); gemmes aldrig, hver sætning er mærket som prøve',
    roles: ['ministry', 'region'],
    body: capacityRequestSchema,
    query: [{ name: 'versions', description: 'Versioner i stedet for de gældende, fx decisions@2026.1-udkast,capacity@2026.2' }],
    example: ruleWorkflowExamples.anholt,
    responseExample: ruleWorkflowExamples.preview,
  },
  // The region's workbench (issue 16): the worklist, the letters, a run's report, references in words.
  { method: 'get', path: '/v1/hearings/{id}/worklist', summary: 'Rundens sager med tilstand, frist og markeringer (afvigelse, dialog, væsentligt højere, frist overskredet) efter de gældende regler', roles: ALL },
  { method: 'get', path: '/v1/cases/{providerNumber}/letters/{kind}', summary: 'Et af sagens breve (vejledende, hoering, afgoerelse) som HTML eller PDF, dannet som »fordeling letters«', roles: ALL, query: [{ name: 'format', description: 'html (standard) eller pdf' }, { name: 'year', description: 'Rundens år; standard den seneste' }] },
  { method: 'post', path: '/v1/cases/{providerNumber}/letters/{kind}', summary: 'Registrér brevet på sagen (brev-id og indholdets hash); et brev, sagen har, registreres ikke igen', roles: ['region'], query: [{ name: 'year', description: 'Rundens år; standard den seneste' }], created: true },
  { method: 'get', path: '/v1/decisions/{id}/letter', summary: 'Afgørelsesbrevet (kapacitet) for en gemt afgørelse som HTML eller PDF', roles: ALL, query: [{ name: 'format', description: 'html (standard) eller pdf' }] },
  { method: 'get', path: '/v1/runs/{id}/report', summary: 'Kørslens rapport for én region: sundhedsrådene pr. år (dem ved loftet markeret) og klinikkerne; en region får sin egen', roles: ALL, query: [{ name: 'region', description: 'Region (ministeriet og læsere); standard hele landet' }] },
  { method: 'post', path: '/v1/references', summary: 'Retsgrundlag, som brugerne ser dem: henvisningen og kilderne ved deres rigtige titler', roles: ALL, body: { type: 'object', required: ['references'], properties: { references: { type: 'array', items: { type: 'object' } } } } },
];

const ERROR_STATUSES: Record<string, string> = {
  '400': 'Ugyldig JSON',
  '401': 'Manglende eller ugyldig adgangsnøgle',
  '403': 'Ingen adgang for rollen',
  '404': 'Findes ikke (også en anden regions sag)',
  '409': 'Konflikt med sagens tilstand eller reglerne',
  '413': 'For stor forespørgsel',
  '422': 'Ugyldig forespørgsel eller regelbrud',
  '429': 'For mange forespørgsler',
  '503': 'Regelsættene kan ikke bruges (serveren startede med regelsæt med fejl)',
};

const problemRef = { $ref: '#/components/schemas/Problem' };

function operationObject(op: Operation): Record<string, unknown> {
  const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
  const query = (op.query ?? []).map((q) => ({ name: q.name, in: 'query', required: q.required ?? false, description: q.description, schema: { type: 'string' } }));
  const headers = (op.headers ?? []).map((h) => ({ name: h.name, in: 'header', required: false, description: h.description, schema: { type: 'string' } }));
  const errors = Object.fromEntries(
    Object.entries(ERROR_STATUSES)
      .filter(([status]) => op.roles !== 'public' || status === '429')
      .map(([status, description]) => [status, { description, content: { 'application/problem+json': { schema: problemRef } } }]),
  );
  return {
    summary: op.summary,
    description: op.roles === 'public' ? 'Kræver ingen adgangsnøgle.' : `Roller: ${op.roles.join(', ')}.`,
    ...(op.roles === 'public' ? { security: [] } : {}),
    'x-roles': op.roles,
    parameters: [...params, ...query, ...headers],
    ...(op.body ? { requestBody: { required: true, content: { [op.bodyType ?? 'application/json']: { schema: op.body, ...(op.example === undefined ? {} : { example: op.example }) } } } } : {}),
    responses: {
      [op.created ? '201' : '200']: {
        description: 'OK',
        headers: {
          'Fordeling-Rulesets': { $ref: '#/components/headers/Fordeling-Rulesets' },
          'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' },
        },
        content: { 'application/json': { schema: op.response ?? { type: 'object' }, ...(op.responseExample === undefined ? {} : { example: op.responseExample }) } },
      },
      ...errors,
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
      description: 'Regler som kode for den nationale model for fordeling af lægekapacitet (sundhedsloven § 206 b; BEK nr. 975 af 2025).',
    },
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    paths,
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Adgangsnøgle fra `fordeling serve --create-token`.' } },
      headers: {
        'Fordeling-Rulesets': { description: 'De anvendte regelsætversioner: id@version;sha256:…, kommasepareret.', schema: { type: 'string' } },
        'X-Request-Id': { description: 'Forespørgslens id (sendt eller dannet).', schema: { type: 'string' } },
      },
      schemas: {
        Citizen: citizenSchema,
        StoredDecision: storedDecisionSchema,
        DecisionList: decisionListSchema,
        RuleVersion: ruleVersionSchema,
        Problem: {
          type: 'object',
          required: ['type', 'title', 'status', 'detail', 'instance'],
          properties: {
            type: { type: 'string', format: 'uri' },
            title: { type: 'string' },
            status: { type: 'integer' },
            detail: { type: 'string' },
            instance: { type: 'string' },
            errors: { type: 'array', items: { type: 'object', required: ['pointer', 'message'], properties: { pointer: { type: 'string' }, message: { type: 'string' } } } },
          },
        },
      },
    },
  };
}
