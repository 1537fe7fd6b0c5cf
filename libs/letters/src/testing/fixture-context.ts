import { loadLabels } from '../data/labels.js';
import { letterRulesFromBook } from '../data/letter-rules.js';
import { loadRegions } from '../data/regions.js';
import type { LetterContext } from '../data/build-common.js';
import { defaultTemplatesDir } from '../templates/template-set.js';
import { fixtureBook } from './fixture-book.js';
import { fixtureRunRefs } from './fixture-run.js';

/** The fixture book's rule sets by their titles (a ref from elsewhere by its id, as a library would not know it). */
const book = fixtureBook();
export const fixtureRuleSetTitle = (ref: { id: string; version: string }): string =>
  book.ruleSets.find((r) => r.ref.id === ref.id && r.ref.version === ref.version)?.document.title ?? `${ref.id} ${ref.version}`;

export async function fixtureContext(overrides: Partial<LetterContext> = {}): Promise<LetterContext> {
  return {
    ruleSetTitle: fixtureRuleSetTitle,
    rules: letterRulesFromBook(fixtureBook(), 2025),
    labels: await loadLabels(defaultTemplatesDir),
    regions: await loadRegions(defaultTemplatesDir),
    round: 2025,
    synthetic: true,
    runRuleSets: fixtureRunRefs(),
    ...overrides,
  };
}
