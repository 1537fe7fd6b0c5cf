import { draftNotice, formatDate, formatPercent } from '@fordeling/engine';
import type { InputFileReport, ModelComparison, ModelResult } from '../result.js';
import { partialNotice } from '../run/incomplete-inputs.js';
import { councilsInOrder, councilYear } from '../output/councils-csv.js';
import { assumptionsSentence } from './assumptions-section.js';
import { councilDecimals } from './display-decimals.js';
import { figure as n } from './figures.js';
import { rankMunicipalities } from './municipality-ranking.js';
import { terminalComparison } from './terminal-comparison.js';
import { textTable } from './text-table.js';

/** Per input file: read, accepted, rejected (rows read = accepted + rejected). */
export function inputSummary(inputs: readonly InputFileReport[]): string {
  return textTable(
    ['Fil', 'Læst', 'Godkendt', 'Afvist'],
    inputs.map((i) => [i.file, n(i.rowsRead), n(i.accepted), n(i.rejected)]),
    [1, 2, 3],
  );
}

/** One line on what the run left out (problems.csv) or had to assume (warnings.csv). */
export function assumptionsLine(result: ModelResult): string {
  const sentence = assumptionsSentence(result);
  return sentence ? `Bemærk: ${sentence} Se rapportens afsnit »Afviste rækker og antagelser«.` : 'Ingen afviste rækker og ingen antagelser i kørslen.';
}

/**
 * The Danish summary `fordeling run` prints: councils, the band share, top and bottom
 * municipalities, what was rejected or assumed, and with a comparison its changes and effect.
 */
export function terminalSummary(result: ModelResult, comparison?: ModelComparison): string {
  const d = councilDecimals(result.councils);
  const councils = textTable(
    ['Sundhedsråd', 'Loft 2025', 'Loft 2026', 'Eksisterende', 'Ledige 2025', 'Ledige 2026'],
    councilsInOrder(result.councils).map((c) => {
      const y25 = councilYear(c, 2025);
      const y26 = councilYear(c, 2026);
      return [c.council, n(y25?.ceiling, d.ceiling), n(y26?.ceiling, d.ceiling), n(c.existingCapacities, d.existing), n(y25?.freeCapacities, d.free), n(y26?.freeCapacities, d.free)];
    }),
    [1, 2, 3, 4, 5],
  );
  // Where the order fixes the ceilings, the model's own figure is only shown beside them.
  const fixed = result.councils.filter((c) => c.years.some((y) => y.fixedCeiling !== null)).length;
  const ceilingNote = fixed
    ? `Lofterne er bekendtgørelsens antal lægekapaciteter for ${n(fixed)} af ${n(result.councils.length)} sundhedsråd; loftet beregnet efter modellen og forskellen står i councils.csv og rapporten.`
    : 'Lofterne er beregnet efter modellen (regelsættet indeholder ikke bekendtgørelsens antal pr. sundhedsråd).';
  const { highest, lowest } = rankMunicipalities(result.municipalities, 5);
  const ranking = (title: string, list: typeof highest) =>
    `${title}\n${textTable(['Kommune', 'Sundhedsråd', 'Gns. vægt', 'Gns. minimum'], list.map((m) => [m.name, m.council, n(m.meanWeight, 2), n(m.meanAdvisoryMinimum)]), [2, 3])}`;
  const draft = draftNotice(result.ruleSets);
  const partial = partialNotice(result);
  return [
    ...(draft ? [draft, ''] : []),
    ...(partial ? [partial, ''] : []),
    `${result.synthetic ? 'SYNTETISKE DATA — ' : ''}Beregnet pr. ${formatDate(result.asOf)}: ${n(result.citizens)} borgere, ${n(result.clinics.length)} klinikker.`,
    '',
    councils,
    ceilingNote,
    '',
    `Klinikker med vejledende minimumspatienttal i rapporteringsbåndet: ${formatPercent(result.shareInBand, 1)}`,
    '',
    ranking('Højeste gennemsnitlige sygdomsvægt', highest),
    '',
    ranking('Laveste gennemsnitlige sygdomsvægt', lowest),
    '',
    assumptionsLine(result),
    ...(comparison ? ['', terminalComparison(comparison)] : []),
  ].join('\n');
}
