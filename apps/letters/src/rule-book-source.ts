import { createRegistry, loadRules, type RuleBook, type RuleKind, type RuleLibrary, type RuleSetRef, type RuleSource } from '@fordeling/engine';
import { letterBookForRun, regionsOn, ruleSetTitles } from '@fordeling/letters';

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
    return ruleSetTitles(await this.load());
  }

  /** The region of a council in the geography in force on a date, with that geography's first day. */
  async regionsOn(): Promise<(council: string, date: string) => { name: string; from: string } | undefined> {
    return regionsOn(await this.load());
  }

  async bookForRun(asOf: string, runRefs: RuleSetRef[]): Promise<RuleBook> {
    return letterBookForRun(await this.load(), asOf, runRefs);
  }
}
