import { formatProblem, type Problem } from '@fordeling/engine';

/**
 * A run output folder that cannot be used at all: run.json or a CSV file is missing, unreadable or
 * lacks a required field or column. Bad CSV rows never throw; readRunFolder reports and leaves them out.
 */
export class RunFolderError extends Error {
  constructor(
    readonly dir: string,
    readonly problems: Problem[],
  ) {
    super(`Modelkørslens mappe ${dir} kan ikke bruges:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'RunFolderError';
  }
}
