/**
 * What each change of a record changed: its status before and after and the top-level fields
 * whose values differ. Read in batches through `git cat-file`, each version parsed once per
 * batch and dropped after: audit needs this for every version of every record, which in a large
 * archive is far too much to hold at once (docs/performance.md, 'Why the code is shaped so').
 */
import { isDeepStrictEqual } from 'node:util';
import { parseRecordText } from '../records/parse.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import { readBlobs, type HistoryCommit } from './read-history.js';
import { itemOf } from './versions.js';

/** The record's text below its front matter, named like a field in findings. */
export const BODY_FIELD = '(isi)';

export interface RecordDiff {
  dari?: string;
  ke?: string;
  /** Top-level keys whose values differ (and `BODY_FIELD` when the text below changed); undefined when a version could not be read. */
  kolom?: string[];
}

interface Version {
  data?: Record<string, unknown>;
  body: string;
}

const BATCH = 2_500;

function versionOf(text: string | undefined): Version | undefined {
  if (text === undefined) return undefined;
  const r = parseRecordText('x.md', text);
  const data = r.data && typeof r.data === 'object' && !Array.isArray(r.data) ? (r.data as Record<string, unknown>) : undefined;
  return { ...(data ? { data } : {}), body: r.body };
}

function diff(a: Version | undefined, b: Version | undefined): RecordDiff {
  const status = (v: Version | undefined) => (typeof v?.data?.status === 'string' ? v.data.status : undefined);
  const out: RecordDiff = { ...(status(a) ? { dari: status(a) } : {}), ...(status(b) ? { ke: status(b) } : {}) };
  if (!a?.data || !b?.data) return out;
  const keys = new Set([...Object.keys(a.data), ...Object.keys(b.data)]);
  const kolom = [...keys].filter((k) => !isDeepStrictEqual(a.data![k], b.data![k]));
  if (a.body.trim() !== b.body.trim()) kolom.push(BODY_FIELD);
  return { ...out, kolom };
}

/** The diff of each pair of versions (old blob, new blob), keyed `old:new`. */
export async function recordDiffs(root: string, pairs: ReadonlyArray<readonly [string, string]>): Promise<Map<string, RecordDiff>> {
  const out = new Map<string, RecordDiff>();
  for (let i = 0; i < pairs.length; i += BATCH) {
    const part = pairs.slice(i, i + BATCH);
    const texts = await readBlobs(
      root,
      part.flatMap(([a, b]) => [a, b]),
      MAX_TEXT_BYTES,
    );
    const versions = new Map<string, Version | undefined>();
    const version = (blob: string) => {
      if (!versions.has(blob)) versions.set(blob, versionOf(texts.get(blob)));
      return versions.get(blob);
    };
    for (const [a, b] of part) out.set(`${a}:${b}`, diff(version(a), version(b)));
  }
  return out;
}

/** A record's `status:` line, read without parsing the record: every record's first version is read. */
const STATUS_LINE = /^status:[ \t]*["']?([a-z-]+)/m;

/** The status each new record was created with (undefined: none readable), by blob. */
export async function createdStatuses(root: string, blobs: readonly string[]): Promise<Map<string, string | undefined>> {
  const out = new Map<string, string | undefined>();
  for (let i = 0; i < blobs.length; i += BATCH) {
    const part = blobs.slice(i, i + BATCH);
    const texts = await readBlobs(root, part, MAX_TEXT_BYTES);
    for (const b of part) {
      const text = texts.get(b);
      const front = text?.split(/\r?\n---[ \t]*(?:\r?\n|$)/, 1)[0];
      out.set(b, front === undefined ? undefined : STATUS_LINE.exec(front)?.[1]);
    }
  }
  return out;
}

/**
 * For each record change of a commit that kept this clone's version at a sync (`marked`), the
 * top-level fields whose new values no earlier version of the record had: a version chosen at a
 * sync takes out or puts back what the other office wrote, and never brings a value of its own
 * outside its step. Such commits are rare, so every earlier version of those records is read.
 */
export async function freshValues(root: string, commits: readonly HistoryCommit[], marked: (c: HistoryCommit) => boolean): Promise<Map<string, Set<string>>> {
  if (!commits.some(marked)) return new Map();
  const earlier = new Map<string, string[]>();
  const wanted: Array<{ key: string; now: string; before: string[] }> = [];
  for (const c of commits) {
    for (const ch of c.changes) {
      if (!ch.newBlob || itemOf(ch.path) === undefined) continue;
      if (marked(c) && ch.oldBlob) wanted.push({ key: `${c.hash}:${ch.path}`, now: ch.newBlob, before: [...(earlier.get(ch.path) ?? [])] });
      earlier.set(ch.path, [...(earlier.get(ch.path) ?? []), ch.newBlob]);
    }
  }
  const texts = await readBlobs(
    root,
    wanted.flatMap((w) => [w.now, ...w.before]),
    MAX_TEXT_BYTES,
  );
  const data = (b: string) => versionOf(texts.get(b))?.data;
  const out = new Map<string, Set<string>>();
  for (const w of wanted) {
    const now = data(w.now) ?? {};
    const seen = new Set(w.before.flatMap((b) => Object.entries(data(b) ?? {}).map(([k, v]) => `${k}\0${JSON.stringify(v)}`)));
    out.set(
      w.key,
      new Set(
        Object.entries(now)
          .filter(([k, v]) => !seen.has(`${k}\0${JSON.stringify(v)}`))
          .map(([k]) => k),
      ),
    );
  }
  return out;
}
