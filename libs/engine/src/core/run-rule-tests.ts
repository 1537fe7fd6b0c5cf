import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TestEvaluator } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import type { RuleSetRef } from '../contract/rule-set.js';
import { quoteValue } from './danish-value.js';
import { parseJsonSource } from './json-source.js';
import { partialMatch } from './partial-match.js';
import type { RuleRegistry } from './registry.js';
import { displayPath } from './repo-paths.js';
import type { RuleLibrary } from './rule-library.js';
import { ruleTestFileSchema, type RuleTestCase } from './rule-test-schema.js';
import { RuleTestDisagreement } from './rule-test-disagreement.js';
import { validateAgainst, type SchemaIssue } from './schema-validator.js';
import type { SourceMap } from './source-position.js';
import { parseYamlSource } from './yaml-source.js';

export interface RuleTestResult {
  file: string;
  /** Line of the case in its file (1-based). */
  line: number;
  name: string;
  passed: boolean;
  /** Danish; why the case failed. */
  reason?: string;
  /** The rule-set versions the case ran against. */
  ruleSets: RuleSetRef[];
}

export interface RuleTestReport {
  results: RuleTestResult[];
  passed: number;
  failed: number;
  /** Malformed test files or cases, with file and line; these cases did not run. */
  problems: Problem[];
  /** Exactly "N passed, N failed". */
  summary: string;
}

const TEST_FILE = /\.test\.(ya?ml|json)$/;

/** Finds `<dir>/<order>/<id>/tests/*.test.{yaml,yml,json}`. */
async function listTestFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && TEST_FILE.test(e.name) && path.basename(e.parentPath) === 'tests')
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Evaluators by name across all kinds; a name two kinds both offer is ambiguous. */
function evaluatorsByName(registry: RuleRegistry): Map<string, Array<{ kind: string; evaluate: TestEvaluator }>> {
  const byName = new Map<string, Array<{ kind: string; evaluate: TestEvaluator }>>();
  for (const kind of registry.kinds) {
    for (const [name, evaluate] of Object.entries(kind.testEvaluators ?? {})) {
      byName.set(name, [...(byName.get(name) ?? []), { kind: kind.kind, evaluate }]);
    }
  }
  return byName;
}

/** Runs every rule test case under `dir` against `library`; never throws on a bad case. */
export async function runRuleTests(dir: string, library: RuleLibrary, registry: RuleRegistry): Promise<RuleTestReport> {
  const evaluators = evaluatorsByName(registry);
  const results: RuleTestResult[] = [];
  const problems: Problem[] = [];
  for (const absolute of await listTestFiles(path.resolve(dir))) {
    const file = displayPath(absolute);
    const parsed = await parseTestFile(absolute, file, problems);
    if (!parsed) continue;
    for (const [index, testCase] of parsed.cases.entries()) {
      const { line } = parsed.map.locate(`/${index}`);
      results.push({ file, line, name: testCase.name, ...(await runCase(testCase, library, evaluators)) });
    }
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  return { results, passed, failed, problems, summary: `${passed} passed, ${failed} failed` };
}

async function parseTestFile(absolute: string, file: string, problems: Problem[]): Promise<{ cases: RuleTestCase[]; map: SourceMap } | undefined> {
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    problems.push({ file, line: 0, column: 0, pointer: '', message: `Testfilen kan ikke læses: ${error instanceof Error ? error.message : String(error)}` });
    return undefined;
  }
  const parsed = absolute.endsWith('.json') ? parseJsonSource(text) : parseYamlSource(text);
  if (!parsed.ok) {
    problems.push({ file, ...parsed.position, pointer: '', message: parsed.message });
    return undefined;
  }
  const issues: SchemaIssue[] = validateAgainst(ruleTestFileSchema, parsed.value);
  if (Array.isArray(parsed.value)) {
    parsed.value.forEach((c, i) => {
      const given = c !== null && typeof c === 'object' ? ['expect', 'expectError'].filter((k) => k in c) : [];
      if (given.length !== 1) issues.push({ pointer: `/${i}`, message: given.length ? 'Angiv enten »expect« eller »expectError«, ikke begge.' : 'Angiv enten »expect« (forventet resultat) eller »expectError« (forventet fejl).' });
    });
  }
  for (const issue of issues) {
    const position = issue.atKey ? parsed.map.locateKey(issue.pointer) : parsed.map.locate(issue.pointer);
    problems.push({ file, ...position, pointer: issue.pointer, message: issue.message });
  }
  return issues.length ? undefined : { cases: parsed.value as RuleTestCase[], map: parsed.map };
}

async function runCase(testCase: RuleTestCase, library: RuleLibrary, evaluators: ReturnType<typeof evaluatorsByName>): Promise<Pick<RuleTestResult, 'passed' | 'reason' | 'ruleSets'>> {
  const candidates = evaluators.get(testCase.evaluate) ?? [];
  if (candidates.length !== 1) {
    const known = [...evaluators.keys()].sort().map((n) => `»${n}«`).join(', ') || '(ingen)';
    const reason = candidates.length
      ? `Beregningen »${testCase.evaluate}« findes i flere typer (${candidates.map((c) => c.kind).join(', ')}); den er tvetydig.`
      : `Beregningen »${testCase.evaluate}« findes ikke. Kendte beregninger: ${known}.`;
    return { passed: false, reason, ruleSets: [] };
  }
  let book;
  try {
    book = library.bookAt(testCase.asOf, { versions: testCase.versions });
  } catch (error) {
    return { passed: false, reason: messageOf(error), ruleSets: [] };
  }
  const ruleSets = book.refs();
  let actual: unknown;
  try {
    actual = await candidates[0].evaluate(testCase.input, book);
  } catch (error) {
    const message = messageOf(error);
    if (error instanceof RuleTestDisagreement) return { passed: false, reason: message, ruleSets };
    if (testCase.expectError === undefined) return { passed: false, reason: `Uventet fejl: ${message}`, ruleSets };
    return message.includes(testCase.expectError)
      ? { passed: true, ruleSets }
      : { passed: false, reason: `Forventede en fejl med »${testCase.expectError}«, men fejlen var: ${message}`, ruleSets };
  }
  if (testCase.expectError !== undefined) {
    return { passed: false, reason: `Forventede en fejl med »${testCase.expectError}«, men beregningen gav et resultat: ${quoteValue(actual)}`, ruleSets };
  }
  const mismatches = partialMatch(testCase.expect, actual);
  if (mismatches.length === 0) return { passed: true, ruleSets };
  const reason = mismatches.map((m) => `${m.pointer || '/'}: forventede ${quoteValue(m.expected)}, fik ${m.actual === undefined ? 'ingen værdi' : quoteValue(m.actual)}`).join('; ');
  return { passed: false, reason, ruleSets };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
