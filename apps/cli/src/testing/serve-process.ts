// A real `fordeling serve` in a child process on 127.0.0.1 (a free port) — for tests that must meet
// the server the way an operator does: the compiled command, its PGlite folder lock, its HTTP port.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const fordelingBin = fileURLToPath(new URL('../../../../bin/fordeling.mjs', import.meta.url));

export interface ServeProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** Everything it printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/** Starts `fordeling serve --port 0 <args>` and resolves once it listens (or rejects with its output). */
export async function startServe(args: string[], env: NodeJS.ProcessEnv = {}, cwd = repoRoot): Promise<ServeProcess> {
  const child = spawn(process.execPath, [fordelingBin, 'serve', '--port', '0', ...args], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`fordeling serve did not start in 60 s:\n${text}`)), 60_000);
    const check = () => {
      const match = /kører på (http:\/\/\S+) /.exec(text);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`fordeling serve exited with ${code}:\n${text}`));
    });
  });
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    await exited;
  };
  return { url, port: Number(new URL(url).port), child, output: () => text, stop };
}
