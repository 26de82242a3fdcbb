/**
 * Two clones of one office can register items offline under the same number. Before the
 * local commits are replayed on top of the shared history, the local item takes the next free
 * number: its commits (never shared yet) are rewritten with the record, its attachments and
 * the trailers under the new id, and each rewritten commit records the old number
 * (`PPID-Nomor-Semula: OLD → NEW`). Neither item is lost; the shared history is untouched.
 */
import { execFileSync } from 'node:child_process';
import { replayDate } from '../git/commit-time.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTACHMENTS_DIR, RECORDS_DIR } from '../domain/config.js';
import { gitEnv } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { goneIds } from '../archive/gone-ids.js';

const idOf = (path: string): string | undefined => new RegExp(`^${RECORDS_DIR}/([^/]+)\\.md$`).exec(path)?.[1];

async function addedIds(root: string, from: string, to: string): Promise<string[]> {
  const out = await git(root).raw(['diff', '--name-only', '--no-renames', '--diff-filter=A', '-z', from, to, '--', `${RECORDS_DIR}/`]);
  return out.split('\0').flatMap((p) => idOf(p) ?? []);
}

async function idsIn(root: string, rev: string): Promise<string[]> {
  const out = await git(root)
    .raw(['ls-tree', '--name-only', '-z', `${rev}:${RECORDS_DIR}`])
    .catch(() => '');
  return out
    .split('\0')
    .filter((n) => n.endsWith('.md'))
    .map((n) => n.slice(0, -3));
}

/**
 * Ids this office added since the two sides parted that an item of either history has or had
 * (the other side added it too, or its file was taken out somewhere), each mapped to the next
 * number neither side ever used: in its tree, or in its history (gone-ids.ts).
 */
export async function collisions(root: string, base: string, local: string, upstream: string): Promise<Map<string, string>> {
  // Kept for the shared history's commit: after the rebase only this office's steps are new to it.
  const shared = (await git(root).raw(['rev-parse', '--verify', `${upstream}^{commit}`])).trim();
  const [gone, theirsAdded, ours] = await Promise.all([goneIds(root, [shared, local]), addedIds(root, base, upstream), addedIds(root, base, local)]);
  const theirs = new Set(theirsAdded);
  const clash = ours.filter((id) => theirs.has(id) || gone.has(id)).sort();
  if (clash.length === 0) return new Map();
  const taken = new Set([...(await idsIn(root, local)), ...(await idsIn(root, upstream)), ...gone.keys()]);
  const map = new Map<string, string>();
  for (const old of clash) {
    // Same series (prefix, unit, year): DIK-BKPSDM-2026-0003 → DIK-BKPSDM-2026-0004 or later.
    const head = old.replace(/\d+$/, '');
    const width = old.length - head.length;
    let n = Number(old.slice(head.length));
    let next: string;
    do next = `${head}${String(++n).padStart(width, '0')}`;
    while (taken.has(next));
    taken.add(next);
    map.set(old, next);
  }
  return map;
}

function renameText(text: string, map: Map<string, string>): string {
  let out = text;
  for (const [oldId, newId] of map) {
    out = out
      .replace(new RegExp(`^id: ${oldId}$`, 'm'), `id: ${newId}`)
      .split(`${ATTACHMENTS_DIR}/${oldId}/`)
      .join(`${ATTACHMENTS_DIR}/${newId}/`);
  }
  return out;
}

function newPath(path: string, map: Map<string, string>): string | undefined {
  for (const [oldId, newId] of map) {
    if (path === `${RECORDS_DIR}/${oldId}.md`) return `${RECORDS_DIR}/${newId}.md`;
    if (path.startsWith(`${ATTACHMENTS_DIR}/${oldId}/`)) return `${ATTACHMENTS_DIR}/${newId}/${path.slice(ATTACHMENTS_DIR.length + oldId.length + 2)}`;
  }
  return undefined;
}

function renameMessage(message: string, map: Map<string, string>, touched: Set<string>): string {
  let out = message.trimEnd();
  for (const [oldId, newId] of map) {
    if (!out.includes(oldId) && !touched.has(oldId)) continue;
    out = out.split(oldId).join(newId) + `\nPPID-Nomor-Semula: ${oldId} → ${newId}`;
  }
  return out + '\n';
}

/** Rewrites the local commits `base..head` under the new numbers; returns the new head. */
export async function rewriteLocal(root: string, base: string, head: string, map: Map<string, string>): Promise<string> {
  const commits = (await git(root).raw(['rev-list', '--reverse', `${base}..${head}`])).split('\n').filter(Boolean);
  const tmp = mkdtempSync(join(tmpdir(), 'ppid-nomor-'));
  try {
    // A private index: the officer's own index and work tree are not touched until the end.
    const g = git(root).env({ ...gitEnv(), GIT_INDEX_FILE: join(tmp, 'index') });
    let parent = base;
    // Dated as a sync's replay is: now, never before the shared commits they follow.
    const when = await replayDate(root, base);
    for (const c of commits) {
      await g.raw(['read-tree', c]);
      const entries = (await g.raw(['ls-files', '-s', '-z'])).split('\0').filter(Boolean);
      const touched = new Set<string>();
      for (const e of entries) {
        const [meta, path] = e.split('\t') as [string, string];
        const to = newPath(path, map);
        if (!to) continue;
        const [mode, sha] = meta.split(' ') as [string, string];
        touched.add([...map.keys()].find((k) => path.includes(k))!);
        let blob = sha;
        if (path.endsWith('.md')) {
          const file = join(tmp, 'record.md');
          // Read untrimmed: the record's last newline is part of its bytes.
          writeFileSync(file, renameText(execFileSync('git', ['cat-file', 'blob', sha], { cwd: root, env: gitEnv(), encoding: 'utf8' }), map));
          blob = (await g.raw(['hash-object', '-w', '--', file])).trim();
        }
        await g.raw(['update-index', '--force-remove', '--', path]);
        await g.raw(['update-index', '--add', '--cacheinfo', `${mode},${blob},${to}`]);
      }
      const tree = (await g.raw(['write-tree'])).trim();
      const [name, email, date] = (await g.raw(['log', '-1', '--format=%an%x00%ae%x00%aI', c])).split('\0') as [string, string, string];
      const message = renameMessage(await g.raw(['log', '-1', '--format=%B', c]), map, touched);
      const author = { GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_AUTHOR_DATE: date.trim(), GIT_COMMITTER_DATE: when };
      parent = (
        await git(root)
          .env({ ...gitEnv(), ...author })
          .raw(['commit-tree', tree, '-p', parent, '-m', message])
      ).trim();
    }
    return parent;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
