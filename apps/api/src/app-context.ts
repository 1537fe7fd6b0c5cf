import type { HearingStore } from '@fordeling/store';
import type { ReferencePopulations } from './impact/reference-populations.js';
import type { DraftWorkflow } from './rules/draft-workflow.js';
import type { EngineFunctions } from './rules/engine-port.js';
import type { RulesContext } from './rules/rules-context.js';

/** What every route module gets from the app factory. */
export interface AppContext {
  store: HearingStore;
  rules: RulesContext;
  engine: EngineFunctions;
  /** The ministry's drafts, approval and publishing (issue 13). */
  drafts: DraftWorkflow;
  /** The impact preview's reference populations, held parsed in memory. */
  populations: ReferencePopulations;
  /** POST /v1/runs {path} may only read folders under this directory. */
  runsRoot: string;
}
