import type { Random } from '@cpea/shared/method/random';

// The demo portfolio draws from the same seeded source as the statistics, so it is the same on every start.
export { mulberry32, type Random } from '@cpea/shared/method/random';

/** Uniform in [-1, 1). */
export function jitter(random: Random): number {
  return random() * 2 - 1;
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}
