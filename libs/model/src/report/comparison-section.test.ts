import { describe, expect, it } from 'vitest';
import { compareResults } from '../compare/compare-results.js';
import { councilYearFixture, resultFixture } from '../testing/result-fixture.js';
import type { ModelResult, RuleSetChanges } from '../result.js';
import { renderReport } from './render-report.js';
import { terminalSummary } from './terminal-summary.js';

/** The fixture with whole ceilings, as the capacity rule set's rounding (0 decimals) gives them. */
function wholeCeilings(result: ModelResult): ModelResult {
  result.councils[0].years[0] = councilYearFixture({ year: 2025, totalWeight: 3854.5, ceiling: 2, freeCapacities: 0 });
  return result;
}

const draft = { id: 'capacity', version: '2026.1-udkast', hash: 'sha256:cccc' };
const ruleSetChanges: RuleSetChanges[] = [
  {
    id: 'capacity',
    baseVersion: '2025.1',
    alternativeVersion: '2026.1-udkast',
    changes: [
      { pointer: '/version', change: 'changed', sentence: 'Version ændres fra »2025.1« til »2026.1-udkast«.' },
      { pointer: '/status', change: 'changed', sentence: 'Status ændres fra offentliggjort til udkast.' },
      { pointer: '/content/targetWeightedCitizensPerCapacity/value', change: 'changed', sentence: 'Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).' },
      { pointer: '/content/targetWeightedCitizensPerCapacity/reference/note', change: 'changed', sentence: 'Note ændres fra »a« til »b«.' },
    ],
  },
];

function compared() {
  const base = wholeCeilings(resultFixture());
  const alternative = wholeCeilings(resultFixture({ ruleSets: [draft, { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' }] }));
  // Hovedstaden Nord: ceiling 2025 4 → 5 (free 1 → 2), 2026 5 → 6 (free 2 → 3).
  alternative.councils[1].years = [councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 5, freeCapacities: 2 }), councilYearFixture({ year: 2026, totalWeight: 8000, ceiling: 6, freeCapacities: 3 })];
  return compareResults(base, alternative, { ruleSetChanges });
}

describe('comparison section', () => {
  const comparison = compared();
  const html = renderReport(wholeCeilings(resultFixture()), { comparison });

  it('tells the rule change in words above the per-council table', () => {
    const sentence = html.indexOf('<li>Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).</li>');
    expect(sentence).toBeGreaterThan(html.indexOf('Forskelle mellem regelsætversioner'));
    expect(sentence).toBeLessThan(html.indexOf('Loft og ledige kapaciteter pr. sundhedsråd'));
    // Reference notes and header changes in small print; the version is named once, not as a sentence.
    expect(html).toContain('<li>Status ændres fra offentliggjort til udkast.</li>');
    expect(html).toContain('<li>Note ændres fra »a« til »b«.</li>');
    expect(html).not.toContain('Version ændres');
    expect(html).toContain('Sammenlignet med capacity 2026.1-udkast');
  });

  it('shows every council with whole ceilings, the difference and the free capacities', () => {
    // Hovedstaden Nord: existing 3; 2025 4 → 5 (+1), free 2 (+1); 2026 5 → 6 (+1), free 3 (+1).
    expect(html).toContain(
      '<tr><td>Hovedstaden Nord</td><td class="num">3,0</td><td class="num">4</td><td class="num">5</td><td class="num"><span class="up">+1</span></td><td class="num">2,0 <span class="note">(+1,0)</span></td>' +
        '<td class="num">5</td><td class="num">6</td><td class="num"><span class="up">+1</span></td><td class="num">3,0 <span class="note">(+1,0)</span></td></tr>',
    );
    // Vendsyssel unchanged: no bracket.
    expect(html).toContain('<tr><td>Vendsyssel</td><td class="num">2,5</td><td class="num">2</td><td class="num">2</td><td class="num">0</td><td class="num">0,0</td>');
    // Σ: 2025 6 → 7, 2026 8 → 9.
    expect(html).toMatch(/<td><b>I alt<\/b><\/td><td class="num"><b>5,5<\/b><\/td><td class="num"><b>6<\/b><\/td><td class="num"><b>7<\/b><\/td>/);
    expect(html).toContain('<th colspan="3" class="group">Loft 2025</th>');
  });

  it('the main council table shows whole ceilings without ",0", capacities with one decimal', () => {
    expect(html).toMatch(/<td>Vendsyssel<\/td><td>Nordjylland<\/td><td class="num">3<\/td><td class="num">2<\/td><td class="num">3<\/td><td class="num">2,5<\/td><td class="num">0,0<\/td><td class="num">0,5<\/td>/);
  });

  it('the terminal summary prints the sentences and the ceilings per council in both runs', () => {
    const text = terminalSummary(wholeCeilings(resultFixture()), comparison);
    expect(text).toContain('capacity: 2025.1 (grundkørsel) mod 2026.1-udkast (alternativ)');
    expect(text).toContain('  • Målet for sygdomsvægtede borgere pr. kapacitet ændres fra 1.600 til 1.500 (BEK nr. 975 af 2025, § 4).');
    expect(text).toContain('(og 3 ændringer i retsgrundlag, noter, version, titel, status eller datoer; se rapporten)');
    expect(text).toMatch(/Hovedstaden Nord\s+4\s+5\s+\+1\s+5\s+6\s+\+1/);
    expect(text).toMatch(/I alt\s+6\s+7\s+\+1\s+8\s+9\s+\+1/);
    // Whole ceilings in the main table too.
    expect(text).toMatch(/Vendsyssel\s+2\s+3\s+2,5\s+0,0\s+0,5/);
  });
});
