// The what-if in the terminal: the rule changes in words and the ceilings per council in both runs.
import { formatPercent, plural } from '@fordeling/engine';
import { summarizeComparison } from '../compare/comparison-summary.js';
import { changeScope } from '../compare/rule-set-changes.js';
import type { ModelComparison } from '../result.js';
import { comparisonTable, type ComparisonRow } from './comparison-table.js';
import { figure, signedFigure } from './figures.js';
import { textTable } from './text-table.js';

export function terminalComparison(comparison: ModelComparison): string {
  const changes = comparison.ruleSetChanges.flatMap((set) => {
    const rules = set.changes.filter((c) => changeScope(c) === 'rule');
    const other = set.changes.length - rules.length;
    return [
      `${set.id}: ${set.baseVersion ?? 'findes ikke'} (grundkørsel) mod ${set.alternativeVersion ?? 'findes ikke'} (alternativ)`,
      ...rules.map((c) => `  • ${c.sentence}`),
      ...(other ? [`  (og ${plural(other, 'ændring', 'ændringer')} i retsgrundlag, noter, version, titel, status eller datoer; se rapporten)`] : []),
    ];
  });
  const table = comparisonTable(comparison);
  const { ceiling } = table.decimals;
  const cells = (row: ComparisonRow) => [
    row.council,
    ...row.years.flatMap((y) => (y ? [figure(y.base.ceiling, ceiling), figure(y.alternative.ceiling, ceiling), signedFigure(y.ceilingDifference, ceiling)] : ['–', '–', '–'])),
  ];
  const headers = ['Sundhedsråd', ...table.years.flatMap((y) => [`Loft ${y}`, `Alt. ${y}`, 'Forskel'])];
  const summary = summarizeComparison(comparison);
  return [
    'Sammenligning med alternative regelsæt (samme inddata):',
    ...(changes.length ? changes : ['Ingen forskelle i regelsættene.']),
    '',
    textTable(headers, [...table.rows.map(cells), cells(table.total)], headers.map((_, i) => i).slice(1)),
    '',
    `Vejledende minimumspatienttal pr. kapacitet: ${figure(summary.clinicsWithHigherMinimum)} klinikker højere, ${figure(summary.clinicsWithLowerMinimum)} lavere, ${figure(summary.clinicsWithUnchangedMinimum)} uændret. ` +
      `Andel i båndet: ${formatPercent(comparison.shareInBand.base, 1)} (grundkørsel) mod ${formatPercent(comparison.shareInBand.alternative, 1)} (alternativ).`,
  ].join('\n');
}
