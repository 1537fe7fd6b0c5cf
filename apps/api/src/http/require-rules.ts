import type { RequestHandler } from 'express';
import type { RulesContext } from '../rules/rules-context.js';
import { problems } from './problem.js';

/** 503 with the problems (Danish) while no rule library without problems has loaded (issue 13). */
export function requireRules(rules: RulesContext): RequestHandler {
  return (_req, _res, next) => {
    if (!rules.live.library) throw problems.rulesUnavailable(rules.live.status().problems);
    next();
  };
}
