// Helpers for tests that write small rules directories to a temporary folder.
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Writes `files` (path relative to the new directory → text) and returns the directory. */
export async function writeRulesDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-rules-'));
  for (const [relative, text] of Object.entries(files)) {
    const absolute = path.join(dir, relative);
    await mkdir(path.dirname(absolute), { recursive: true });
    await writeFile(absolute, text, 'utf8');
  }
  return dir;
}

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
