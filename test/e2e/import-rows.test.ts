/** `ppid import` on a DIK table as offices write it: group rows, numbered items, multi-line cells, real legal mistakes. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, newArchive, ROOT, snapshot, ppidInProcess, tempDir, write } from '../helpers/cli.js';

afterAll(cleanTempDirs);
const FIX = join(ROOT, 'test', 'fixtures', 'import', 'dik-baris-kelompok.csv');
const DAY = ['--today', '2026-11-25'];

async function dryRun(file: string, extra: string[] = []) {
  const dir = newArchive();
  const before = snapshot(dir);
  const r = await ppidInProcess(['import', file, '--dry-run', '--json', ...DAY, ...extra], { cwd: dir });
  expect(snapshot(dir)).toBe(before);
  return { r, plan: JSON.parse(r.stdout) };
}

describe('ppid import: rows and cells of real DIK tables', () => {
  it('group rows, unit rows and continuation rows never become items; items keep their own number', async () => {
    const { plan } = await dryRun(FIX);
    const rows = plan.baris.map((b: any) => b.baris);
    // Rows 5 and 18 are units, 6, 8, 9 and 19 group headings, 12 the rest of row 11's consequence.
    for (const heading of [5, 6, 8, 9, 12, 18, 19]) expect(rows).not.toContain(heading);
    expect(plan.baris.filter((b: any) => b.hasil === 'baru').map((b: any) => `${b.baris}:${b.judul}`)).toEqual([
      '7:Berkas pemeriksaan disiplin pegawai',
      '10:Dokumen / berkas PNS',
      '11:Riwayat kesehatan pegawai',
      '22:Kertas kerja pemeriksaan',
    ]);
    expect(plan.ringkasan).toMatchObject({ butir: 11, baru: 4, ada: 0, ditolak: 7, kelompok: [6, 8, 9, 19], unit: [5, 18], lanjutan: [12] });
  });

  it('every refused row is refused for the rule it breaks, at its row and column', async () => {
    const { r, plan } = await dryRun(FIX);
    expect(r.code).toBe(1);
    const errors = plan.masalah.filter((m: any) => m.tingkat === 'galat').map((m: any) => `${m.baris}:${m.kolom}:${m.kode}`);
    expect(errors).toEqual([
      '13:kolom C:impor-pasal17-huruf-tidak-ada',
      '14:kolom C:impor-dasar-hukum-uu-lain',
      '15:kolom F:impor-jangka-waktu-bukan-jangka',
      '16:kolom F:impor-jangka-waktu-ganda',
      '17:kolom C:impor-pasal17-huruf-tidak-ada',
      '17:kolom F:impor-jangka-waktu-tak-terbaca',
      '20:kolom F:periode-a-f-permanen',
      '21:kolom F:periode-persetujuan-bukan-gh',
    ]);
    expect(plan.ringkasan.sebab).toContainEqual({ kode: 'impor-pasal17-huruf-tidak-ada', baris: [13, 17] });
    expect(plan.ringkasan.putuskan.map((p: any) => `${p.keputusan}:${p.baris.join(',')}`)).toEqual([
      'huruf:13,14,17',
      'jangka:15,16,17,20,21',
      'kelompok:7,22',
      'tinjau:11',
      'tanggal:',
    ]);
  });

  it('the summary is printed at the end of a dry run, in Indonesian and in English', async () => {
    const dir = newArchive();
    const id = await ppidInProcess(['import', FIX, '--dry-run', ...DAY], { cwd: dir });
    expect(id.stdout).toMatch(
      /Ringkasan .*dik-baris-kelompok\.csv:\n {2}11 baris butir: 4 baru, 0 sudah ada, 7 ditolak\n {2}bukan butir: 4 baris kelompok \(6, 8–9, 19\); 2 baris unit \(5, 18\); 1 baris lanjutan butir di atasnya \(12\)\n/,
    );
    // Each reason in words, not as a code.
    expect(id.stdout).toContain('Ditolak karena:\n    - dasar hukum menyebut UU 14/2008 tanpa huruf Pasal 17: 2 baris: 13, 17\n');
    expect(id.stdout).toContain('    - dasar hukum hanya undang-undang lain, tanpa huruf Pasal 17: 1 baris: 14\n');
    expect(id.stdout).toContain('    - "tidak terbatas" untuk huruf a–f: 1 baris: 20\n');
    expect(id.stdout).not.toMatch(/^ +- (impor|periode)-/m);
    expect(id.stdout).toContain('Yang harus diputuskan petugas:');
    const en = await ppidInProcess(['import', FIX, '--dry-run', '--lang', 'en', ...DAY], { cwd: dir });
    expect(en.stdout).toContain('11 item rows: 4 new, 0 already there, 7 refused');
    expect(en.stdout).toContain('What the officer must decide:');
    expect(en.stdout).toContain('    - several periods in one cell: 1 row: 16\n');
  });

  it('the readable rows come in: numbered-list legal bases, letters named by their group row, the number kept as x_nomor_asal', async () => {
    const dir = tempDir();
    // Only the good rows, the headings and the continuation.
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(FIX, 'utf8').split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const keep = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 18, 19, 22];
    const file = write(dir, 'dik.csv', keep.map((n) => lines[n - 1]).join('\r\n') + '\r\n');
    const arch = newArchive();
    const r = await ppidInProcess(['import', file, '--tanggal-uji', '2025-01-10', ...DAY], { cwd: arch });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: arch })).stdout);
    const shown = async (id: string) => JSON.parse((await ppidInProcess(['show', id, '--json'], { cwd: arch })).stdout);
    const byTitle = Object.fromEntries(list.map((x: any) => [x.judul, x]));
    const pns = await shown(byTitle['Dokumen / berkas PNS'].id);
    const data = pns.data ?? pns;
    expect(data.pasal17).toEqual(['h']);
    expect(data.dasar_hukum).toEqual(['UU 14/2008 Pasal 17 huruf h', 'UUD 1945 Pasal 28A–28H', 'PP 46/2011 Pasal 5']);
    expect(data.x_nomor_asal).toBe('1.a');
    expect(data.jangka_waktu).toMatchObject({ hingga_persetujuan: true });
    expect(data.uji_konsekuensi.konsekuensi_dibuka).toBe('1. Membuka data pribadi pegawai.\n2. Data dapat disalahgunakan.');
    const sick = await shown(byTitle['Riwayat kesehatan pegawai'].id);
    const s = sick.data ?? sick;
    // Prose after the citation is not read for letters; the next row's half-cell is this item's.
    expect(s.pasal17).toEqual(['h2']);
    expect(s.uji_konsekuensi.konsekuensi_ditutup).toBe('Melindungi privasi pegawai.\nMelindungi keluarga pegawai.');
    expect(s.jangka_waktu).toMatchObject({ hingga: 'yang bersangkutan tidak menjadi pegawai' });
    const disiplin = await shown(byTitle['Berkas pemeriksaan disiplin pegawai'].id);
    const d = disiplin.data ?? disiplin;
    expect(d.pasal17).toEqual(['a']);
    expect(d.dasar_hukum).toEqual(['UU 14/2008 Pasal 17 huruf a', 'UU 43/1999']);
    expect(list).toHaveLength(4);
  });

  it('a group row without a letter of its own gives none; a group heading that only describes a category is never read for one', async () => {
    const dir = tempDir();
    const file = write(
      dir,
      'dik.csv',
      [
        'No;Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu',
        'Inspektorat Daerah;;;;;',
        'I;Informasi yang dapat menghambat proses penegakan hukum;;;;',
        '1;Laporan hasil pemeriksaan;UU 14/2008 tentang KIP;Menghambat penyidikan.;Melindungi proses hukum.;2 tahun',
        '',
      ].join('\r\n'),
    );
    const { plan } = await dryRun(file);
    expect(plan.masalah.filter((m: any) => m.tingkat === 'galat').map((m: any) => `${m.baris}:${m.kolom}:${m.kode}`)).toEqual([
      '4:kolom C:impor-pasal17-huruf-tidak-ada',
    ]);
    expect(plan.ringkasan).toMatchObject({ butir: 1, kelompok: [3], unit: [2] });
  });
});
