// `fordeling rules …` — the legal staff's tools for the order's rule sets: validate, list, diff, test,
// new (a draft successor), publish (one step: validate, test, diff, impact, lock), lock, log, history
// and explore (the history as a website). One file per subcommand under ./rules.
import { parseArgs } from 'node:util';
import { defaultRulesDir, type RuleRegistry } from '@fordeling/engine';
import { createRuleRegistry } from '../container.js';
import { RULES_OPTIONS, type RulesIo, type RulesOptions } from './rules/rules-io.js';

const USAGE = `Brug: fordeling rules <underkommando> [tilvalg]

  validate [MAPPE]                          Kontrollér alle regelsæt (standard: rules/)
  list [MAPPE] [--as-of DATO] [--json]      Vis versionerne, og hvornår hver gælder
  diff ID@VERSION ID@VERSION                Ændringerne mellem to versioner i ord
  diff ID --from DATO --to DATO             Ændringerne mellem de versioner, der gælder på to datoer
  test [MAPPE] [--versions ID@VERSION,…]    Kør regeltestene (tests/*.test.yaml), evt. med et udkast
  new ID --valid-from DATO [--version V] [--amendment]
                                            Opret et udkast til en ny version ud fra den gældende
  publish ID@VERSION --by NAVN --reason TEKST [--input MAPPE]
                                            Offentliggør et udkast: kontrol, test, ændringer,
                                            virkning (med --input) og låsning i ét trin
  lock --by NAVN --reason TEKST             Lås offentliggjorte versioner, der mangler i låsefilen
  log [--json]                              Ændringsloggen: hvem offentliggjorde hvad, hvornår og hvorfor
  history [ID[/STED]] [--as-of DATO] [--missing-refs] [--json]
                                            Hver parameter, række og regel med værdien i hver periode
  explore --out MAPPE                       Skriv historikken som et websted, der kan offentliggøres
  export --out MAPPE [--data-dir MAPPE]     Skriv serverens bibliotek (regelmappen og de versioner,
                                            der er offentliggjort gennem API'et, med låsefilen) som
                                            en regelmappe, der kan arkiveres i git
  import MAPPE [--data-dir MAPPE]           Indlæs offentliggjorte versioner fra en regelmappe i
                                            databasen (samme kontrolsummer begge veje)

Fælles tilvalg: --dir MAPPE (regelmappe, standard: rules/). export og import bruger databasen som
»fordeling serve«: PGlite i --data-dir (standard .data/pglite), eller PostgreSQL med DATABASE_URL. Afslutningskode: 0 = i orden,
1 = fejl i regelsættene, en fejlende test eller en afvist offentliggørelse, 2 = forkert brug.`;

/** Output sinks, so tests can capture what a command prints. */
export interface RulesCommandDeps {
  registry?: RuleRegistry;
  out?: (line: string) => void;
  err?: (line: string) => void;
  /** The clock for publishing and locking (tests). */
  now?: () => Date;
}

/** Subcommands whose first positional argument is the rules folder (as before `--dir` existed). */
const FOLDER_FIRST = new Set(['validate', 'list', 'test', 'lock', 'log']);

const SUBCOMMANDS: Record<string, () => Promise<{ default: (io: RulesIo, options: RulesOptions, args: string[]) => Promise<number> }>> = {
  validate: () => import('./rules/validate.js'),
  list: () => import('./rules/list.js'),
  diff: () => import('./rules/diff.js'),
  test: () => import('./rules/test.js'),
  new: () => import('./rules/new.js'),
  publish: () => import('./rules/publish.js'),
  lock: () => import('./rules/lock.js'),
  log: () => import('./rules/log.js'),
  history: () => import('./rules/history.js'),
  explore: () => import('./rules/explore.js'),
  export: () => import('./rules/export.js'),
  import: () => import('./rules/import.js'),
};

export async function run(argv: string[], deps: RulesCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((line: string) => console.log(line));
  const err = deps.err ?? ((line: string) => console.error(line));
  const [sub, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, allowPositionals: true, options: RULES_OPTIONS });
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!sub || sub === '--help' || sub === '-h' || values.help) {
    out(USAGE);
    return sub ? 0 : 2;
  }
  const load = SUBCOMMANDS[sub];
  if (!load) {
    err(`Ukendt underkommando »${sub}«.\n\n${USAGE}`);
    return 2;
  }
  const folderFirst = FOLDER_FIRST.has(sub) && positionals[0] !== undefined;
  const dir = (folderFirst ? positionals[0] : undefined) ?? values.dir ?? defaultRulesDir;
  const io: RulesIo = { out, err, registry: deps.registry ?? createRuleRegistry(), dir, now: deps.now ?? (() => new Date()), usage: USAGE };
  return (await load()).default(io, values, folderFirst ? positionals.slice(1) : positionals);
}
