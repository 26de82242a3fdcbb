/**
 * Issue 22 item 10: ids are never reused. A new item's number comes from every id the history
 * ever used, not from HEAD's tree alone: a record taken out by hand (`git rm`, `git mv`, a
 * merge) keeps its number, so `ppid log` never tells two items' stories as one.
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, git, newArchive, ppidInProcess, ROOT, snapshot, tempDir, write } from '../helpers/cli.js';
import { addInput } from '../helpers/records.js';
import { sopArchive } from '../helpers/sop.js';

afterAll(cleanTempDirs);

const TODAY = '2026-02-01';
const ANDI = { GIT_AUTHOR_NAME: 'Andi', GIT_AUTHOR_EMAIL: 'andi@uji.go.id', GIT_COMMITTER_NAME: 'Andi', GIT_COMMITTER_EMAIL: 'andi@uji.go.id' };

/** `ppid add --from` of a complete item titled `judul`; its id. */
async function add(dir: string, judul: string, env?: Record<string, string>): Promise<string> {
  const file = write(tempDir(), 'butir.yaml', addInput('BKPSDM', judul));
  const r = await ppidInProcess(['add', '--from', file, '--today', TODAY], { cwd: dir, ...(env ? { env } : {}) });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.trim();
}

/** git commands and then a commit, as an officer would change the archive with git alone. */
function byHand(dir: string, commands: string[][], message = 'suntingan tangan'): void {
  for (const c of commands) git(dir, c);
  git(dir, ['commit', '-qm', message]);
}

const rm = (id: string) => ['rm', '-q', `informasi/${id}.md`];

/** What `ppid log ID` tells, as text. */
async function story(dir: string, id: string): Promise<string> {
  const r = await ppidInProcess(['log', id], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

const records = (dir: string) =>
  readdirSync(join(dir, 'informasi'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();

describe('ids are never reused (item 10)', () => {
  it('after a hand git rm and commit, the next add takes a new number, and ppid log keeps the two items apart', async () => {
    const dir = newArchive();
    const first = await add(dir, 'Data rekening penerima bantuan');
    expect(first).toBe('DIK-2026-0001');
    byHand(dir, [rm(first)], 'hapus butir');
    const second = await add(dir, 'Data gaji pegawai');
    expect(second).toBe('DIK-2026-0002');
    expect(await story(dir, first)).not.toContain('Data gaji pegawai');
    expect(await story(dir, second)).not.toContain('Data rekening penerima bantuan');
  });

  it('the same without ppid’s cache, or with a cache naming a commit git does not have: the whole history is read', async () => {
    const dir = newArchive();
    await add(dir, 'Data rekening penerima bantuan');
    await add(dir, 'Data gaji pegawai');
    byHand(dir, [rm('DIK-2026-0002')]);
    rmSync(join(dir, '.git', 'ppid-cache'), { recursive: true, force: true });
    expect(await add(dir, 'Data kesehatan pegawai')).toBe('DIK-2026-0003');
    byHand(dir, [rm('DIK-2026-0003')]);
    const cache = join(dir, '.git', 'ppid-cache', 'ids-gone.json');
    writeFileSync(cache, JSON.stringify({ ...JSON.parse(readFileSync(cache, 'utf8')), at: 'f'.repeat(40), gone: {} }));
    expect(await add(dir, 'Data asesmen pegawai')).toBe('DIK-2026-0004');
  });

  it('a record renamed by hand (git mv to another year) leaves its number used', async () => {
    const dir = newArchive();
    await add(dir, 'Data rekening penerima bantuan');
    await add(dir, 'Data gaji pegawai');
    byHand(dir, [['mv', 'informasi/DIK-2026-0002.md', 'informasi/DIK-2025-0002.md']], 'tahun diperbaiki');
    expect(await add(dir, 'Data kesehatan pegawai')).toBe('DIK-2026-0003');
  });

  it('a record dropped on a side branch, or by the merge itself, leaves its number used', async () => {
    const dir = newArchive();
    for (const judul of ['Data satu', 'Data dua', 'Data tiga']) await add(dir, judul);
    const main = git(dir, ['symbolic-ref', '--short', 'HEAD']).trim();
    git(dir, ['checkout', '-q', '-b', 'samping']);
    byHand(dir, [rm('DIK-2026-0003')], 'hapus di cabang samping');
    git(dir, ['checkout', '-q', main]);
    git(dir, ['commit', '--allow-empty', '-qm', 'langkah lain']);
    git(dir, ['merge', '-q', '--no-ff', '--no-edit', 'samping']);
    expect(await add(dir, 'Data empat')).toBe('DIK-2026-0004');
    // Nothing on either side took DIK-2026-0004 out: only the merge's own change did.
    git(dir, ['checkout', '-q', '-b', 'samping-2']);
    git(dir, ['commit', '--allow-empty', '-qm', 'langkah lain di samping']);
    git(dir, ['checkout', '-q', main]);
    git(dir, ['merge', '-q', '--no-ff', '--no-commit', 'samping-2']);
    byHand(dir, [rm('DIK-2026-0004')], 'gabung, dan butir dibuang');
    expect(await add(dir, 'Data lima')).toBe('DIK-2026-0005');
  });

  it('a PPID Pembantu’s own series (DIK-BKPSDM-YEAR-NNNN) never takes back a number either', async () => {
    const dir = sopArchive(['--pejabat', 'Andi;PPID Pembantu BKPSDM;ppid-pembantu;andi@uji.go.id;BKPSDM']);
    const first = await add(dir, 'Data rekening penerima bantuan', ANDI);
    expect(first).toBe('DIK-BKPSDM-2026-0001');
    byHand(dir, [rm(first)]);
    expect(await add(dir, 'Data gaji pegawai', ANDI)).toBe('DIK-BKPSDM-2026-0002');
  });

  it('add --from naming the id of an item taken out is refused (id-pernah-dipakai), nothing written', async () => {
    const dir = newArchive();
    const first = await add(dir, 'Data rekening penerima bantuan');
    byHand(dir, [rm(first)]);
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const file = write(tempDir(), 'butir.yaml', `${addInput('BKPSDM', 'Data gaji pegawai')}id: ${first}\n`);
    const r = await ppidInProcess(['add', '--from', file, '--today', TODAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`id "${first}" sudah pernah dipakai`);
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
  });

  it('import of several rows after a deletion numbers past it; a register row carrying a deleted id gets a new one', async () => {
    const dir = newArchive();
    await add(dir, 'Data rekening penerima bantuan');
    await add(dir, 'Data gaji pegawai');
    byHand(dir, [rm('DIK-2026-0002')]);
    const sheet = join(ROOT, 'test', 'fixtures', 'import', 'dik-lima-kolom.csv');
    const r = await ppidInProcess(['import', sheet, '--tanggal-uji', '2024-01-15', '--today', '2026-11-25', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).baris.map((b: any) => b.id)).toEqual(['DIK-2026-0003', 'DIK-2026-0004', 'DIK-2026-0005', 'DIK-2026-0006']);

    // ppid's own register read back, its row naming the id taken out above.
    const register = write(tempDir(), 'register.csv', registerCsv('DIK-2026-0002'));
    const again = await ppidInProcess(['import', register, '--dry-run', '--json', '--today', '2026-11-25'], { cwd: dir });
    expect(again.code, again.stderr).toBe(0);
    const plan = JSON.parse(again.stdout);
    expect(plan.baris.map((b: any) => b.id)).toEqual(['DIK-2026-0007']);
    expect(plan.masalah.map((m: any) => m.kode)).toContain('impor-id-diganti');
  });
});

/** A one-row register as `ppid export` writes it. */
function registerCsv(id: string): string {
  const rows = [
    ['ID', 'Status', 'Informasi', 'Unit Kerja', 'Kode Pasal 17', 'Dasar Hukum Pengecualian', 'Tanggal Uji Konsekuensi', 'Konsekuensi Bila Dibuka'],
    [id, 'diusulkan', 'Data rekening gaji pegawai', 'BKPSDM', 'h3', 'UU 14/2008 Pasal 17 huruf h angka 3', '2026-02-02', 'Membuka data keuangan pribadi.'],
  ];
  const more = [
    ['Konsekuensi Bila Ditutup', 'Cakupan', 'Mulai', 'Tahun'],
    ['Melindungi privasi pegawai.', 'seluruh', '2026-02-16', '5'],
  ];
  return rows.map((r, i) => [...r, ...more[i]!].join(',')).join('\r\n') + '\r\n';
}

describe('sync renumbering never picks a number either side used (item 10)', () => {
  /** A shared remote, the first office's archive sent to it, and a second office's clone of it. */
  async function offices(): Promise<{ here: string; there: string }> {
    const here = newArchive();
    const shared = join(tempDir('ppid-bersama-'), 'bersama.git');
    mkdirSync(shared);
    git(shared, ['init', '-q', '--bare']);
    for (const args of [['remote', 'add', shared], ['sync']]) {
      const r = await ppidInProcess(args, { cwd: here });
      expect(r.code, r.stderr).toBe(0);
    }
    const there = join(tempDir(), 'kantor-lain');
    const c = await ppidInProcess(['clone', shared, there], { cwd: tempDir() });
    expect(c.code, c.stderr).toBe(0);
    return { here, there };
  }

  async function sync(dir: string): Promise<Array<{ lama: string; baru: string }>> {
    const r = await ppidInProcess(['sync', '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout).nomor_diganti;
  }

  it('not a number the other office took out of its history', async () => {
    const { here, there } = await offices();
    for (const judul of ['Data satu', 'Data dua', 'Data tiga']) await add(there, judul);
    byHand(there, [rm('DIK-2026-0003')]);
    await sync(there);
    expect(await add(here, 'Data di kantor ini')).toBe('DIK-2026-0001');
    expect(await sync(here)).toEqual([{ lama: 'DIK-2026-0001', baru: 'DIK-2026-0004' }]);
    expect(records(here)).toEqual(['DIK-2026-0001', 'DIK-2026-0002', 'DIK-2026-0004']);
  });

  it('not a number this office took out of its own history', async () => {
    const { here, there } = await offices();
    for (const judul of ['Data satu', 'Data dua', 'Data tiga']) await add(here, judul);
    byHand(here, [rm('DIK-2026-0002'), rm('DIK-2026-0003')]);
    await add(there, 'Data di kantor lain');
    await sync(there);
    expect(await sync(here)).toEqual([{ lama: 'DIK-2026-0001', baru: 'DIK-2026-0004' }]);
    expect(records(here)).toEqual(['DIK-2026-0001', 'DIK-2026-0004']);
  });

  it('an item registered under a number the other office used and took out is renumbered too', async () => {
    const { here, there } = await offices();
    await add(there, 'Data yang kemudian dihapus');
    byHand(there, [rm('DIK-2026-0001')]);
    await sync(there);
    expect(await add(here, 'Data di kantor ini')).toBe('DIK-2026-0001');
    expect(await sync(here)).toEqual([{ lama: 'DIK-2026-0001', baru: 'DIK-2026-0002' }]);
    expect(await story(here, 'DIK-2026-0001')).not.toContain('Data di kantor ini');
    expect(await story(here, 'DIK-2026-0002')).not.toContain('Data yang kemudian dihapus');
  });
});
