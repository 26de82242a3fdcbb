/**
 * On a large archive a report takes git's word for which records are exactly as committed
 * (src/archive/git-vouch.ts) rather than comparing every file's lstat. That word must never
 * make a report wrong: an edit git sees is read again, and where git could call a file clean
 * without looking at it (index entries marked assume-unchanged or skip-worktree, attributes
 * that change content on its way in) ppid compares the files itself. PPID_GIT_VOUCH_MIN=0 asks
 * git on these small archives as on a large one.
 */
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, newArchive, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { editBehindTheBack, pin } from '../helpers/behind.js';

afterAll(cleanTempDirs);
const VOUCH = { PPID_DEBUG_CACHE: '1', PPID_GIT_VOUCH_MIN: '0' };

interface Listed {
  judul: Record<string, string>;
  hits: number;
  misses: number;
  vouched: number;
}

async function list(dir: string, env: Record<string, string> = {}): Promise<Listed> {
  const r = await ppidInProcess(['list', '--json'], { cwd: dir, env: { ...VOUCH, ...env } });
  expect(r.code, r.stderr).toBe(0);
  const m = /ppid-cache: (\d+) dari cache, (\d+) dibaca, (\d+) dijamin git/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return {
    judul: Object.fromEntries(JSON.parse(r.stdout).map((x: any) => [x.id, x.judul])),
    hits: Number(m![1]),
    misses: Number(m![2]),
    vouched: Number(m![3]),
  };
}

/** An archive with two committed records whose times are pinned, its cache written and marked at HEAD. */
async function twoRecords(): Promise<{ dir: string; a: string; b: string; file: (id: string) => string }> {
  const dir = newArchive();
  const files = tempDir();
  const a = (await ppidInProcess(['add', '--from', write(files, 'a.yaml', addInput('BKPSDM', 'Data gaji pegawai ALFA'))], { cwd: dir })).stdout.trim();
  const b = (await ppidInProcess(['add', '--from', write(files, 'b.yaml', addInput('BKPSDM', 'Data gaji pegawai BETA'))], { cwd: dir })).stdout.trim();
  const file = (id: string) => join(dir, 'informasi', `${id}.md`);
  pin(file(a), file(b));
  expect(await list(dir)).toMatchObject({ hits: 0, misses: 2, vouched: 0 });
  return { dir, a, b, file };
}

describe("git's word on the records", () => {
  it('takes committed records on git\u2019s word, and still sees a same-size, same-mtime edit', async () => {
    const { dir, a, b, file } = await twoRecords();
    const warm = await list(dir);
    expect(warm).toMatchObject({ hits: 2, misses: 0, vouched: 2 });
    editBehindTheBack(await file(a), 'ALFA', 'OMEG');
    expect(git(dir, ['status', '--porcelain'])).toContain(`informasi/${a}.md`);
    expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai OMEG', [b]: 'Data gaji pegawai BETA' }, hits: 1, misses: 1, vouched: 1 });
    // Read again from a file that is not HEAD's: compared by its lstat from now on.
    expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai OMEG' }, hits: 2, misses: 0, vouched: 1 });
    // The signatures lost: what git vouches for needs none; the rest is read again.
    const cache = join(dir, '.git', 'ppid-cache');
    for (const f of readdirSync(cache).filter((n) => n.startsWith('sigs-'))) writeFileSync(join(cache, f), 'rusak');
    expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai OMEG', [b]: 'Data gaji pegawai BETA' }, hits: 1, misses: 1, vouched: 1 });
  }, 60_000);

  for (const flag of ['--assume-unchanged', '--skip-worktree']) {
    it(`compares every file itself when an index entry is marked ${flag.slice(2)} (git would not look at it)`, async () => {
      const { dir, a, file } = await twoRecords();
      expect((await list(dir)).vouched).toBe(2);
      git(dir, ['update-index', flag, `informasi/${a}.md`]);
      editBehindTheBack(await file(a), 'ALFA', 'OMEG');
      // git is blind to the edit …
      expect(git(dir, ['status', '--porcelain'])).toBe('');
      // … ppid is not.
      expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai OMEG' }, hits: 1, misses: 1, vouched: 0 });
      git(dir, ['update-index', flag.replace('--', '--no-'), `informasi/${a}.md`]);
      expect((await list(dir)).judul[a]).toBe('Data gaji pegawai OMEG');
    }, 60_000);
  }

  it('compares every file itself when attributes could change content on its way into git', async () => {
    const { dir } = await twoRecords();
    expect((await list(dir)).vouched).toBe(2);
    const attributes = join(dir, '.gitattributes');
    const ours = readFileSync(attributes, 'utf8');
    // ppid's own lines only turn CRLF into LF: git's word holds with them.
    appendFileSync(attributes, '*.md filter=rahasia\n');
    expect(await list(dir)).toMatchObject({ hits: 2, vouched: 0 });
    writeFileSync(attributes, ours);
    expect((await list(dir)).vouched).toBe(2);
    // Gone from the work tree, git reads the committed file instead: not known, not trusted.
    rmSync(attributes);
    expect(await list(dir)).toMatchObject({ hits: 2, vouched: 0 });
    writeFileSync(attributes, ours);
    write(dir, '.git/info/attributes', '*.md ident\n');
    expect(await list(dir)).toMatchObject({ hits: 2, vouched: 0 });
    rmSync(join(dir, '.git', 'info', 'attributes'));
    write(dir, 'informasi/.gitattributes', '*.md working-tree-encoding=UTF-16\n');
    expect(await list(dir)).toMatchObject({ hits: 2, vouched: 0 });
    rmSync(join(dir, 'informasi', '.gitattributes'));
    expect((await list(dir)).vouched).toBe(2);
  }, 60_000);

  it('after a commit made outside ppid, compares by lstat once and marks the records at the new HEAD', async () => {
    const { dir, a, b, file } = await twoRecords();
    expect((await list(dir)).vouched).toBe(2);
    writeFileSync(await file(a), readFileSync(await file(a), 'utf8').replace('ALFA', 'ALFA KEDUA'));
    git(dir, ['commit', '-q', '-am', 'sunting di luar ppid']);
    expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai ALFA KEDUA', [b]: 'Data gaji pegawai BETA' }, misses: 1, vouched: 0 });
    expect(await list(dir)).toMatchObject({ judul: { [a]: 'Data gaji pegawai ALFA KEDUA' }, hits: 2, misses: 0, vouched: 2 });
  }, 60_000);

  it('marks only what was read from HEAD’s bytes when many records are read at once (git lists HEAD meanwhile)', async () => {
    const { dir, a, b, file } = await twoRecords();
    rmSync(join(dir, '.git', 'ppid-cache'), { recursive: true });
    // Read while it differs from HEAD; put back to HEAD's bytes after, where git calls it clean again.
    editBehindTheBack(await file(a), 'ALFA', 'OMEG');
    const many = { PPID_PARALLEL_MIN: '1' };
    expect(await list(dir, many)).toMatchObject({ judul: { [a]: 'Data gaji pegawai OMEG' }, hits: 0, misses: 2, vouched: 0 });
    editBehindTheBack(await file(a), 'OMEG', 'ALFA');
    expect(git(dir, ['status', '--porcelain'])).toBe('');
    // b is vouched for; a's entry was not made from HEAD's bytes, so git's word is not taken for it.
    expect(await list(dir, many)).toMatchObject({ judul: { [a]: 'Data gaji pegawai ALFA', [b]: 'Data gaji pegawai BETA' }, vouched: 1 });
  }, 60_000);
});

describe('the settings cache', () => {
  it('a changed calendar or ppid.yaml is read again; a broken one is an error every time', async () => {
    const dir = newArchive();
    const days = async (): Promise<string[]> => {
      const r = await ppidInProcess(['calendar', '2026', '--json'], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout).hari.map((d: any) => d.tanggal);
    };
    expect(await days()).not.toContain('2026-07-07');
    const calendar = join(dir, 'kalender.yaml');
    const before = readFileSync(calendar, 'utf8');
    writeFileSync(calendar, before.replace('tambah: []', 'tambah:\n  - tanggal: 2026-07-07\n    nama: Hari Jadi Kabupaten Uji'));
    expect(await days()).toContain('2026-07-07');
    writeFileSync(calendar, 'tambah: [');
    for (let k = 0; k < 2; k++) expect((await ppidInProcess(['calendar', '2026'], { cwd: dir })).code).toBe(1);
    writeFileSync(calendar, before);
    expect(await days()).not.toContain('2026-07-07');
    const config = join(dir, 'ppid.yaml');
    const settings = readFileSync(config, 'utf8');
    const window = async (): Promise<number> => JSON.parse((await ppidInProcess(['expiring', '--json'], { cwd: dir })).stdout).jendela_hari_kerja;
    expect(await window()).toBe(30);
    writeFileSync(config, settings.replace('jendela_berakhir: 30', 'jendela_berakhir: 45'));
    expect(await window()).toBe(45);
    writeFileSync(config, settings.replace('versi: 2', 'versi: [2'));
    for (let k = 0; k < 2; k++) expect((await ppidInProcess(['expiring'], { cwd: dir })).code).toBe(1);
    writeFileSync(config, settings);
    expect(await window()).toBe(30);
  }, 60_000);
});
