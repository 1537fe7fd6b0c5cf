import { loadLabels } from '../data/labels.js';
import { letterRulesFromBook } from '../data/letter-rules.js';
import { loadRegions } from '../data/regions.js';
import type { LetterContext } from '../data/build-common.js';
import { defaultTemplatesDir } from '../templates/template-set.js';
import { fixtureBook } from './fixture-book.js';
import { fixtureRunRefs } from './fixture-run.js';

export async function fixtureContext(overrides: Partial<LetterContext> = {}): Promise<LetterContext> {
  return {
    rules: letterRulesFromBook(fixtureBook(), 2025),
    labels: await loadLabels(defaultTemplatesDir),
    regions: await loadRegions(defaultTemplatesDir),
    round: 2025,
    synthetic: true,
    runRuleSets: fixtureRunRefs(),
    ...overrides,
  };
}
