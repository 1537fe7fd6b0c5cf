// The kinds shipped with Fordeling; composition roots bind them as plugins (RULE_KIND).
import type { RuleKind } from '../contract/kind.js';
import { capacityKind } from './capacity/index.js';
import { decisionsKind } from './decisions/index.js';
import { geographyKind } from './geography/index.js';
import { minimumPatientsKind } from './minimum-patients/index.js';
import { planningAreasKind } from './planning-areas/index.js';
import { supplementKind } from './supplement/index.js';
import { timelineKind } from './timeline/index.js';
import { weightsKind } from './weights/index.js';

export * from './geography/index.js';
export * from './weights/index.js';
export * from './capacity/index.js';
export * from './minimum-patients/index.js';
export * from './timeline/index.js';
export * from './decisions/index.js';
export * from './supplement/index.js';
export * from './planning-areas/index.js';
export type { Citizen, WeightExplanation } from './weights/types.js';
export { DATE_RANGE, isoDateSchema, providerNumberSchema } from './shared/date-schema.js';

export const standardKinds: RuleKind[] = [
  geographyKind as RuleKind,
  weightsKind as RuleKind,
  capacityKind as RuleKind,
  minimumPatientsKind as RuleKind,
  timelineKind as RuleKind,
  decisionsKind as RuleKind,
  supplementKind as RuleKind,
  planningAreasKind as RuleKind,
];
