import { canonicalHash, checkRuleText, compactDecision, decideRequest, diffRuleSets, expandDecision, ruleFilePath, validateRequestIn, type RuleRegistry } from '@fordeling/engine';
import type { EngineFunctions } from './engine-port.js';

/** Name the API gives a document sent in a request body, in place of a file path. */
export const BODY_FILE = 'forespørgsel';

/** Reads id and version from the text when it parses, so the engine's file-naming checks pass. */
function namesOf(text: string): { id: string; version: string } {
  try {
    const doc = JSON.parse(text) as { id?: unknown; version?: unknown };
    const safe = (v: unknown) => (typeof v === 'string' && /^[\w.-]{1,100}$/.test(v) ? v : 'ukendt');
    return { id: safe(doc?.id), version: safe(doc?.version) };
  } catch {
    return { id: 'ukendt', version: 'ukendt' };
  }
}

export function engineFunctions(registry: RuleRegistry): EngineFunctions {
  return {
    validateRequest: (body, book) => validateRequestIn(body, book),
    decide: (request, book) => decideRequest(request, book),
    compact: compactDecision,
    expand: expandDecision,
    diff: (from, to) => diffRuleSets(from, to, registry),
    hash: (value) => canonicalHash(value),
    /**
     * The CLI's own checks (`fordeling rules validate`) on the text, as if it were the file
     * `<order>/<id>/<version>.json` of the server's library — checks across files included (the lock,
     * succession, the version an amendment amends). Nothing is written; the answer names the body.
     */
    async validateDocument(text, library) {
      const { id, version } = namesOf(text);
      const checked = await checkRuleText(library.source, registry, ruleFilePath(library, id, version), text);
      return checked.problems.map((p) => ({ ...p, file: BODY_FILE }));
    },
  };
}
