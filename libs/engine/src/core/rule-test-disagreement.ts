/**
 * Thrown by a rule test evaluator that computes its result in two ways (e.g. a compiled evaluator and
 * the library it replaces) when they disagree: runRuleTests fails the case with this Danish message
 * whatever it expects — also an `expectError` case, since a disagreement is never the expected error.
 */
export class RuleTestDisagreement extends Error {}
