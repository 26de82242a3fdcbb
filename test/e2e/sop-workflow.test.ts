import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, gitLog, ppidInProcess, tempDir, write } from '../helpers/cli.js';
import { addHealthRecords, decreeSigned, on, PDF, PETUGAS, PPID, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

describe('one item through all six SOP steps', () => {
  const files = tempDir();
  write(files, 'uji-konsekuensi.pdf', PDF);
  write(files, 'pertimbangan.pdf', PDF.replace('1.4', '1.5'));
  const status = async (dir: string, today: string) => JSON.parse((await ppidInProcess(['status', '--json', '--today', today], { cwd: dir })).stdout);

  /** The six steps on a new archive, once, with what ppid said along the way; the tests only read the result. */
  async function sixSteps() {
    const dir = sopArchive();
    const step = async (who: Record<string, string>, day: string, args: string[]) => {
      const r = await ppidInProcess(args, { cwd: dir, env: on(who, day) });
      expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r;
    };
    await step(PETUGAS, '2026-02-02', addHealthRecords('2026-02-02'));
    const added = await status(dir, '2026-02-12');
    const clarified = await step(PETUGAS, '2026-02-04', ['clarify', 'DIK-2026-0001']);
    await step(TIM, '2026-02-05', [
      'review',
      'DIK-2026-0001',
      '--rekomendasi',
      'setuju',
      '--nomor',
      '01/TP-PPID/II/2026',
      '--surat',
      join(files, 'pertimbangan.pdf'),
    ]);
    const reviewed = await status(dir, '2026-02-06');
    await step(PPID, '2026-02-10', [
      'decree',
      'DIK-2026-0001',
      '--nomor',
      '000.7.2/014/PPID/II/2026',
      '--tanggal',
      '2026-02-10',
      ...decreeSigned('2026-02-09'),
    ]);
    await step(PETUGAS, '2026-02-11', [
      'attach',
      'DIK-2026-0001',
      join(files, 'uji-konsekuensi.pdf'),
      '--jenis',
      'uji-konsekuensi',
      '--lokasi',
      'Lemari 2 / Rak 3 / Boks 12',
    ]);
    await step(PETUGAS, '2026-02-11', ['publish', '--out', 'situs']);
    const published = JSON.parse(readFileSync(join(dir, 'situs/dik.json'), 'utf8')).butir.map((b: any) => b.id);
    const inForce = await status(dir, '2026-06-01');
    const nearEnd = await status(dir, '2027-01-25');
    await step(PPID, '2027-01-25', [
      'open',
      'DIK-2026-0001',
      '--alasan',
      'jangka-waktu-berakhir',
      '--pimpinan',
      'Budi Santoso',
      '--tanggal-persetujuan',
      '2027-01-22',
    ]);
    await step(PETUGAS, '2027-01-25', ['publish', '--out', 'situs']);
    return { dir, added, clarified, reviewed, published, inForce, nearEnd };
  }

  let story: Awaited<ReturnType<typeof sixSteps>>;
  let dir: string;
  beforeAll(async () => {
    story = await sixSteps();
    dir = story.dir;
  });

  it('runs step 1 to step 6 with ppid alone', () => {
    expect(story.added.butir).toMatchObject([
      { id: 'DIK-2026-0001', langkah: 2, perintah: 'clarify', sejak: '2026-02-02', batas_hari_kerja: 5, tenggat: '2026-02-09', terlambat: true },
    ]);
    expect(story.clarified.stdout).toContain('urutan 1 dari 1');
    expect(story.reviewed.butir).toMatchObject([{ langkah: 3, perintah: 'decree', sejak: '2026-02-05', tenggat: '2026-02-10', terlambat: false }]);
    expect(story.published).toEqual(['DIK-2026-0001']);
    // In force, documented, published: nothing is due until the window before the end.
    expect(story.inForce.butir).toMatchObject([{ langkah: null }]);
    expect(story.nearEnd.butir).toMatchObject([{ langkah: 4, perintah: 'open', tenggat: '2027-02-09', berakhir: '2027-02-10' }]);
  });

  it('left one commit per step, with steps, roles and items as trailers', async () => {
    const log = gitLog(dir).reverse().slice(1); // without init
    expect(log.map((c) => [c.trailers['PPID-Langkah']![0], c.trailers['PPID-Perintah']![0], c.trailers['PPID-Peran']![0]])).toEqual([
      ['1', 'add', 'petugas-teknis'],
      ['2', 'clarify', 'petugas-teknis'],
      ['3', 'review', 'tim-pertimbangan'],
      ['3', 'decree', 'ppid-utama'],
      ['5', 'attach', 'petugas-teknis'],
      ['6', 'publish', 'petugas-teknis'],
      ['4', 'open', 'ppid-utama'],
      ['6', 'publish', 'petugas-teknis'],
    ]);
    expect(log[2]!.subject).toBe('Langkah 3 — pertimbangan tim: DIK-2026-0001');
    expect(log.every((c) => c.trailers['PPID-Item']!.includes('DIK-2026-0001'))).toBe(true);
    expect(log[2]!.files.sort()).toEqual(['informasi/DIK-2026-0001.md', 'lampiran/DIK-2026-0001/pertimbangan.pdf']);
  });

  it('ppid log tells who tested, considered, decided and opened what, when', async () => {
    const [story] = JSON.parse((await ppidInProcess(['log', 'DIK-2026-0001', '--json'], { cwd: dir })).stdout);
    const ev = story.peristiwa;
    expect(ev.map((e: any) => [e.waktu.slice(0, 10), e.pelaku.email, e.perintah, e.status_ke])).toEqual([
      ['2026-02-02', 'petugas@uji.go.id', 'add', 'diusulkan'],
      ['2026-02-04', 'petugas@uji.go.id', 'clarify', 'diklarifikasi'],
      ['2026-02-05', 'nur@uji.go.id', 'review', 'dipertimbangkan'],
      ['2026-02-10', 'siti@uji.go.id', 'decree', 'ditetapkan'],
      ['2026-02-11', 'petugas@uji.go.id', 'attach', 'ditetapkan'],
      ['2026-02-11', 'petugas@uji.go.id', 'publish', 'ditetapkan'],
      ['2027-01-25', 'siti@uji.go.id', 'open', 'dibuka'],
      ['2027-01-25', 'petugas@uji.go.id', 'publish', 'dibuka'],
    ]);
    expect(ev[5].perubahan).toEqual([{ kolom: 'publikasi.terakhir', dari: null, ke: '2026-02-11' }]);
    expect(ev[3].perubahan).toContainEqual({ kolom: 'penetapan.nomor', dari: null, ke: '000.7.2/014/PPID/II/2026' });
    // The period runs from the determination, so the decree is what fixes its end.
    expect(ev[3].perubahan).toContainEqual({ kolom: 'klarifikasi.berakhir', dari: null, ke: '2027-02-10' });
    expect(ev[6].perubahan).toContainEqual({ kolom: 'status', dari: 'ditetapkan', ke: 'dibuka' });
    const text = (await ppidInProcess(['log', 'DIK-2026-0001'], { cwd: dir })).stdout;
    expect(text).toContain('oleh Nurhayati <nur@uji.go.id> (tim-pertimbangan)');
  });

  it('ends opened, off the published list, with a clean audit', async () => {
    const rec = readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('status: dibuka');
    expect(rec).toMatch(/sha256: [0-9a-f]{64}\n {4}ukuran: \d+\n {4}halaman: 2/);
    expect(rec).toContain('lokasi: Lemari 2 / Rak 3 / Boks 12');
    expect(JSON.parse(readFileSync(join(dir, 'situs/dik.json'), 'utf8')).butir).toEqual([]);
    // Checked as of the day the story ends: its last steps are dated then, not by the machine's clock.
    const v = await ppidInProcess(['validate', '--today', '2027-01-25'], { cwd: dir });
    expect(v.code, v.stdout + v.stderr).toBe(0);
    const audit = await ppidInProcess(['audit', '--json', '--today', '2027-01-25'], { cwd: dir });
    expect(audit.code, audit.stdout).toBe(0);
    expect(JSON.parse(audit.stdout)).toEqual({ bersih: true, terbuka: 0, diterima: 0, temuan: [] });
    expect(JSON.parse((await ppidInProcess(['status', '--json'], { cwd: dir })).stdout).butir).toEqual([]);
  });
});

describe('more of the SOP', () => {
  const file = (yaml: string) => write(tempDir(), 'butir.yaml', yaml);
  const item = (judul: string, jangka: string, uji = '2026-01-05') => `judul: ${judul}
unit: Badan Kepegawaian
pasal17: [h4]
dasar_hukum: ["UU 14/2008 Pasal 17 huruf h angka 4"]
uji_konsekuensi: { tanggal: ${uji}, konsekuensi_dibuka: Membuka evaluasi pribadi., konsekuensi_ditutup: Melindungi pegawai. }
jangka_waktu: ${jangka}
cakupan: seluruh
`;
  const DECREE = ['--nomor', '800/5/2026', '--tanggal', '2026-02-10', ...decreeSigned('2026-02-09')];

  it('one decree covers many items in one commit', async () => {
    const dir = sopArchive(['--peran-saya', 'petugas-teknis,ppid-utama,tim-pertimbangan']);
    const ids: string[] = [];
    for (const n of ['A', 'B', 'C'])
      ids.push((await ppidInProcess(['add', '--from', file(item(`Hasil asesmen ${n}`, '{ tahun: 2 }')), '--today', '2026-02-01'], { cwd: dir })).stdout.trim());
    // The letters' dates, between the test (2026-01-05) and the decree (2026-02-10): the SOP's order.
    expect((await ppidInProcess(['clarify', ...ids, '--tanggal', '2026-01-20'], { cwd: dir })).code).toBe(0);
    expect((await ppidInProcess(['review', ...ids, '--rekomendasi', 'setuju', '--nomor', '3/TP', '--tanggal', '2026-02-03'], { cwd: dir })).code).toBe(0);
    const before = gitLog(dir).length;
    const r = await ppidInProcess(['decree', ...ids, ...DECREE, '--json'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).butir.map((b: any) => b.status)).toEqual(['ditetapkan', 'ditetapkan', 'ditetapkan']);
    const log = gitLog(dir);
    expect(log.length).toBe(before + 1);
    expect(log[0]!.trailers['PPID-Item']).toEqual(ids);
    expect(log[0]!.files).toHaveLength(3);
  });

  it('opening an item whose period already ended records that it was public by law', async () => {
    const dir = sopArchive(['--peran-saya', 'petugas-teknis,ppid-utama']);
    const id = (
      await ppidInProcess(
        [
          'add',
          '--from',
          file(
            item('Memorandum lama', '{ mulai: 2023-01-02, tahun: 3 }', '2022-12-20') +
              `penetapan:
  nomor: 800/1/2023
  tanggal: 2023-01-02
  tempat: Uji
  pejabat: { nama: Siti Aminah, jabatan: PPID Utama }
  persetujuan_pimpinan: { nama: Budi Santoso, jabatan: Bupati Uji, tanggal: 2022-12-30 }
`,
          ),
          '--today',
          '2026-02-01',
        ],
        { cwd: dir },
      )
    ).stdout.trim();
    const list = JSON.parse((await ppidInProcess(['list', '--json', '--today', '2026-02-01'], { cwd: dir })).stdout);
    expect(list[0]).toMatchObject({ id, terbuka_demi_hukum: true });
    // No approval is needed for what the law already did (PP 61/2010 Pasal 11(3)).
    const r = await ppidInProcess(['open', id, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('terbuka demi hukum sejak 2 Januari 2026');
    const rec = readFileSync(join(dir, `informasi/${id}.md`), 'utf8');
    expect(rec).toMatch(/pembukaan:\n {2}tanggal: 2026-01-02\n {2}alasan: jangka-waktu-berakhir\n {2}demi_hukum: true/);
  });

  it('reclassify replaces the test and keeps the old one in history', async () => {
    const dir = sopArchive(['--peran-saya', 'petugas-teknis,ppid-utama']);
    const id = (
      await ppidInProcess(
        [
          'add',
          '--from',
          file(
            item('Hasil tes psikologi', '{ mulai: 2026-01-10, tahun: 2 }', '2026-01-05') +
              `penetapan:
  nomor: 800/2/2026
  tanggal: 2026-01-10
  tempat: Uji
  pejabat: { nama: Siti Aminah, jabatan: PPID Utama }
  persetujuan_pimpinan: { nama: Budi Santoso, jabatan: Bupati Uji, tanggal: 2026-01-09 }
`,
          ),
          '--today',
          '2026-02-01',
        ],
        { cwd: dir },
      )
    ).stdout.trim();
    const r = await ppidInProcess(
      [
        'reclassify',
        id,
        '--tanggal-uji',
        '2026-06-01',
        '--dibuka',
        'Evaluasi masih dipakai.',
        '--ditutup',
        'Melindungi pegawai lebih lama.',
        '--mulai',
        '2026-06-10',
        '--tahun',
        '4',
        ...DECREE.map((x) => x.replace('2026-02-10', '2026-06-10').replace('2026-02-09', '2026-06-09')),
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const rec = readFileSync(join(dir, `informasi/${id}.md`), 'utf8');
    expect(rec).toContain('status: ditetapkan');
    expect(rec).toMatch(/riwayat_klasifikasi:\n {2}- pasal17:\n {6}- h4\n/);
    expect(rec).toContain('penetapan_nomor: 800/2/2026');
    expect(gitLog(dir)[0]!.trailers['PPID-Perintah']).toEqual(['reclassify']);
    const [story] = JSON.parse((await ppidInProcess(['log', id, '--json'], { cwd: dir })).stdout);
    expect(story.peristiwa.at(-1).perubahan).toContainEqual({
      kolom: 'uji_konsekuensi.konsekuensi_dibuka',
      dari: 'Membuka evaluasi pribadi.',
      ke: 'Evaluasi masih dipakai.',
    });
    expect((await ppidInProcess(['audit'], { cwd: dir })).code).toBe(0);
  });
});
