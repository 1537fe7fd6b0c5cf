import type { ErrorObject } from 'ajv';
import { describe, expect, it } from 'vitest';
import { closestMatch, enumSuggestion } from './closest-match.js';

const enumError = (data: unknown, allowedValues: unknown[]): ErrorObject => ({
  keyword: 'enum',
  instancePath: '/content/rules/0/role',
  schemaPath: '#/enum',
  params: { allowedValues },
  data,
});

describe('enumSuggestion (better-ajv-errors)', () => {
  it('suggests the allowed value better-ajv-errors finds', () => {
    expect(enumSuggestion(enumError('publish', ['draft', 'published']))).toBe('published');
    expect(enumSuggestion(enumError('exeption', ['base', 'exception']))).toBe('exception');
  });

  it('suggests nothing for a value far from every allowed one, an empty value or non-text values', () => {
    expect(enumSuggestion(enumError('x', ['new', 'refill']))).toBeUndefined();
    expect(enumSuggestion(enumError('', ['new', 'refill']))).toBeUndefined();
    expect(enumSuggestion(enumError(3, [1, 2]))).toBeUndefined();
  });
});

describe('closestMatch (leven)', () => {
  it('finds a plausible typo, ignoring case', () => {
    expect(closestMatch('til', ['from', 'to', 'reference'])).toBe('to');
    expect(closestMatch('Paragraf', ['instrument', 'paragraph', 'url'])).toBe('paragraph');
  });

  it('suggests nothing when no candidate is close', () => {
    expect(closestMatch('befolkning', ['norm', 'capacity'])).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
