// Reading a model input folder for a command (run, explain): a progress bar over the bytes, and a
// folder that cannot be used at all is reported in Danish with every problem, never a stack trace.
import { resolve } from 'node:path';
import { formatProblem, type RuleBook } from '@fordeling/engine';
import { InputError, readInputs, type ModelInputs, type ReadInputsOptions } from '@fordeling/model';
import { stageProgress } from './progress.js';

/** The inputs, or the exit code (1) after printing why. Bad rows are in the inputs' reports. */
export async function readModelInputs(
  input: string,
  book: RuleBook,
  time: (work: () => Promise<ModelInputs>) => Promise<ModelInputs> = (work) => work(),
  citizens?: ReadInputsOptions['citizens'],
): Promise<ModelInputs | number> {
  const progress = stageProgress('Læser inddata (byte)');
  try {
    return await time(() => readInputs(resolve(input), { book, citizens, onProgress: (p) => progress.update(p.bytesRead, p.totalBytes) }));
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    progress.stop();
    console.error(`Inputmappen ${input} kan ikke bruges; kørslen er stoppet:`);
    for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
    return 1;
  } finally {
    progress.stop();
  }
}
