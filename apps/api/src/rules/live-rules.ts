import type { Logger } from 'pino';
import type { Problem, RuleLibrary, RuleRegistry } from '@fordeling/engine';

/**
 * Whether the server can work with its rules: `ok` — the library loaded without problems;
 * `degraded` — a later load failed (a publication whose library does not load) and the last good
 * library is still served; `unavailable` — no library without problems has loaded since the start,
 * so nothing that depends on the rules is answered (503).
 */
export interface RulesStatus {
  status: 'ok' | 'degraded' | 'unavailable';
  /** The problems of the load that failed (empty when ok). */
  problems: Problem[];
  /** When the library served now was loaded (absent while unavailable). */
  loadedAt?: string;
  /** When the load that failed was tried. */
  failedAt?: string;
  /** How many rule-set versions the library served now holds. */
  ruleSets: number;
}

type Listener = (library: RuleLibrary) => void;

/**
 * The rule library a running server answers with, replaced without a restart when a version is
 * published (issue 13) — but never by a library that fails to load: a load with any problem keeps
 * the last good library, and the failure is logged and shown on /health. Loads are serialised and
 * coalesced: a reload asked for while one runs starts once more after it, with everything published
 * by then.
 */
export class LiveRuleLibrary {
  private good?: RuleLibrary;
  private goodAt?: string;
  private failure?: { problems: Problem[]; at: string };
  private running?: Promise<RulesStatus>;
  private queued?: Promise<RulesStatus>;
  private readonly listeners = new Set<Listener>();

  private constructor(
    readonly registry: RuleRegistry,
    private readonly load: (() => Promise<RuleLibrary>) | undefined,
    private readonly logger: Pick<Logger, 'info' | 'error'> | undefined,
    private readonly clock: () => Date,
  ) {}

  /** Loads the library once; later `reload()`s load it again. */
  static async start(registry: RuleRegistry, load: () => Promise<RuleLibrary>, options: { logger?: Pick<Logger, 'info' | 'error'>; clock?: () => Date } = {}): Promise<LiveRuleLibrary> {
    const live = new LiveRuleLibrary(registry, load, options.logger, options.clock ?? (() => new Date()));
    await live.reload();
    return live;
  }

  /** A library that never changes (tests, benchmarks): served when it has no problems, unavailable otherwise. */
  static fixed(library: RuleLibrary, clock: () => Date = () => new Date()): LiveRuleLibrary {
    const live = new LiveRuleLibrary(library.registry, undefined, undefined, clock);
    live.take(library);
    return live;
  }

  /** The library served now: the last one that loaded without problems. */
  get library(): RuleLibrary | undefined {
    return this.good;
  }

  status(): RulesStatus {
    const problems = this.failure?.problems ?? [];
    const ruleSets = this.good?.ruleSets.length ?? 0;
    if (!this.good) return { status: 'unavailable', problems, ruleSets, ...(this.failure ? { failedAt: this.failure.at } : {}) };
    if (this.failure) return { status: 'degraded', problems, ruleSets, loadedAt: this.goodAt, failedAt: this.failure.at };
    return { status: 'ok', problems: [], ruleSets, loadedAt: this.goodAt };
  }

  /** Called with every new library served (not with one that failed). */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the library again; resolves once a load that started after this call has finished. */
  reload(): Promise<RulesStatus> {
    const load = this.load;
    if (!load) return Promise.resolve(this.status());
    if (!this.running) {
      this.running = this.loadOnce(load).finally(() => (this.running = undefined));
      return this.running;
    }
    this.queued ??= this.running.then(() => {
      this.queued = undefined;
      return this.reload();
    });
    return this.queued;
  }

  private async loadOnce(load: () => Promise<RuleLibrary>): Promise<RulesStatus> {
    let library: RuleLibrary;
    try {
      library = await load();
    } catch (error) {
      // A source that cannot be read at all (the database is down) is a failed load like any other.
      const message = error instanceof Error ? error.message : String(error);
      this.fail([{ file: 'regler', line: 0, column: 0, pointer: '', message: `Regelsættene kunne ikke læses: ${message}` }]);
      return this.status();
    }
    this.take(library);
    return this.status();
  }

  private take(library: RuleLibrary): void {
    if (library.problems.length > 0) {
      this.fail(library.problems);
      return;
    }
    this.failure = undefined;
    // The same files with the same hashes: keep the library served, and with it every compiled kind.
    if (this.good && fingerprint(this.good) === fingerprint(library)) return;
    this.good = library;
    this.goodAt = this.clock().toISOString();
    this.logger?.info({ ruleSets: library.ruleSets.map((r) => `${r.ref.id}@${r.ref.version}`) }, 'rule library loaded');
    for (const listener of this.listeners) listener(library);
  }

  private fail(problems: Problem[]): void {
    this.failure = { problems, at: this.clock().toISOString() };
    this.logger?.error({ problems: problems.slice(0, 20), count: problems.length, serving: this.good ? 'last good library' : 'nothing' }, 'rule library failed to load');
  }
}

function fingerprint(library: RuleLibrary): string {
  const lock = Object.entries(library.lockEntries).map(([key, entry]) => `${key}=${entry.hash}`);
  return [...library.ruleSets.map((r) => `${r.file}#${r.hash}`), ...lock.sort()].join('\n');
}
