/**
 * The full entries (front matter and body) of the record cache, in shards by a hash of the file
 * name: loaded by the commands that print or export whole records, rewritten shard by shard.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson } from '../archive/settings-cache.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { SHARDS, type FullEntry } from './cache-format.js';

/** FNV-1a of the file name: the same record always lands in the same shard. */
export function shardOf(rel: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < rel.length; i++) h = Math.imul(h ^ rel.charCodeAt(i), 0x01000193);
  return (h >>> 0) % SHARDS;
}

const shardFile = (dir: string, n: number): string => join(dir, `full-${String(n).padStart(2, '0')}.json`);

/** The full entries of one shard as last written (empty when missing or damaged). */
export function readShard(dir: string | undefined, n: number): Record<string, FullEntry> {
  const s = dir ? readJson<Record<string, FullEntry>>(shardFile(dir, n)) : undefined;
  return s && typeof s === 'object' ? s : {};
}

export function writeShard(dir: string, n: number, entries: Record<string, FullEntry>): void {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(shardFile(dir, n), JSON.stringify(entries), { durable: false });
  } catch {
    // A cache that cannot be written (read-only copy, full disk) only costs time next run.
  }
}
