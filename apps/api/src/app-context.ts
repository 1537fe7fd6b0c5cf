import type { HearingStore } from '@fordeling/store';
import type { EngineFunctions } from './rules/engine-port.js';
import type { RulesContext } from './rules/rules-context.js';

/** What every route module gets from the app factory. */
export interface AppContext {
  store: HearingStore;
  rules: RulesContext;
  engine: EngineFunctions;
  /** POST /v1/runs {path} may only read folders under this directory. */
  runsRoot: string;
}
