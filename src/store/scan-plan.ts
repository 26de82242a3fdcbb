/**
 * A scan's plan and its first two phases: list the record files and ask git which differ from
 * HEAD (while this thread reads the cache's index), then compare every file with its entry in
 * the cache — by git's word, or by its lstat — and take what the cache holds of the unchanged
 * ones.
 */
import { loadCalendar, type LoadedCalendar } from '../archive/calendar-files.js';
import { recordFiles } from '../archive/record-files.js';
import { gitDirOf } from '../git/git-dir.js';
import { askGit, type GitView } from '../git/status.js';
import type { Config } from '../domain/config.js';
import type { ReportKeys, RecordSummary } from '../domain/record-summary.js';
import type { RuleContext } from '../rules/legal.js';
import { CacheIndex } from './cache-index.js';
import { readShard } from './cache-shards.js';
import { sameSig, SHARDS, type FullEntry, type Signature } from './cache-format.js';
import { type Names } from './cache-names.js';
import { gitWordHolds } from './git-trust.js';
import { pickEntry } from './pick-fields.js';
import { takeScanStart, vouchMin, type ScanStart } from './prefetch.js';
import { folderSig, sigOf, statUnvouched } from './stat-files.js';
import { statInto } from './stat-into.js';
import { wantsData, type Want } from './types.js';

/** What every phase of a scan reads and adds to. Positions `k` are the listing's; `at(k)` is the index's. */
export interface ScanPlan {
  root: string;
  config: Config;
  want: Want;
  where: ((f: ReportKeys) => boolean) | undefined;
  start: ScanStart;
  /** git's answer which record files differ from HEAD, when it was asked. */
  asked: Promise<GitView | undefined> | undefined;
  cal: LoadedCalendar;
  ctx: RuleContext;
  dirSig: Signature | null;
  index: CacheIndex;
  /** The index's own listing, when the records folder is unchanged. */
  listed: Names | undefined;
  files: Names;
  n: number;
  gitDir: string | undefined;
  /** Each listed file's position in the index (-1: not in it), when the listing is not the index's. */
  pos: number[] | undefined;
  /** Valid records in the cache that the report's `where` leaves out: only counted. */
  notChosen: Uint8Array | undefined;
  /** The summaries of the records chosen, read while git ran. */
  early: Map<number, RecordSummary | undefined>;
  view: GitView | undefined;
  /** Files git vouches for (1): unchanged since HEAD, which the cache's entries were made from. */
  vouched: Uint8Array | undefined;
  /** The lstat of each file (stat-files.ts), zeros for those git vouches for. */
  now: Float64Array;
  /** Files whose cache entry serves (1). */
  hit: Uint8Array;
  racyHits: number;
  /** The texts of the fields a command picks, one copy each (pick-fields.ts). */
  pool: Map<string, string>;
  /** Front matter and body of unchanged files, where the command needs them, by listing position. */
  keptData: unknown[];
  keptBody: string[];
}

export const nameAt = (p: ScanPlan, k: number): string => p.files.at(k)!;
export const at = (p: ScanPlan, k: number): number => (p.pos ? p.pos[k]! : k);

/** The signature an unchanged file's entry is kept under. */
export const keptSig = (p: ScanPlan, k: number): Signature | undefined => (p.vouched?.[k] ? p.index.sigAt(at(p, k)) : sigOf(p.now, k));

/** Phase 1: the listing, git asked (or its answer taken from the command's start), and what the cache can say before git answers. */
export async function listRecords(root: string, config: Config, want: Want, where: ((f: ReportKeys) => boolean) | undefined): Promise<ScanPlan> {
  // Started when the command began, or now: git runs beside this thread's reading of the index.
  const start = takeScanStart(root);
  // The checks read the working days (an opening's reason): the cache holds for this calendar only.
  const cal = await loadCalendar(root, config);
  const dirSig = folderSig(root);
  const index = CacheIndex.open(root, cal.key);
  // An unchanged listing is the index's own (its names made only where they are used).
  const listed = index.listing(dirSig);
  const files: Names = listed ?? recordFiles(root);
  const gitDir = gitDirOf(root);
  const p: ScanPlan = {
    root,
    config,
    want,
    where,
    start,
    asked: start.asked,
    cal,
    ctx: { config, calendar: cal.calendar },
    dirSig,
    index,
    listed,
    files,
    n: files.length,
    gitDir,
    pos: undefined,
    notChosen: undefined,
    early: new Map(),
    view: undefined,
    vouched: undefined,
    now: new Float64Array(0),
    hit: new Uint8Array(0),
    racyHits: 0,
    pool: new Map(),
    keptData: [],
    keptBody: [],
  };
  // A first run has nothing git's word could vouch for.
  if (!p.asked && gitDir && index.written && p.n >= vouchMin()) p.asked = askGit(root, gitDir);
  p.pos = listed ? undefined : Array.from({ length: p.n }, (_, k) => index.find(nameAt(p, k)));
  chooseEarly(p);
  return p;
}

/**
 * A report's `where` leaves most records of a large archive out: those in the cache whole —
 * valid, named by their id, not chosen — are only counted (unless read again). Decided while
 * git still runs; what the report will list is read from the cache meanwhile too (and used
 * only for the records that prove unchanged): every summary, or those chosen.
 */
function chooseEarly(p: ScanPlan): void {
  const { index, where, want, pos } = p;
  const judged = where && want === 'summary' ? index.judge(where) : undefined;
  p.notChosen = judged && (pos ? Uint8Array.from(pos, (i) => (i >= 0 ? judged.left[i]! : 0)) : judged.left);
  if (want === 'summary' && !where) index.loadSummaries();
  for (const i of judged?.chosen ?? []) p.early.set(i, index.summaryAt(i));
}

/** Phase 2: which files the cache's entries serve — by git's word, or by each file's lstat — and their front matter where the command wants it. */
export async function compareWithCache(p: ScanPlan): Promise<void> {
  const { root, index, n } = p;
  if (p.asked && index.head) {
    // Checked while git still runs.
    const holds = gitWordHolds(root, p.gitDir!);
    p.view = await p.asked;
    if (p.view && holds && p.view.head === index.head) {
      const changed = p.view.changed;
      p.vouched = new Uint8Array(n);
      for (let k = 0; k < n; k++) p.vouched[k] = index.headMark(at(p, k)) && (changed.size === 0 || !changed.has(nameAt(p, k))) ? 1 : 0;
    }
  }
  // Nothing to compare with (a first run, or a listing the cache knows nothing of): each file's
  // lstat is taken by the thread that reads it, just before the read (size -1: not taken yet).
  p.now = p.pos?.every((i) => i < 0) ? new Float64Array(n * 4).fill(-1) : await statUnvouched(root, p.files, p.vouched);
  p.hit = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    if (p.vouched?.[k]) {
      p.hit[k] = index.attachmentsUnchanged(root, at(p, k)) ? 1 : 0;
      // A file git vouches for whose entry cannot serve after all (an attachment changed) is read: its lstat now.
      if (!p.hit[k]) statInto(root, [nameAt(p, k)], p.now, k);
    } else {
      p.hit[k] = index.unchanged(root, at(p, k), nameAt(p, k), p.now, k) ? 1 : 0;
      if (p.hit[k] && index.isRacy(at(p, k))) p.racyHits++;
    }
  }
  if (wantsData(p.want)) takeKeptData(p);
}

/** The front matter and body of unchanged files from the shards; the shards' map and signatures are let go once compared. */
function takeKeptData(p: ScanPlan): void {
  const want = p.want as Exclude<Want, 'problems' | 'summary'>;
  const full = new Map<string, FullEntry>();
  for (let shard = 0; shard < SHARDS; shard++) {
    for (const [rel, e] of Object.entries(readShard(p.index.dir, shard))) full.set(rel, want === 'full' ? e : pickEntry(e, want, p.pool));
  }
  for (let k = 0; k < p.n; k++) {
    if (!p.hit[k]) continue;
    const e = full.get(nameAt(p, k));
    if (!e || !sameSig(e.sig, keptSig(p, k))) p.hit[k] = 0;
    else {
      p.keptData[k] = e.data;
      p.keptBody[k] = e.body;
    }
  }
}
