import type { RuleSetHeader } from '../contract/rule-set.js';
import { formatDate } from '../format/danish.js';

/** "1. januar 2025–31. december 2025", or "1. januar 2026– (uden slutdato)" when open-ended. */
export function formatPeriod({ validFrom, validTo }: Pick<RuleSetHeader, 'validFrom' | 'validTo'>): string {
  return `${formatDate(validFrom)}–${validTo ? formatDate(validTo) : ' (uden slutdato)'}`;
}
