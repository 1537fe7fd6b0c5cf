// The SHA-256 of a whole input file (run.json names every input by it), read apart from parsing:
// while worker threads parse citizens.csv's byte ranges, or on a thread of its own while the rules
// load (the CLI's run starts it first). The file's size and time at hashing go with the hash, so a
// reader can tell that it parsed the same file.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import { startWorker } from './source-worker.js';

const READ = 1 << 20;

export interface FileHash {
  /** `sha256:<hex>` */
  sha256: string;
  size: number;
  mtimeMs: number;
}

/** True when `a` and `b` describe the same file contents as far as the file system tells. */
export const sameFile = (a: { size: number; mtimeMs: number }, b: { size: number; mtimeMs: number }) => a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The file's hash; undefined when it changed while being read. */
export async function hashFile(path: string): Promise<FileHash | undefined> {
  const hash = createHash('sha256');
  const handle = await open(path, 'r');
  try {
    const before = await handle.stat();
    const buf = Buffer.allocUnsafe(READ);
    for (let position = 0; ; ) {
      const { bytesRead } = await handle.read(buf, 0, READ, position);
      if (bytesRead === 0) break;
      hash.update(buf.subarray(0, bytesRead));
      position += bytesRead;
    }
    const after = await stat(path);
    return sameFile(before, after) ? { sha256: `sha256:${hash.digest('hex')}`, size: after.size, mtimeMs: after.mtimeMs } : undefined;
  } finally {
    await handle.close();
  }
}

/**
 * The same on a worker thread, which does not keep the process alive. Never rejects: undefined when
 * the file cannot be hashed (a missing file is the reader's to report).
 */
export function hashFileOnThread(path: string): Promise<FileHash | undefined> {
  return new Promise((resolve) => {
    const worker = startWorker(new URL('./hash-worker.ts', import.meta.url), { path });
    worker.unref();
    worker.once('message', (hash: FileHash | undefined) => resolve(hash));
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
