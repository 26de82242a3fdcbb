/**
 * A scan's middle phases: which shards hold a file to read, the reading itself (on worker
 * threads when there are many, else here), the index saved, and — for a command that wants
 * some fields of many records — those fields taken from the shards the threads wrote.
 */
import { removeOwnTemporaries } from '../archive/atomic.js';
import type { IndexRow, Fresh, SaveEntry } from './cache-format.js';
import { reportKeysOf, sameSig } from './cache-format.js';
import { readShard, shardOf } from './cache-shards.js';
import { headBlobs, headBlobsNow } from './git-trust.js';
import { pickEntry, type Fields } from './pick-fields.js';
import { vouchMin } from './prefetch.js';
import type { ShardTask } from './read-misses.js';
import { FreshStore } from './read-results.js';
import { ReaderPool, readerThreads } from './reader-pool.js';
import { at, keptSig, nameAt, type ScanPlan } from './scan-plan.js';
import { sigOf } from './stat-files.js';
import type { Want } from './types.js';
import { tuning } from '../environment.js';

/** Below this many records to read, starting a worker costs more than it saves (PPID_PARALLEL_MIN: tests). */

type Reader = typeof import('./read-misses.js');
type Blobs = Awaited<ReturnType<typeof headBlobsNow>>;

/** What the reading phases share with the last one. */
export interface Reads {
  toRead: number;
  /** The shards with a file to read: only they are rewritten. */
  missShards: Set<number>;
  /** The listing position of each file to read. */
  toReadAt: Map<string, number>;
  tasks: ShardTask[];
  threads: number;
  /** Fields taken from the shards after the reading (see `readMisses`). */
  later: boolean;
  store: FreshStore | undefined;
  /** The parser and the checks, once a record had to be read on this thread. */
  reader: Reader | undefined;
  retaken: number;
  /** HEAD's blobs, listed by git while the records are read. */
  blobsSoon: Promise<Blobs> | undefined;
}

/** Phase 3: the shards to read and, in each, the files to read and the unchanged entries to carry over. */
export function planReads(p: ScanPlan): Reads {
  const missShards = new Set<number>();
  let toRead = 0;
  for (let k = 0; k < p.n; k++) {
    if (p.hit[k]) continue;
    toRead++;
    missShards.add(shardOf(nameAt(p, k)));
  }
  const byShard = new Map<number, ShardTask>();
  const toReadAt = new Map<string, number>();
  for (let k = 0; k < p.n && missShards.size > 0; k++) {
    const rel = nameAt(p, k);
    const shard = shardOf(rel);
    if (!missShards.has(shard)) continue;
    if (!p.hit[k]) toReadAt.set(rel, k);
    const task = byShard.get(shard) ?? { n: shard, files: [] };
    byShard.set(shard, task);
    task.files.push(p.hit[k] ? { rel, keep: keptSig(p, k) } : p.now[k * 4]! >= 0 ? { rel, sig: sigOf(p.now, k) } : { rel });
  }
  const tasks = [...byShard.values()].filter((t) => t.files.some((f) => !f.keep));
  const threads = toRead >= tuning.parallelMin() ? (p.start.readers?.size ?? readerThreads()) : 1;
  // A first read of many records for some of their fields (`publish`): the reading threads send
  // no fields, and this thread takes them from the shards they wrote once they are done. Sent as
  // they were read, the fields of 100,000 records piled up here beside the reading threads' own
  // heaps (a first `publish` peaked far higher: docs/performance.md, 'Why the code is shaped
  // so'); taken afterwards, the peak is a warm run's.
  const later = typeof p.want === 'object' && threads > 1 && p.index.dir !== undefined;
  return { toRead, missShards, toReadAt, tasks, threads, later, store: undefined, reader: undefined, retaken: 0, blobsSoon: undefined };
}

/** Phase 4: the files the cache cannot vouch for, read and checked; what is read is kept compact as it arrives. */
export async function readMisses(p: ScanPlan, r: Reads, onProgress?: (done: number, total: number) => void): Promise<void> {
  const { root, index, want } = p;
  // HEAD's blobs, to mark the entries about to be written, are listed by git while the records
  // are read: where many are, or where git was not asked which files differ (a first run).
  if (p.gitDir && index.dir && (r.threads > 1 || (!p.asked && p.n >= vouchMin()))) r.blobsSoon = headBlobsNow(root);
  // Nothing to read (a warm run): no store, whose arrays at 100,000 records would be 14 MB.
  const store = (r.store = r.toRead > 0 ? new FreshStore(p.files, index.dir) : undefined);
  const keepSummary = (row: IndexRow): boolean => {
    if (want !== 'summary') return false;
    const facts = p.where && reportKeysOf(row);
    return !facts || p.where!(facts);
  };
  const sent: Want = r.later ? 'problems' : want;
  let done = p.n - r.toRead;
  const took = (fresh: Fresh[]): void => {
    // Picked on the thread that read them; their texts are shared here, where they are kept.
    if (typeof want === 'object') for (const f of fresh) if (f.full) f.full = pickEntry(f.full, want, p.pool);
    store!.add(fresh, (rel) => r.toReadAt.get(rel) ?? -1, keepSummary);
    onProgress?.((done += fresh.length), p.n);
  };
  // Many records: worker threads read them all, and this thread only keeps what they send. Few:
  // this thread reads them (a worker takes longer to start than they take to read).
  const readers = r.threads > 1 ? (p.start.readers ?? ReaderPool.start(r.threads)) : undefined;
  if (!readers) p.start.readers?.stop();
  const reading = readers?.run(
    { root, config: p.config, calendar: p.cal.calendar.toParts(), dir: index.dir, want: sent, startedMs: index.startedMs },
    r.tasks,
    took,
  );
  // The parser and the checks are loaded only when a record must be read.
  r.reader = !readers && r.tasks.length > 0 ? await import('./read-misses.js') : undefined;
  for (const t of readers ? [] : r.tasks) took(r.reader!.processShard(root, p.ctx, index.dir, t, want, index.startedMs));
  const left = (await reading) ?? [];
  r.retaken = left.reduce((sum, t) => sum + t.files.filter((f) => !f.keep).length, 0);
  if (left.length > 0) {
    r.reader ??= await import('./read-misses.js');
    // A worker stopped in the middle of writing a shard leaves its temporary file behind.
    if (index.dir) removeOwnTemporaries(index.dir);
    for (const t of left) took(r.reader.processShard(root, p.ctx, index.dir, t, sent, index.startedMs));
  }
}

/** Phase 5: the index written again — unless nothing was read, the listing is the same, nothing was confirmed by content and HEAD is the same. */
export async function saveIndex(p: ScanPlan, r: Reads): Promise<void> {
  const { index } = p;
  p.view ??= await p.asked;
  const view = p.view;
  if (r.toRead > 0 || !p.listed || p.racyHits > 0 || (view && view.head !== index.head)) {
    const entryAt = (k: number): SaveEntry => {
      if (p.hit[k]) return { i: at(p, k) };
      const row = r.store?.rowAt(k);
      return row ? { row } : null;
    };
    if (index.needsSave(p.dirSig, p.files, entryAt, p.racyHits, view?.head)) {
      const head = view?.head;
      const git = await (r.blobsSoon ?? (head ? headBlobs(p.root, head).then((blobs) => blobs && { head, blobs }) : undefined));
      index.save(p.dirSig, p.files, entryAt, git, r.store?.takeSpill());
    }
  }
  // Its 100,000 names and ids would otherwise be held until the records are handed over.
  r.blobsSoon = undefined;
}

/** The fields of the records the threads read for `publish`, taken from the shards they wrote. */
export function takeLaterFields(p: ScanPlan, r: Reads): void {
  if (!r.later) return;
  for (const shard of r.missShards) {
    for (const [rel, e] of Object.entries(readShard(p.index.dir, shard))) {
      const k = r.toReadAt.get(rel);
      // Another run may have written the shard meanwhile: only the entry of the file as read serves.
      if (k !== undefined && sameSig(e.sig, r.store!.sigAt(k))) p.keptData[k] = pickEntry(e, p.want as Fields, p.pool).data;
    }
  }
}

/**
 * What only the reading needed (the files' lstat, which file to read where) goes before the
 * records are assembled: at 100,000 records it is megabytes, and assembling is the peak.
 */
export function releaseReading(p: ScanPlan, r: Reads): void {
  p.now = new Float64Array(0);
  r.toReadAt.clear();
  r.missShards.clear();
  r.tasks.length = 0;
}
