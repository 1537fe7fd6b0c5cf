import type { RuleSource } from './rule-source.js';

/**
 * Remembers what another source listed and read until `invalidate()`: a server reloading its library
 * reads each file once per change, not once per request.
 */
export class CachedRuleSource implements RuleSource {
  private listing?: Promise<string[]>;
  private readonly reads = new Map<string, Promise<Uint8Array | undefined>>();

  constructor(private readonly base: RuleSource) {}

  get label(): string {
    return this.base.label;
  }

  get dir(): string | undefined {
    return this.base.dir;
  }

  list(): Promise<string[]> {
    this.listing ??= this.base.list();
    return this.listing;
  }

  read(relative: string): Promise<Uint8Array | undefined> {
    let read = this.reads.get(relative);
    if (!read) {
      read = this.base.read(relative);
      this.reads.set(relative, read);
    }
    return read;
  }

  display(relative: string): string {
    return this.base.display(relative);
  }

  /** Forget everything read, so the next load sees the files as they are now. */
  invalidate(): void {
    this.listing = undefined;
    this.reads.clear();
  }
}
