import type { RuleKind } from '../../contract/kind.js';
import { checkGeography } from './check.js';
import { compileGeography, geographyRules, type GeographyLookup } from './compile.js';
import { geographyEvaluators } from './test-evaluators.js';
import { geographySchema } from './schema.js';
import type { GeographyContent } from './types.js';

export { GeographyLookup, geographyRules } from './compile.js';
export type { Region, Council, Municipality, Island } from './compile.js';
export type { GeographyIndex, MunicipalityEntry, CouncilEntry } from './geography-index.js';

/** Municipalities → health councils → regions, and the non-bridged islands. */
export const geographyKind: RuleKind<GeographyContent, GeographyLookup> = {
  kind: geographyRules.kind,
  contentSchema: geographySchema,
  check: checkGeography,
  compile: compileGeography,
  testEvaluators: geographyEvaluators,
};
