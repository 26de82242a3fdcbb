/**
 * The settings each commit was made under: `ppid.yaml` as committed in its (first) parent.
 * A role counts from the commit that recorded it, never from the commit that claims it, so a
 * step is judged by who held which role before it (issue 22: a role granted in the same commit,
 * or in a file never committed, grants nothing).
 */
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { parseConfig } from '../archive/config-parse.js';
import { MAX_TEXT_BYTES } from '../text-file.js';
import { readBlobs, type HistoryCommit } from './read-history.js';

/** Each commit's settings before it: undefined where there were none (the first commit) or they could not be read. */
export async function settingsBefore(root: string, commits: readonly HistoryCommit[]): Promise<Map<string, Config | undefined>> {
  // Oldest first and parents before children (the history is read in topological order).
  const after = new Map<string, string | undefined>();
  const blobBefore = new Map<string, string | undefined>();
  for (const c of commits) {
    const before = c.parents[0] === undefined ? undefined : after.get(c.parents[0]);
    blobBefore.set(c.hash, before);
    const change = c.changes.find((ch) => ch.path === CONFIG_FILE);
    after.set(c.hash, change ? change.newBlob : before);
  }
  const blobs = new Set([...blobBefore.values()].filter((b): b is string => b !== undefined));
  const texts = await readBlobs(root, blobs, MAX_TEXT_BYTES);
  const parsed = new Map<string, Config | undefined>();
  for (const b of blobs) parsed.set(b, readable(texts.get(b)));
  return new Map([...blobBefore].map(([hash, blob]) => [hash, blob === undefined ? undefined : parsed.get(blob)]));
}

function readable(text: string | undefined): Config | undefined {
  if (text === undefined) return undefined;
  try {
    return parseConfig(text);
  } catch {
    return undefined;
  }
}

/**
 * The settings a first commit (one without a parent) made: what its signature is judged by, as
 * nothing came before it (history/signatures.ts).
 */
export async function settingsOfFirst(root: string, commits: readonly HistoryCommit[]): Promise<Map<string, Config | undefined>> {
  const first = commits.filter((c) => c.parents.length === 0);
  const blobOf = new Map(first.map((c) => [c.hash, c.changes.find((ch) => ch.path === CONFIG_FILE)?.newBlob]));
  const texts = await readBlobs(
    root,
    [...blobOf.values()].filter((b): b is string => b !== undefined),
    MAX_TEXT_BYTES,
  );
  return new Map([...blobOf].map(([hash, blob]) => [hash, blob === undefined ? undefined : readable(texts.get(blob))]));
}
