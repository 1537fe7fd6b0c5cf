import { formatNumber } from '@fordeling/engine';

/** A Danish figure ("1.600", "2,5"); "–" for a value that does not exist (no patients, no such year). */
export function figure(value: number | null | undefined, decimals = 0): string {
  return value !== null && value !== undefined && Number.isFinite(value) ? formatNumber(value, decimals) : '–';
}

/** A difference with its sign ("+3", "-1,5", "0"). */
export function signedFigure(value: number, decimals = 0): string {
  const text = figure(value, decimals);
  return value > 0 && text !== figure(0, decimals) ? `+${text}` : text;
}
