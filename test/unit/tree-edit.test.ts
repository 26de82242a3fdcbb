/**
 * Trees edited as bytes (src/audit/tree-edit.ts) against git's own: every edited tree must be
 * the one `git mktree` makes of the same entries — same bytes, same id — whatever the names
 * (prefixes of each other, a file and a folder of one name, bytes above ASCII), and the commit
 * message cleaned as `git stripspace` cleans it.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanMessage } from '../../src/git/step-commit.js';
import { editTree, findEntry, highestNumber, objectId, TREE_MODE, type TreeEntry } from '../../src/git/tree-edit.js';
import { nextId } from '../../src/archive/ids.js';
import { cleanTempDirs, tempDir } from '../helpers/cli.js';
import { CONFIG } from '../helpers/records.js';

afterAll(() => cleanTempDirs());

const repo = tempDir();
spawnSync('git', ['init', '-q', repo]);

function gitIn(args: string[], input?: string | Buffer): Buffer {
  const r = spawnSync('git', args, { cwd: repo, input });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** The trees git makes of each list of entries (objects need not exist): ids and raw bytes, two git processes for all. */
function mktrees(lists: ReadonlyArray<readonly TreeEntry[]>): Array<{ id: string; raw: Buffer }> {
  const text = lists.map((entries) => entries.map((e) => `${e.mode} ${e.mode === TREE_MODE ? 'tree' : 'blob'} ${e.id}\t${e.name}\n`).join('') + '\n').join('');
  const ids = gitIn(['mktree', '--missing', '--batch'], text).toString().trim().split('\n');
  const out = gitIn(['cat-file', '--batch'], ids.join('\n') + '\n');
  let at = 0;
  return ids.map((id) => {
    const nl = out.indexOf(10, at);
    const size = Number(out.subarray(at, nl).toString().split(' ')[2]);
    const raw = out.subarray(nl + 1, nl + 1 + size);
    at = nl + 1 + size + 1;
    return { id, raw };
  });
}
const mktree = (entries: readonly TreeEntry[]) => mktrees([entries])[0]!;

/** A seeded generator, so that a failure is the same failure on every run. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x80000000;
  };
}

const NAMES = ['a', 'a.b', 'a-b', 'a0', 'ab', 'b', 'DIK-2026-0001.md', 'DIK-2026-0010.md', 'DIK-2026-10000.md', 'DIK-2026-9999.md', '.gitkeep', 'é.md', 'z'];
const id = (s: string) => createHash('sha1').update(s).digest('hex');

function entriesFrom(rnd: () => number, n: number, salt: string): TreeEntry[] {
  const pick = new Map<string, TreeEntry>();
  for (let i = 0; i < n; i++) {
    const name = NAMES[Math.floor(rnd() * NAMES.length)]!;
    pick.set(name, { name, mode: rnd() < 0.3 ? TREE_MODE : '100644', id: id(`${salt}${i}${name}`) });
  }
  return [...pick.values()];
}

describe('editTree', () => {
  it('makes the tree git makes of the same entries, for 150 random edits', () => {
    const rnd = random(8);
    const cases = Array.from({ length: 150 }, (_, c) => {
      const old = entriesFrom(rnd, Math.floor(rnd() * 10), `old${c}`);
      const put = entriesFrom(rnd, 1 + Math.floor(rnd() * 4), `new${c}`);
      return { old, put, after: [...old.filter((e) => !put.some((p) => p.name === e.name)), ...put] };
    });
    const made = mktrees(cases.flatMap((k) => [k.old, k.after]));
    for (const [c, { old, put }] of cases.entries()) {
      const before = old.length ? made[2 * c]!.raw : undefined;
      const expected = made[2 * c + 1]!;
      const pieces = editTree(before, 20, put);
      expect(Buffer.concat(pieces).equals(expected.raw), `case ${c}: ${JSON.stringify({ old, put })}`).toBe(true);
      expect(objectId('tree', pieces, 20)).toBe(expected.id);
    }
  });

  it('finds entries and the highest number of a series as the ids\u2019 own rule does', () => {
    const entries = NAMES.map((name, i) => ({ name, mode: i % 5 === 0 ? TREE_MODE : '100644', id: id(name) }));
    const { raw } = mktree(entries);
    for (const e of entries) expect(findEntry(raw, 20, e.name)).toEqual({ mode: e.mode, id: e.id });
    expect(findEntry(raw, 20, 'a.c')).toBeUndefined();
    // 10000 sorts before 9999 in a tree, and is the higher number.
    const ids = NAMES.filter((n) => n.endsWith('.md')).map((n) => n.slice(0, -3));
    expect(highestNumber(raw, 20, 'DIK-2026-', '.md')).toBe(10000);
    expect(`DIK-2026-${highestNumber(raw, 20, 'DIK-2026-', '.md') + 1}`).toBe(nextId(CONFIG, 2026, ids));
    expect(highestNumber(raw, 20, 'DIK-2025-', '.md')).toBe(0);
    expect(highestNumber(undefined, 20, 'DIK-2026-', '.md')).toBe(0);
  });

  it('refuses names a tree cannot hold and a name entered twice', () => {
    expect(() => editTree(undefined, 20, [{ name: 'a/b', mode: '100644', id: id('x') }])).toThrow();
    expect(() => editTree(undefined, 20, [{ name: '', mode: '100644', id: id('x') }])).toThrow();
    expect(() =>
      editTree(undefined, 20, [
        { name: 'a', mode: '100644', id: id('x') },
        { name: 'a', mode: TREE_MODE, id: id('y') },
      ]),
    ).toThrow();
    expect(() => editTree(undefined, 20, [{ name: 'a', mode: '100644', id: 'abc' }])).toThrow();
  });
});

describe('cleanMessage', () => {
  it('cleans a message as git stripspace does (what git commit -m did to a step\u2019s message)', () => {
    const rnd = random(3);
    const parts = ['', ' ', '\t', 'Langkah 1', 'PPID-Item: DIK-2026-0001', 'Informasi: judul  ', '  menjorok', '# bukan komentar'];
    for (let c = 0; c < 80; c++) {
      const lines = Array.from({ length: Math.floor(rnd() * 8) + 1 }, () => parts[Math.floor(rnd() * parts.length)]!);
      const message = lines.join('\n') + (rnd() < 0.5 ? '\n' : '');
      const expected = gitIn(['stripspace'], message).toString();
      // stripspace leaves nothing of a blank message; a step's message is never blank.
      if (expected === '') continue;
      expect(cleanMessage(message), JSON.stringify(message)).toBe(expected);
    }
  });
});
