import type { TestEvaluator } from '../contract/kind.js';
import type { Problem } from '../contract/problem.js';
import type { RuleSetRef } from '../contract/rule-set.js';
import { quoteValue } from './danish-value.js';
import { parseJsonSource } from './json-source.js';
import { partialMatch } from './partial-match.js';
import type { RuleRegistry } from './registry.js';
import { DirectoryRuleSource } from './directory-rule-source.js';
import { listRuleFiles } from './rule-files.js';
import type { RuleLibrary } from './rule-library.js';
import type { RuleSource } from './rule-source.js';
import { decodeRuleText } from './rule-text.js';
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
  /** Test files that could not be read or parsed at all: each is a failure, never hidden. */
  unreadable: number;
  /** "N passed, N failed", plus ", N files unreadable" when any was. */
  summary: string;
}

export interface RuleTestOptions {
  /** Versions every case runs with (a draft under trial), unless the case names its own for that id. */
  versions?: Record<string, string>;
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

/**
 * Runs every rule test case of a source (`<order>/<id>/tests/*.test.{yaml,yml,json}`) against
 * `library`; never throws on a bad case. A folder path means that folder.
 */
export async function runRuleTests(from: string | RuleSource, library: RuleLibrary, registry: RuleRegistry, options: RuleTestOptions = {}): Promise<RuleTestReport> {
  const source = typeof from === 'string' ? new DirectoryRuleSource(from) : from;
  const evaluators = evaluatorsByName(registry);
  const results: RuleTestResult[] = [];
  const problems: Problem[] = [];
  let unreadable = 0;
  for (const relative of (await listRuleFiles(source)).tests) {
    const file = source.display(relative);
    const parsed = await parseTestFile(source, relative, file, problems);
    if (parsed === 'unreadable') unreadable++;
    if (typeof parsed !== 'object') continue;
    for (const [index, testCase] of parsed.cases.entries()) {
      const { line } = parsed.map.locate(`/${index}`);
      const versions = { ...options.versions, ...testCase.versions };
      results.push({ file, line, name: testCase.name, ...(await runCase({ ...testCase, versions }, library, evaluators)) });
    }
  }
  const passed = results.filter((r) => r.passed).length;
  const failed = results.length - passed;
  const summary = `${passed} passed, ${failed} failed${unreadable ? `, ${unreadable} ${unreadable === 1 ? 'file' : 'files'} unreadable` : ''}`;
  return { results, passed, failed, problems, unreadable, summary };
}

/** The cases of a test file; 'unreadable' when the file cannot be read or parsed, 'invalid' when a case is malformed. */
async function parseTestFile(source: RuleSource, relative: string, file: string, problems: Problem[]): Promise<{ cases: RuleTestCase[]; map: SourceMap } | 'unreadable' | 'invalid'> {
  let bytes: Uint8Array | undefined;
  try {
    bytes = await source.read(relative);
  } catch (error) {
    problems.push({ file, line: 0, column: 0, pointer: '', message: `Testfilen kan ikke læses: ${error instanceof Error ? error.message : String(error)}` });
    return 'unreadable';
  }
  const decoded = bytes ? decodeRuleText(bytes) : { ok: false as const, position: { line: 0, column: 0 }, message: 'Testfilen findes ikke længere.' };
  if (!decoded.ok) {
    problems.push({ file, ...decoded.position, pointer: '', message: `Testfilen kan ikke læses: ${decoded.message}` });
    return 'unreadable';
  }
  const parsed = relative.endsWith('.json') ? parseJsonSource(decoded.text) : parseYamlSource(decoded.text);
  if (!parsed.ok) {
    problems.push({ file, ...parsed.position, pointer: '', message: parsed.message });
    return 'unreadable';
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
  return issues.length ? 'invalid' : { cases: parsed.value as RuleTestCase[], map: parsed.map };
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
