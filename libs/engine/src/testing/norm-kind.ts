// A small rule kind used only by the engine-core tests, so they do not depend on the shipped kinds.
import type { RuleKind } from '../contract/kind.js';
import type { LegalReference, Parameter } from '../contract/legal-reference.js';
import { legalReferenceSchema, parameterSchema } from '../core/legal-reference-schema.js';

export interface NormContent {
  target: Parameter<number>;
  status?: 'aktiv' | 'passiv';
  bands: Array<{ code: string; from: number; to: number; reference: LegalReference }>;
}

export const normKind: RuleKind<NormContent, { target: number }> = {
  kind: 'norm',
  contentSchema: {
    type: 'object',
    title: 'Norm',
    required: ['target', 'bands'],
    additionalProperties: false,
    properties: {
      target: parameterSchema({ type: 'number', exclusiveMinimum: 0, maximum: 5000 }, 'Målet for sygdomsvægtede borgere pr. kapacitet'),
      status: { enum: ['aktiv', 'passiv'], title: 'Normens status' },
      bands: {
        type: 'array',
        title: 'Intervaller',
        'x-key': 'code',
        items: {
          type: 'object',
          required: ['code', 'from', 'to', 'reference'],
          additionalProperties: false,
          properties: {
            code: { type: 'string', pattern: '^[A-Z]$', description: 'ét stort bogstav, fx »A«', title: 'Kode' },
            from: { type: 'integer', minimum: 0, title: 'Fra' },
            to: { type: 'integer', minimum: 0, title: 'Til' },
            reference: legalReferenceSchema,
          },
        },
      },
    },
  },
  check(doc) {
    const bands = [...doc.content.bands].map((b, i) => ({ ...b, i })).sort((a, b) => a.from - b.from);
    return bands.slice(1).flatMap((band, k) =>
      band.from <= bands[k].to ? [{ pointer: `/content/bands/${band.i}/from`, message: `Intervallet »${band.code}« overlapper intervallet »${bands[k].code}«.` }] : [],
    );
  },
  compile: (doc) => ({ target: doc.content.target.value }),
  testEvaluators: {
    minimumPerCapacity: (input, book) => {
      const { meanWeight } = input as { meanWeight: number };
      if (!(meanWeight > 0)) throw new Error('Gennemsnitsvægten skal være positiv.');
      const { target } = book.compiled<{ target: number }>('norm');
      return { minimum: Math.round(target / meanWeight), target };
    },
  },
};

/** A second kind offering an evaluator of the same name, to test ambiguity. */
export const otherKind: RuleKind = {
  kind: 'other',
  contentSchema: { type: 'object' },
  compile: () => ({}),
  testEvaluators: { minimumPerCapacity: () => ({}) },
};
