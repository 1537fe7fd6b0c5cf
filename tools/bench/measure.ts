import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** Milliseconds of one call, rounded to 0.1 ms. */
export async function timeMs<T>(work: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: Math.round((performance.now() - start) * 10) / 10, value };
}

/** Runs `work` `repeats` times and returns the fastest (warm JIT) and the median time. */
export function repeatMs(work: () => void, repeats: number): { bestMs: number; medianMs: number } {
  const times: number[] = [];
  for (let r = 0; r < repeats; r++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (v: number) => Math.round(v * 10) / 10;
  return { bestMs: round(times[0]), medianMs: round(times[Math.floor(times.length / 2)]) };
}

/**
 * CPU time (ms, user + system) used so far by this process and every process it started (Chromium's
 * browser, renderers, GPU and utility processes), from Linux's /proc; undefined elsewhere. On a
 * shared machine the wall clock measures the other users too; CPU per unit of work does not.
 */
export function processTreeCpuMs(): number | undefined {
  if (!existsSync('/proc/self/stat')) return undefined;
  const parents = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command's closing parenthesis: state ppid … utime stime cutime cstime
      // (14–17). cutime/cstime hold the children the process has reaped (and theirs), so a Chromium
      // that has already closed is still counted, in its parent's, once.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(fields[1]));
      ticks.set(Number(entry), Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14]));
    } catch {
      // the process ended meanwhile
    }
  }
  const tree = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) {
      if (!tree.has(pid) && tree.has(parent)) {
        tree.add(pid);
        grew = true;
      }
    }
  }
  // USER_HZ is 100 on Linux: a tick is 10 ms.
  return [...tree].reduce((sum, pid) => sum + (ticks.get(pid) ?? 0), 0) * 10;
}
