/** A seeded pseudo-random source in [0, 1), so the demo portfolio is the same on every start. */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger): 32 bits of state, fast, and good enough for invented data. */
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

/** Uniform in [-1, 1). */
export function jitter(random: Random): number {
  return random() * 2 - 1;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
