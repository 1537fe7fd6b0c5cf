import { lockFileText, readLockFile, type LockEntries } from './lock-file.js';
import { LOCK_FILE_NAME } from './rule-files.js';
import type { RuleSource } from './rule-source.js';

/** The lock as the composite shows it, and which source a problem in it should name. */
interface MergedLock {
  bytes: Uint8Array | undefined;
  source: RuleSource;
}

/**
 * Several sources seen as one library: the shipped `rules/` folder and the versions published
 * through the store (issue 13), loaded and checked together exactly as one folder would be — the
 * same succession, the same lock check, the same amendments across the two.
 *
 * - A file is read from the first source that lists it, and named (`display`) where it lives.
 * - `rules.lock.json` is the union of every source's lock; where two sources lock the same version,
 *   the later source's entry counts. A copy of a published version that differs from what was
 *   published (an exported file edited in the folder, say) is then reported as a hash mismatch on
 *   that copy, never silently preferred.
 * - A lock that cannot be read is passed on as it is, named as its own file, so its problem keeps
 *   its line and column; the other locks are then left out and their versions are reported as not
 *   locked — loud, never quiet.
 *
 * `list()` fixes what the composite shows (the owner of every file and the merged lock) until the
 * next `list()`, so one load sees one state of every source.
 */
export class CompositeRuleSource implements RuleSource {
  private owners = new Map<string, RuleSource>();
  private lock?: Promise<MergedLock>;

  constructor(private readonly sources: readonly RuleSource[]) {
    if (sources.length === 0) throw new Error('CompositeRuleSource needs at least one source.');
  }

  get label(): string {
    return this.sources[0].label;
  }

  async list(): Promise<string[]> {
    const listings = await Promise.all(this.sources.map((source) => source.list()));
    const owners = new Map<string, RuleSource>();
    listings.forEach((listing, i) => {
      for (const relative of listing) if (!owners.has(relative)) owners.set(relative, this.sources[i]);
    });
    this.owners = owners;
    this.lock = this.mergeLocks(listings);
    await this.lock;
    return [...owners.keys()].sort();
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    if (relative === LOCK_FILE_NAME) return (await this.currentLock()).bytes;
    const owner = this.owners.get(relative);
    if (owner) return owner.read(relative);
    for (const source of this.sources) {
      const bytes = await source.read(relative);
      if (bytes) return bytes;
    }
    return undefined;
  }

  display(relative: string): string {
    return (this.owners.get(relative) ?? this.sources[0]).display(relative);
  }

  private currentLock(): Promise<MergedLock> {
    this.lock ??= Promise.all(this.sources.map((source) => source.list())).then((listings) => this.mergeLocks(listings));
    return this.lock;
  }

  private async mergeLocks(listings: string[][]): Promise<MergedLock> {
    let entries: LockEntries = {};
    let found = false;
    for (const [i, source] of this.sources.entries()) {
      if (!listings[i].includes(LOCK_FILE_NAME)) continue;
      const lock = await readLockFile(source);
      if (lock.problems.length > 0) {
        this.owners.set(LOCK_FILE_NAME, source);
        return { bytes: await source.read(LOCK_FILE_NAME), source };
      }
      entries = { ...entries, ...lock.entries };
      found = true;
    }
    return { bytes: found ? new TextEncoder().encode(lockFileText(entries)) : undefined, source: this.sources[0] };
  }
}
