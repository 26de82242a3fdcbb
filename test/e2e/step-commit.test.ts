/**
 * A step's commit as git itself sees it. ppid makes the commit from HEAD's trees with the
 * step's files put in (src/audit/commit-files.ts), not with `git add` and `git commit`: the
 * repository must come out exactly as git's own commands would leave it — objects sound, the
 * index in step with HEAD, the user's staged work kept staged and out of the commit, hooks and
 * reflog as after `git commit` — and a path the user changed by hand is never taken over.
 */
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, gitLog, head, newArchive, snapshot, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { PDF } from '../helpers/sop.js';

afterAll(() => cleanTempDirs());

const TODAY = ['--today', '2026-02-02'];

async function added(dir: string, judul: string): Promise<string> {
  const r = await ppidInProcess(['add', '--from', write(tempDir(), 'b.yaml', addInput('BKPSDM', judul)), ...TODAY], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** What `git fsck` finds wrong (nothing, in a sound repository). */
const fsck = (dir: string): string => git(dir, ['fsck', '--no-dangling', '--no-progress']).trim();

describe('a step\u2019s commit, made from HEAD\u2019s trees', () => {
  it('records exactly the step\u2019s files, leaves the user\u2019s staged work staged, and the index in step with HEAD', async () => {
    const dir = newArchive();
    const first = await added(dir, 'Data gaji pegawai ALFA');
    // The user stages a note of their own, and edits another tracked file without staging it
    // (not ppid.yaml: with it changed, no step runs — issue 22).
    write(dir, 'catatan.txt', 'catatan saya\n');
    git(dir, ['add', 'catatan.txt']);
    writeFileSync(join(dir, '.gitattributes'), readFileSync(join(dir, '.gitattributes'), 'utf8') + '# disunting\n');
    const second = await added(dir, 'Data gaji pegawai BETA');

    expect(gitLog(dir)[0]!.files).toEqual([`informasi/${second}.md`]);
    // Still staged, still out of HEAD; the edit still unstaged; nothing else differs.
    expect(git(dir, ['status', '--porcelain']).split('\n').filter(Boolean).sort()).toEqual([' M .gitattributes', 'A  catatan.txt']);
    expect(git(dir, ['diff', '--cached', '--name-only'])).toBe('catatan.txt\n');
    expect(git(dir, ['ls-tree', '-r', '--name-only', 'HEAD', '--', 'informasi/'])).toBe(`informasi/.gitkeep\ninformasi/${first}.md\ninformasi/${second}.md\n`);
    // The tree git would build from the index, less the user's staged note, is HEAD's.
    git(dir, ['reset', '-q', '--', 'catatan.txt']);
    expect(git(dir, ['write-tree']).trim()).toBe(git(dir, ['rev-parse', 'HEAD^{tree}']).trim());
    expect(fsck(dir)).toBe('');
  });

  it('puts a new folder in (an attachment) and keeps file modes and the reflog as git commit does', async () => {
    const dir = newArchive();
    const id = await added(dir, 'Data gaji pegawai ALFA');
    const scan = write(tempDir(), 'pindaian.pdf', PDF);
    const r = await ppidInProcess(['attach', id, scan, '--jenis', 'dokumen', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(gitLog(dir)[0]!.files.sort()).toEqual([`informasi/${id}.md`, `lampiran/${id}/pindaian.pdf`]);
    expect(git(dir, ['ls-tree', '-r', 'HEAD', '--', `lampiran/${id}/`])).toMatch(/^100644 blob [0-9a-f]{40}\tlampiran\//);
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    expect(git(dir, ['reflog', '-1', '--format=%gs'])).toBe(`commit: ${gitLog(dir)[0]!.subject}\n`);
    expect(fsck(dir)).toBe('');
  });

  it('runs the post-commit hook, as git commit did', async () => {
    const dir = newArchive();
    const hook = join(dir, '.git', 'hooks', 'post-commit');
    writeFileSync(hook, '#!/bin/sh\ngit rev-parse HEAD > .git/hook-saw\n');
    chmodSync(hook, 0o755);
    await added(dir, 'Data gaji pegawai ALFA');
    expect(readFileSync(join(dir, '.git', 'hook-saw'), 'utf8').trim()).toBe(head(dir));
  });

  it('refuses a step on a record whose change the user staged, or made without staging, and changes nothing', async () => {
    const dir = newArchive();
    const id = await added(dir, 'Data gaji pegawai ALFA');
    const path = join(dir, 'informasi', `${id}.md`);
    const committed = readFileSync(path, 'utf8');
    const scan = write(tempDir(), 'pindaian.pdf', PDF);
    // Staged, then the file put back as HEAD has it: only the index holds the user's change.
    writeFileSync(path, committed + '\nDisunting lalu di-stage.\n');
    git(dir, ['add', `informasi/${id}.md`]);
    writeFileSync(path, committed);
    for (const state of ['staged', 'unstaged']) {
      if (state === 'unstaged') {
        git(dir, ['reset', '-q', '--', `informasi/${id}.md`]);
        writeFileSync(path, committed + '\nCatatan tangan.\n');
      }
      const before = snapshot(dir);
      const r = await ppidInProcess(['attach', id, scan, '--jenis', 'dokumen', ...TODAY], { cwd: dir });
      expect(r.code, state).toBe(1);
      expect(r.stderr, state).toContain('belum di-commit');
      expect(r.stderr, state).toContain(`informasi/${id}.md`);
      expect(snapshot(dir), state).toBe(before);
      expect(existsSync(join(dir, 'lampiran', id)), state).toBe(false);
    }
  });

  it('gives a new item the number after the highest committed, past a file put in the folder by hand', async () => {
    const dir = newArchive();
    const first = await added(dir, 'Data gaji pegawai ALFA');
    expect(first).toBe('DIK-2026-0001');
    write(dir, 'informasi/DIK-2026-0002.md', 'ditaruh tangan\n');
    expect(await added(dir, 'Data gaji pegawai BETA')).toBe('DIK-2026-0003');
    // The hand-made file is left as it was: untracked, unread by the step.
    expect(git(dir, ['status', '--porcelain', '--untracked-files=all'])).toBe('?? informasi/DIK-2026-0002.md\n');
    // An id given in the input that HEAD holds is taken, even with its file gone from the folder.
    rmSync(join(dir, 'informasi', 'DIK-2026-0001.md'));
    const before = snapshot(dir);
    const r = await ppidInProcess(
      ['add', '--from', write(tempDir(), 'c.yaml', `id: DIK-2026-0001\n${addInput('BKPSDM', 'Data gaji pegawai GAMMA')}`), ...TODAY],
      {
        cwd: dir,
      },
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('id "DIK-2026-0001" juga dipakai');
    expect(snapshot(dir)).toBe(before);
  });
});
