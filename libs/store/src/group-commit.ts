export interface GroupCommitOptions {
  /** Most writes committed in one transaction; default 128. */
  maxBatch?: number;
  /**
   * How long the first write of a batch waits for company (ms). Default 0: the batch is committed on
   * the next turn of the event loop, and writes arriving while a commit runs form the next batch, so
   * a lone write is not delayed and a busy server commits many writes per transaction.
   */
  maxDelayMs?: number;
  /**
   * Most batches sent to the database before the first of them has committed; default 2. With more
   * than one, the waiting writes are shared out between the free places (10 waiting, 2 free: 5 and 5),
   * so the database commits the second half while the request thread answers the first half and
   * takes new requests, instead of both taking turns (docs/api.md, "Benchmark"). 1 = one batch at a
   * time.
   */
  maxInFlight?: number;
}

/** Commits items in one transaction and answers one result per item, in the same order. */
export type CommitBatch<I, O> = (items: I[]) => Promise<O[]>;

interface Waiter<I, O> {
  item: I;
  resolve(value: O): void;
  reject(reason: unknown): void;
}

/**
 * Group commit: concurrent writes queue up and are committed together, one transaction per batch, in
 * the order they were submitted. Each caller's promise settles only after its batch's COMMIT, so
 * "stored" still means committed. Batches in flight at the same time are independent transactions;
 * on PGlite (one connection) they commit in the order they were sent. When a batch of several fails,
 * each of its items is retried in a transaction of its own: a bad item fails only its own caller,
 * and the others are stored as if they had come alone. Items should carry their own ids (generated
 * before submit), so a retry after an ambiguous COMMIT failure cannot store anything twice.
 */
export class GroupCommit<I, O> {
  private readonly queue: Array<Waiter<I, O>> = [];
  private readonly maxBatch: number;
  private readonly maxDelayMs: number;
  private readonly maxInFlight: number;
  private readonly inFlight = new Set<Promise<void>>();
  private scheduled = false;

  constructor(
    private readonly commit: CommitBatch<I, O>,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatch = Math.max(1, options.maxBatch ?? 128);
    this.maxDelayMs = Math.max(0, options.maxDelayMs ?? 0);
    this.maxInFlight = Math.max(1, options.maxInFlight ?? 2);
  }

  /** Resolves with the item's result once the transaction holding it has committed. */
  submit(item: I): Promise<O> {
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Resolves when every write submitted so far has been committed or rejected. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.scheduled || this.queue.length > 0) {
      await (this.inFlight.size > 0 ? Promise.race(this.inFlight) : new Promise((resolve) => setImmediate(resolve)));
    }
  }

  private schedule(): void {
    if (this.scheduled || this.inFlight.size >= this.maxInFlight) return;
    this.scheduled = true;
    const start = () => {
      this.scheduled = false;
      this.send();
    };
    if (this.maxDelayMs > 0) setTimeout(start, this.maxDelayMs);
    else setImmediate(start);
  }

  /** Fills the free places: each batch takes its share of the waiting writes, oldest first. */
  private send(): void {
    while (this.queue.length > 0 && this.inFlight.size < this.maxInFlight) {
      const share = Math.ceil(this.queue.length / (this.maxInFlight - this.inFlight.size));
      const running: Promise<void> = this.commitBatch(this.queue.splice(0, Math.min(this.maxBatch, share))).finally(() => {
        this.inFlight.delete(running);
        if (this.queue.length > 0) this.schedule();
      });
      this.inFlight.add(running);
    }
  }

  private async commitBatch(batch: Array<Waiter<I, O>>): Promise<void> {
    try {
      const results = await this.commit(batch.map((w) => w.item));
      batch.forEach((w, i) => w.resolve(results[i]));
    } catch (error) {
      if (batch.length === 1) {
        batch[0].reject(error);
        return;
      }
      for (const waiter of batch) await this.commitBatch([waiter]);
    }
  }
}
