/** `ppid import`: headers as offices write them — read by meaning, in any order, over one or two rows, below a title block. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, newArchive, ROOT, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { writeWorkbook } from '../helpers/xlsx.js';

afterAll(cleanTempDirs);
const FIX = join(ROOT, 'test', 'fixtures', 'import');
const DAY = ['--today', '2026-11-25', '--tanggal-uji', '2026-11-20'];
const UNIT = ['--unit', 'BKPSDM'];

async function dryRun(dir: string, file: string, ...more: string[]) {
  const r = await ppidInProcess(['import', file, '--dry-run', ...UNIT, ...DAY, ...more], { cwd: dir });
  const json = await ppidInProcess(['import', file, '--dry-run', '--json', ...UNIT, ...DAY, ...more], { cwd: dir });
  return { ...r, plan: json.stdout.trim().startsWith('{') ? JSON.parse(json.stdout) : undefined };
}

describe('DIK headers by meaning', () => {
  it('period before the consequences, upper case, dots, a line break in a heading, the group repeated in CSV, a title block above', async () => {
    const dir = newArchive();
    const r = await dryRun(dir, join(FIX, 'hdr-jenis-masa-sebelum-konsekuensi.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'pemetaan kolom (judul di baris 5–6): kolom A → nomor; kolom B → informasi; kolom C → dasar hukum; kolom D → jangka waktu; kolom E–F → konsekuensi dibuka/ditutup',
    );
    expect(r.plan.tata_letak).toBe('lima-kolom');
    expect(r.plan.peta_kolom).toEqual({ no: 'A', judul: 'B', dasar_hukum: 'C', jangka_waktu: 'D', dibuka: 'E', ditutup: 'F' });
    expect(r.plan.baris.map((b: any) => [b.baris, b.judul, b.hasil])).toEqual([
      [7, 'Data kesehatan pegawai', 'baru'],
      [8, 'Hasil asesmen kompetensi pejabat', 'baru'],
    ]);
  });

  it('"Konsekuensi" over "Akibat bila info dibuka | Manfaat bila informasi ditutup", "Alasan / Dasar Hukum Pengecualian", "Batas Waktu Pengecualian": imported, in English too', async () => {
    const dir = newArchive();
    const file = join(FIX, 'hdr-akibat-bila.csv');
    const en = await dryRun(dir, file, '--lang', 'en');
    expect(en.stdout).toContain(
      'column mapping (headings on row 4–5): column A → number; column B → information; column C → legal basis; column D–E → consequences disclosed/withheld; column F → period',
    );
    const r = await ppidInProcess(['import', file, ...UNIT, ...DAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.map((x: any) => `${x.judul}|${x.pasal17.join(',')}`)).toEqual(['Data kesehatan pegawai|h2']);
  });

  it('"Esensi Informasi" + "Konten Informasi" as two fields, "Alasan Dikecualikan" over Dibuka | Ditutup, any order', async () => {
    const dir = newArchive();
    const r = await dryRun(dir, join(FIX, 'hdr-esensi-konten.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.plan.peta_kolom).toEqual({ no: 'A', judul: 'B', konten: 'C', dasar_hukum: 'D', jangka_waktu: 'E', dibuka: 'F', ditutup: 'G' });
    expect(r.stdout).toContain('kolom B → informasi; kolom C → konten informasi;');
    expect(r.plan.baris.map((b: any) => [b.baris, b.judul, b.hasil])).toEqual([
      [5, 'Data kesehatan pegawai — Rekam medis dan hasil pemeriksaan kesehatan berkala', 'baru'],
    ]);
  });

  it('esensi + konten: the title is both (the public sees what is exempted), the content whole what the test names as tested', async () => {
    const dir = newArchive();
    const r = await ppidInProcess(['import', join(FIX, 'hdr-esensi-konten.csv'), ...UNIT], {
      cwd: dir,
      env: { GIT_COMMITTER_DATE: '2026-11-25T09:00:00+07:00', GIT_AUTHOR_DATE: '2026-11-25T09:00:00+07:00' },
    });
    expect(r.code, r.stderr).toBe(0);
    const rec = readFileSync(join(dir, 'informasi', 'DIK-2026-0001.md'), 'utf8');
    expect(rec).toContain('judul: Data kesehatan pegawai — Rekam medis dan hasil pemeriksaan kesehatan berkala');
    expect(rec).toMatch(/uji_konsekuensi:\n(?: {2}.*\n)*? {2}dokumen: Rekam medis dan hasil pemeriksaan kesehatan berkala\n/);
  });

  it('one header row: "Uraian Informasi", "Konsekuensi Dibuka/Ditutup", the legal basis last', async () => {
    const dir = newArchive();
    const r = await dryRun(dir, join(FIX, 'hdr-uraian-satu-baris.csv'));
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      '(judul di baris 2): kolom A → informasi; kolom B → jangka waktu; kolom C–D → konsekuensi dibuka/ditutup; kolom E → dasar hukum',
    );
  });

  it('the Pasal 17 letter in a column of its own is read with the legal basis; a unit column headed "Divisi" is the unit', async () => {
    const dir = newArchive();
    const sheet = write(
      tempDir(),
      'dik.csv',
      [
        'No;Divisi;Judul Informasi;Pasal 17 UU KIP;Dasar Hukum Lain;Dibuka;Ditutup;Jangka Waktu',
        '1;BKPSDM;Data pribadi pelapor;huruf h angka 2;UU 32/2009 tentang PPLH Pasal 65;Pelapor terancam.;Melindungi pelapor.;5 tahun',
        '2;INSPEKTORAT;Berkas pemeriksaan;a angka 1;;Menghambat penyidikan.;Melindungi proses.;2 tahun',
      ].join('\n') + '\n',
    );
    const r = await ppidInProcess(['import', sheet, '--tanggal-uji', '2025-01-10'], { cwd: dir, env: { GIT_COMMITTER_DATE: '2026-11-25T09:00:00+07:00' } });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout) as any[];
    expect(list.map((x) => `${x.judul}|${x.pasal17.join(',')}|${x.unit}`).sort()).toEqual([
      'Berkas pemeriksaan|a1|Inspektorat Daerah',
      'Data pribadi pelapor|h2|Badan Kepegawaian dan Pengembangan SDM',
    ]);
  });

  it('Excel with merged heading cells (the group across two columns, the others down two rows) and a merged title', async () => {
    const dir = newArchive();
    const path = join(tempDir(), 'DIK 2025.xlsx');
    await writeWorkbook(path, [
      {
        name: 'DIK',
        rows: [
          ['KLASIFIKASI INFORMASI YANG DIKECUALIKAN', null, null, null, null, null],
          ['PEMERINTAH KABUPATEN TANJUNG RAWA', null, null, null, null, null],
          ['TAHUN 2025', null, null, null, null, null],
          ['No', 'Judul Informasi', 'Batas Waktu\nPengecualian', 'Konsekuensi / Pertimbangan bagi Publik', null, 'Dasar Hukum'],
          [null, null, null, 'Dibuka', 'Ditutup', null],
          [1, 'Data kesehatan pegawai', '5 tahun', 'Membuka riwayat kesehatan pegawai.', 'Melindungi privasi pegawai.', 'UU 14/2008 Pasal 17 huruf h angka 2'],
        ],
        merges: ['A1:F1', 'A2:F2', 'A3:F3', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:E4', 'F4:F5'],
      },
    ]);
    const r = await dryRun(dir, path);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'pemetaan kolom (judul di baris 4–5): kolom A → nomor; kolom B → informasi; kolom C → jangka waktu; kolom D–E → konsekuensi dibuka/ditutup; kolom F → dasar hukum',
    );
    expect(r.plan.baris.map((b: any) => [b.baris, b.hasil])).toEqual([[6, 'baru']]);
  });

  it('--map overrides one sub-column of a two-row header (by heading or by letter); the rest stays as detected', async () => {
    const dir = newArchive();
    const files = tempDir();
    // Two halves under the group, and a third column the office added that the officer says is the real "Ditutup".
    const sheet = write(
      files,
      'dik.csv',
      [
        'No,Informasi,Dasar Hukum,Konsekuensi,,,Jangka Waktu',
        ',,,Dibuka,Ditutup (lama),Pertimbangan Ditutup,',
        '1,Data kesehatan pegawai,UU 14/2008 Pasal 17 huruf h angka 2,Membuka riwayat.,,Melindungi privasi pegawai.,5 tahun',
      ].join('\n') + '\n',
    );
    const before = await dryRun(dir, sheet);
    expect(before.plan.peta_kolom.ditutup).toBe('E');
    expect(before.code).toBe(1);
    const byHeading = write(files, 'peta.yaml', 'kolom:\n  ditutup: Pertimbangan Ditutup\n');
    const r = await dryRun(dir, sheet, '--map', byHeading);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'kolom A → nomor; kolom B → informasi; kolom C → dasar hukum; kolom D → konsekuensi dibuka; kolom F → konsekuensi ditutup; kolom G → jangka waktu',
    );
    const byLetter = write(files, 'huruf.yaml', 'kolom:\n  ditutup: F\n');
    expect((await dryRun(dir, sheet, '--map', byLetter)).plan.peta_kolom).toEqual(r.plan.peta_kolom);
    // The words the mapping line prints are keys too; a key ppid does not know is refused, not ignored; a letter past the table names nothing.
    const words = write(files, 'kata.yaml', 'kolom:\n  konsekuensi ditutup: F\n');
    expect((await dryRun(dir, sheet, '--map', words)).plan.peta_kolom).toEqual(r.plan.peta_kolom);
    const typo = await ppidInProcess(['import', sheet, '--dry-run', '--map', write(files, 'typo.yaml', 'kolom:\n  ditutp: F\n'), ...UNIT, ...DAY], {
      cwd: dir,
    });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toContain('kunci peta tidak dikenal: ditutp');
    const far = await ppidInProcess(['import', sheet, '--dry-run', '--map', write(files, 'jauh.yaml', 'kolom:\n  ditutup: Z\n'), ...UNIT, ...DAY], {
      cwd: dir,
    });
    expect(far.code).toBe(1);
    expect(far.stderr).toContain('tidak ada di lembar: Z');
    const wrong = write(files, 'salah.yaml', 'kolom:\n  ditutup: Akibat Ditutup\n');
    const bad = await ppidInProcess(['import', sheet, '--dry-run', '--map', wrong, ...UNIT, ...DAY], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('Akibat Ditutup');
  });

  it('a header not understood says which columns it recognised and which required ones it did not find', async () => {
    const dir = newArchive();
    const r = await ppidInProcess(['import', join(FIX, 'hdr-tidak-dikenal.csv'), '--dry-run', ...UNIT, ...DAY], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(
      'judul kolom tidak dikenali sebagai tabel DIK; dikenali: kolom A → informasi; kolom D → keterangan; tidak ditemukan: dasar hukum, jangka waktu',
    );
    const en = await ppidInProcess(['import', join(FIX, 'hdr-tidak-dikenal.csv'), '--dry-run', '--lang', 'en', ...UNIT, ...DAY], { cwd: dir });
    expect(en.stderr).toContain('recognised: column A → information; column D → remarks; not found: legal basis, period');
    const files = tempDir();
    const map = write(files, 'peta.yaml', 'kolom:\n  dasar_hukum: Landasan\n  jangka_waktu: C\n');
    const ok = await dryRun(dir, join(FIX, 'hdr-tidak-dikenal.csv'), '--map', map);
    expect(ok.plan.peta_kolom).toEqual({ judul: 'A', dasar_hukum: 'B', jangka_waktu: 'C', keterangan: 'D' });
  });
});
