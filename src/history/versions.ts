/**
 * The status in versions of records, read from git only where asked: what `ppid status` and
 * `ppid audit` need of history, without the items' full stories (history/item-stories.ts), which parse every
 * version of every record and compare all its fields — far too slow and too large for a large
 * archive (docs/performance.md, 'Why the code is shaped so').
 */
import { basename } from 'node:path';
import { RECORDS_DIR } from '../domain/config.js';
import { parseRecordText } from '../records/parse.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import { readBlobs, type FileChange, type HistoryCommit } from './read-history.js';

/** The item a path is the record of (named as its file is), if it is one. */
export const itemOf = (path: string): string | undefined =>
  path.startsWith(`${RECORDS_DIR}/`) && path.endsWith('.md') && !path.slice(RECORDS_DIR.length + 1).includes('/') ? basename(path, '.md') : undefined;

/** A change of a record, with the commit that made it. */
export interface ItemChange {
  c: HistoryCommit;
  ch: FileChange;
}

/** Each item's changes in history order, items in the order they first appear (`wanted`: only those items). */
export function changesByItem(commits: readonly HistoryCommit[], wanted?: (item: string) => boolean): Map<string, ItemChange[]> {
  const byItem = new Map<string, ItemChange[]>();
  for (const c of commits) {
    for (const ch of c.changes) {
      const item = itemOf(ch.path);
      if (item === undefined || (wanted && !wanted(item))) continue;
      const list = byItem.get(item) ?? [];
      list.push({ c, ch });
      byItem.set(item, list);
    }
  }
  return byItem;
}

/** Versions read per `git cat-file` run: their texts are held only while their statuses are taken. */
const BATCH = 5_000;

function statusIn(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const data = parseRecordText('x.md', text).data as Record<string, unknown> | undefined;
  return typeof data?.status === 'string' ? data.status : undefined;
}

/** Adds to `known` the status of each of `blobs` not in it yet (undefined: none, or not readable as a record). */
export async function readStatuses(root: string, blobs: Iterable<string>, known: Map<string, string | undefined>): Promise<void> {
  const ids = [...new Set(blobs)].filter((b) => !known.has(b));
  for (let i = 0; i < ids.length; i += BATCH) {
    const part = ids.slice(i, i + BATCH);
    const texts = await readBlobs(root, part, MAX_TEXT_BYTES);
    for (const b of part) known.set(b, statusIn(texts.get(b)));
  }
}

export interface StatusStep {
  id: string;
  commit: HistoryCommit;
  dari: string;
  ke: string;
}

/**
 * Every change of a record's version from one status to a status, by item in the order the
 * items first appear in history and each item's in history order: as their stories list them.
 */
export async function statusSteps(root: string, commits: readonly HistoryCommit[]): Promise<StatusStep[]> {
  // Every change places the item; only one with a version before and after can be a step.
  const byItem = new Map([...changesByItem(commits)].map(([id, list]) => [id, list.filter(({ ch }) => ch.oldBlob && ch.newBlob)]));
  const known = new Map<string, string | undefined>();
  await readStatuses(
    root,
    [...byItem.values()].flatMap((list) => list.flatMap(({ ch }) => [ch.oldBlob!, ch.newBlob!])),
    known,
  );
  const out: StatusStep[] = [];
  for (const [id, list] of byItem) {
    for (const { c, ch } of list) {
      const dari = known.get(ch.oldBlob!);
      const ke = known.get(ch.newBlob!);
      if (dari && ke) out.push({ id, commit: c, dari, ke });
    }
  }
  return out;
}
