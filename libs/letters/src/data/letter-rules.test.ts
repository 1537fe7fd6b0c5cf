import { describe, expect, it } from 'vitest';
import { createRegistry, defaultRulesDir, loadRules, standardKinds } from '@fordeling/engine';
import { printedFields } from '../check/check-templates.js';
import { loadTemplateSet } from '../templates/template-set.js';
import { letterRulesFromBook, TIMELINE_DATE_FIELDS } from './letter-rules.js';

// The shipped rules and templates: which of the round's dates are only illustrative, and which
// letters print them.
describe('illustrative dates in the letters', () => {
  it('names the 2025 round\'s illustrative dates with the file and JSON pointer legal staff edit', async () => {
    const library = await loadRules(defaultRulesDir, createRegistry(standardKinds));
    const rules = letterRulesFromBook(library.bookAt('2025-07-03'), 2025);
    expect(rules.illustrativeDates).toEqual([
      { field: 'preliminarySent', date: '2025-10-15', label: 'Foreløbigt minimumspatienttal sendes i høring', file: expect.stringMatching(/timeline\/2025\.1\.json$/), pointer: '/content/rounds/0/steps/2/date' },
      { field: 'hearingDeadline', date: '2025-11-15', label: expect.stringMatching(/^Frist for klinikkens bemærkninger/), file: expect.stringMatching(/timeline\/2025\.1\.json$/), pointer: '/content/rounds/0/steps/3/date' },
    ]);
    // 2026 is an illustrative projection throughout (the rule set's description says so).
    expect(letterRulesFromBook(library.bookAt('2025-07-03'), 2026).illustrativeDates.map((d) => d.field)).toEqual([
      'informationLetter', 'preliminarySent', 'hearingDeadline', 'finalAnnounced', 'finalEffective',
    ]);
  });

  it('knows which timeline dates each shipped letter prints', async () => {
    const templates = await loadTemplateSet();
    const datesPrinted = (kind: Parameters<typeof printedFields>[1]) => {
      const printed = printedFields(templates, kind);
      return Object.entries(TIMELINE_DATE_FIELDS).filter(([, fields]) => fields.some((f) => printed.has(f))).map(([field]) => field);
    };
    expect(datesPrinted('vejledende')).toEqual(['informationLetter', 'preliminarySent', 'hearingDeadline', 'finalAnnounced', 'finalEffective']);
    expect(datesPrinted('hoering')).toEqual(['hearingDeadline', 'finalAnnounced', 'finalEffective']);
    expect(datesPrinted('afgoerelse')).toEqual(['finalEffective']);
    expect(datesPrinted('kapacitet')).toEqual([]);
  });
});
