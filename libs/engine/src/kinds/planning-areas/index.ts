import type { RuleKind } from '../../contract/kind.js';
import { checkPlanningAreas } from './check.js';
import { compilePlanningAreas, planningAreasRules, type PlanningAreasCompiled } from './compile.js';
import { planningAreasSchema } from './schema.js';
import { planningAreasEvaluators } from './test-evaluators.js';
import type { PlanningAreasContent } from './types.js';

export { planningAreasRules, postalCodeOf } from './compile.js';
export type { PlanningAreasCompiled } from './compile.js';

/** Regional planning areas below the health councils (Region Hovedstaden's districts of København). */
export const planningAreasKind: RuleKind<PlanningAreasContent, PlanningAreasCompiled> = {
  kind: planningAreasRules.kind,
  contentSchema: planningAreasSchema,
  check: checkPlanningAreas,
  compile: compilePlanningAreas,
  testEvaluators: planningAreasEvaluators,
};
