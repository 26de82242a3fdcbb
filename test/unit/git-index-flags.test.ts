/** Reading git's own index files, as real git writes them (versions 2, 3, 4, split). */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readIndexFlags } from '../../src/git/index-flags.js';
import { cleanTempDirs, tempDir } from '../helpers/cli.js';

afterAll(cleanTempDirs);

function repo(): { dir: string; git: (...args: string[]) => void; index: () => Buffer } {
  const dir = tempDir();
  const git = (...args: string[]) => {
    execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args], { cwd: dir, stdio: 'ignore' });
  };
  git('init', '-q');
  mkdirSync(join(dir, 'informasi'));
  writeFileSync(join(dir, '.gitattributes'), '*.md text eol=lf\n');
  // Names long and short, sharing prefixes (version 4 keeps each as a change of the one before).
  for (const n of ['DIK-2026-0001', 'DIK-2026-0002', 'DIK-2026-0010', `DIK-2026-${'9'.repeat(200)}`])
    writeFileSync(join(dir, 'informasi', `${n}.md`), `id: ${n}\n`);
  writeFileSync(join(dir, 'ppid.yaml'), 'versi: 1\n');
  git('add', '-A');
  // A name longer than the 12 bits of an entry's length field (no file could have it here: put in the index only).
  const blob = execFileSync('git', ['hash-object', '-w', 'ppid.yaml'], { cwd: dir, encoding: 'utf8' }).trim();
  git('update-index', '--add', '--cacheinfo', `100644,${blob},lampiran/${Array.from({ length: 20 }, (_, k) => `${k}${'b'.repeat(210)}`).join('/')}/x.pdf`);
  git('commit', '-q', '-m', 'awal');
  return { dir, git, index: () => readFileSync(join(dir, '.git', 'index')) };
}

// ppid.yaml comes after the longest name: its name is right only if every name before it was.
const ASKED = ['.gitattributes', 'informasi/.gitattributes', 'ppid.yaml'];

describe('the flags of a git index', () => {
  for (const version of ['2', '3', '4']) {
    it(`version ${version}: nothing hidden; marked entries are seen`, () => {
      const r = repo();
      r.git('update-index', '--index-version', version);
      // git writes version 3 only when an entry needs its extended flags (skip-worktree, below).
      expect(r.index().readUInt32BE(4)).toBe(version === '3' ? 2 : Number(version));
      const clean = readIndexFlags(r.index(), 20, ASKED);
      expect(clean.hidden).toBe(false);
      expect([...clean.present]).toEqual(['.gitattributes', 'ppid.yaml']);
      r.git('update-index', '--assume-unchanged', 'informasi/DIK-2026-0002.md');
      expect(readIndexFlags(r.index(), 20, ASKED).hidden).toBe(true);
      r.git('update-index', '--no-assume-unchanged', 'informasi/DIK-2026-0002.md');
      expect(readIndexFlags(r.index(), 20, ASKED).hidden).toBe(false);
      r.git('update-index', '--skip-worktree', 'informasi/DIK-2026-0010.md');
      expect(r.index().readUInt32BE(4)).toBe(Math.max(3, Number(version)));
      expect(readIndexFlags(r.index(), 20, ASKED).hidden).toBe(true);
      r.git('update-index', '--no-skip-worktree', 'informasi/DIK-2026-0010.md');
      expect(readIndexFlags(r.index(), 20, ASKED)).toEqual(clean);
    });
  }

  it('a split index, a cut-off or foreign file count as hidden', () => {
    const r = repo();
    const whole = r.index();
    expect(readIndexFlags(whole, 20).hidden).toBe(false);
    expect(readIndexFlags(whole.subarray(0, whole.length - 30), 20).hidden).toBe(true);
    expect(readIndexFlags(Buffer.from('not an index at all'), 20).hidden).toBe(true);
    expect(readIndexFlags(whole, 32).hidden).toBe(true);
    r.git('update-index', '--split-index');
    expect(readIndexFlags(r.index(), 20).hidden).toBe(true);
  });
});
