/** One rule test file: a list of cases legal staff write next to a rule set (docs/rule-tests.md). */
export const ruleTestFileSchema = {
  type: 'array',
  title: 'Testtilfælde',
  minItems: 1,
  items: {
    type: 'object',
    required: ['name', 'asOf', 'evaluate', 'input'],
    additionalProperties: false,
    properties: {
      name: { type: 'string', minLength: 1, title: 'Navn' },
      asOf: { type: 'string', format: 'date', title: 'Dato' },
      evaluate: { type: 'string', minLength: 1, title: 'Beregning' },
      versions: { type: 'object', additionalProperties: { type: 'string' }, title: 'Valgte versioner' },
      input: { title: 'Input' },
      expect: { title: 'Forventet resultat' },
      expectError: { type: 'string', minLength: 1, title: 'Forventet fejl' },
    },
  },
} as const;

export interface RuleTestCase {
  name: string;
  asOf: string;
  evaluate: string;
  versions?: Record<string, string>;
  input: unknown;
  expect?: unknown;
  expectError?: string;
}
