/**
 * Mulberry32: a small, fast 32-bit seeded PRNG. The generator draws every random number from seeded
 * streams in a fixed order, so the same seed and scale give byte-identical files.
 */
export type Random = () => number;

export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A stream of its own for one part of the country (a municipality's clinics or citizens): the seed
 * and the part's key mixed (FNV-1a, then mulberry32). Changing one municipality (its calibration, its
 * capacities) then changes only its own draws, never every municipality's after it.
 */
export function streamFor(seed: number, ...key: Array<string | number>): Random {
  let hash = (0x811c9dc5 ^ (seed >>> 0)) >>> 0;
  for (const char of key.join('\u0000')) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return mulberry32(hash);
}

/** Index into `cumulative` (ascending, last = total) for a uniform draw; binary search. */
export function pickCumulative(cumulative: ArrayLike<number>, random: Random): number {
  const target = random() * cumulative[cumulative.length - 1];
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (cumulative[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Running sums of `weights` as a Float64Array (for pickCumulative). */
export function cumulate(weights: readonly number[]): Float64Array {
  const out = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((w, i) => {
    sum += w;
    out[i] = sum;
  });
  return out;
}

/** A standard normal draw (Box–Muller; uses two uniforms). */
export function normal(random: Random): number {
  const u = 1 - random(); // (0, 1]: log(0) never happens
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
