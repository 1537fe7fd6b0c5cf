import { formatProblem, type Problem } from '@fordeling/engine';

/**
 * The input folder cannot be used at all: a required file or column is missing. Bad rows never throw;
 * they are reported and left out (see InputFileReport).
 */
export class InputError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`Inputmappen kan ikke bruges:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'InputError';
  }
}
