// Engine core: loading, validation, hashing, as-of selection, diff, rule tests (see docs/engine.md).
export { createRegistry, type RuleRegistry } from './registry.js';
export { loadRules } from './load-rules.js';
export { RuleLibrary, type BookOptions } from './rule-library.js';
export { SelectedRuleBook } from './rule-book.js';
export { canonicalHash, canonicalJson } from './canonical-hash.js';
export { lockRules, type LockResult } from './lock-rules.js';
export { lockKey, readLockFile, type LockEntries } from './lock-file.js';
export { diffRuleSets, type RuleChange } from './diff-rule-sets.js';
export { runRuleTests, type RuleTestReport, type RuleTestResult } from './run-rule-tests.js';
export { partialMatch, type Mismatch } from './partial-match.js';
export { defaultRulesDir, displayPath, repoRoot } from './repo-paths.js';
export { formatPeriod } from './period.js';
export { headerSchema } from './header-schema.js';
export { legalReferenceSchema, parameterSchema } from './legal-reference-schema.js';
export { validateAgainst } from './schema-validator.js';
export type { SourceMap, SourcePosition } from './source-position.js';
export { parseJsonSource } from './json-source.js';
export { validateRuleFile, type CheckedRuleFile } from './validate-rule-file.js';
