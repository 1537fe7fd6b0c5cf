// Starts a worker thread on a module of this repository. The build (tools/build) bundles each
// `new URL('./…-worker.ts', import.meta.url)` into a JavaScript entry of its own and points the URL
// at it, so the CLI's workers run compiled code. Run from the TypeScript sources (vitest, tsx), the
// URL names the .ts file, and the worker gets tsx's loader: a worker does not inherit its parent's.
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

const tsconfig = fileURLToPath(new URL('../../../../tsconfig.base.json', import.meta.url));

export function startWorker(url: URL, workerData: unknown): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  return new Worker(url, { workerData, execArgv: ['--import', tsx], env: { ...process.env, TSX_TSCONFIG_PATH: tsconfig } });
}
