import { LOCK_FILE_NAME, lockFileText, type LockEntries, type RuleSource } from '@fordeling/engine';
import type { HearingStore, RuleVersionRecord } from './contract/index.js';

/** How problems name a file that lives in the store (»databasen/bek-975-2025/capacity/2026.2.json«). */
export const STORE_LABEL = 'databasen';

/**
 * The versions published through the store as rule files (issue 13): each one at its path
 * (`<order>/<id>/<version>.json`) with the very text that was published, and `rules.lock.json`
 * holding their lock entries (hash, who approved, when, why). Composed with the shipped folder
 * (CompositeRuleSource), the server loads and checks one library exactly as `fordeling rules validate`
 * loads a folder. Drafts are not files of the library: they are checked one by one, overlaid.
 *
 * `list()` takes one snapshot of the store (one query); reads answer from the latest snapshot, so a
 * load sees one state of the store.
 */
export class StoreRuleSource implements RuleSource {
  readonly label = STORE_LABEL;
  private snapshot?: Promise<Map<string, string>>;

  constructor(private readonly store: Pick<HearingStore, 'listRuleVersions'>) {}

  async list(): Promise<string[]> {
    this.snapshot = this.take();
    return [...(await this.snapshot).keys()].sort();
  }

  async read(relative: string): Promise<Uint8Array | undefined> {
    this.snapshot ??= this.take();
    const text = (await this.snapshot).get(relative);
    return text === undefined ? undefined : new TextEncoder().encode(text);
  }

  display(relative: string): string {
    return `${STORE_LABEL}/${relative}`;
  }

  private async take(): Promise<Map<string, string>> {
    const published = await this.store.listRuleVersions({ status: 'published' });
    const files = new Map(published.map((v) => [v.path, v.text]));
    if (published.length > 0) files.set(LOCK_FILE_NAME, lockFileText(storeLockEntries(published)));
    return files;
  }
}

/** The lock entries of versions published through the store. */
export function storeLockEntries(published: readonly RuleVersionRecord[]): LockEntries {
  return Object.fromEntries(
    published.map((v) => [`${v.ruleSetId}@${v.version}`, { hash: v.hash!, publishedBy: v.approvedBy!.label, publishedAt: v.publishedAt!, reason: v.publishReason! }]),
  );
}
