import { resolve } from 'node:path';
import { capacityRules, formatNumber, formatProblem, plural } from '@fordeling/engine';
import { CitizensReadAhead, compareResults, describeRuleSetChanges, incompleteInputs, inputSummary, runModel, terminalSummary, writeRunOutputs, SPREADSHEET_FOLDER, type ModelComparison, type ModelResult } from '@fordeling/model';
import { parseCommandArgs, versionsArgument } from '../command-args.js';
import { loadModelRules } from '../model-rules.js';
import { readModelInputs } from '../model-inputs.js';

const HELP = `Brug: fordeling run --input MAPPE --out MAPPE [--as-of ÅÅÅÅ-MM-DD] [--versions ID@VERSION,…] [--compare-rules ID@VERSION] [--spreadsheet]

Kører den nationale model på en inputmappe og skriver councils.csv, municipalities.csv, clinics.csv,
problems.csv (afviste rækker), warnings.csv (antagelser), run.json, timings.json og report.html.
  --input MAPPE             inputmappen (citizens.csv, clinics.csv, councils.csv, …)
  --out MAPPE               hvor resultaterne skrives
  --as-of DATO              skæringsdato for regelsættene (standard: i dag, hvis regelsættene gælder)
  --versions ID@VER,…       kør med disse versioner i stedet for de gældende, fx et udkast (alle
                            resultater mærkes »UDKAST — ikke gældende regler«)
  --compare-rules ID@VER    kør også med denne version af ét regelsæt og vis forskellene
  --partial                 kør også, når inddata er ufuldstændige (ingen borgere, et sundhedsråd eller
                            en kommune uden række); alle resultater mærkes »DELVIS KØRSEL«
  --spreadsheet             skriv også CSV-filerne til et dansk regneark i MAPPE/regneark/ (semikolon,
                            decimalkomma, danske kolonnenavne; åbnes direkte i Excel og LibreOffice)
  --rules MAPPE             regelsætmappe (standard: rules/ i dette repository)

Afslutningskode: 0 = kørt, 1 = regelsættene eller inputmappen kan ikke bruges, 2 = forkert brug,
3 = inddata er ufuldstændige (stoppet; se --partial).`;

/** Problems (and warnings) printed in the terminal; problems.csv and warnings.csv have them all. */
const PROBLEMS_SHOWN = 5;

export interface NationalRunOptions {
  input: string;
  out: string;
  asOf?: string;
  compareRules?: string;
  versions?: Record<string, string>;
  rulesDir?: string;
  /** Compute even from incomplete inputs, every output saying so (`--partial`). */
  partial?: boolean;
  /** Also write the CSV files for a Danish spreadsheet (`--spreadsheet`). */
  spreadsheet?: boolean;
}

export async function run(argv: string[]): Promise<number> {
  const values = parseCommandArgs(argv, { input: { type: 'string' }, out: { type: 'string' }, 'as-of': { type: 'string' }, versions: { type: 'string' }, 'compare-rules': { type: 'string' }, partial: { type: 'boolean' }, spreadsheet: { type: 'boolean' }, rules: { type: 'string' } }, HELP);
  if (typeof values === 'number') return values;
  if (!values.input || !values.out) {
    console.error(`Angiv både --input og --out.\n\n${HELP}`);
    return 2;
  }
  const versions = versionsArgument(values.versions);
  if (typeof versions === 'number') return versions;
  return runNationalModel({ input: values.input, out: values.out, asOf: values['as-of'], versions, compareRules: values['compare-rules'], rulesDir: values.rules, partial: values.partial === true, spreadsheet: values.spreadsheet === true });
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

  // citizens.csv's hash and the threads that parse it need no rules: they start while the rules load.
  const ahead = new CitizensReadAhead(resolve(options.input, 'citizens.csv'));
  const rules = await loadModelRules(options, (work) => timed('loadRules', work));
  if (typeof rules === 'number') {
    ahead.close();
    return rules;
  }
  const { registry, library, book, alternative } = rules;

  const inputs = await readModelInputs(options.input, book, (work) => timed('readInputs', work), { ahead });
  if (typeof inputs === 'number') return inputs;
  console.error(inputSummary(inputs.reports));
  const problems = inputs.reports.flatMap((r) => r.problems);
  if (problems.length) {
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.error(`  ${formatProblem(problem)}`);
    const more = problems.length > PROBLEMS_SHOWN ? ` (${formatNumber(problems.length - PROBLEMS_SHOWN)} flere)` : '';
    console.error(`${plural(problems.length, 'problem', 'problemer')} i inddata${more}; de afviste rækker er udeladt. Alle står i problems.csv.`);
  }

  const result: ModelResult = await timed('runModel', () => runModel(inputs, book, { onStage: (_stage, label) => console.error(`  ${label} …`) }));
  const incomplete = incompleteInputs(inputs, result);
  if (incomplete.length > 0 && !options.partial) {
    console.error(`Kørslen er stoppet: inddata er ufuldstændige, så tallene ville ikke være en national beregning (${plural(incomplete.length, 'mangel', 'mangler')}):`);
    for (const reason of incomplete.slice(0, PROBLEMS_SHOWN)) console.error(`  ${reason}`);
    if (incomplete.length > PROBLEMS_SHOWN) console.error(`  … og ${formatNumber(incomplete.length - PROBLEMS_SHOWN)} mere.`);
    console.error('Ret inputmappen, eller kør med --partial; så mærkes alle resultater »DELVIS KØRSEL«.');
    return 3;
  }
  if (incomplete.length > 0) result.partial = incomplete;
  const warnings = result.warnings ?? [];
  for (const warning of warnings.slice(0, PROBLEMS_SHOWN)) console.error(`Bemærk: ${formatProblem(warning)}`);
  if (warnings.length > PROBLEMS_SHOWN) console.error(`… og ${formatNumber(warnings.length - PROBLEMS_SHOWN)} bemærkninger mere; alle står i warnings.csv.`);
  let comparison: ModelComparison | undefined;
  if (alternative) {
    console.error(`Alternativ kørsel med ${options.compareRules} …`);
    const alternativeResult = await timed('runModelAlternative', () => runModel(inputs, alternative));
    // The differences in words (diffRuleSets) for every rule set whose version differs.
    const ruleSetChanges = describeRuleSetChanges(result.ruleSets, alternativeResult.ruleSets, (ref) => library.get(ref.id, ref.version), registry);
    comparison = compareResults(result, alternativeResult, { ruleSetChanges });
  }
  const reportingBand = capacityRules.ruleSet(book).document.content.reportingBand;
  const fixedCeilings = capacityRules.of(book).fixedCeilingSource;
  const outDir = resolve(options.out);
  await writeRunOutputs(result, outDir, { reportingBand, ...(fixedCeilings ? { fixedCeilings } : {}), comparison, timings, spreadsheet: options.spreadsheet });
  console.log(terminalSummary(result, comparison));
  console.log(`\nResultater skrevet til ${outDir} (rapport: ${resolve(outDir, 'report.html')}).`);
  if (options.spreadsheet) console.log(`Til regneark (semikolon, decimalkomma): ${resolve(outDir, SPREADSHEET_FOLDER)}.`);
  return 0;
}
