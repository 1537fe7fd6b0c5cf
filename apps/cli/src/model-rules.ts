// Rules for a model run (run, explain): load the rules directory, stop on any problem, and pick the
// rule book in force on the as-of date — plus, for a what-if, the book with one version swapped in.
import { resolve } from 'node:path';
import { defaultRulesDir, draftNotice, formatDate, formatProblem, loadRules, type RuleBook, type RuleLibrary, type RuleRegistry } from '@fordeling/engine';
import { MODEL_RULES } from '@fordeling/model';
import { createRuleRegistry } from './container.js';

export interface ModelRuleOptions {
  rulesDir?: string;
  asOf?: string;
  /** `<id>@<version>` of a version to compare with (a draft, say). */
  compareRules?: string;
  /** Versions to run with instead of those in force (`--versions decisions@2026.1-udkast`). */
  versions?: Record<string, string>;
}

export interface ModelRules {
  registry: RuleRegistry;
  library: RuleLibrary;
  book: RuleBook;
  alternative?: RuleBook;
}

/** The rules for a run, or the exit code (1) after printing why in Danish. */
export async function loadModelRules(
  options: ModelRuleOptions,
  time: (work: () => Promise<RuleLibrary>) => Promise<RuleLibrary> = (work) => work(),
): Promise<ModelRules | number> {
  const registry = createRuleRegistry();
  const library = await time(() => loadRules(resolve(options.rulesDir ?? defaultRulesDir), registry));
  if (library.problems.length) {
    console.error(`Regelsættene har ${library.problems.length === 1 ? 'et problem' : `${library.problems.length} problemer`}; kørslen er stoppet:`);
    for (const problem of library.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  }
  const selection = chooseBooks(library, options);
  if (typeof selection === 'string') {
    console.error(selection);
    return 1;
  }
  console.error(`Regelsæt pr. ${formatDate(selection.book.asOf)}: ${selection.book.refs().map((r) => `${r.id}@${r.version}${r.draft ? ' (udkast)' : ''}`).join(', ')}`);
  const notice = draftNotice(selection.book.refs());
  if (notice) console.error(`${notice}. Resultaterne er en afprøvning, ikke de gældende tal.`);
  return { registry, library, ...selection };
}

/**
 * The book for the run (and the alternative one). The as-of date defaults to today when every rule
 * set the model needs is in force today, else to the latest first day on which they all are.
 */
function chooseBooks(library: RuleLibrary, options: ModelRuleOptions): { book: RuleBook; alternative?: RuleBook } | string {
  try {
    const asOf = options.asOf ?? defaultAsOf(library);
    if (!asOf) return `Ingen dato, hvor regelsættene ${MODEL_RULES.map((rules) => rules.kind).join(', ')} alle gælder; angiv --as-of.`;
    const book = library.bookAt(asOf, { versions: options.versions });
    const missing = MODEL_RULES.filter((rules) => !inForce(rules, book)).map((rules) => rules.kind);
    if (missing.length) return `Pr. ${formatDate(asOf)} gælder ingen offentliggjorte regelsæt af typen ${missing.map((k) => `»${k}«`).join(', ')}.`;
    if (!options.compareRules) return { book };
    const match = /^([^@]+)@(.+)$/.exec(options.compareRules);
    if (!match) return `--compare-rules skal have formen id@version, fx capacity@2026.1-udkast (fik »${options.compareRules}«).`;
    return { book, alternative: library.bookAt(asOf, { versions: { ...options.versions, [match[1]]: match[2] } }) };
  } catch (error) {
    return (error as Error).message;
  }
}

function defaultAsOf(library: RuleLibrary): string | undefined {
  const today = new Date().toISOString().slice(0, 10);
  const firstDays = [...new Set(library.ruleSets.filter((r) => r.document.status === 'published').map((r) => r.document.validFrom))];
  const candidates = [today, ...firstDays.filter((d) => d < today).sort().reverse()];
  return candidates.find((date) => MODEL_RULES.every((rules) => inForce(rules, library.bookAt(date))));
}

export /** Whether the book holds a rule set of this kind in force. */
function inForce(rules: (typeof MODEL_RULES)[number], book: RuleBook): boolean {
  try {
    rules.ruleSet(book);
    return true;
  } catch {
    return false;
  }
}
