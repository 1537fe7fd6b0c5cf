import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { canonicalHash, compactDecision, decideRequest, diffRuleSets, expandDecision, geographyRules, validateRequest, validateRuleFile, type RuleRegistry } from '@fordeling/engine';
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
    validateRequest: (body, book) => validateRequest(body, geographyRules.of(book)),
    decide: (request, book) => decideRequest(request, book),
    compact: compactDecision,
    expand: expandDecision,
    diff: (from, to) => diffRuleSets(from, to, registry),
    hash: (value) => canonicalHash(value),
    /**
     * The CLI's own checks (`fordeling rules validate`) run on the text: the engine validates files,
     * so the text is placed as `<tmp>/api/<id>/<version>.json` and the path is replaced in the answer.
     * Checks across files (lock file, overlapping periods) need the whole rules directory and are
     * not part of this.
     */
    async validateDocument(text) {
      const dir = await mkdtemp(path.join(tmpdir(), 'fordeling-validate-'));
      try {
        const { id, version } = namesOf(text);
        const folder = path.join(dir, 'api', id);
        await mkdir(folder, { recursive: true });
        const absolute = path.join(folder, `${version}.json`);
        await writeFile(absolute, text, 'utf8');
        const checked = await validateRuleFile({ absolute, order: 'api', folderId: id, fileVersion: version }, registry);
        return checked.problems.map((p) => ({ ...p, file: BODY_FILE }));
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
