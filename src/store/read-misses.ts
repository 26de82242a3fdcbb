/**
 * Reading and checking record files that the cache cannot vouch for, and writing their cache
 * shards. Loaded only when there is something to read: the parser and the checks are most of
 * what a command would otherwise load at start.
 */
import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { RuleContext } from '../rules/legal.js';
import type { RecordData } from '../domain/record.js';
import { hasErrors } from '../diagnostics.js';
import { periodFacts } from '../rules/period.js';
import { latestEventDate } from '../rules/today.js';
import { informationKey } from '../rules/reopened.js';
import { summarize } from '../domain/record-summary.js';
import { readTextFile } from '../text-file.js';
import { parseRecordText } from '../records/parse.js';
import { ownCopy } from '../unshared-copy.js';
import { checkRecordFile } from '../archive/check.js';
import { sha1 } from '../hashes.js';
import { blobId, racyAt, sameSig, signature, statSig, type Fresh, type FullEntry, type IndexRow, type Signature } from './cache-format.js';
import { readShard, writeShard } from './cache-shards.js';
import type { Want } from './types.js';
import { pickEntry } from './pick-fields.js';

/** One shard's files, in the order of the listing. */
export interface ShardTask {
  n: number;
  /** `keep`: unchanged, its entry may be reused; `sig`: to be read, a regular file with this lstat. */
  files: Array<{ rel: string; keep?: Signature; sig?: Signature }>;
}

/**
 * Rewrites one shard: entries of unchanged files are kept when the shard holds them as they
 * were made, every other file is read and checked. Returns what was read. Also run in workers.
 */
export function processShard(root: string, ctx: RuleContext, dir: string | undefined, task: ShardTask, want: Want, startedMs: number): Fresh[] {
  const old = task.files.some((f) => f.keep) ? readShard(dir, task.n) : {};
  const entries: Record<string, FullEntry> = {};
  const fresh: Fresh[] = [];
  for (const { rel, keep, sig } of task.files) {
    const kept = old[rel];
    if (keep && kept && sameSig(kept.sig, keep)) {
      entries[rel] = kept;
      continue;
    }
    const f = readFresh(root, ctx, rel, startedMs, sig);
    if (f.full) entries[rel] = f.full;
    fresh.push(forCommand(f, want));
  }
  if (dir) writeShard(dir, task.n, entries);
  return fresh;
}

/**
 * Only what the command reads goes back. A summary goes as its text alone, which the index
 * needs anyway: a report keeps the summaries of only the records it may list, and parses just
 * those (sending every summary as an object too made the main thread of a first report at
 * 100,000 records hold much more: docs/performance.md, 'Why the code is shaped so'). Made
 * anew rather than by deleting properties, which would leave 100,000 objects in V8's slower,
 * larger form.
 */
export function forCommand(f: Fresh, want: Want): Fresh {
  const { full, row, ...rest } = f;
  const out: Fresh = rest;
  if (row) {
    const { summary: _summary, ...kept } = row;
    out.row = kept;
  }
  if (full && want === 'full') out.full = full;
  else if (full && typeof want === 'object') out.full = pickEntry(full, want);
  return out;
}

/**
 * Reads and checks one record file, taking its lstat before the read. `startedMs`: when the
 * run began (the cache's time); only files racy against it need their content hash. Also
 * run in workers.
 */
export function readFresh(root: string, ctx: RuleContext, rel: string, startedMs: number, known?: Signature): Fresh {
  const abs = join(root, rel);
  // The lstat taken (before this read) when the archive was listed serves for a regular file.
  const st = known ? undefined : lstatSync(abs, { throwIfNoEntry: false });
  const read = readTextFile(abs, rel, undefined, known ? { size: known[0] } : st);
  if (!read.ok) return { rel, problems: [read.problem] };
  const parsed = parseRecordText(rel, read.text);
  const problems = checkRecordFile(root, parsed, ctx);
  const data = parsed.data as Partial<RecordData> | undefined;
  // Kept in the cache's index long after this text is gone.
  const id = typeof data?.id === 'string' ? ownCopy(data.id) : undefined;
  // Only regular files that gave front matter are kept; anything odd is checked every time.
  if (!(known || st?.isFile()) || data === undefined) return { rel, problems, ...(id !== undefined ? { id } : {}) };
  const sig = known ?? signature(st!);
  const att: Record<string, Signature | null> = {};
  for (const l of Array.isArray(data.lampiran) ? data.lampiran : []) {
    if (typeof l?.berkas === 'string') att[l.berkas] = statSig(join(root, l.berkas));
  }
  const valid = !hasErrors(problems);
  const facts = valid ? periodFacts(data as RecordData) : {};
  const row: IndexRow = {
    sig,
    blob: blobId(read.text),
    berakhir: ymd(facts.berakhir),
    tinjau: ymd(facts.tinjauUlang),
    terakhir: ymd(latestEventDate(data)),
    kunci: valid ? informationKey(data as RecordData) : 0,
  };
  if (racyAt(sig, startedMs)) row.sha1 = sha1(read.text);
  if (Object.keys(att).length > 0) row.att = att;
  if (id !== undefined) row.id = id;
  if (problems.length > 0) row.problems = problems;
  if (!hasErrors(problems)) {
    row.summary = summarize(data as RecordData);
    row.summaryText = JSON.stringify(row.summary) + '\n';
    row.status = row.summary.status;
  }
  return { rel, row, full: { sig, data: parsed.data, body: parsed.body }, problems, ...(id !== undefined ? { id } : {}) };
}

const ymd = (d: string | undefined): number => (d ? Number(d.replaceAll('-', '')) : 0);
