import type { parseArgs } from 'node:util';
import { formatProblem, parseVersionSelection, plural, type Problem, type RuleRegistry } from '@fordeling/engine';

/** Every option of the `rules` subcommands (each reads the ones it needs). */
export const RULES_OPTIONS = {
  'as-of': { type: 'string' },
  json: { type: 'boolean' },
  dir: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  versions: { type: 'string' },
  'valid-from': { type: 'string' },
  version: { type: 'string' },
  amendment: { type: 'boolean' },
  by: { type: 'string' },
  reason: { type: 'string' },
  input: { type: 'string' },
  out: { type: 'string' },
  'data-dir': { type: 'string' },
  'missing-refs': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type RulesOptions = ReturnType<typeof parseArgs<{ options: typeof RULES_OPTIONS; allowPositionals: true }>>['values'];
/** What every `rules` subcommand works with: output sinks, the kinds, the rules folder, the clock. */
export interface RulesIo {
  out: (line: string) => void;
  err: (line: string) => void;
  registry: RuleRegistry;
  dir: string;
  now: () => Date;
  usage: string;
}

/** Prints problems (errors first, then warnings), one line each. */
export function printProblems(io: RulesIo, problems: readonly Problem[], warnings: readonly Problem[] = []): void {
  for (const problem of problems) io.err(formatProblem(problem));
  for (const warning of warnings) io.err(formatProblem(warning));
}

/** »2 fejl og 1 advarsel« — for the closing line. */
export function problemCount(problems: number, warnings: number): string {
  return [plural(problems, 'fejl', 'fejl'), ...(warnings ? [plural(warnings, 'advarsel', 'advarsler')] : [])].join(' og ');
}

/** `--versions id@version,…`, or a usage error (printed; undefined returned). */
export function versionsOption(io: RulesIo, text: string | undefined): Record<string, string> | undefined | 'invalid' {
  if (text === undefined) return undefined;
  try {
    return parseVersionSelection(text);
  } catch (error) {
    io.err(`--versions: ${(error as Error).message}`);
    return 'invalid';
  }
}
