// citizens.csv's reading started before the rules are known (the CLI's run starts it first): its
// SHA-256 on a thread of its own, and the worker threads that will parse its ranges, which boot
// meanwhile. Loading the rules keeps one core busy; this puts the other to work.
import { statSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { hashFileOnThread, type FileHash } from './file-hash.js';
import { defaultCitizenThreads, startCitizensWorkers } from './read-citizens-parallel.js';

export class CitizensReadAhead {
  readonly hash: Promise<FileHash | undefined>;
  private workers: Worker[];

  /** `threads`: workers to start (by default as readCitizens would use for the file's size). */
  constructor(
    readonly path: string,
    threads?: number,
  ) {
    let size = 0;
    try {
      size = statSync(path).size;
    } catch {
      // A missing file is the reader's to report.
    }
    this.hash = hashFileOnThread(path);
    const count = threads ?? defaultCitizenThreads(size);
    this.workers = count > 1 ? startCitizensWorkers(count) : [];
  }

  /** The started workers, now the caller's to use or end. */
  take(): Worker[] {
    const workers = this.workers;
    this.workers = [];
    return workers;
  }

  /** Ends the workers nobody took (reading stopped before citizens.csv). */
  close(): void {
    for (const worker of this.take()) void worker.terminate();
  }
}
