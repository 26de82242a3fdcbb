/**
 * An item's story from git history: each commit that changed its record, who made it, in
 * what role and step, and which fields changed from what to what.
 */
import { RECORDS_DIR } from '../domain/config.js';
import type { Status } from '../domain/lifecycle.js';
import { parseRecordText } from '../records/parse.js';
import { readBlobs, readHistory, type FileChange, type HistoryCommit } from './read-history.js';
import { changesByItem } from './versions.js';
import { MAX_TEXT_BYTES } from '../text-file.js';

export interface FieldChange {
  kolom: string;
  dari: unknown;
  ke: unknown;
}

export interface ItemEvent {
  commit: string;
  waktu: string;
  nama: string;
  email: string;
  subjek: string;
  langkah?: string;
  perintah?: string;
  peran?: string;
  /** The unit of the official and the clone the step came from, in a shared archive. */
  unit?: string;
  klon?: string;
  /** Why (`PPID-Alasan`: the reason a correction gives). */
  alasan?: string;
  /** Made without ppid (no PPID-Perintah trailer): a hand edit. */
  tangan: boolean;
  statusDari?: Status;
  statusKe?: Status;
  dihapus: boolean;
  perubahan: FieldChange[];
}

/** Scalars and lists of scalars are leaves; maps and lists of maps are walked into. */
export function flatten(v: unknown, prefix = '', out = new Map<string, unknown>()): Map<string, unknown> {
  if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
    for (const [k, x] of Object.entries(v)) flatten(x, prefix ? `${prefix}.${k}` : k, out);
  } else if (Array.isArray(v) && v.some((x) => x !== null && typeof x === 'object')) {
    v.forEach((x, i) => flatten(x, `${prefix}[${i}]`, out));
  } else if (prefix) {
    out.set(prefix, v);
  }
  return out;
}

export function diffFields(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const keys = [...new Set([...a.keys(), ...b.keys()])];
  const out: FieldChange[] = [];
  for (const k of keys) {
    const x = a.get(k);
    const y = b.get(k);
    if (JSON.stringify(x) !== JSON.stringify(y)) out.push({ kolom: k, dari: x ?? null, ke: y ?? null });
  }
  return out;
}

function frontMatter(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  const p = parseRecordText('x.md', text);
  return p.data && typeof p.data === 'object' ? (p.data as Record<string, unknown>) : undefined;
}

export interface Stories {
  commits: HistoryCommit[];
  byItem: Map<string, ItemEvent[]>;
}

/** Stories of every item (or of one), oldest event first. */
export async function readStories(root: string, id?: string): Promise<Stories> {
  return storiesFrom(root, await readHistory(root, { paths: [id ? `${RECORDS_DIR}/${id}.md` : `${RECORDS_DIR}/`] }), id);
}

/** The same, from history already read. */
export async function storiesFrom(root: string, commits: HistoryCommit[], id?: string): Promise<Stories> {
  const changes = changesByItem(commits, (item) => !id || item === id);
  const blobIds = [...changes.values()].flatMap((list) => list.flatMap(({ ch }) => [ch.oldBlob, ch.newBlob])).filter((b): b is string => b !== undefined);
  const blobs = await readBlobs(root, blobIds, MAX_TEXT_BYTES);
  const byItem = new Map([...changes].map(([item, list]) => [item, list.map(({ c, ch }) => eventOf(c, ch, blobs))]));
  return { commits, byItem };
}

/** Items whose versions are read from git at once by `eachStory`. */
const STORY_BATCH = 1_000;

/**
 * Each item's story (or one item's), in the order of the items' ids, made a thousand items at a
 * time: only those items' versions and events are held at once. All stories made together
 * took far too long and far too much memory in a large archive (docs/performance.md, 'Why the
 * code is shaped so'). Returns how many items it gave.
 */
export async function eachStory(root: string, id: string | undefined, each: (item: string, events: ItemEvent[]) => void): Promise<number> {
  const commits = await readHistory(root, { paths: [id ? `${RECORDS_DIR}/${id}.md` : `${RECORDS_DIR}/`] });
  const changes = changesByItem(commits, (item) => !id || item === id);
  const items = [...changes.keys()].sort();
  for (let i = 0; i < items.length; i += STORY_BATCH) {
    const part = items.slice(i, i + STORY_BATCH);
    const blobIds = part.flatMap((item) => changes.get(item)!.flatMap(({ ch }) => [ch.oldBlob, ch.newBlob])).filter((b): b is string => b !== undefined);
    const blobs = await readBlobs(root, blobIds, MAX_TEXT_BYTES);
    for (const item of part)
      each(
        item,
        changes.get(item)!.map(({ c, ch }) => eventOf(c, ch, blobs)),
      );
  }
  return items.length;
}

/** One change of a record as its item's story tells it. */
function eventOf(c: HistoryCommit, ch: FileChange, blobs: ReadonlyMap<string, string>): ItemEvent {
  const before = frontMatter(ch.oldBlob ? blobs.get(ch.oldBlob) : undefined);
  const after = frontMatter(ch.newBlob ? blobs.get(ch.newBlob) : undefined);
  return {
    commit: c.hash,
    waktu: c.waktuCommit,
    nama: c.nama,
    email: c.email,
    subjek: c.subject,
    ...(c.trailers['PPID-Langkah'] ? { langkah: c.trailers['PPID-Langkah'][0] } : {}),
    ...(c.trailers['PPID-Perintah'] ? { perintah: c.trailers['PPID-Perintah'][0] } : {}),
    ...(c.trailers['PPID-Peran'] ? { peran: c.trailers['PPID-Peran'][0] } : {}),
    ...(c.trailers['PPID-Unit'] ? { unit: c.trailers['PPID-Unit'][0] } : {}),
    ...(c.trailers['PPID-Klon'] ? { klon: c.trailers['PPID-Klon'][0] } : {}),
    ...(c.trailers['PPID-Alasan'] && c.trailers['PPID-Perintah'] ? { alasan: c.trailers['PPID-Alasan'][0] } : {}),
    tangan: !c.trailers['PPID-Perintah'],
    ...(typeof before?.status === 'string' ? { statusDari: before.status as Status } : {}),
    ...(typeof after?.status === 'string' ? { statusKe: after.status as Status } : {}),
    dihapus: ch.newBlob === undefined,
    perubahan: diffFields(before ?? {}, after ?? {}),
  };
}
