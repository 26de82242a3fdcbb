/**
 * `npm test` runs a seeded sample of each long stress run; `npm run test:stress`
 * (vitest.stress.config.ts, PPID_STRESS=1) runs them at full count and prints the figures.
 * The sample is the same on every run, so a failure it finds is reproducible.
 */
export const FULL = process.env.PPID_STRESS === '1';

/** The full count under test:stress, the sample's otherwise. */
export function count(full: number, sample: number): number {
  return FULL ? full : Math.min(full, sample);
}

/**
 * Every item under test:stress; otherwise `keep` of them, spread evenly from a seeded offset
 * (so the sample reaches the whole list, not only its head).
 */
export function sampleOf<T>(items: readonly T[], keep: number, seed = 1): T[] {
  if (FULL || keep >= items.length) return [...items];
  const step = items.length / keep;
  const offset = (seed * 0.618033988749895) % 1;
  return Array.from({ length: keep }, (_, i) => items[Math.floor((i + offset) * step)]!);
}
