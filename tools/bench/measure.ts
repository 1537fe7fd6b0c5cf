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
