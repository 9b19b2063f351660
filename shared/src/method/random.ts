// A seeded pseudo-random source, so that a bootstrap gives the same numbers for the same input
// on the server and in the browser.

/** A pseudo-random number in [0, 1). */
export type Random = () => number;

/** mulberry32 (Tommy Ettinger): 32 bits of state, fast, and plenty for resampling. */
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
