import { existsSync } from 'node:fs';
import path from 'node:path';
import { defaultDataDir, openStore, type HearingStore } from '@fordeling/store';
import { LettersSetupError } from './setup-error.js';

/**
 * Opens the hearing store as `fordeling serve` does: PostgreSQL when DATABASE_URL is set, else PGlite
 * in `dataDir` (default .data/pglite). Letters only read hearings, so a missing PGlite folder is an
 * error rather than a new, empty database.
 */
export async function openHearingStore(dataDir: string = defaultDataDir): Promise<HearingStore> {
  if (!process.env.DATABASE_URL && !existsSync(dataDir)) {
    throw new LettersSetupError([`Databasen findes ikke i ${path.resolve(dataDir)}; angiv den med --data-dir (som til »fordeling serve«) eller sæt DATABASE_URL.`]);
  }
  try {
    return await openStore({ dataDir });
  } catch (error) {
    throw new LettersSetupError([`Databasen kan ikke åbnes: ${(error as Error).message}`]);
  }
}
