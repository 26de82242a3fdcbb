import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, gitLog, newArchive, snapshot, tempDir, write, ppidInProcess, type RunResult } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const FLAGS = [
  'add',
  '--judul',
  'Rekam medis hasil pemeriksaan berkala pegawai',
  '--unit',
  'BKPSDM',
  '--pasal17',
  'h2',
  '--dasar-hukum',
  'UU 14/2008 Pasal 17 huruf h angka 2',
  '--dasar-hukum',
  'UU 27/2022',
  '--tanggal-uji',
  '2026-02-02',
  '--dibuka',
  'Membuka riwayat kesehatan pribadi pegawai.',
  '--ditutup',
  'Melindungi hak privasi pegawai.',
  '--tahun',
  '5',
  '--mulai',
  '2026-02-16',
  '--cakupan',
  'seluruh',
  '--today',
  '2026-03-01',
];

const FROM = `# Butir DIK lama yang sudah ditetapkan: masuk langsung sebagai "ditetapkan".
judul: Laporan hasil audit investigatif dana desa
unit: Inspektorat Daerah
pasal17: [a1]
dasar_hukum: ["UU 14/2008 Pasal 17 huruf a angka 1"]
uji_konsekuensi:
  tanggal: 2025-10-01
  dokumen: Laporan hasil audit investigatif dana desa 2025
  konsekuensi_dibuka: Menghambat penyidikan.
  konsekuensi_ditutup: Proses hukum berjalan tanpa gangguan.
  peserta: [{ nama: Siti Aminah, jabatan: PPID Utama }, { nama: Inspektur Uji, jabatan: Inspektur Daerah }]
  persetujuan_pimpinan: { nama: Budi Santoso, jabatan: Bupati Uji, tanggal: 2025-11-18 }
jangka_waktu: { mulai: 2025-11-20, tahun: 1 }
cakupan: seluruh
penetapan:
  nomor: 300.2.11/0123/XI/2025
  tanggal: 2025-11-20
  tempat: Uji
  pejabat: { nama: Siti Aminah, jabatan: PPID Utama }
  persetujuan_pimpinan: { nama: Budi Santoso, jabatan: Bupati Uji, tanggal: 2025-11-18 }
`;

/** A copy of an archive, for a test that changes it. */
function copyOf(dir: string): string {
  const copy = join(tempDir(), 'arsip');
  cpSync(dir, copy, { recursive: true });
  return copy;
}

describe('init → add → validate → list → expiring → publish', () => {
  // The archive at each stage of the path, made once and from then on only read: as init made
  // it, with the item added by flags, and with the item in force added from a file as well.
  // A test that changes an archive works in a copy of its stage.
  let made: string;
  let oneItem: string;
  let twoItems: string;
  let addedByFlags: RunResult;
  let addedFrom: RunResult;
  beforeAll(async () => {
    made = newArchive();
    oneItem = copyOf(made);
    addedByFlags = await ppidInProcess(FLAGS, { cwd: oneItem });
    twoItems = copyOf(oneItem);
    addedFrom = await ppidInProcess(['add', '--from', write(tempDir(), 'lama.yaml', FROM), '--json', '--today', '2026-03-02'], { cwd: twoItems });
  });

  it('init made an archive with one commit carrying trailers', async () => {
    const dir = made;
    for (const f of ['ppid.yaml', 'kalender.yaml', 'skema/ppid.schema.json', 'skema/record.schema.json', 'informasi/.gitkeep', 'lampiran/.gitkeep']) {
      expect(existsSync(join(dir, f)), f).toBe(true);
    }
    expect(readFileSync(join(dir, 'ppid.yaml'), 'utf8')).toMatch(/^# yaml-language-server: \$schema=\.\/skema\/ppid\.schema\.json/);
    const log = gitLog(dir);
    expect(log).toHaveLength(1);
    expect(log[0]!.trailers['PPID-Langkah']).toEqual(['init']);
  });

  it('init refuses to overwrite an archive', async () => {
    const dir = made;
    const before = snapshot(dir);
    const r = await ppidInProcess(['init', dir, '--nama', 'X', '--unit', 'A=B'], { cwd: tempDir() });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('sudah berisi arsip ppid');
    expect(snapshot(dir)).toBe(before);
  });

  it('add with flags prints the id and makes exactly one commit', async () => {
    const dir = oneItem;
    const r = addedByFlags;
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('DIK-2026-0001\n');
    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('status: diusulkan');
    expect(rec).toContain('unit: Badan Kepegawaian dan Pengembangan SDM');
    expect(rec).toContain('tanggal: 2026-02-02\n');
    const log = gitLog(dir);
    expect(log).toHaveLength(2);
    expect(log[0]!.subject).toBe('Langkah 1 — pengumpulan dan pendaftaran: DIK-2026-0001');
    expect(log[0]!.trailers).toMatchObject({ 'PPID-Langkah': ['1'], 'PPID-Item': ['DIK-2026-0001'], 'PPID-Perintah': ['add'] });
    expect(log[0]!.files).toEqual(['informasi/DIK-2026-0001.md']);
  });

  it('add --from with a determination registers an item already in force (--json)', async () => {
    const dir = twoItems;
    const r = addedFrom;
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ id: 'DIK-2026-0002', status: 'ditetapkan', berkas: 'informasi/DIK-2026-0002.md' });
    expect(out.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(commitCount(dir)).toBe(3);
    expect(gitLog(dir)[0]!.trailers['PPID-Status']).toEqual(['ditetapkan']);
  });

  it('validate is clean (exit 0)', async () => {
    const dir = twoItems;
    const r = await ppidInProcess(['validate'], { cwd: join(dir, 'informasi') });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('2 butir diperiksa: tidak ada masalah');
    const j = JSON.parse((await ppidInProcess(['validate', '--json'], { cwd: dir })).stdout);
    expect(j).toMatchObject({ butir: 2, galat: 0, peringatan: 0, lolos: true, masalah: [] });
  });

  it('list orders by end of exemption and filters', async () => {
    const dir = twoItems;
    const all = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(all.map((r: any) => [r.id, r.berakhir])).toEqual([
      ['DIK-2026-0002', '2026-11-20'],
      ['DIK-2026-0001', '2031-02-16'],
    ]);
    const h = JSON.parse((await ppidInProcess(['list', '--json', '--pasal17', 'h'], { cwd: dir })).stdout);
    expect(h.map((r: any) => r.id)).toEqual(['DIK-2026-0001']);
    const st = JSON.parse((await ppidInProcess(['list', '--json', '--status', 'ditetapkan'], { cwd: dir })).stdout);
    expect(st.map((r: any) => r.id)).toEqual(['DIK-2026-0002']);
    const csv = (await ppidInProcess(['list', '--csv-koma'], { cwd: dir })).stdout;
    expect(csv.split('\r\n')[0]).toBe('id,judul,unit,pasal17,status,dikecualikan_sampai,terbuka_sejak,tinjau_ulang,jangka_waktu');
    // One year from 20 November 2025: exempt up to and including 19 November 2026, public from the 20th.
    expect(csv.split('\r\n')[1]).toContain(',2026-11-19,2026-11-20,');
    const bad = await ppidInProcess(['list', '--status', 'rahasia'], { cwd: dir });
    expect(bad.code).toBe(2);
  });

  it('expiring shows the item at the right date, with PPID_TODAY too', async () => {
    const dir = twoItems;
    const r = JSON.parse((await ppidInProcess(['expiring', '--json', '--today', '2026-11-02'], { cwd: dir })).stdout);
    expect(r.butir).toMatchObject([
      {
        id: 'DIK-2026-0002',
        keadaan: 'akan-berakhir',
        berakhir: '2026-11-20',
        dikecualikan_sampai: '2026-11-19',
        sisa_hari_kerja: 14,
        batas_keputusan: '2026-11-19',
      },
    ]);
    const early = JSON.parse((await ppidInProcess(['expiring', '--json'], { cwd: dir, env: { PPID_TODAY: '2026-09-01' } })).stdout);
    expect(early.butir).toEqual([]);
    const late = JSON.parse((await ppidInProcess(['expiring', '--json', '--today', '2026-11-20'], { cwd: dir })).stdout);
    expect(late.butir).toMatchObject([{ id: 'DIK-2026-0002', keadaan: 'lewat' }]);
    const text = (await ppidInProcess(['expiring', '--today', '2026-11-02'], { cwd: dir })).stdout;
    expect(text).toContain('AKAN BERAKHIR');
    // People read the last exempt day, never the first public one as an "end".
    expect(text).toContain('19 November 2026');
    expect(text).not.toContain('20 November 2026');
    expect((await ppidInProcess(['expiring', '--today', '2026-13-01'], { cwd: dir })).code).toBe(2);
  });

  it('publish writes the public DIK from the allowlist only', async () => {
    const dir = twoItems;
    const out = tempDir();
    const r = await ppidInProcess(['publish', '--out', out, '--today', '2026-11-02'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).toContain('<html lang="id">');
    expect(html).toContain('Laporan hasil audit investigatif dana desa');
    expect(html).toContain('Pasal 17 huruf a angka 1 UU 14/2008');
    // Proposed, not determined: not in the public list.
    expect(html).not.toContain('Rekam medis');
    const json = JSON.parse(readFileSync(join(out, 'dik.json'), 'utf8'));
    expect(json.butir.map((b: any) => b.id)).toEqual(['DIK-2026-0002']);
    expect(Object.keys(json.butir[0]).sort()).toEqual([
      'dasar_hukum',
      'dikecualikan_sampai',
      'huruf',
      'id',
      'informasi',
      'jangka_waktu',
      'konsekuensi_dibuka',
      'konsekuensi_ditutup',
      'no',
      'pasal17',
      'penetapan',
      'status',
      'terbuka_sejak',
      'unit',
    ]);
    expect(json.butir[0]).toMatchObject({
      dikecualikan_sampai: '2026-11-19',
      terbuka_sejak: '2026-11-20',
      jangka_waktu: '1 tahun sejak 20 November 2025 (sampai dengan 19 November 2026)',
    });
    const csv = readFileSync(join(out, 'dik.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFNo;ID;Informasi')).toBe(true);
    expect(commitCount(dir)).toBe(3);
  });

  it('publish inside the archive is one step-6 commit, and the item records the day', async () => {
    const dir = copyOf(twoItems);
    const r = await ppidInProcess(['publish', '--out', 'situs', '--today', '2026-11-02'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const [last] = gitLog(dir);
    expect(last!.trailers).toMatchObject({ 'PPID-Langkah': ['6'], 'PPID-Item': ['DIK-2026-0002'] });
    expect(last!.files.sort()).toEqual([
      'informasi/DIK-2026-0002.md',
      'situs/dibuka.html',
      'situs/dik.csv',
      'situs/dik.json',
      'situs/feed.xml',
      'situs/index.html',
    ]);
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0002.md'), 'utf8')).toMatch(/publikasi:\n {2}terakhir: 2026-11-02\n/);
    // The same day again changes nothing, so it makes no empty commit.
    const count = commitCount(dir);
    expect((await ppidInProcess(['publish', '--out', 'situs', '--today', '2026-11-02'], { cwd: dir })).code).toBe(0);
    expect(commitCount(dir)).toBe(count);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('show prints one item; an unknown id exits 1', async () => {
    const dir = twoItems;
    const r = await ppidInProcess(['show', 'DIK-2026-0001'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Pasal 17 huruf h angka 2 UU 14/2008');
    expect((await ppidInProcess(['show', 'DIK-2099-0001'], { cwd: dir })).code).toBe(1);
  });

  it('calendar lists the non-working days in use', async () => {
    const dir = twoItems;
    const r = JSON.parse((await ppidInProcess(['calendar', '2025', '--json'], { cwd: dir })).stdout);
    expect(r.lengkap).toBe(true);
    expect(r.hari.map((d: any) => d.tanggal)).toContain('2025-08-18');
    const none = await ppidInProcess(['calendar', '2030'], { cwd: dir });
    expect(none.stderr).toContain('hanya Sabtu dan Minggu');
  });

  it('hook install puts a pre-commit hook that blocks a broken record', async () => {
    const dir = copyOf(twoItems);
    expect((await ppidInProcess(['hook', 'install'], { cwd: dir })).code).toBe(0);
    write(dir, 'informasi/DIK-2026-0099.md', '---\njudul: rusak\n---\n');
    const env = { ...process.env, GIT_AUTHOR_NAME: 'X', GIT_AUTHOR_EMAIL: 'x@y.id', GIT_COMMITTER_NAME: 'X', GIT_COMMITTER_EMAIL: 'x@y.id', NO_COLOR: '1' };
    spawnSync('git', ['add', '-A'], { cwd: dir, env });
    const c = spawnSync('git', ['commit', '-m', 'sunting tangan'], { cwd: dir, env, encoding: 'utf8' });
    expect(c.status).not.toBe(0);
    expect(c.stdout + c.stderr).toContain('informasi/DIK-2026-0099.md');
  });
});

describe('add with the determination as flags', () => {
  const base = [...FLAGS.slice(0, -2), '--today', '2026-03-01', '--nomor-penetapan', '800/2/2026', '--tanggal-penetapan', '2026-02-16'];

  it('completes the officials from ppid.yaml and registers the item in force', async () => {
    const dir = newArchive();
    const r = await ppidInProcess([...base, '--pejabat', 'Siti Aminah', '--pimpinan', 'Budi Santoso', '--tanggal-persetujuan', '2026-02-14', '--json'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe('ditetapkan');
    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('tempat: Uji');
    expect(rec).toContain('jabatan: Bupati Uji');
  });

  it('refuses a determination without the head\u2019s approval (PP 61/2010 Pasal 3(2))', async () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const r = await ppidInProcess([...base, '--pejabat', 'Siti Aminah'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('penetapan tidak memuat unsur "persetujuan_pimpinan"');
    // The head's approval is PP 61/2010 Pasal 3(2), not Pasal 4(2); a decree's number is its own form.
    expect(r.stderr).toContain('persetujuan pimpinan: PP 61/2010 Pasal 3 ayat (2)');
    expect(r.stderr).not.toMatch(/Pasal 4 ayat 2: penetapan memuat nomor/);
    expect(snapshot(dir)).toBe(before);
  });
});

describe('language and nesting', () => {
  it('an archive whose ppid.yaml says bahasa: en speaks English unless the user chose', async () => {
    const dir = newArchive();
    const cfg = join(dir, 'ppid.yaml');
    write(dir, 'ppid.yaml', readFileSync(cfg, 'utf8').replace('bahasa: id', 'bahasa: en'));
    expect((await ppidInProcess(['expiring', '--today', '2026-11-02'], { cwd: dir })).stdout).toContain('No item is overdue');
    expect((await ppidInProcess(['expiring', '--today', '2026-11-02', '--lang', 'id'], { cwd: dir })).stdout).toContain('Tidak ada butir');
  });

  it('init inside another repository gives the archive a repository of its own', async () => {
    const outer = tempDir();
    spawnSync('git', ['init', '-q', outer]);
    const r = await ppidInProcess(['init', 'arsip', '--nama', 'Pemkab Uji', '--unit', 'A=Unit A'], { cwd: outer });
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(join(outer, 'arsip', '.git'))).toBe(true);
    expect(commitCount(join(outer, 'arsip'))).toBe(1);
  });
});
