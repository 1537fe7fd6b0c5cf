import { describe, expect, it } from 'vitest';
import { compareResults } from '../compare/compare-results.js';
import { councilYearFixture, resultFixture } from '../testing/result-fixture.js';
import { renderReport } from './render-report.js';
import { terminalSummary } from './terminal-summary.js';

const band = { lower: 1150, upper: 2000, expectedShare: 0.8 };

describe('renderReport', () => {
  const html = renderReport(resultFixture(), { reportingBand: band });

  it('is one self-contained Danish page', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(html).not.toMatch(/<(script|link|img)\b|src=|href=|url\(/);
    expect(html).toContain('<svg');
  });

  it('labels synthetic data and says as of when, with which rule sets and inputs', () => {
    expect(html).toContain('SYNTETISKE DATA');
    expect(html).toContain('Beregnet pr. 3. juli 2025');
    expect(html).toContain('sha256:aaaa');
    expect(html).toContain('sha256:c1');
    expect(renderReport(resultFixture({ synthetic: false }))).not.toContain('SYNTETISKE DATA');
  });

  it('shows Danish numbers: ceilings, band share and the municipality tables', () => {
    expect(html).toContain('<td class="num">2,4</td>'); // Vendsyssel's 2025 ceiling 2.41
    expect(html).toContain('50,0 %'); // share in band
    expect(html).toContain('mellem 1.150 og 2.000');
    expect(html).toMatch(/<td>Læsø<\/td><td>Vendsyssel<\/td><td class="num">1,45<\/td><td class="num">1.100<\/td>/);
    expect(html).toMatch(/<td>Gentofte<\/td><td>Hovedstaden Nord<\/td><td class="num">0,84<\/td><td class="num">1.900<\/td>/);
    // The band is shaded in the histogram.
    expect(html).toContain('fill="var(--band)"');
  });

  // Seed 000: »Bekendtgørelsen tilsiger, hvor mange læger et sundhedsråd kan have ved udgangen af 2025
  // og 2026«; the model's figure is shown beside it as »beregnet efter modellen« with the difference.
  it('shows the order’s number beside »beregnet efter modellen« and the difference, and says while it is illustrative', () => {
    const fixed = resultFixture();
    fixed.councils[1].years[0] = councilYearFixture({ year: 2025, totalWeight: 6400, ceiling: 4.5, computedCeiling: 4, fixedCeiling: 4.5, freeCapacities: 1.5 });
    const page = renderReport(fixed, { fixedCeilings: { citation: 'BEK nr. 975 af 2025, bilag (illustrativ)', illustrative: true } });
    expect(page).toContain('<h3>Bekendtgørelsens tal og modellens beregning</h3>');
    expect(page).toContain('ved udgangen af året (BEK nr. 975 af 2025, bilag (illustrativ))');
    expect(page).toContain('Bekendtgørelsens tal er endnu illustrative');
    // Hovedstaden Nord 2025: the order 4,5, computed 4, difference −0,5; 2026 has no fixed number.
    expect(page).toMatch(/<td>Hovedstaden Nord<\/td><td class="num">4,5<\/td><td class="num">4,0<\/td><td class="num">-0,5<\/td><td class="num">–<\/td><td class="num">5,0<\/td><td class="num">–<\/td>/);
    expect(html).toContain('Regelsættet indeholder ikke bekendtgørelsens antal lægekapaciteter pr. sundhedsråd');
    expect(terminalSummary(fixed)).toContain('Lofterne er bekendtgørelsens antal lægekapaciteter for 1 af 2 sundhedsråd');
  });

  it('lists the assumptions the run had to make', () => {
    const warned = renderReport(resultFixture({ warnings: [{ file: 'projection.csv', line: 0, column: 0, pointer: '', message: 'Læsø (kommunekode 825) mangler; regnet med 0 % vækst' }] }));
    expect(warned).toContain('<h3>Bemærkninger</h3><ul><li>projection.csv: Læsø (kommunekode 825) mangler; regnet med 0 % vækst</li></ul>');
    expect(html).not.toContain('Bemærkninger');
  });

  it('escapes names', () => {
    const tricky = resultFixture();
    tricky.municipalities[0].name = '<b>Hjørring</b>';
    expect(renderReport(tricky)).toContain('&lt;b&gt;Hjørring&lt;/b&gt;');
  });

  it('adds a differences section naming both versions when compared', () => {
    const alternative = resultFixture({ ruleSets: [{ id: 'capacity', version: '2026.1-udkast', hash: 'sha256:cccc' }, { id: 'weights', version: '2025.1', hash: 'sha256:bbbb' }] });
    alternative.councils[1].years[0].ceiling = 5;
    alternative.clinics[0].advisoryMinimumPerCapacity = 1950;
    const compared = renderReport(resultFixture(), { reportingBand: band, comparison: compareResults(resultFixture(), alternative) });
    expect(compared).toContain('Forskelle mellem regelsætversioner');
    expect(compared).toContain('<b>capacity</b>: 2025.1 (grundkørsel) mod 2026.1-udkast (alternativ)');
    expect(compared).toContain('<span class="up">+1,0</span>'); // Hovedstaden Nord 2025: 4 → 5
    expect(compared).toContain('1 klinikker får et højere, 0 et lavere');
  });
});

describe('terminalSummary', () => {
  it('prints the council table and rankings in Danish formats', () => {
    const text = terminalSummary(resultFixture());
    expect(text).toContain('SYNTETISKE DATA — Beregnet pr. 3. juli 2025: 4 borgere, 4 klinikker.');
    expect(text).toMatch(/Vendsyssel\s+2,4\s+3,0\s+2,5\s+0,0\s+0,5/);
    expect(text).toContain('rapporteringsbåndet: 50,0 %');
    expect(text).toMatch(/Læsø\s+Vendsyssel\s+1,45\s+1.100/);
  });
});
