import type { RuleSetRef } from '@fordeling/engine';
import type { IndexEntry } from '@fordeling/letters';
import type { Actor, HearingStore } from '@fordeling/store';

/** Who records the letters in the audit log: the batch, on behalf of the hearing's region. */
export const lettersActor = (region: string): Actor => ({ id: 'fordeling letters', role: 'region', region });

/**
 * Records each letter (id and content hash) on its hearing case, once: a letter id the case already
 * has is not recorded again, so a re-run or a resumed batch adds no duplicates. The content hash is
 * the letter's data hash (canonicalHash of everything the letter says), the same for HTML and PDF;
 * the files' own sha256 are in index.json.
 */
export class LetterRecorder {
  recorded = 0;
  alreadyRecorded = 0;

  constructor(
    private readonly store: HearingStore,
    private readonly caseIds: ReadonlyMap<string, string>,
    private readonly actor: Actor,
    private readonly ruleSets: RuleSetRef[],
  ) {}

  async record(entry: IndexEntry): Promise<void> {
    const caseId = this.caseIds.get(entry.providerNumber);
    if (!caseId) throw new Error(`ydernummer ${entry.providerNumber} har ingen sag i høringen`);
    const letters = await this.store.listLetters(caseId);
    if (letters.some((l) => l.letterId === entry.id)) {
      this.alreadyRecorded++;
      return;
    }
    await this.store.recordLetter({
      caseId, kind: entry.kind, letterId: entry.id, contentHash: entry.dataHash, actor: this.actor, ruleSets: this.ruleSets,
    });
    this.recorded++;
  }
}
