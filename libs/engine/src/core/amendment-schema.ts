import { legalReferenceSchema } from './legal-reference-schema.js';

/**
 * The changes of an amendment, written as an amending order is ("ændringsbekendtgørelse"): each
 * change names the place it changes, the new text and its own legal reference. `path` is a JSON
 * pointer under `/content`; a row of a table may be named by its key instead of its position:
 * `/content/councils/[id=Vendsyssel]/region`, `/content/baseWeights/[sex=K,ageBand=15-24]/weight`.
 */
export const amendmentChangesSchema = {
  type: 'array',
  title: 'Ændringer',
  maxItems: 10000,
  items: {
    type: 'object',
    title: 'Ændring',
    required: ['op', 'path'],
    additionalProperties: false,
    properties: {
      op: { enum: ['replace', 'add', 'remove'], title: 'Handling', description: '»replace« (erstat), »add« (tilføj) eller »remove« (ophæv)' },
      path: { type: 'string', title: 'Sted', pattern: '^/content(/.*)?$', maxLength: 1000, description: 'fx »/content/targetWeightedCitizensPerCapacity/value«' },
      value: { title: 'Ny værdi' },
      reference: legalReferenceSchema,
      note: { type: 'string', maxLength: 5000, title: 'Note' },
    },
  },
} as const;
