import { describe, expect, it } from 'vitest';
import type { Problem } from '@fordeling/engine';
import { resultFixture } from '../testing/result-fixture.js';
import { ASSUMPTIONS_SHOWN, assumptionsSection } from './assumptions-section.js';
import { renderReport } from './render-report.js';
import { assumptionsLine } from './terminal-summary.js';

const clinicWarning = (line: number): Problem => ({
  file: 'clinics.csv',
  line,
  column: 0,
  pointer: '/provider_number',
  message: `ydernummer ${line} har ingen tilmeldte borgere i citizens.csv; der kan ikke beregnes et vejledende minimumspatienttal`,
});

describe('assumptions section and line', () => {
  it('lists rejected rows and warnings with file and line, and counts them', () => {
    const result = resultFixture({ warnings: [{ file: 'projection.csv', line: 0, column: 0, pointer: '', message: 'Læsø (kommunekode 825) mangler; regnet med 0 % befolkningstilvækst' }, clinicWarning(5)] });
    const html = assumptionsSection(result);
    expect(html).toContain('<p>1 række i inddata er afvist og ikke regnet med (problems.csv); kørslen har gjort 2 antagelser (warnings.csv).</p>');
    expect(html).toContain('<h3>Afviste rækker</h3><ul><li>citizens.csv linje 4: Alder »abc« er ikke et helt tal fra 0 til 125</li></ul>');
    expect(html).toContain('<li>projection.csv: Læsø (kommunekode 825) mangler; regnet med 0 % befolkningstilvækst</li><li>clinics.csv linje 5: ydernummer 5 har ingen');
    // …and a pointer at the top of the report.
    expect(renderReport(result)).toContain('<p class="notice">Bemærk: 1 række i inddata er afvist og ikke regnet med (problems.csv); kørslen har gjort 2 antagelser (warnings.csv). Se »Afviste rækker og antagelser«.</p>');
    expect(assumptionsLine(result)).toBe(
      'Bemærk: 1 række i inddata er afvist og ikke regnet med (problems.csv); kørslen har gjort 2 antagelser (warnings.csv). Se rapportens afsnit »Afviste rækker og antagelser«.',
    );
  });

  it(`shows at most ${ASSUMPTIONS_SHOWN} lines and points to the CSV for the rest`, () => {
    const warnings = Array.from({ length: 25 }, (_, i) => clinicWarning(i + 2));
    const html = assumptionsSection(resultFixture({ warnings }));
    expect(html.match(/<li>clinics\.csv/g)).toHaveLength(ASSUMPTIONS_SHOWN);
    expect(html).toContain('… og 15 mere. Alle står i warnings.csv.');
  });

  it('says so when nothing was rejected or assumed', () => {
    const clean = resultFixture({ inputs: resultFixture().inputs.map((i) => ({ ...i, rowsRead: i.accepted, rejected: 0, problems: [] })) });
    expect(assumptionsSection(clean)).toContain('Alle rækker i inddata er godkendt, og kørslen har ikke skullet antage noget.');
    expect(renderReport(clean)).not.toContain('class="notice"');
    expect(assumptionsLine(clean)).toBe('Ingen afviste rækker og ingen antagelser i kørslen.');
  });
});
