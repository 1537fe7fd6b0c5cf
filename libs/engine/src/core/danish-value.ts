import { formatNumber } from '../format/danish.js';

/** Decimals a number is written with (1.45 → 2), so Danish formatting neither rounds nor pads. */
export function decimalsOf(value: number): number {
  const match = /\.(\d+)$/.exec(String(value));
  return match ? Math.min(match[1].length, 10) : 0;
}

/** A number in Danish notation with the decimals it has: 1600 → "1.600", 1.45 → "1,45". */
export function danishNumber(value: number): string {
  return formatNumber(value, decimalsOf(value));
}

/** What kind of value this is, in Danish: "tekst", "et tal", "en liste" … */
export function danishTypeOf(value: unknown): string {
  if (value === null) return 'tom (null)';
  if (Array.isArray(value)) return 'en liste';
  switch (typeof value) {
    case 'string':
      return 'tekst';
    case 'number':
      return Number.isInteger(value) ? 'et heltal' : 'et tal';
    case 'boolean':
      return 'en sandhedsværdi';
    case 'object':
      return 'et objekt';
    default:
      return typeof value;
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'et tal',
  integer: 'et heltal',
  boolean: 'en sandhedsværdi (true eller false)',
  object: 'et objekt ({ … })',
  array: 'en liste ([ … ])',
  null: 'tom (null)',
};

/** JSON Schema type name → Danish. */
export function danishTypeName(type: string): string {
  return TYPE_NAMES[type] ?? type;
}

/** A short quotation of a value for messages: »abc«, 1.600, true. */
export function quoteValue(value: unknown): string {
  if (typeof value === 'string') return `»${value.length > 60 ? `${value.slice(0, 57)}…` : value}«`;
  if (typeof value === 'number') return danishNumber(value);
  let json: string;
  try {
    json = JSON.stringify(value) ?? String(value);
  } catch {
    // A value nested thousands of levels deep (an attack, never a real request) cannot be quoted.
    return 'en meget dybt indlejret værdi';
  }
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}
