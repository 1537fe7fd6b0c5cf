// What the run left out or had to assume, so nothing disappears: rejected input rows (problems.csv)
// and the model's warnings (warnings.csv), e.g. a municipality missing from projection.csv counted
// with 0 % growth. A short list; the CSV files hold every line.
import { formatNumber, plural, type Problem } from '@fordeling/engine';
import { inputProblems } from '../output/problems-csv.js';
import type { ModelResult } from '../result.js';
import { escapeHtml } from './html.js';

/** Lines shown per list; the rest are counted and left to the CSV file. */
export const ASSUMPTIONS_SHOWN = 10;

/** "clinics.csv linje 12", or just the file when the line is unknown (a row that is missing). */
const where = (p: Problem) => (p.line > 0 ? `${p.file} linje ${p.line}` : p.file);

function list(items: readonly Problem[], file: string): string {
  const shown = items.slice(0, ASSUMPTIONS_SHOWN).map((p) => `<li>${escapeHtml(where(p))}: ${escapeHtml(p.message)}</li>`).join('');
  const more = items.length > ASSUMPTIONS_SHOWN ? `<p class="note">… og ${formatNumber(items.length - ASSUMPTIONS_SHOWN)} mere. Alle står i ${file}.</p>` : '';
  return `<ul>${shown}</ul>${more}`;
}

/** "1 række i inddata er afvist …; kørslen har gjort 2 antagelser (warnings.csv)." — undefined when neither. */
export function assumptionsSentence(result: ModelResult): string | undefined {
  const rejected = inputProblems(result.inputs).length;
  const warnings = result.warnings?.length ?? 0;
  if (!rejected && !warnings) return undefined;
  const text = [
    rejected ? `${plural(rejected, 'række', 'rækker')} i inddata er afvist og ikke regnet med (problems.csv)` : 'ingen rækker i inddata er afvist',
    warnings ? `kørslen har gjort ${plural(warnings, 'antagelse', 'antagelser')} (warnings.csv)` : 'kørslen har ikke skullet antage noget',
  ].join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function assumptionsSection(result: ModelResult): string {
  const sentence = assumptionsSentence(result);
  if (!sentence) {
    return '<section><h2>Afviste rækker og antagelser</h2><p>Alle rækker i inddata er godkendt, og kørslen har ikke skullet antage noget.</p></section>';
  }
  const problems = inputProblems(result.inputs);
  const warnings = result.warnings ?? [];
  const rejected = problems.length ? `<h3>Afviste rækker</h3>${list(problems, 'problems.csv')}` : '';
  const assumed = warnings.length ? `<h3>Bemærkninger</h3>${list(warnings, 'warnings.csv')}` : '';
  return `<section><h2>Afviste rækker og antagelser</h2><p>${sentence}</p>${rejected}${assumed}</section>`;
}
