/**
 * When each item entered the status it has now: the latest commit that changed its record
 * from another status to this one (`ppid status`). The same answer as the items' stories
 * (history/item-stories.ts) would give, without making them: a story parses every version of every record and
 * compares all their fields, which in a large archive took far too long and far too much
 * memory (docs/performance.md, 'Why the code is shaped so'). Here the versions are walked
 * from the newest back, and only the ones that decide are read.
 */
import { RECORDS_DIR } from '../domain/config.js';
import type { Status } from '../domain/lifecycle.js';
import { gitOutput } from '../git/run.js';
import type { HistoryCommit } from './read-history.js';
import { changesByItem, itemOf, readStatuses } from './versions.js';
import { eachHeadBlob } from '../store/git-trust.js';
import { headCommit } from '../git/repo.js';

export interface NowItem {
  id: string;
  /** The record's file. */
  path: string;
  status: Status;
}

/** Record files whose content in the work tree differs from commit `head`'s (undefined: git could not tell). */
async function changedSince(root: string, head: string): Promise<Set<string> | undefined> {
  const out = await gitOutput(root, ['diff', '--no-renames', '--name-only', '-z', head, '--', `${RECORDS_DIR}/`]);
  return out && new Set(out.toString('utf8').split('\0').filter(Boolean));
}

/**
 * HEAD's blob of each record whose file is in HEAD as it is in the work tree: that version has
 * the status the record has now, and need not be read.
 */
async function sameAsHead(root: string, items: ReadonlyMap<string, NowItem>): Promise<Map<string, string>> {
  const same = new Map<string, string>();
  const head = await headCommit(root);
  if (!head) return same;
  // Both of one commit, should another be made meanwhile.
  const [differs] = await Promise.all([
    changedSince(root, head),
    eachHeadBlob(root, head, (path, blob) => {
      const id = itemOf(path);
      if (id !== undefined && items.get(id)?.path === path) same.set(id, blob);
    }),
  ]);
  if (!differs) return new Map();
  for (const path of differs) {
    const id = itemOf(path);
    if (id !== undefined && items.get(id)?.path === path) same.delete(id);
  }
  return same;
}

/** Item id (as its file is named) → the day (YYYY-MM-DD) it entered its present status; none where history does not show it. */
export async function enteredStatus(root: string, commits: readonly HistoryCommit[], items: readonly NowItem[]): Promise<Map<string, string>> {
  const now = new Map(items.map((i) => [i.id, i]));
  /** Each item's changes, oldest first, with their commits. */
  const changes = changesByItem(commits, (id) => now.has(id));
  // Versions known without reading them: a record whose file is in HEAD as it is in the work
  // tree has there the status it has now.
  const head = changes.size > 0 ? await sameAsHead(root, now) : new Map<string, string>();
  /** Statuses of the versions read. */
  const known = new Map<string, string | undefined>();
  const statusOf = (id: string, blob: string | undefined): string | undefined =>
    blob === undefined ? undefined : blob === head.get(id) ? now.get(id)!.status : known.get(blob);
  /** The change each undecided item is at: its newest first. */
  const at = new Map<string, number>();
  for (const [id, list] of changes) at.set(id, list.length - 1);
  const out = new Map<string, string>();
  // Each round looks at one version of every item still undecided.
  let pending = [...at.keys()];
  while (pending.length > 0) {
    const wanted = new Set<string>();
    for (const id of pending) {
      const { ch } = changes.get(id)![at.get(id)!]!;
      for (const b of [ch.oldBlob, ch.newBlob]) if (b && b !== head.get(id) && !known.has(b)) wanted.add(b);
    }
    await readStatuses(root, wanted, known);
    const next: string[] = [];
    for (const id of pending) {
      const k = at.get(id)!;
      const { ch, c } = changes.get(id)![k]!;
      const status = now.get(id)!.status;
      const before = statusOf(id, ch.oldBlob);
      const after = statusOf(id, ch.newBlob);
      if (after === status && before !== status) out.set(id, c.waktuCommit.slice(0, 10));
      else if (k > 0) {
        at.set(id, k - 1);
        next.push(id);
      }
    }
    pending = next;
  }
  return out;
}
