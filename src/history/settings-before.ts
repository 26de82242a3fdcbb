/**
 * The settings each commit was made under: `ppid.yaml` as committed in its (first) parent, and
 * as the commit left it. A role counts from the commit that recorded it, never from the commit
 * that claims it, so a step is judged by who held which role before it (issue 22: a role granted
 * in the same commit, or in a file never committed, grants nothing).
 */
import { posix } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { CONFIG_FILE, DEFAULT_CALENDAR_FILE, type Config } from '../domain/config.js';
import { parseConfig } from '../archive/config-parse.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import { readBlobs, type HistoryCommit } from './read-history.js';

export interface Around {
  /** Undefined: none (the first commit) or unreadable. */
  before?: Config;
  after?: Config;
  /** The commit changed ppid.yaml: its top-level keys whose values differ (all, when a side is unreadable or gone). */
  changed?: string[];
  /** ppid.yaml is gone or unreadable after the commit, though it was there before. */
  lost: boolean;
}

/** Each commit's ppid.yaml blob before and after it; parents come before children (topological order). */
function blobsAround(commits: readonly HistoryCommit[]): Map<string, { before?: string; after?: string; touched: boolean }> {
  const after = new Map<string, string | undefined>();
  const out = new Map<string, { before?: string; after?: string; touched: boolean }>();
  for (const c of commits) {
    const before = c.parents[0] === undefined ? undefined : after.get(c.parents[0]);
    const change = c.changes.find((ch) => ch.path === CONFIG_FILE);
    const now = change ? change.newBlob : before;
    after.set(c.hash, now);
    out.set(c.hash, { ...(before ? { before } : {}), ...(now ? { after: now } : {}), touched: change !== undefined });
  }
  return out;
}

function changedKeys(a: Config | undefined, b: Config | undefined): string[] {
  if (!a || !b) return ['*'];
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].filter((k) => !isDeepStrictEqual((a as unknown as Record<string, unknown>)[k], (b as unknown as Record<string, unknown>)[k]));
}

export async function settingsAround(root: string, commits: readonly HistoryCommit[]): Promise<Map<string, Around>> {
  const blobs = blobsAround(commits);
  const wanted = new Set([...blobs.values()].flatMap((b) => [b.before, b.after]).filter((b): b is string => b !== undefined));
  const texts = await readBlobs(root, wanted, MAX_TEXT_BYTES);
  const parsed = new Map<string, Config | undefined>();
  for (const b of wanted) parsed.set(b, readable(texts.get(b)));
  const out = new Map<string, Around>();
  for (const [hash, b] of blobs) {
    const before = b.before === undefined ? undefined : parsed.get(b.before);
    const after = b.after === undefined ? undefined : parsed.get(b.after);
    const changed = b.touched ? changedKeys(before, after) : undefined;
    out.set(hash, {
      ...(before ? { before } : {}),
      ...(after ? { after } : {}),
      ...(changed ? { changed } : {}),
      lost: b.touched && b.before !== undefined && !after,
    });
  }
  return out;
}

/** Every calendar file ppid.yaml ever named: a hand edit of any is one, whatever it names today. */
export function calendarFiles(around: ReadonlyMap<string, Around>, current: string): Set<string> {
  // As git names the file: `./libur.yaml` is `libur.yaml`.
  const files = new Set([posix.normalize(current), DEFAULT_CALENDAR_FILE]);
  for (const a of around.values()) if (a.after?.kalender) files.add(posix.normalize(a.after.kalender));
  return files;
}

function readable(text: string | undefined): Config | undefined {
  if (text === undefined) return undefined;
  try {
    return parseConfig(text);
  } catch {
    return undefined;
  }
}
