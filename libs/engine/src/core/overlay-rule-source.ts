import type { RuleSource } from './rule-source.js';

/**
 * A source seen with some files replaced or added, the others read from `base`: the library as it
 * would be with a draft published, or with a draft from a request body, before anything is written.
 * Files keep the base's names in problems, so a message points where the officer will edit.
 */
export class OverlayRuleSource implements RuleSource {
  private readonly overrides: Map<string, Uint8Array>;

  constructor(
    private readonly base: RuleSource,
    overrides: Record<string, string>,
  ) {
    this.overrides = new Map(Object.entries(overrides).map(([relative, text]) => [relative, new TextEncoder().encode(text)]));
  }

  get label(): string {
    return this.base.label;
  }

  get dir(): string | undefined {
    return this.base.dir;
  }

  async list(): Promise<string[]> {
    return [...new Set([...(await this.base.list()), ...this.overrides.keys()])].sort();
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    return this.overrides.get(relative) ?? this.base.read(relative);
  }

  display(relative: string): string {
    return this.base.display(relative);
  }
}
