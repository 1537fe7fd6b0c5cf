import { formatNumber, type Problem } from '@fordeling/engine';

/**
 * The rejected rows of one file. Every rejection is counted; the first `limit` are kept in full so a
 * file where every one of 6 million rows is wrong does not exhaust memory — the summary line says how
 * many more there were.
 */
export class RejectionLog {
  private readonly kept: Problem[] = [];
  private dropped = 0;

  constructor(
    readonly file: string,
    private readonly limit = 10_000,
  ) {}

  add(problem: Problem): void {
    if (this.kept.length < this.limit) this.kept.push(problem);
    else this.dropped++;
  }

  /**
   * Appends the rejections of a later part of the file read on its own (a worker's byte range), as
   * if they had been added here one by one: its lines are shifted by `lineOffset`.
   */
  append(part: { kept: readonly Problem[]; dropped: number }, lineOffset: number): void {
    for (const problem of part.kept) this.add({ ...problem, line: problem.line + lineOffset });
    this.dropped += part.dropped;
  }

  /** What `append` takes: the rejections kept in full (in the order added) and how many more there were. */
  part(): { kept: Problem[]; dropped: number } {
    return { kept: this.kept, dropped: this.dropped };
  }

  /** The kept problems by line (late rejections come last otherwise), then the summary if any. */
  problems(): Problem[] {
    this.kept.sort((a, b) => a.line - b.line);
    if (this.dropped === 0) return this.kept;
    const summary: Problem = {
      file: this.file,
      line: 0,
      column: 0,
      pointer: '',
      message: `og ${formatNumber(this.dropped)} afviste rækker mere (kun de første ${formatNumber(this.limit)} er vist)`,
    };
    return [...this.kept, summary];
  }
}
