import { createRegistry, draftNotice, loadRules, formatProblem, type RuleBook, type RuleKind, type RuleSetRef, type RuleSource } from '@fordeling/engine';

/**
 * The rule sets the letters are computed under: exactly the versions the model run used (run.json),
 * plus the others in force on the run's date (timeline). A rule set changed since the run (other hash)
 * stops the batch: the letters would otherwise cite numbers the current rules do not produce.
 */
export class RuleBookSource {
  constructor(
    private readonly kinds: RuleKind[],
    private readonly source: RuleSource,
  ) {}

  async bookForRun(asOf: string, runRefs: RuleSetRef[]): Promise<RuleBook> {
    const library = await loadRules(this.source, createRegistry(this.kinds));
    const runIds = new Set(runRefs.map((r) => r.id));
    const broken = library.problems.filter((p) => runIds.has(p.file.split('/').at(-2) ?? ''));
    if (broken.length) {
      throw new Error(`Regelsæt kørslen brugte kan ikke indlæses:\n${broken.map(formatProblem).join('\n')}`);
    }
    const book = library.bookAt(asOf, { versions: Object.fromEntries(runRefs.map((r) => [r.id, r.version])) });
    // A letter is an official act: never written under a draft, however the run was computed.
    const notice = draftNotice(book.refs());
    if (notice) throw new Error(`${notice}. Breve dannes kun efter de regler, der gælder; kør »fordeling run« uden udkast.`);
    const changed = runRefs.filter((ref) => book.refs().some((b) => b.id === ref.id && b.hash !== ref.hash));
    if (changed.length) {
      const lines = changed.map((ref) => `  ${ref.id} ${ref.version}: kørslen brugte ${ref.hash}, regelmappen har ${book.refs().find((b) => b.id === ref.id)?.hash}`);
      throw new Error(`Regelsæt er ændret siden modelkørslen; kør »fordeling run« igen:\n${lines.join('\n')}`);
    }
    return book;
  }
}
