// The thread side of hashFileOnThread (file-hash.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { hashFile } from './file-hash.js';

parentPort!.postMessage(await hashFile((workerData as { path: string }).path));
