import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from './load-rules.js';
import { createRegistry } from './registry.js';
import { runRuleTests } from './run-rule-tests.js';
import { normKind, otherKind } from '../testing/norm-kind.js';
import { positionOf } from '../testing/rule-documents.js';
import { DirectoryRuleSource } from './directory-rule-source.js';
import { OverlayRuleSource } from './overlay-rule-source.js';

const fixture = path.join(import.meta.dirname, '../testing/norm-library');
const registry = createRegistry([normKind]);
/** The fixture library seen with extra test files (nothing written to disk). */
async function libraryWith(tests: Record<string, string>) {
  return new OverlayRuleSource(new DirectoryRuleSource(fixture), Object.fromEntries(Object.entries(tests).map(([name, text]) => [`bek-test/norm/tests/${name}`, text])));
}

describe('runRuleTests', () => {
  it('passes the fixture cases, with file and line of each case', async () => {
    const report = await runRuleTests(fixture, await loadRules(fixture, registry), registry);
    expect(report.summary).toBe('4 passed, 0 failed');
    expect(report.problems).toEqual([]);
    expect(report.results.map((r) => [r.line, r.name])).toEqual([
      [2, 'Gennemsnitlig klinik i 2025 skal have 1.600 patienter pr. kapacitet'],
      [8, 'Tung klinik i 2026 (vægt 1,25) skal have 1.200'],
      [14, 'Udkastet giver 1.400 for en gennemsnitlig klinik'],
      [21, 'En vægt på nul afvises'],
    ]);
    expect(report.results[2].ruleSets.map((r) => r.version)).toEqual(['2026.2-udkast']);
  });

  it('fails a wrong expectation, a missing error and an unknown evaluator with Danish reasons', async () => {
    const yaml = [
      '- name: Forkert forventning',
      '  asOf: 2025-06-30',
      '  evaluate: minimumPerCapacity',
      '  input: { meanWeight: 1 }',
      '  expect: { minimum: 1601 }',
      '- name: Ingen fejl kommer',
      '  asOf: 2025-06-30',
      '  evaluate: minimumPerCapacity',
      '  input: { meanWeight: 1 }',
      '  expectError: positiv',
      '- name: Ukendt beregning',
      '  asOf: 2025-06-30',
      '  evaluate: minimum',
      '  input: {}',
      '  expect: {}',
      '- name: Ingen regler på datoen',
      '  asOf: 2020-01-01',
      '  evaluate: minimumPerCapacity',
      '  input: { meanWeight: 1 }',
      '  expect: { minimum: 1600 }',
    ].join('\n');
    const dir = await libraryWith({ 'fejl.test.yaml': yaml });
    const report = await runRuleTests(dir, await loadRules(dir, registry), registry);
    expect(report.summary).toBe('4 passed, 4 failed');
    const failed = report.results.filter((r) => !r.passed);
    expect(failed.map((r) => [path.basename(r.file), r.line, r.reason])).toEqual([
      ['fejl.test.yaml', 1, '/minimum: forventede 1.601, fik 1.600'],
      ['fejl.test.yaml', 6, 'Forventede en fejl med »positiv«, men beregningen gav et resultat: {"minimum":1600,"target":1600}'],
      ['fejl.test.yaml', 11, 'Beregningen »minimum« findes ikke. Kendte beregninger: »minimumPerCapacity«.'],
      ['fejl.test.yaml', 16, 'Uventet fejl: Intet offentliggjort regelsæt af typen »norm« gælder den 1. januar 2020.'],
    ]);
  });

  it('reads JSON cases and reports an ambiguous evaluator', async () => {
    const dir = await libraryWith({ 'a.test.json': JSON.stringify([{ name: 'Tvetydig', asOf: '2025-06-30', evaluate: 'minimumPerCapacity', input: { meanWeight: 1 }, expect: {} }]) });
    const both = createRegistry([normKind, otherKind]);
    const report = await runRuleTests(dir, await loadRules(dir, both), both);
    const result = report.results.find((r) => r.name === 'Tvetydig');
    expect(result).toMatchObject({ passed: false, reason: 'Beregningen »minimumPerCapacity« findes i flere typer (norm, other); den er tvetydig.' });
  });

  it('reports malformed case files with file and line, and does not run them', async () => {
    const missingExpect = '- name: Uden forventning\n  asOf: 2025-06-30\n  evaluate: minimumPerCapacity\n  input: {}\n';
    const badDate = '- name: Forkert dato\n  asOf: 2025-02-30\n  evaluate: minimumPerCapacity\n  input: {}\n  expect: {}\n';
    const syntax = '- name: [ikke lukket\n';
    const dir = await libraryWith({ 'a.test.yaml': missingExpect, 'b.test.yaml': badDate, 'c.test.yaml': syntax });
    const report = await runRuleTests(dir, await loadRules(dir, registry), registry);
    // A file that cannot be parsed at all is counted, never hidden; malformed cases are problems.
    expect(report.summary).toBe('4 passed, 0 failed, 1 file unreadable');
    expect(report.problems.map((p) => [path.basename(p.file), p.line, p.column, p.pointer, p.message])).toEqual([
      ['a.test.yaml', 1, 3, '/0', 'Angiv enten »expect« (forventet resultat) eller »expectError« (forventet fejl).'],
      ['b.test.yaml', positionOf(badDate, '2025-02-30').line, positionOf(badDate, '2025-02-30').column, '/0/asOf', '»2025-02-30« er ikke en dato, der findes i kalenderen. Ret dag eller måned.'],
      ['c.test.yaml', 2, 1, '', expect.stringContaining('Ugyldig YAML')],
    ]);
  });

  it('points a misspelt field in a case at its key', async () => {
    const yaml = '- name: Stavefejl\n  asOf: 2025-06-30\n  evaluate: minimumPerCapacity\n  input: {}\n  expect: {}\n  forventet: {}\n';
    const dir = await libraryWith({ 'd.test.yaml': yaml });
    const report = await runRuleTests(dir, await loadRules(dir, registry), registry);
    expect(report.problems).toMatchObject([{ line: 6, column: 3, pointer: '/0/forventet', message: expect.stringContaining('Ukendt felt »forventet«.') }]);
  });
});
