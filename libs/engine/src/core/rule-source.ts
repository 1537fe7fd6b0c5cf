/**
 * Where rule files come from. The loader, the lock, the rule tests and publishing read through this
 * contract, so loading, positions and problems are the same whatever holds the files — a folder on
 * disk, documents in memory (a request body, a test), the store (issue 13) — as GoRules ZEN keeps its
 * rule sources behind small loaders (filesystem, memory, cached). Paths are relative to the source's
 * root with `/` separators: `<order>/<rule-set-id>/<version>.json`, `rules.lock.json`,
 * `<order>/<rule-set-id>/tests/<name>.test.yaml`.
 */
export interface RuleSource {
  /** How users see the root in messages: a repository-relative folder, or e.g. »udkast i hukommelsen«. */
  readonly label: string;
  /** The folder on disk when the source is one (publishing and `rules new` write there). */
  readonly dir?: string;
  /** Every file under the root (relative paths, sorted). */
  list(): Promise<string[]>;
  /** A file's bytes, or undefined when it does not exist. Bytes, so invalid UTF-8 is caught with its position. */
  read(relative: string): Promise<Uint8Array | undefined>;
  /** How a problem names the file at `relative` (repository-relative path for a folder). */
  display(relative: string): string;
}

/** A source that can also be written: a folder on disk or documents in memory. */
export interface WritableRuleSource extends RuleSource {
  /** Writes the file atomically (no reader ever sees half a file). */
  write(relative: string, text: string): Promise<void>;
}
