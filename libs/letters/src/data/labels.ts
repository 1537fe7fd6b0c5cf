import path from 'node:path';
import { DECISION_BASES } from '@fordeling/engine';
import { LETTER_KINDS, type LetterKind } from '../letter-kind.js';
import { readJsonInput } from './json-input.js';
import { LetterInputError } from './letter-problem.js';

/**
 * Danish words the letters use for the engine's codes (templates/labels.json), so a region can
 * reword "imødekommet" or a letter's title without touching code.
 */
export interface LetterLabels {
  titles: Record<LetterKind, string>;
  outcome: Record<'granted' | 'refused', string>;
  basis: Record<string, string>;
  request: Record<'new' | 'refill', string>;
  /** What a grant establishes: »lægekapacitet«, »lægekapaciteter«, »et ekstra ydernummer«. */
  grant: Record<'capacity' | 'capacities' | 'provider-number', string>;
  rounding: Record<'round' | 'floor' | 'ceil', string>;
}

const SECTIONS: Record<keyof LetterLabels, readonly string[]> = {
  titles: LETTER_KINDS,
  outcome: ['granted', 'refused'],
  basis: DECISION_BASES,
  request: ['new', 'refill'],
  grant: ['capacity', 'capacities', 'provider-number'],
  rounding: ['round', 'floor', 'ceil'],
};

export async function loadLabels(templatesDir: string): Promise<LetterLabels> {
  const file = path.join(templatesDir, 'labels.json');
  const data = (await readJsonInput(file)) as Record<string, Record<string, unknown>> | null;
  const problems: string[] = [];
  for (const [section, keys] of Object.entries(SECTIONS)) {
    for (const key of keys) {
      const value = data?.[section]?.[key];
      if (typeof value !== 'string' || value.trim() === '') problems.push(`/${section}/${key} mangler en dansk tekst`);
    }
  }
  if (problems.length) throw new LetterInputError(file, problems);
  return data as unknown as LetterLabels;
}
