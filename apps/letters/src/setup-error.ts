/** A check failed before any letter was written (templates, inputs). Danish lines. */
export class LettersSetupError extends Error {
  constructor(readonly lines: string[]) {
    super(lines.join('\n'));
  }
}
