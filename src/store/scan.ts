/**
 * Every record of the archive, checked: from the cache where a file is provably unchanged,
 * and what must be read is read on every core, shard by shard, each thread writing the
 * shards it read (so no thread ever holds the whole archive). The checks across records
 * (one id per item) are made anew every time.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { recordFiles } from '../archive/record-files.js';
import { removeOwnTemporaries } from '../archive/atomic.js';
import { statInto } from './stat-into.js';
import type { CheckedRecord } from '../archive/check.js';
import { completeArchiveCheck } from '../archive/archive-check.js';
import { gitWordHolds, headBlobs, headBlobsNow } from './git-trust.js';
import { askGit, type GitView } from '../git/status.js';
import { takeScanStart, vouchMin } from './prefetch.js';
import { gitDirOf } from '../git/git-dir.js';
import { CacheIndex, factsFrom, readShard, summaryFromText, type Names, sameSig, shardOf, signature, SHARDS, type Fresh, type FullEntry, type IndexRow, type SaveEntry, type Signature } from './cache.js';
import type { ShardTask } from './read-misses.js';
import { FreshStore } from './read-results.js';
import { ReaderPool, readerThreads } from './reader-pool.js';
import { pickEntry, type Fields } from './pick-fields.js';
import { RECORDS_DIR, type Config } from '../domain/config.js';
import { loadCalendar } from '../archive/calendar-files.js';
import type { RuleContext } from '../rules/legal.js';
import type { Facts, RecordSummary } from '../domain/record-summary.js';
import { hasErrors } from '../diagnostics.js';

/**
 * What a command needs of each record: `problems` (validate), `summary` (the reports:
 * src/domain/record-summary.ts), `full` (front matter and body: documents, exports) or some
 * front matter fields (`publish`).
 */
export type Want = 'problems' | 'summary' | 'full' | Fields;

/** Whether the command reads front matter (all of it, or the fields it names). */
const wantsData = (want: Want): want is 'full' | Fields => want === 'full' || typeof want === 'object';

/** Below this many records to read, starting a worker costs more than it saves (PPID_PARALLEL_MIN: tests). */
const parallelMin = (): number => Number(process.env.PPID_PARALLEL_MIN) || 400;

export interface ScanResult {
  /**
   * Every record, except — when the command gave `where` — the valid records taken from the
   * cache that it cannot list.
   */
  checked: CheckedRecord<unknown>[];
  hits: number;
  misses: number;
  /** Of the hits, those taken on git's word without an `lstat` (store/git-trust.ts). */
  vouched: number;
  /** Of the misses, those read on this thread because a worker ran out of memory. */
  retaken: number;
  /** The threads that read the misses (1: this one), and whether they were started before the scan. */
  readers: { threads: number; early: boolean };
}

/** From this many record files on, their lstat is shared among worker threads (a worker takes ~0.15 s to start here: the time of 30,000 lstat calls). PPID_STAT_PARALLEL_MIN: tests. */
const statParallelMin = (): number => Number(process.env.PPID_STAT_PARALLEL_MIN) || 50_000;

function statShare(root: string, files: string[]): Promise<Float64Array> {
  return new Promise((done, fail) => {
    const w = new Worker(new URL('./stat-worker.js', import.meta.url), { workerData: { root, files } });
    w.once('message', (m: Float64Array) => done(m));
    w.once('error', fail);
    w.once('exit', (code) => {
      if (code !== 0) fail(new Error(`stat worker exited with ${code}`));
    });
  });
}

/**
 * The lstat of every file, four numbers each (size, mtimeMs, ctimeMs, inode; size -1: missing
 * or not a regular file). On a large archive the system calls are shared between worker
 * threads and this one.
 */
function statAll(root: string, files: string[]): Promise<Float64Array> {
  const out = new Float64Array(files.length * 4);
  const n = files.length < statParallelMin() ? 1 : readerThreads();
  const size = Math.ceil(files.length / n);
  // The workers take the first shares; this thread does the last one meanwhile.
  const parts = Array.from({ length: n - 1 }, (_, k) => statShare(root, files.slice(k * size, (k + 1) * size)));
  statInto(root, files.slice((n - 1) * size), out, (n - 1) * size);
  return Promise.all(parts).then((done) => {
    done.forEach((a, k) => out.set(a, k * size * 4));
    return out;
  });
}

/**
 * The lstat of the files git does not vouch for, as `statAll` gives it (a file vouched for is
 * left at zeros: it is judged by git's word, not by its lstat).
 */
async function statUnvouched(root: string, files: Names, vouched: Uint8Array | undefined): Promise<Float64Array> {
  const rest: number[] = [];
  for (let k = 0; k < files.length; k++) if (!vouched?.[k]) rest.push(k);
  if (!vouched) return statAll(root, rest.map((k) => files.at(k)!));
  const now = new Float64Array(files.length * 4);
  const some = await statAll(root, rest.map((k) => files.at(k)!));
  rest.forEach((k, j) => {
    for (let c = 0; c < 4; c++) now[k * 4 + c] = some[j * 4 + c]!;
  });
  return now;
}

const sigOf = (now: Float64Array, k: number): Signature => [now[k * 4]!, now[k * 4 + 1]!, now[k * 4 + 2]!, now[k * 4 + 3]!];

/** The records folder's signature, following a link to it (its listing is what counts). */
function folderSig(root: string): Signature | null {
  const st = statSync(join(root, RECORDS_DIR), { throwIfNoEntry: false });
  return st?.isDirectory() ? signature(st) : null;
}

/**
 * `where` lets a report name, from each record's status and period dates alone, the records
 * it could possibly list (a superset: the report still decides); the others are counted and
 * checked but their summaries are not parsed.
 */
export async function scanArchive(root: string, config: Config, want: Want, onProgress?: (done: number, total: number) => void, where?: (f: Facts) => boolean): Promise<ScanResult> {
  // Started when the command began, or now: git runs beside this thread's reading of the index.
  const start = takeScanStart(root);
  let asked = start.asked;
  // The checks read the working days (an opening's reason): the cache holds for this calendar only.
  const cal = await loadCalendar(root, config);
  const ctx: RuleContext = { config, calendar: cal.calendar };
  const dirSig = folderSig(root);
  const index = CacheIndex.open(root, cal.key);
  // An unchanged listing is the index's own (its names made only where they are used).
  const listed = index.listing(dirSig);
  const files: Names = listed ?? recordFiles(root);
  const n = files.length;
  const nameAt = (k: number): string => files.at(k)!;
  const gitDir = gitDirOf(root);
  // A first run has nothing git's word could vouch for.
  if (!asked && gitDir && index.written && n >= vouchMin()) asked = askGit(root, gitDir);
  const pos = listed ? undefined : Array.from({ length: n }, (_, k) => index.find(nameAt(k)));
  const at = (k: number): number => (pos ? pos[k]! : k);
  // A report's `where` leaves most records of a large archive out: those in the cache whole —
  // valid, named by their id, not chosen — are only counted (unless read again below). Decided
  // while git still runs.
  const judged = where && want === 'summary' ? index.judge(where) : undefined;
  const notChosen = judged && (pos ? Uint8Array.from(pos, (i) => (i >= 0 ? judged.left[i]! : 0)) : judged.left);
  // What the report will list is read from the cache while git still runs too (and used only for
  // the records that prove unchanged): every summary, or those chosen.
  if (want === 'summary' && !where) index.loadSummaries();
  const early = new Map<number, RecordSummary | undefined>();
  for (const i of judged?.chosen ?? []) early.set(i, index.summaryAt(i));
  let view: GitView | undefined;
  let vouched: Uint8Array | undefined;
  if (asked && index.head) {
    // Checked while git still runs.
    const holds = gitWordHolds(root, gitDir!);
    view = await asked;
    if (view && holds && view.head === index.head) {
      const changed = view.changed;
      vouched = new Uint8Array(n);
      for (let k = 0; k < n; k++) vouched[k] = index.headMark(at(k)) && (changed.size === 0 || !changed.has(nameAt(k))) ? 1 : 0;
    }
  }
  // Nothing to compare with (a first run, or a listing the cache knows nothing of): each file's
  // lstat is taken by the thread that reads it, just before the read (size -1: not taken yet).
  const now = pos?.every((i) => i < 0) ? new Float64Array(n * 4).fill(-1) : await statUnvouched(root, files, vouched);
  const hit = new Uint8Array(n);
  let racyHits = 0;
  for (let k = 0; k < n; k++) {
    if (vouched?.[k]) {
      hit[k] = index.attachmentsUnchanged(root, at(k)) ? 1 : 0;
      // A file git vouches for whose entry cannot serve after all (an attachment changed) is read: its lstat now.
      if (!hit[k]) statInto(root, [nameAt(k)], now, k);
    } else {
      hit[k] = index.unchanged(root, at(k), nameAt(k), now, k) ? 1 : 0;
      if (hit[k] && index.isRacy(at(k))) racyHits++;
    }
  }
  /** The signature an unchanged file's entry is kept under. */
  const keptSig = (k: number): Signature | undefined => (vouched?.[k] ? index.sigAt(at(k)) : sigOf(now, k));
  /** The texts of the fields a command picks, one copy each (pick-fields.ts). */
  const pool = new Map<string, string>();
  // The front matter and body of unchanged files, where the command needs them and the shards
  // hold them, by listing position: the shards' map and their signatures are let go once compared.
  const keptData: unknown[] = [];
  const keptBody: string[] = [];
  if (wantsData(want)) {
    const full = new Map<string, FullEntry>();
    for (let shard = 0; shard < SHARDS; shard++) {
      for (const [rel, e] of Object.entries(readShard(index.dir, shard))) full.set(rel, want === 'full' ? e : pickEntry(e, want, pool));
    }
    for (let k = 0; k < n; k++) {
      if (!hit[k]) continue;
      const e = full.get(nameAt(k));
      if (!e || !sameSig(e.sig, keptSig(k))) hit[k] = 0;
      else {
        keptData[k] = e.data;
        keptBody[k] = e.body;
      }
    }
  }
  // Only shards with a file to read are rewritten; their unchanged entries are carried over.
  const missShards = new Set<number>();
  let toRead = 0;
  for (let k = 0; k < n; k++) {
    if (hit[k]) continue;
    toRead++;
    missShards.add(shardOf(nameAt(k)));
  }
  const byShard = new Map<number, ShardTask>();
  /** The listing position of each file to read. */
  const toReadAt = new Map<string, number>();
  for (let k = 0; k < n && missShards.size > 0; k++) {
    const rel = nameAt(k);
    const shard = shardOf(rel);
    if (!missShards.has(shard)) continue;
    if (!hit[k]) toReadAt.set(rel, k);
    const task = byShard.get(shard) ?? { n: shard, files: [] };
    byShard.set(shard, task);
    task.files.push(hit[k] ? { rel, keep: keptSig(k) } : now[k * 4]! >= 0 ? { rel, sig: sigOf(now, k) } : { rel });
  }
  const tasks = [...byShard.values()].filter((t) => t.files.some((f) => !f.keep));
  const hits = n - toRead;
  let done = hits;
  onProgress?.(done, n);
  const threads = toRead >= parallelMin() ? start.readers?.size ?? readerThreads() : 1;
  // HEAD's blobs, to mark the entries about to be written, are listed by git while the records
  // are read: where many are, or where git was not asked which files differ (a first run).
  let blobsSoon = gitDir && index.dir && (threads > 1 || (!asked && n >= vouchMin())) ? headBlobsNow(root) : undefined;
  // What is read is kept compact as it arrives, and a summary the report will not list is let go.
  // Nothing to read (a warm run): no store, whose arrays at 100,000 records would be 14 MB.
  const store = toRead > 0 ? new FreshStore(files, index.dir) : undefined;
  const keepSummary = (row: IndexRow): boolean => {
    if (want !== 'summary') return false;
    const facts = where && factsOf(row);
    return !facts || where!(facts);
  };
  // A first read of many records for some of their fields (`publish`): the reading threads send
  // no fields, and this thread takes them from the shards they wrote once they are done. Sent as
  // they were read, the fields of 100,000 records piled up here beside the reading threads' own
  // heaps (a first `publish` peaked at ~350 MB); taken afterwards, the peak is a warm run's.
  const later = typeof want === 'object' && threads > 1 && index.dir !== undefined;
  const sent: Want = later ? 'problems' : want;
  const took = (fresh: Fresh[]): void => {
    // Picked on the thread that read them; their texts are shared here, where they are kept.
    if (typeof want === 'object') for (const f of fresh) if (f.full) f.full = pickEntry(f.full, want, pool);
    store!.add(fresh, (rel) => toReadAt.get(rel) ?? -1, keepSummary);
    onProgress?.((done += fresh.length), n);
  };
  // Many records: worker threads read them all, and this thread only keeps what they send. Few:
  // this thread reads them (a worker takes longer to start than they take to read).
  const readers = threads > 1 ? start.readers ?? ReaderPool.start(threads) : undefined;
  if (!readers) start.readers?.stop();
  const reading = readers?.run({ root, config, calendar: cal.calendar.toParts(), dir: index.dir, want: sent, startedMs: index.startedMs }, tasks, took);
  // The parser and the checks are loaded only when a record must be read.
  let reader = !readers && tasks.length > 0 ? await import('./read-misses.js') : undefined;
  for (const t of readers ? [] : tasks) took(reader!.processShard(root, ctx, index.dir, t, want, index.startedMs));
  const left = (await reading) ?? [];
  const retaken = left.reduce((sum, t) => sum + t.files.filter((f) => !f.keep).length, 0);
  if (left.length > 0) {
    reader ??= await import('./read-misses.js');
    // A worker stopped in the middle of writing a shard leaves its temporary file behind.
    if (index.dir) removeOwnTemporaries(index.dir);
    for (const t of left) took(reader.processShard(root, ctx, index.dir, t, sent, index.startedMs));
  }
  // Nothing read, the same listing, nothing confirmed by content, the same HEAD: the index stays as it is.
  view ??= await asked;
  if (toRead > 0 || !listed || racyHits > 0 || (view && view.head !== index.head)) {
    const entryAt = (k: number): SaveEntry => {
      if (hit[k]) return { i: at(k) };
      const row = store?.rowAt(k);
      return row ? { row } : null;
    };
    if (index.needsSave(dirSig, files, entryAt, racyHits, view?.head)) {
      const head = view?.head;
      const git = await (blobsSoon ?? (head ? headBlobs(root, head).then((blobs) => blobs && { head, blobs }) : undefined));
      index.save(dirSig, files, entryAt, git, store?.takeSpill());
    }
  }
  // Its 100,000 names and ids would otherwise be held until the records are handed over.
  blobsSoon = undefined;
  if (later) {
    for (const shard of missShards) {
      for (const [rel, e] of Object.entries(readShard(index.dir, shard))) {
        const k = toReadAt.get(rel);
        // Another run may have written the shard meanwhile: only the entry of the file as read serves.
        if (k !== undefined && sameSig(e.sig, store!.sigAt(k))) keptData[k] = pickEntry(e, want as Fields, pool).data;
      }
    }
  }
  store?.close();

  /** Record `rel` read again on this thread, as the command wants it. */
  const readAgain = (r: typeof import('./read-misses.js'), rel: string): Fresh => r.forCommand(r.readFresh(root, ctx, rel, index.startedMs), want);
  // The marks validate's checks across records start from (store/cache.ts: RecordMarks); the
  // reports have no use for them.
  const needMarks = want === 'problems' || want === 'full';
  const marks = (f: Fresh | undefined, i: number): { marks?: CheckedRecord['marks'] } => {
    if (!needMarks) return {};
    if (f?.row) return { marks: marksOf(f.row) };
    return i >= 0 ? { marks: { ...index.marksAt(i), ...optional(index.factsAt(i)) } } : {};
  };
  /** Undefined when the record must be read again and the reader is not loaded yet. */
  const record = (k: number): CheckedRecord<unknown> | undefined => {
    const rel = nameAt(k);
    let f = store?.get(k);
    // Fields to be taken from a shard that no longer held them: the record is read again, and
    // all that is said of it comes from that reading.
    if (later && f?.row && keptData[k] === undefined) {
      if (!reader) return undefined;
      f = readAgain(reader, rel);
    }
    const i = at(k);
    const cached = f ? [] : index.problemsAt(i);
    // Problems the cache cannot give back (its index damaged): the record is read again.
    if (!cached) {
      if (!reader) return undefined;
      f = readAgain(reader, rel);
    }
    let summary: RecordSummary | undefined;
    if (!f && want === 'summary' && !hasErrors(cached!)) {
      const facts = index.factsAt(i);
      if (facts && where && !where(facts)) return { parsed: { file: rel, data: { id: index.idAt(i) }, body: '', problems: [] }, problems: [...cached!], unloaded: true };
      summary = facts && (early.has(i) ? early.get(i) : index.summaryAt(i));
      // A record without errors always has a summary; one the cache cannot give back (its
      // file damaged, or removed meanwhile by another run) is made again from the record.
      if (!summary) {
        if (!reader) return undefined;
        f = readAgain(reader, rel);
      }
    }
    if (f && !f.row) return { parsed: { file: rel, data: undefined, body: '', problems: [] }, problems: [...f.problems] };
    const id = f ? f.row!.id : index.idAt(i);
    const idOnly = id !== undefined ? { id } : {};
    const problems = [...(f ? f.problems : cached!)];
    if (wantsData(want)) {
      const entry = f?.full ?? { data: keptData[k], body: keptBody[k] };
      return { parsed: { file: rel, data: entry?.data, body: entry?.body ?? '', problems: [] }, problems, ...marks(f, i) };
    }
    // A record read again here has its summary as text only (store/read-misses.ts: forCommand).
    summary ??= f?.row!.summary ?? (f?.row!.summaryText !== undefined ? summaryFromText(f.row!.summaryText) : undefined);
    const facts = f ? factsOf(f.row!) : undefined;
    if (want === 'problems' || !summary || (facts && where && !where(facts))) {
      return { parsed: { file: rel, data: idOnly, body: '', problems: [] }, problems, unloaded: true, ...marks(f, i) };
    }
    return { parsed: { file: rel, data: summary, body: '', problems: [] }, problems };
  };
  const counted = new Uint8Array(n);
  for (let k = 0; k < n; k++) counted[k] = (store?.has(k) ? where !== undefined && want === 'summary' && store.leftOut(k, where) : notChosen?.[k]) ? 1 : 0;
  // A record named otherwise than by its id may share the id of one only counted: that one
  // takes part in the check of duplicate ids.
  const idOf = (k: number): string | undefined => (store?.has(k) ? store.id(k) : at(k) >= 0 ? index.idAt(at(k)) : undefined);
  const odd = new Set<string>();
  for (let k = 0; k < n; k++) {
    const id = counted[k] ? undefined : idOf(k);
    if (id !== undefined && nameAt(k) !== `${RECORDS_DIR}/${id}.md`) odd.add(`${RECORDS_DIR}/${id}.md`);
  }
  const checked: CheckedRecord<unknown>[] = [];
  for (let k = 0; k < n; k++) {
    if (counted[k] && (odd.size === 0 || !odd.has(nameAt(k)))) continue;
    let c = record(k);
    if (!c) {
      reader = await import('./read-misses.js');
      c = record(k)!;
    }
    checked.push(c);
  }
  index.close();
  return { checked: await completeArchiveCheck(root, checked), hits, misses: toRead, vouched: vouched ? vouched.reduce((sum, v, k) => sum + (v && hit[k] ? 1 : 0), 0) : 0, retaken, readers: { threads, early: threads > 1 && start.readers !== undefined } };
}

const factsOf = (row: IndexRow): Facts | undefined => (row.status ? factsFrom(row.status, row.berakhir, row.tinjau) : undefined);

const optional = (facts: Facts | undefined): { facts?: Facts } => (facts ? { facts } : {});

/** A record's marks as read now (store/cache.ts: RecordMarks), with its facts. */
const marksOf = (row: IndexRow): CheckedRecord['marks'] => ({ terakhir: row.terakhir, kunci: row.kunci, ...optional(factsOf(row)) });
