// The store the server publishes rule-set versions through, for `rules export` and `rules import`:
// PGlite in --data-dir (default .data/pglite), or PostgreSQL with DATABASE_URL — as `fordeling serve`.
import { CompositeRuleSource, DirectoryRuleSource, type RuleSource } from '@fordeling/engine';
import { DataDirLockedError, openStore, StoreRuleSource, type HearingStore } from '@fordeling/store';
import type { RulesIo, RulesOptions } from './rules-io.js';

/** The store, or undefined after saying why it cannot be opened (another process holds the PGlite folder). */
export async function openRulesStore(io: RulesIo, options: RulesOptions): Promise<HearingStore | undefined> {
  try {
    return await openStore({ dataDir: options['data-dir'] });
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    io.err(`${error.message} Stop serveren, eller brug PostgreSQL (DATABASE_URL), som flere processer kan dele.`);
    return undefined;
  }
}

/** The library the server loads: the rules folder and the versions published through the store. */
export function serverRuleSource(io: RulesIo, store: HearingStore): RuleSource {
  return new CompositeRuleSource([new DirectoryRuleSource(io.dir), new StoreRuleSource(store)]);
}
