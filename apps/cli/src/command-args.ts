import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { parseVersionSelection } from '@fordeling/engine';

/**
 * parseArgs with what every command does around it: a usage error prints the message and the help
 * (exit code 2), `--help` prints the help (exit code 0). Returns the values, or the exit code.
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(argv: string[], options: O, help: string) {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean' as const } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
  // parseArgs' value type cannot be narrowed inside the generic; --help is always declared above.
  if ((values as { help?: boolean }).help) {
    console.log(help);
    return 0;
  }
  return values;
}

/** `--versions id@version,…` as the book's selection, or exit code 2 after saying what is wrong. */
export function versionsArgument(text: string | undefined): Record<string, string> | undefined | number {
  if (text === undefined) return undefined;
  try {
    return parseVersionSelection(text);
  } catch (error) {
    console.error(`--versions: ${(error as Error).message}`);
    return 2;
  }
}
