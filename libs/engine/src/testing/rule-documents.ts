// Rule documents for the engine-core tests (held in memory sources: nothing is written to disk).

/** 1-based line and column of the first occurrence of `needle` — an oracle independent of the parser. */
export function positionOf(text: string, needle: string, occurrence = 1): { line: number; column: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`»${needle}« not found`);
  }
  const before = text.slice(0, index).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A valid `norm` rule set (draft, 2025) to mutate in tests. */
export function normDocument(overrides: Record<string, unknown> = {}, content: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'norm',
    kind: 'norm',
    version: '2025.1',
    validFrom: '2025-01-01',
    validTo: '2025-12-31',
    status: 'draft',
    title: 'Normen',
    description: 'Test.',
    legalBasis: { instrument: 'BEK nr. 975 af 2025' },
    ...overrides,
    content: {
      target: { value: 1600, reference: { instrument: 'BEK nr. 975 af 2025', paragraph: '§ 4' } },
      bands: [{ code: 'A', from: 0, to: 9, reference: { instrument: 'BEK nr. 975 af 2025' } }],
      ...content,
    },
  };
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
