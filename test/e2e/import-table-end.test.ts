/**
 * What surrounds the items of a real DIK table: totals, notes and signatures under it, headings
 * repeated on each page, headings in one cell, titles carried on a second row, one "Esensi" over
 * several items. None of it may become an item or be glued onto one.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, newArchive, ppidInProcess, tempDir, write } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const HEAD = 'No;Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu';
const DAY = ['--today', '2026-11-25', '--tanggal-uji', '2025-01-10'];
const item = (no: string, judul: string, jangka = '5 tahun', basis = 'Pasal 17 huruf h angka 2 UU 14/2008') =>
  `${no};${judul};${basis};Membuka data pribadi.;Melindungi privasi pegawai.;${jangka}`;

async function dryRun(lines: string[], extra: string[] = ['--unit', 'BKPSDM']) {
  const file = write(tempDir(), 'dik.csv', '\uFEFF' + lines.join('\r\n') + '\r\n');
  const dir = newArchive();
  const r = await ppidInProcess(['import', file, '--dry-run', '--json', ...DAY, ...extra], { cwd: dir });
  const plan = JSON.parse(r.stdout);
  return { r, plan, file, dir, rows: plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.judul}`) as string[] };
}

describe('ppid import: the rows around the items', () => {
  it('a signature right under the last item (no blank row, in the "Ditutup" column) closes the table; it is never the item\'s consequence', async () => {
    const lines = [HEAD, item('1', 'Data pasien HIV'), item('2', 'Data ODGJ', '10 tahun'), ';;;;BUPATI SEKADAU HULU,;', ';;;;ttd;', ';;;;H. ABDUL RAHMAN;'];
    const { r, plan, file, dir } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(plan.ringkasan).toMatchObject({ butir: 2, baru: 2, penutup: [4, 5, 6], lanjutan: [] });
    const real = await ppidInProcess(['import', file, '--unit', 'BKPSDM', '--tanggal-uji', '2025-01-10'], {
      cwd: dir,
      env: { GIT_COMMITTER_DATE: '2026-11-25T09:00:00+07:00' },
    });
    expect(real.code, real.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout) as any[];
    for (const x of list) {
      const rec = JSON.parse((await ppidInProcess(['show', x.id, '--json'], { cwd: dir })).stdout);
      expect(rec.uji_konsekuensi.konsekuensi_ditutup).toBe('Melindungi privasi pegawai.');
    }
  });

  it('a total, notes, the place and date in the period column and a signature block are no items and refuse nothing', async () => {
    const lines = [
      HEAD,
      item('1', 'Data pasien HIV'),
      ';JUMLAH;;;;9 Informasi',
      'Keterangan:;Jangka waktu dihitung sejak tanggal penetapan;;;;',
      ';;;;;Sekadau Hulu, 15 Januari 2024',
      ';;;;;Kepala Dinas Kesehatan',
      ';;;;;dr. SITI AMINAH, M.Kes',
      ';;;;;NIP. 19750101 200212 2 003',
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows).toEqual(['2:baru:Data pasien HIV']);
    expect(plan.ringkasan.penutup).toEqual([3, 4, 5, 6, 7, 8]);
    const text = await ppidInProcess(['import', write(tempDir(), 'dik.csv', lines.join('\n') + '\n'), '--dry-run', '--unit', 'BKPSDM', ...DAY], {
      cwd: newArchive(),
    });
    expect(text.stdout).toContain('bukan butir: 6 baris jumlah, keterangan atau tanda tangan (3–8)');
  });

  it('two signers side by side (titles and names in the title and consequence columns) close the table; "H. Ahmad" is a name, not an item "h"', async () => {
    const lines = [
      HEAD,
      item('1', 'Identitas pelapor'),
      ';Mengetahui,;;;Tanjung Rawa, 3 Maret 2025;',
      ';BUPATI TANJUNG RAWA;;;PPID UTAMA;',
      ';H. AHMAD FAUZI;;;BUDI SANTOSO, S.Sos;',
      ';;;;NIP 19800101 200501 1 002;',
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows).toEqual(['2:baru:Identitas pelapor']);
    expect(plan.ringkasan.penutup).toEqual([3, 4, 5, 6]);
  });

  it('items that look like what closes a table stay items: a note is one row (the unit under it heads its items), "Jumlah …" with a period of its own, a title-only last row, a lower-case title with consequences of its own', async () => {
    const lines = [
      HEAD,
      'Badan Kepegawaian;;;;;',
      item('1', 'Data gaji pegawai'),
      'Keterangan: data di atas dikelola Bidang Mutasi;;;;;',
      'INSPEKTORAT DAERAH;;;;;',
      item('1', 'Laporan hasil pemeriksaan investigatif'),
      ';Jumlah pemeriksa yang ditugaskan per wajib pajak;;;;2 tahun',
      ';rekening koran wajib pajak yang diperiksa;;Membuka data keuangan.;Melindungi wajib pajak.;',
      ';Daftar nama saksi pelapor gratifikasi;;;;',
    ];
    const { r, plan, rows } = await dryRun(lines, []);
    expect(r.code).toBe(1);
    expect(plan.ringkasan).toMatchObject({ unit: [2, 5], penutup: [4], lanjutan: [] });
    expect(rows).toEqual([
      '3:baru:Data gaji pegawai',
      '6:baru:Laporan hasil pemeriksaan investigatif',
      '7:galat:Jumlah pemeriksa yang ditugaskan per wajib pajak',
      '8:galat:rekening koran wajib pajak yang diperiksa',
      '9:galat:Daftar nama saksi pelapor gratifikasi',
    ]);
    expect(plan.baris.find((b: any) => b.baris === 6).id).toBeTruthy();
    const text = await ppidInProcess(['import', write(tempDir(), 'dik.csv', lines.join('\n') + '\n'), '--dry-run', ...DAY], { cwd: newArchive() });
    expect(text.stdout).toContain('baris 6: DIK-2026-0002 Laporan hasil pemeriksaan investigatif (Inspektorat Daerah) — baru');
  });

  it('notes in the middle of the table end where the next item begins; an item titled "Keterangan saksi" stays an item', async () => {
    const lines = [
      HEAD,
      item('1', 'Berkas hukuman disiplin'),
      '*) Keterangan: data pegawai dikelola melalui SIMPEG;;;;;',
      item('2', 'Data gaji pegawai'),
      item('3', 'Keterangan saksi dalam pemeriksaan disiplin'),
      // Unnumbered items whose titles begin as a total or a place and date would: their cells make them items.
      item('', 'Jumlah dan identitas saksi pelapor'),
      item('', 'Berita acara rapat, 15 Januari 2024'),
      'TOTAL;3 jenis informasi;;;;',
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows).toEqual([
      '2:baru:Berkas hukuman disiplin',
      '4:baru:Data gaji pegawai',
      '5:baru:Keterangan saksi dalam pemeriksaan disiplin',
      '6:baru:Jumlah dan identitas saksi pelapor',
      '7:baru:Berita acara rapat, 15 Januari 2024',
    ]);
    // A total written in the No column is no number.
    expect(plan.ringkasan.penutup).toEqual([3, 8]);
  });

  it('the column headings repeated in the body (page by page, with the row of column numbers) are neither items nor the rest of one', async () => {
    const lines = [
      'No;Informasi;Dasar Hukum;Konsekuensi;;Jangka Waktu',
      ';;;Dibuka;Ditutup;',
      '1;2;3;4;5;6',
      item('1', 'Data pasien HIV'),
      'NO;INFORMASI;DASAR HUKUM;KONSEKUENSI;;JANGKA WAKTU',
      ';;;DIBUKA;DITUTUP;',
      '(1);(2);(3);(4);(5);(6)',
      item('2', 'Data ODGJ'),
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows).toEqual(['4:baru:Data pasien HIV', '8:baru:Data ODGJ']);
    expect(plan.ringkasan).toMatchObject({ judul_ulang: [5, 6, 7], lanjutan: [] });
  });

  it("headings in one cell: a numbered group and a numbered category are groups, a lettered name a unit (said when unknown); a category's letter stops at the next unit", async () => {
    const lines = [
      HEAD,
      'Badan Kepegawaian;;;;;',
      'I. Informasi yang dapat menghambat proses penegakan hukum (Pasal 17 huruf a);;;;;',
      item('1', 'Berkas pemeriksaan disiplin', '2 tahun', 'UU No 43 Tahun 1999'),
      '1. Dokumen / berkas PNS;;;;;',
      item('1.a', 'Data gaji'),
      'Inspektorat Daerah;;;;;',
      item('1', 'Rekam medis auditor', '5 tahun', 'UU 17/2023 tentang Kesehatan Pasal 4'),
      'D.;BAGIAN UMUM;;;;',
      item('1', 'Data pribadi sopir dan ajudan'),
    ];
    const { plan } = await dryRun(lines, []);
    expect(plan.ringkasan).toMatchObject({ kelompok: [3, 5], unit: [2, 7, 9] });
    const units = Object.fromEntries(plan.baris.map((b: any) => [b.baris, b.hasil]));
    expect(units).toEqual({ 4: 'baru', 6: 'baru', 8: 'galat', 10: 'baru' });
    const codes = plan.masalah.map((m: any) => `${m.baris}:${m.kode}`);
    // Row 4 takes letter a from its category (said); row 8, under another unit, does not.
    expect(codes).toContain('4:impor-huruf-dari-kelompok');
    expect(codes).toContain('8:impor-dasar-hukum-uu-lain');
    expect(codes).toContain('9:impor-unit-tidak-dikenal');
    expect(plan.masalah.find((m: any) => m.baris === 9).kolom).toBe('kolom B');
  });

  it("a university: lettered subject groups under a unit named without a letter stay that unit's; a unit by its word is a unit though unknown; a group's legal basis is its items'", async () => {
    const lines = [
      HEAD,
      'Badan Kepegawaian;;;;;',
      'A.;Akademik;;;;',
      item('1', 'Soal ujian seleksi masuk'),
      'B.;Kepegawaian;;;;',
      '2;Data keuangan pribadi pejabat;Pasal 17 huruf h angka 3 UU 14/2008;;;',
      '2.a;Rekening gaji pejabat;;Membuka penghasilan.;Melindungi privasi.;5 tahun',
      '3;DINAS SOSIAL;;;;',
      item('3.1', 'Data penerima PKH'),
    ];
    const { r, plan } = await dryRun(lines, []);
    expect(r.code, r.stderr).toBe(0);
    expect(plan.ringkasan).toMatchObject({ unit: [2, 8], kelompok: [3, 5, 6] });
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual(['7:impor-huruf-dari-kelompok', '8:impor-unit-tidak-dikenal']);
  });

  it('a category naming two letters gives neither: each row says which is its own', async () => {
    const lines = [HEAD, 'I;Informasi yang dapat membahayakan (Pasal 17 huruf a dan i);;;;', item('1', 'Memo internal', '2 tahun', 'UU 14/2008')];
    const { plan } = await dryRun(lines);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual(['3:impor-pasal17-huruf-tidak-ada']);
  });

  it('a title carried on to the next row joins the title; "a. Data gaji" numbered in the title cell is numbered "a"', async () => {
    const lines = [
      HEAD,
      item('1', 'Data pribadi ASN (alamat, keluarga)'),
      ';dan data pasangan serta anak;;;serta melindungi keluarga;',
      '2;Dokumen pegawai;;;;',
      item('', 'a. Data gaji pegawai'),
      item('', 'b. Data keluarga pegawai'),
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code, r.stderr).toBe(0);
    expect(rows).toEqual([
      '2:baru:Data pribadi ASN (alamat, keluarga) dan data pasangan serta anak',
      '5:baru:Data gaji pegawai',
      '6:baru:Data keluarga pegawai',
    ]);
    expect(plan.ringkasan).toMatchObject({ lanjutan: [3], kelompok: [4] });
  });

  it('one "Esensi" over several "Konten" rows is several items titled by both; the same row twice is an error at the second, not "already there"', async () => {
    const head = 'No;Esensi Informasi;Konten Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu';
    const row = (no: string, esensi: string, konten: string, jangka: string) =>
      `${no};${esensi};${konten};Pasal 17 huruf h UU 14/2008;Membuka data pribadi.;Melindungi privasi.;${jangka}`;
    const lines = [
      head,
      row('1', 'Data Kepegawaian', 'Data gaji dan tunjangan', '10 tahun'),
      // An Esensi cell left empty, as a merged cell exported to CSV leaves it: the row above's.
      row('', '', 'Data rekening bank', '5 tahun'),
      row('2', 'Data Kepegawaian', 'Data gaji dan tunjangan', '5 tahun'),
    ];
    const { r, plan, rows } = await dryRun(lines);
    expect(r.code).toBe(1);
    expect(rows).toEqual([
      '2:baru:Data Kepegawaian — Data gaji dan tunjangan',
      '3:baru:Data Kepegawaian — Data rekening bank',
      '4:galat:Data Kepegawaian — Data gaji dan tunjangan',
    ]);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual(['4:impor-baris-ganda']);
  });

  it('numbers that start again under each heading are kept with their heading\'s ("II.1"); zero-width spaces pasted from the web are not kept', async () => {
    const dir = newArchive();
    const lines = [
      HEAD,
      'II;Informasi yang apabila dibuka dapat mengungkap rahasia pribadi;;;;',
      item('1', 'Data\u200b gaji'),
      '2;Dokumen pegawai;;;;',
      item('a', 'Data cuti'),
      item('2.b', 'Data mutasi'),
    ];
    const file = write(tempDir(), 'dik.csv', lines.join('\n') + '\n');
    const r = await ppidInProcess(['import', file, '--unit', 'BKPSDM', '--tanggal-uji', '2025-01-10'], {
      cwd: dir,
      env: { GIT_COMMITTER_DATE: '2026-11-25T09:00:00+07:00' },
    });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout) as any[];
    const traced: string[] = [];
    for (const x of list) traced.push(`${x.judul}=${JSON.parse((await ppidInProcess(['show', x.id, '--json'], { cwd: dir })).stdout).x_nomor_asal}`);
    expect(traced.sort()).toEqual(['Data cuti=2.a', 'Data gaji=II.1', 'Data mutasi=2.b']);
  });

  it('"idem" or "sda" for a consequence is refused at its cell: each item has its own test', async () => {
    const { r, plan } = await dryRun([HEAD, item('1', 'Data gaji'), '2;Data cuti;Pasal 17 huruf h UU 14/2008;idem;sda;5 tahun']);
    expect(r.code).toBe(1);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kolom}:${m.kode}`)).toEqual([
      '3:kolom D:impor-konsekuensi-rujukan',
      '3:kolom E:impor-konsekuensi-rujukan',
    ]);
  });

  it("a record check speaks of the column, not of the record's key", async () => {
    const { plan } = await dryRun([HEAD, item('1', 'Telaahan staf', '2 tahun', 'Pasal 17 huruf i UU 14/2008')]);
    const basis = plan.masalah.filter((m: any) => m.baris === 2 && m.tingkat === 'peringatan');
    expect(basis.length).toBeGreaterThan(0);
    for (const m of basis) expect(m.kolom).toMatch(/^kolom [A-F]$/);
  });
});
