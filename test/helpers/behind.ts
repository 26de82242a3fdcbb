/** Changing files behind ppid's back so that only what the cache must look at tells. */
import { readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** A whole second for every file's times, so that an edit can put them back exactly. */
export const PINNED = Math.floor(Date.now() / 1000) - 3600;

export function pin(...paths: string[]): void {
  for (const p of paths) utimesSync(p, PINNED, PINNED);
}

/** Rewrites a file to other bytes of the same length and puts its times back exactly. */
export function editBehindTheBack(path: string, from: string, to: string): void {
  expect(to.length).toBe(from.length);
  const before = statSync(path);
  expect(before.mtimeMs).toBe(PINNED * 1000);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
  pin(path);
  const after = statSync(path);
  expect(after.size).toBe(before.size);
  expect(after.mtimeMs).toBe(before.mtimeMs);
}
