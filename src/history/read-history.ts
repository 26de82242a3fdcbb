/**
 * The archive's history in one pass: a single `git log` for commits, trailers and changed
 * files, and a single `git cat-file --batch` for the record versions that are needed —
 * never one `git log` per file.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { catFileBatch, headCommit } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { ownCopy } from '../unshared-copy.js';

export interface FileChange {
  /** A added, M modified, D deleted, R renamed, … (git's raw status letter). */
  status: string;
  path: string;
  oldPath?: string;
  oldBlob?: string;
  newBlob?: string;
  /** The path is a symbolic link after the change. */
  link?: boolean;
}

export interface HistoryCommit {
  hash: string;
  parents: string[];
  nama: string;
  email: string;
  /** Author date, ISO 8601 with the author's offset. */
  waktu: string;
  /** Committer date: a step's own date (GIT_COMMITTER_DATE or the clock when it was made). */
  waktuCommit: string;
  /** git's signature verdict (%G?), only when asked for. */
  tandaTangan?: string;
  /** The signing key as git names it (%GK: `SHA256:…` for an SSH key), only when asked for. */
  kunciTanda?: string;
  subject: string;
  trailers: Record<string, string[]>;
  changes: FileChange[];
}

const ZERO = /^0+$/;
/** git's mode of a symbolic link. */
const LINK_MODE = '120000';

function parseTrailers(text: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of text.split('\n')) {
    const m = /^([A-Za-z0-9-]+):\s*(.*)$/.exec(line.trim());
    if (m) (out[m[1]!] ??= []).push(m[2]!);
  }
  return out;
}

/** Oldest first. `paths` limits the history to commits touching them. */
export async function readHistory(root: string, opts: { paths?: string[]; signatures?: boolean } = {}): Promise<HistoryCommit[]> {
  if ((await headCommit(root)) === undefined) return [];
  const fields = ['%H', '%P', '%an', '%ae', '%aI', '%cI', opts.signatures ? '%G?%x20%GK' : '', '%s', '%(trailers:only,unfold)'];
  const args = ['log', '--reverse', '--topo-order', '-z', '--raw', '--no-abbrev', '--no-renames', `--format=%x1e${fields.join('%x1f')}%x1f`];
  if (opts.paths?.length) args.push('--', ...opts.paths);
  const out = opts.signatures ? await withNoSigners((file) => git(root).raw(['-c', `gpg.ssh.allowedSignersFile=${file}`, ...args])) : await git(root).raw(args);
  const commits: HistoryCommit[] = [];
  for (const chunk of out.split('\x1e')) {
    if (!chunk.trim()) continue;
    const parts = chunk.split('\x1f');
    const [hash, parents, nama, email, waktu, waktuCommit, sig, subject, trailers] = parts as string[];
    const raw = parts
      .slice(9)
      .join('\x1f')
      .split('\0')
      .map((s) => s.replace(/^\n/, ''));
    const changes: FileChange[] = [];
    for (let i = 0; i < raw.length; i++) {
      const m = /^:\d+ (\d+) ([0-9a-f]+) ([0-9a-f]+) ([A-Z])\d*$/.exec(raw[i]!);
      if (!m) continue;
      const path = ownCopy(raw[++i]!);
      changes.push({
        status: m[4]!,
        path,
        ...(ZERO.test(m[2]!) ? {} : { oldBlob: ownCopy(m[2]!) }),
        ...(ZERO.test(m[3]!) ? {} : { newBlob: ownCopy(m[3]!) }),
        ...(m[1] === LINK_MODE ? { link: true } : {}),
      });
    }
    // The commit's own fields copied in one go, its changes (copied above) added after.
    const commit: HistoryCommit = ownCopy({
      hash: hash!,
      parents: parents ? parents.split(' ').filter(Boolean) : [],
      nama: nama!,
      email: email!,
      waktu: waktu!,
      waktuCommit: waktuCommit!,
      ...(opts.signatures ? signatureOf(sig!) : {}),
      subject: subject!,
      trailers: parseTrailers(trailers ?? ''),
      changes: [],
    });
    commit.changes = changes;
    commits.push(commit);
  }
  // Every string kept above is an own copy: a piece cut from git's output (much text in a
  // large archive: docs/performance.md, 'Why the code is shaped so') would keep all of it
  // alive. So would V8's memory of the last successful match, whose subject is such a piece:
  // a match on an empty string lets it go.
  /^/.exec('');
  return commits;
}

/**
 * git checks an SSH signature only with an allowed-signers file. An empty one makes git check
 * that each signature is sound and name its key (%G? U, %GK), whoever's it is: whose key it
 * must be is the audit's question, answered from ppid.yaml as committed (history/signatures.ts),
 * not from this clone's settings.
 */
async function withNoSigners<T>(run: (file: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'ppid-penanda-'));
  try {
    const file = join(dir, 'kosong');
    writeFileSync(file, '');
    return await run(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** "%G? %GK" as the commit's fields. */
function signatureOf(field: string): Pick<HistoryCommit, 'tandaTangan' | 'kunciTanda'> {
  const [verdict = 'N', key = ''] = field.split(' ');
  return { tandaTangan: verdict, ...(key ? { kunciTanda: key } : {}) };
}

/**
 * Contents of many blobs through one `git cat-file --batch`. Blobs above `maxBytes` are left
 * out: a record that size was refused when it was written, and parsing it would stall reports.
 */
export async function readBlobs(root: string, ids: Iterable<string>, maxBytes = Infinity): Promise<Map<string, string>> {
  const wanted = [...new Set(ids)];
  const blobs = await catFileBatch(root, wanted, maxBytes);
  const result = new Map<string, string>();
  wanted.forEach((id, i) => {
    const b = blobs[i];
    if (b !== undefined) result.set(id, b.toString('utf8'));
  });
  return result;
}
