// `fordeling rules validate|list|diff|test|lock` — the legal staff's tools for rule sets.
import { parseArgs } from 'node:util';
import {
  defaultRulesDir,
  diffRuleSets,
  formatPeriod,
  formatProblem,
  loadRules,
  lockRules,
  plural,
  runRuleTests,
  type RuleRegistry,
} from '@fordeling/engine';
import { createRuleRegistry } from '../container.js';

const USAGE = `Brug: fordeling rules <underkommando> [tilvalg]

  validate [MAPPE]                         Kontrollér alle regelsæt (standard: rules/)
  list [MAPPE] [--as-of ÅÅÅÅ-MM-DD] [--json] Vis regelsæt (med --as-of: dem der gælder på datoen)
  diff <id>@<version> <id>@<version> [--dir MAPPE]  Vis ændringerne mellem to versioner
  test [MAPPE]                             Kør regeltestene (tests/*.test.yaml)
  lock [MAPPE]                             Lås nye offentliggjorte versioner i rules.lock.json`;

/** Output sinks, so tests can capture what a command prints. */
export interface RulesCommandDeps {
  registry?: RuleRegistry;
  out?: (line: string) => void;
  err?: (line: string) => void;
}

export async function run(argv: string[], deps: RulesCommandDeps = {}): Promise<number> {
  const out = deps.out ?? ((line: string) => console.log(line));
  const err = deps.err ?? ((line: string) => console.error(line));
  const [sub, ...rest] = argv;
  let parsed;
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: { 'as-of': { type: 'string' }, json: { type: 'boolean' }, dir: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!sub || sub === '--help' || sub === '-h' || values.help) {
    out(USAGE);
    return sub ? 0 : 2;
  }
  const registry = deps.registry ?? createRuleRegistry();
  const dirArg = sub === 'diff' ? values.dir : positionals[0];
  const dir = dirArg ?? values.dir ?? defaultRulesDir;
  const io = { out, err, registry, dir };
  switch (sub) {
    case 'validate':
      return validate(io);
    case 'list':
      return list(io, values['as-of'], values.json === true);
    case 'diff':
      return diff(io, positionals);
    case 'test':
      return test(io);
    case 'lock':
      return lock(io);
    default:
      err(`Ukendt underkommando »${sub}«.\n\n${USAGE}`);
      return 2;
  }
}

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  registry: RuleRegistry;
  dir: string;
}

async function validate({ out, err, registry, dir }: Io): Promise<number> {
  const library = await loadRules(dir, registry);
  for (const problem of library.problems) err(formatProblem(problem));
  const published = library.ruleSets.filter((r) => r.document.status === 'published').length;
  const counts = `${plural(library.ids().length, 'regelsæt', 'regelsæt')}, ${plural(library.ruleSets.length, 'version', 'versioner')} (${plural(published, 'offentliggjort', 'offentliggjorte')}, ${plural(library.ruleSets.length - published, 'udkast', 'udkast')})`;
  if (library.problems.length > 0) {
    err(`${plural(library.problems.length, 'fejl', 'fejl')} fundet. Gyldige: ${counts}.`);
    return 1;
  }
  out(`OK: ${counts} uden fejl.`);
  return 0;
}

async function list({ out, err, registry, dir }: Io, asOf: string | undefined, json: boolean): Promise<number> {
  const library = await loadRules(dir, registry);
  let ruleSets = [...library.ruleSets].sort((a, b) => (a.ref.id < b.ref.id ? -1 : a.ref.id > b.ref.id ? 1 : a.document.validFrom < b.document.validFrom ? -1 : 1));
  if (asOf !== undefined) {
    try {
      const book = library.bookAt(asOf);
      ruleSets = ruleSets.filter((r) => book.ruleSets.includes(r));
    } catch (error) {
      err(error instanceof Error ? error.message : String(error));
      return 2;
    }
  }
  if (json) {
    const rows = ruleSets.map((r) => ({ id: r.ref.id, kind: r.document.kind, version: r.ref.version, validFrom: r.document.validFrom, validTo: r.document.validTo ?? null, status: r.document.status, hash: r.hash, file: r.file }));
    out(JSON.stringify(rows, null, 2));
  } else {
    const header = ['Id', 'Type', 'Version', 'Gyldig', 'Status', 'Hash'];
    const rows = ruleSets.map((r) => [r.ref.id, r.document.kind, r.ref.version, formatPeriod(r.document), r.document.status === 'published' ? 'offentliggjort' : 'udkast', `${r.hash.slice(0, 19)}…`]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
    for (const row of [header, ...rows]) out(row.map((cell, i) => cell.padEnd(widths[i])).join('  ').trimEnd());
  }
  if (library.problems.length > 0) err(`Bemærk: ${plural(library.problems.length, 'fejl', 'fejl')} i regelsættene; kør »fordeling rules validate«.`);
  return 0;
}

async function diff({ out, err, registry, dir }: Io, refs: string[]): Promise<number> {
  if (refs.length !== 2 || !refs.every((r) => /^[^@]+@[^@]+$/.test(r))) {
    err(`Angiv to versioner som <id>@<version>, fx »capacity@2025.1 capacity@2026.1«.\n\n${USAGE}`);
    return 2;
  }
  const library = await loadRules(dir, registry);
  const [a, b] = refs.map((ref) => {
    const [id, version] = ref.split('@');
    return library.get(id, version);
  });
  const missing = refs.filter((_, i) => ![a, b][i]);
  if (!a || !b) {
    for (const ref of missing) err(`Versionen »${ref}« findes ikke eller er ugyldig (kør »fordeling rules validate«).`);
    return 1;
  }
  if (a.ref.id !== b.ref.id) {
    err(`Kan kun sammenligne to versioner af samme regelsæt (»${a.ref.id}« og »${b.ref.id}«).`);
    return 2;
  }
  const changes = diffRuleSets(a, b, registry);
  if (changes.length === 0) out(`Ingen ændringer mellem ${refs[0]} og ${refs[1]}.`);
  for (const change of changes) out(change.sentence);
  return 0;
}

async function test({ out, err, registry, dir }: Io): Promise<number> {
  const library = await loadRules(dir, registry);
  const report = await runRuleTests(dir, library, registry);
  for (const result of report.results) {
    const line = `${result.passed ? 'OK  ' : 'FEJL'} ${result.file}:${result.line} ${result.name}`;
    if (result.passed) out(line);
    else err(`${line}\n     ${result.reason}`);
  }
  for (const problem of report.problems) err(formatProblem(problem));
  if (report.results.length === 0 && report.problems.length === 0) out('Ingen regeltest fundet (tests/*.test.yaml ved regelsættene).');
  out(report.summary);
  return report.failed === 0 && report.problems.length === 0 ? 0 : 1;
}

async function lock({ out, err, registry, dir }: Io): Promise<number> {
  const result = await lockRules(dir, registry);
  if (result.lockProblems.length > 0) {
    for (const problem of result.lockProblems) err(formatProblem(problem));
    err('Låsefilen er ugyldig og er ikke ændret. Ret den først.');
    return 1;
  }
  for (const key of result.added) out(`Låst: ${key}`);
  out(result.added.length ? `${plural(result.added.length, 'version', 'versioner')} låst i ${result.file}; ${plural(result.kept, 'eksisterende', 'eksisterende')} uændret.` : `Ingen nye offentliggjorte versioner at låse (${result.file}).`);
  return 0;
}
