import { createRegistry, draftNotice, geographyRules, loadRules, formatProblem, type RuleBook, type RuleKind, type RuleLibrary, type RuleSetRef, type RuleSource } from '@fordeling/engine';

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

  private library?: Promise<RuleLibrary>;

  /** The rules directory, loaded once per source. */
  load(): Promise<RuleLibrary> {
    this.library ??= loadRules(this.source, createRegistry(this.kinds));
    return this.library;
  }

  /** A rule set's Danish title (what letters name it by); a version the directory lacks is an error. */
  async titles(): Promise<(ref: RuleSetRef) => string> {
    const library = await this.load();
    return (ref) => {
      const found = library.get(ref.id, ref.version);
      if (!found) throw new Error(`Regelsættet ${ref.id} ${ref.version} findes ikke i regelmappen, så brevet kan ikke nævne det ved dets titel.`);
      return found.document.title;
    };
  }

  /**
   * The region of a council in the geography in force on a date, with that geography's first day —
   * who has the task when a letter takes effect (geography 2027.1: four regions). Undefined where no
   * geography is in force or it lacks the council.
   */
  async regionsOn(): Promise<(council: string, date: string) => { name: string; from: string } | undefined> {
    const library = await this.load();
    return (council, date) => {
      const geography = library.inForceOn('geography', date);
      if (!geography) return undefined;
      const lookup = geographyRules.of(library.bookAt(date));
      const found = lookup.council(council);
      const region = found && lookup.region(found.region);
      return region ? { name: region.name, from: library.periodOf(geography)?.from ?? geography.document.validFrom } : undefined;
    };
  }

  async bookForRun(asOf: string, runRefs: RuleSetRef[]): Promise<RuleBook> {
    const library = await this.load();
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
