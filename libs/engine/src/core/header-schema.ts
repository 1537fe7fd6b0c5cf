import { legalReferenceSchema } from './legal-reference-schema.js';

/**
 * The header every rule-set file carries (contract/rule-set.ts). `content` is only required here;
 * the kind's own schema validates it. Titles are Danish: the diff names changes with them.
 */
export const headerSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'kind', 'version', 'validFrom', 'status', 'title', 'description', 'legalBasis', 'content'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    id: { type: 'string', title: 'Id', pattern: '^[a-z0-9][a-z0-9-]*$', description: 'små bogstaver, tal og bindestreg, fx »capacity«' },
    kind: { type: 'string', title: 'Type', minLength: 1 },
    version: { type: 'string', title: 'Version', pattern: '^[0-9]{4}\\.[0-9]+(-[a-z0-9-]+)?$', description: 'år, punktum og løbenummer, fx »2025.1« eller »2026.1-udkast«' },
    validFrom: { type: 'string', format: 'date', title: 'Gyldig fra' },
    validTo: { type: 'string', format: 'date', title: 'Gyldig til' },
    status: { enum: ['draft', 'published'], title: 'Status' },
    title: { type: 'string', minLength: 1, title: 'Titel' },
    description: { type: 'string', title: 'Beskrivelse' },
    legalBasis: legalReferenceSchema,
    content: { type: 'object', title: 'Indhold' },
  },
} as const;
