import { amendmentChangesSchema } from './amendment-schema.js';
import { DATE_RANGE } from '../kinds/shared/date-schema.js';
import { legalReferenceSchema } from './legal-reference-schema.js';

/** `2025.1`, `2026.2`, `2026.1-udkast`: year, dot, running number, optional label. */
export const VERSION_PATTERN = '^[0-9]{4}\\.[0-9]+(-[a-z0-9-]+)?$';

/**
 * The header every rule-set file carries (contract/rule-set.ts), and either the kind's whole
 * `content` or — for an amendment — `amends` (the version it changes) and `changes`. Which of the two
 * a file has is checked in `read-rule-file.ts` with a message of its own; the kind's schema validates
 * the (resolved) content. Titles are Danish: the diff names changes with them.
 */
export const headerSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'kind', 'version', 'validFrom', 'status', 'title', 'description', 'legalBasis'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string', maxLength: 500 },
    id: { type: 'string', title: 'Id', pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 60, description: 'små bogstaver, tal og bindestreg, fx »capacity«' },
    kind: { type: 'string', title: 'Type', minLength: 1, maxLength: 60 },
    version: { type: 'string', title: 'Version', pattern: VERSION_PATTERN, maxLength: 40, description: 'år, punktum og løbenummer, fx »2025.1« eller »2026.1-udkast«' },
    validFrom: { type: 'string', format: 'date', ...DATE_RANGE, title: 'Gyldig fra' },
    validTo: { type: 'string', format: 'date', ...DATE_RANGE, title: 'Gyldig til' },
    status: { enum: ['draft', 'published'], title: 'Status' },
    title: { type: 'string', minLength: 1, maxLength: 300, title: 'Titel' },
    description: { type: 'string', maxLength: 5000, title: 'Beskrivelse' },
    legalBasis: legalReferenceSchema,
    amends: { type: 'string', title: 'Ændrer version', pattern: VERSION_PATTERN, maxLength: 40, description: 'den version, denne ændring bygger på, fx »2025.1«' },
    changes: amendmentChangesSchema,
    content: { type: 'object', title: 'Indhold' },
  },
} as const;
