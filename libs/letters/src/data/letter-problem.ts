/** A letter input that cannot be used: which file, where, why (Danish). */
export class LetterInputError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}: ${problems.join('; ')}`);
  }
}
