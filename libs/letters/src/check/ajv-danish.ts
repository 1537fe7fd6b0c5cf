import type { ErrorObject } from 'ajv';

/** One ajv error as a Danish sentence naming the field, e.g. »clinic.meanWeight« mangler. */
export function danishAjvError(e: ErrorObject, separator: '.' | '/' = '.'): string {
  const at = separator === '.' ? e.instancePath.replace(/^\//, '').replaceAll('/', '.') : e.instancePath;
  const join = (child: string) => (at ? `${at}${separator}${child}` : separator === '/' ? `/${child}` : child);
  switch (e.keyword) {
    case 'required':
      return `feltet »${join((e.params as { missingProperty: string }).missingProperty)}« mangler`;
    case 'additionalProperties':
      return `feltet »${join((e.params as { additionalProperty: string }).additionalProperty)}« er ikke beskrevet i skemaet`;
    case 'type':
      return `feltet »${at || '/'}« skal være ${typeName((e.params as { type: string }).type)}`;
    case 'pattern':
      return `feltet »${at}« er ikke en dato på formen ÅÅÅÅ-MM-DD`;
    case 'enum':
      return `feltet »${at}« skal være en af: ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'minLength':
      return `feltet »${at}« er tomt`;
    case 'minimum':
      return `feltet »${at}« skal være mindst ${(e.params as { limit: number }).limit}`;
    default:
      return `feltet »${at || '/'}« er ugyldigt (${e.message ?? e.keyword})`;
  }
}

function typeName(type: string): string {
  return ({ integer: 'et helt tal', number: 'et tal', string: 'en tekst', boolean: 'sand eller falsk', object: 'et objekt', array: 'en liste' } as Record<string, string>)[type] ?? type;
}
