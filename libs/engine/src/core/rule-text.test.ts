// A rule file is UTF-8 text without invisible control characters: any other byte or character is
// rejected with its line and column, never replaced silently (issue 11 and 15: 12 of 12 cases passed
// validation before).
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules.js';
import { MemoryRuleSource } from './memory-rule-source.js';
import { createRegistry } from './registry.js';
import { runRuleTests } from './run-rule-tests.js';
import { normKind } from '../testing/norm-kind.js';
import { json, normDocument } from '../testing/rule-documents.js';

const registry = createRegistry([normKind]);
const FILE = 'bek/norm/2025.1.json';
const valid = json(normDocument({ title: 'Normen for Ærø' }));
const encode = (text: string) => new TextEncoder().encode(text);

/** The text with the bytes of `needle` replaced by `bytes`. */
function withBytes(needle: string, bytes: number[]): Uint8Array {
  const text = encode(valid);
  const at = Buffer.from(text).indexOf(Buffer.from(needle));
  return new Uint8Array([...text.slice(0, at), ...bytes, ...text.slice(at + encode(needle).length)]);
}

async function problemsOf(content: Uint8Array | string) {
  const library = await loadRules(new MemoryRuleSource({ [FILE]: content }, 'regler'), registry);
  return library.problems.map(({ line, column, pointer, message }) => ({ line, column, pointer, message }));
}

const titleLine = valid.split('\n').findIndex((l) => l.includes('Ærø')) + 1;
const titleColumn = valid.split('\n')[titleLine - 1].indexOf('Ærø') + 1;

describe('rule files are strict UTF-8 without control characters', () => {
  it.each([
    ['Æ saved as Latin-1 (0xC6)', [0xc6], 'byte 0xC6 kan ikke læses som et tegn'],
    ['a lone continuation byte', [0x80], 'byte 0x80'],
    ['a truncated two-byte sequence', [0xc3], 'byte 0xC3'],
    ['an overlong encoding of »/«', [0xc0, 0xaf], 'byte 0xC0'],
    ['a UTF-16 surrogate encoded as UTF-8', [0xed, 0xa0, 0x80], 'byte 0xED'],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'byte 0xF4'],
    ['a byte that never occurs in UTF-8', [0xff], 'byte 0xFF'],
  ])('%s is rejected at its position', async (_name, bytes, message) => {
    const problems = await problemsOf(withBytes('Æ', bytes));
    expect(problems).toEqual([{ line: titleLine, column: titleColumn, pointer: '', message: expect.stringContaining(message) }]);
    expect(problems[0].message).toContain('Gem filen som UTF-8');
  });

  it.each([
    ['a raw NUL inside a string', '\u0000', 'NUL-tegnet (U+0000)'],
    ['a raw escape character', '\u001b', 'ESC-tegnet (U+001B)'],
    ['a raw DEL', '\u007f', 'DEL-tegnet (U+007F)'],
  ])('%s is rejected at its position', async (_name, char, name) => {
    expect(await problemsOf(valid.replace('Ærø', `Æ${char}rø`))).toEqual([
      { line: titleLine, column: titleColumn + 1, pointer: '', message: expect.stringContaining(`Filen indeholder ${name}, et usynligt tegn`) },
    ]);
  });

  it('an escaped NUL (\\u0000) in a text is rejected at its pointer', async () => {
    expect(await problemsOf(valid.replace('Ærø', 'Ærø\\u0000'))).toEqual([
      { line: titleLine, column: titleColumn - 1 - 'Normen for '.length, pointer: '/title', message: 'Teksten indeholder NUL-tegnet (U+0000), et usynligt tegn, der ikke må stå i en regelfil. Slet det.' },
    ]);
  });

  it('a byte-order mark and Danish letters are fine', async () => {
    expect(await problemsOf(`\uFEFF${valid}`)).toEqual([]);
  });

  it('a rule test file that is not UTF-8 counts as unreadable in the summary, with its position', async () => {
    const source = new MemoryRuleSource({ [FILE]: valid, 'bek/norm/tests/a.test.yaml': new Uint8Array([...encode('- name: F'), 0xf8, ...encode('rste\n')]) }, 'regler');
    const report = await runRuleTests(source, await loadRules(source, registry), registry);
    expect(report.summary).toBe('0 passed, 0 failed, 1 file unreadable');
    expect(report.problems).toEqual([{ file: 'regler/bek/norm/tests/a.test.yaml', line: 1, column: 10, pointer: '', message: expect.stringContaining('Testfilen kan ikke læses: Filen er ikke gyldig UTF-8: byte 0xF8') }]);
  });
});

describe('files with very many problems, or nested very deep', () => {
  it('reports 200.000 problems in one file without running out of stack, rows counted from 1', async () => {
    // Rows without their key field are named by position, as people count: row 200.000 is /199999.
    const bands = Array.from({ length: 200_000 }, () => ({ from: 0, to: 9, reference: { instrument: 'BEK' } }));
    const library = await loadRules(new MemoryRuleSource({ [FILE]: JSON.stringify(normDocument({}, { bands })) }, 'regler'), registry);
    expect(library.problems).toHaveLength(200_000);
    expect(library.problems[199_999]).toMatchObject({ pointer: '/content/bands/199999/code', message: 'Intervaller, række 200.000: Feltet »code« mangler.' });
  }, 120_000);

  it('a file nested thousands of levels deep is one readable problem', async () => {
    expect(await problemsOf(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual([{ line: 1, column: 1, pointer: '', message: expect.stringContaining('indlejret for dybt') }]);
  });
});
