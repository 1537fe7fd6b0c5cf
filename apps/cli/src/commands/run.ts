import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultRulesDir, formatDate, formatNumber, formatProblem, loadRules, plural, type CapacityContent, type RuleBook, type RuleLibrary } from '@fordeling/engine';
import { compareResults, InputError, inputSummary, readInputs, runModel, terminalSummary, writeRunOutputs, type ModelComparison, type ModelResult } from '@fordeling/model';
import { createRuleRegistry } from '../container.js';
import { stageProgress } from '../progress.js';

const HELP = `Brug: fordeling run --input MAPPE --out MAPPE [--as-of ÅÅÅÅ-MM-DD] [--compare-rules ID@VERSION]

Kører den nationale model på en inputmappe og skriver councils.csv, municipalities.csv, clinics.csv,
problems.csv, run.json, timings.json og report.html.
  --input MAPPE             inputmappen (citizens.csv, clinics.csv, councils.csv, …)
  --out MAPPE               hvor resultaterne skrives
  --as-of DATO              skæringsdato for regelsættene (standard: i dag, hvis regelsættene gælder)
  --compare-rules ID@VER    kør også med denne version af ét regelsæt og vis forskellene
  --rules MAPPE             regelsætmappe (standard: rules/ i dette repository)`;

/** Problems printed in the terminal; problems.csv has them all. */
const PROBLEMS_SHOWN = 5;

/** The kinds a national run needs in force on the as-of date. */
const MODEL_KINDS = ['geography', 'weights', 'capacity', 'minimum-patients'];

export interface NationalRunOptions {
  input: string;
  out: string;
  asOf?: string;
  compareRules?: string;
  rulesDir?: string;
}

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { input: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, 'compare-rules': { type: 'string' }, rules: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  if (!values.input || !values.out) {
    console.error(`Angiv både --input og --out.\n\n${HELP}`);
    return 2;
  }
  return runNationalModel({ input: values.input, out: values.out, asOf: values['as-of'], compareRules: values['compare-rules'], rulesDir: values.rules });
}

/** The whole main job: rules → inputs → model (→ alternative run) → outputs. Returns the exit code. */
export async function runNationalModel(options: NationalRunOptions): Promise<number> {
  const timings: Record<string, number> = {};
  const timed = async <T>(name: string, work: () => Promise<T> | T): Promise<T> => {
    const start = performance.now();
    const result = await work();
    timings[name] = Math.round((performance.now() - start) * 10) / 10;
    return result;
  };

  const library = await timed('loadRules', () => loadRules(resolve(options.rulesDir ?? defaultRulesDir), createRuleRegistry()));
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
  const { book, alternative } = selection;
  console.error(`Regelsæt pr. ${formatDate(book.asOf)}: ${book.refs().map((r) => `${r.id}@${r.version}`).join(', ')}`);

  const progress = stageProgress('Læser inddata (byte)');
  let inputs;
  try {
    inputs = await timed('readInputs', () => readInputs(resolve(options.input), { book, onProgress: (p) => progress.update(p.bytesRead, p.totalBytes) }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    progress.stop();
    console.error(`Inputmappen ${options.input} kan ikke bruges; kørslen er stoppet:`);
    for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  } finally {
    progress.stop();
  }
  console.error(inputSummary(inputs.reports));
  const problems = inputs.reports.flatMap((r) => r.problems);
  if (problems.length) {
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.error(`  ${formatProblem(problem)}`);
    const more = problems.length > PROBLEMS_SHOWN ? ` (${formatNumber(problems.length - PROBLEMS_SHOWN)} flere)` : '';
    console.error(`${plural(problems.length, 'problem', 'problemer')} i inddata${more}; de afviste rækker er udeladt. Alle står i problems.csv.`);
  }

  const result: ModelResult = await timed('runModel', () => runModel(inputs, book, { onStage: (_stage, label) => console.error(`  ${label} …`) }));
  for (const warning of result.warnings ?? []) console.error(`Bemærk: ${formatProblem(warning)}`);
  let comparison: ModelComparison | undefined;
  if (alternative) {
    console.error(`Alternativ kørsel med ${options.compareRules} …`);
    comparison = compareResults(result, await timed('runModelAlternative', () => runModel(inputs, alternative)));
  }
  const reportingBand = book.byKind<CapacityContent>('capacity').document.content.reportingBand;
  const outDir = resolve(options.out);
  await writeRunOutputs(result, outDir, { reportingBand, comparison, timings });
  console.log(terminalSummary(result));
  console.log(`\nResultater skrevet til ${outDir} (rapport: ${resolve(outDir, 'report.html')}).`);
  return 0;
}

/**
 * The book for the run (and the alternative one). The as-of date defaults to today when every rule
 * set the model needs is in force today, else to the latest first day on which they all are.
 */
function chooseBooks(library: RuleLibrary, options: NationalRunOptions): { book: RuleBook; alternative?: RuleBook } | string {
  try {
    const asOf = options.asOf ?? defaultAsOf(library);
    if (!asOf) return `Ingen dato, hvor regelsættene ${MODEL_KINDS.join(', ')} alle gælder; angiv --as-of.`;
    const book = library.bookAt(asOf);
    const missing = MODEL_KINDS.filter((kind) => !hasKind(book, kind));
    if (missing.length) return `Pr. ${formatDate(asOf)} gælder ingen offentliggjorte regelsæt af typen ${missing.map((k) => `»${k}«`).join(', ')}.`;
    if (!options.compareRules) return { book };
    const match = /^([^@]+)@(.+)$/.exec(options.compareRules);
    if (!match) return `--compare-rules skal have formen id@version, fx capacity@2026.1-udkast (fik »${options.compareRules}«).`;
    return { book, alternative: library.bookAt(asOf, { versions: { [match[1]]: match[2] } }) };
  } catch (error) {
    return (error as Error).message;
  }
}

function defaultAsOf(library: RuleLibrary): string | undefined {
  const today = new Date().toISOString().slice(0, 10);
  const firstDays = [...new Set(library.ruleSets.filter((r) => r.document.status === 'published').map((r) => r.document.validFrom))];
  const candidates = [today, ...firstDays.filter((d) => d < today).sort().reverse()];
  return candidates.find((date) => MODEL_KINDS.every((kind) => hasKind(library.bookAt(date), kind)));
}

function hasKind(book: RuleBook, kind: string): boolean {
  try {
    book.byKind(kind);
    return true;
  } catch {
    return false;
  }
}
