// The report's what-if section: which rule-set versions differ, what changed in words (the engine's
// diffRuleSets sentences), the effect on every health council's ceilings and free capacities, and
// on the clinics' minimums. Renders a ModelComparison; all arithmetic is in compare/.
import { formatDate, formatPercent } from '@fordeling/engine';
import { minimumDifferences, summarizeComparison } from '../compare/comparison-summary.js';
import { changeScope } from '../compare/rule-set-changes.js';
import type { ModelComparison, RuleSetChanges } from '../result.js';
import { comparisonTable, type ComparisonRow } from './comparison-table.js';
import { figure, signedFigure } from './figures.js';
import { escapeHtml, htmlTable } from './html.js';
import { histogram } from './minimum-histogram.js';

const version = (v: string | null) => escapeHtml(v ?? 'findes ikke');

/** A difference coloured by its direction. */
function delta(value: number, decimals: number): string {
  const text = signedFigure(value, decimals);
  return value > 0 ? `<span class="up">${text}</span>` : value < 0 ? `<span class="down">${text}</span>` : text;
}

/** Free capacities of the alternative run, with the change in brackets when there is one. */
function freeCell(value: number, difference: number, decimals: number): string {
  const change = signedFigure(difference, decimals);
  return change === figure(0, decimals) ? figure(value, decimals) : `${figure(value, decimals)} <span class="note">(${change})</span>`;
}

/** One changed rule set: both versions, the rule changes as sentences, the rest in small print. */
function ruleSetItem(set: RuleSetChanges): string {
  const rules = set.changes.filter((c) => changeScope(c) === 'rule');
  // The version itself is named already.
  const rest = set.changes.filter((c) => changeScope(c) !== 'rule' && c.pointer !== '/version');
  const sentences = rules.length
    ? `<ul class="changes">${rules.map((c) => `<li>${escapeHtml(c.sentence)}</li>`).join('')}</ul>`
    : set.changes.length
      ? '<p class="note">Ingen ændringer i selve reglerne.</p>'
      : '';
  const note = rest.length ? `<p class="note">Desuden ændret (retsgrundlag, noter og regelsættets oplysninger):</p><ul class="changes note">${rest.map((c) => `<li>${escapeHtml(c.sentence)}</li>`).join('')}</ul>` : '';
  return `<li><b>${escapeHtml(set.id)}</b>: ${version(set.baseVersion)} (grundkørsel) mod ${version(set.alternativeVersion)} (alternativ)${sentences}${note}</li>`;
}

function runDates({ base, alternative }: ModelComparison): string {
  return base.asOf === alternative.asOf ? `begge pr. ${formatDate(base.asOf)}` : `pr. ${formatDate(base.asOf)} (grundkørsel) og ${formatDate(alternative.asOf)} (alternativ)`;
}

export function comparisonSection(comparison: ModelComparison): string {
  const table = comparisonTable(comparison);
  const { ceiling, existing, free } = table.decimals;
  const cells = (row: ComparisonRow) => [
    figure(row.existingCapacities, existing),
    ...row.years.flatMap((y) =>
      y
        ? [figure(y.base.ceiling, ceiling), figure(y.alternative.ceiling, ceiling), delta(y.ceilingDifference, ceiling), freeCell(y.alternative.freeCapacities, y.freeCapacitiesDifference, free)]
        : ['–', '–', '–', '–'],
    ),
  ];
  const rows = [...table.rows.map((r) => [escapeHtml(r.council), ...cells(r)]), ['<b>I alt</b>', ...cells(table.total).map((c) => `<b>${c}</b>`)]];
  const headers = ['Sundhedsråd', 'Eksisterende', ...table.years.flatMap(() => ['Grundkørsel', 'Alternativ', 'Forskel', 'Alternativ'])];
  const groups = [{ label: '', span: 2 }, ...table.years.flatMap((y) => [{ label: `Loft ${y}`, span: 3 }, { label: `Ledige ${y}`, span: 1 }])];
  const summary = summarizeComparison(comparison);
  return `<section><h2>Forskelle mellem regelsætversioner</h2>
<p>Samme inddata er kørt to gange, ${runDates(comparison)}; kun disse regelsæt er forskellige:</p>
<ul class="rule-sets">${comparison.ruleSetChanges.map(ruleSetItem).join('') || '<li>Ingen forskelle i regelsættene.</li>'}</ul>
<h3>Loft og ledige kapaciteter pr. sundhedsråd</h3>
<p>Loftet i grundkørslen og i den alternative kørsel og forskellen (alternativ − grundkørsel); de ledige kapaciteter i den alternative kørsel med ændringen i parentes, hvor de ændres.</p>
${htmlTable(headers, rows, headers.map((_, i) => i).slice(1), 'comparison', groups)}
<h3>Ændring i klinikkernes vejledende minimumspatienttal pr. kapacitet</h3>
<p>${figure(summary.clinicsWithHigherMinimum)} klinikker får et højere, ${figure(summary.clinicsWithLowerMinimum)} et lavere og ${figure(summary.clinicsWithUnchangedMinimum)} et uændret tal. Andel i båndet: ${formatPercent(comparison.shareInBand.base, 1)} (grundkørsel) mod ${formatPercent(comparison.shareInBand.alternative, 1)} (alternativ).</p>
${histogram(minimumDifferences(comparison), { xLabel: 'Ændring (alternativ − grundkørsel) i patienter pr. kapacitet', ariaLabel: 'Fordeling af ændringer i minimumspatienttal' })}</section>`;
}
