import { legalReferenceSchema } from '../../core/legal-reference-schema.js';
import type { Rounding } from './types.js';

export const roundingSchema = {
  type: 'object',
  title: 'Afrunding',
  required: ['method', 'decimals', 'reference'],
  additionalProperties: false,
  properties: {
    method: { type: 'string', enum: ['round', 'floor', 'ceil'], title: 'Metode (round = nærmeste, floor = ned, ceil = op)' },
    decimals: { type: 'integer', minimum: 0, maximum: 6, title: 'Antal decimaler' },
    reference: legalReferenceSchema,
  },
} as const;

const METHODS = { round: Math.round, floor: Math.floor, ceil: Math.ceil } as const;

/**
 * Rounds as the rule set says. `round` rounds halves up (the values are never negative). The scaled
 * value is first cut to 12 significant digits so binary noise (1.005 × 100 = 100.49999…) does not
 * decide the direction.
 */
export function applyRounding(value: number, rounding: Pick<Rounding, 'method' | 'decimals'>): number {
  const factor = 10 ** rounding.decimals;
  const scaled = Number((value * factor).toPrecision(12));
  return METHODS[rounding.method](scaled) / factor;
}

const METHOD_NAMES = { round: 'afrundet til nærmeste', floor: 'rundet ned til nærmeste', ceil: 'rundet op til nærmeste' } as const;

/** "afrundet til nærmeste hele tal" — for explanations and letters. */
export function describeRounding(rounding: Pick<Rounding, 'method' | 'decimals'>): string {
  const unit = rounding.decimals === 0 ? 'hele tal' : `${rounding.decimals}. decimal`;
  return `${METHOD_NAMES[rounding.method]} ${unit}`;
}
