/** `ppid import`: an existing DIK table brought in with one command, problems located by row. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, gitLog, newArchive, ppid, ROOT, snapshot, tempDir, write } from '../helpers/cli.js';

afterAll(cleanTempDirs);
const FIX = join(ROOT, 'test', 'fixtures', 'import');

describe('ppid import (CSV)', () => {
  it('the 5-column layout from Excel (BOM, semicolons, two-row header, unit rows): one commit, valid records, twice = nothing new', () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const dry = ppid(['import', join(FIX, 'dik-lima-kolom.csv'), '--dry-run', '--json', '--today', '2026-11-25'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.id}`)).toEqual(['7:baru:DIK-2026-0001', '8:baru:DIK-2026-0002', '10:baru:DIK-2026-0003', '11:baru:DIK-2026-0004']);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual(['null:impor-tanggal-uji-diisi', '10:impor-tinjau-ulang-diisi']);
    expect(snapshot(dir)).toBe(before);

    const commits = commitCount(dir);
    const r = ppid(['import', join(FIX, 'dik-lima-kolom.csv'), '--tanggal-uji', '2024-01-15', '--today', '2026-11-25'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['add']);
    expect(last!.trailers['PPID-Item']).toEqual(['DIK-2026-0001', 'DIK-2026-0002', 'DIK-2026-0003', 'DIK-2026-0004']);
    expect(ppid(['validate'], { cwd: dir }).code).toBe(0);
    const list = JSON.parse(ppid(['list', '--json'], { cwd: dir }).stdout);
    const byId = Object.fromEntries(list.map((x: any) => [x.id, x]));
    // "Badan Kepegawaian" heads its rows: the start of the archive's unit name.
    expect(byId['DIK-2026-0001']).toMatchObject({ judul: 'Data kesehatan pegawai', unit: 'Badan Kepegawaian dan Pengembangan SDM', pasal17: ['h2'] });
    expect(byId['DIK-2026-0002'].judul).toBe('Hasil asesmen; kompetensi pejabat');
    expect(byId['DIK-2026-0003']).toMatchObject({ unit: 'Inspektorat Daerah', pasal17: ['a1', 'i'], bentuk_jangka_waktu: 'hingga-peristiwa' });
    expect(byId['DIK-2026-0004']).toMatchObject({ pasal17: ['g', 'h3'], bentuk_jangka_waktu: 'hingga-persetujuan' });

    const again = ppid(['import', join(FIX, 'dik-lima-kolom.csv'), '--tanggal-uji', '2024-01-15', '--json', '--today', '2026-11-25'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).baris.every((b: any) => b.hasil === 'sudah-ada')).toBe(true);
    expect(commitCount(dir)).toBe(commits + 1);
  });

  it('the older layout: unreadable cells are errors at their row and column, and nothing is written', () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const r = ppid(['import', join(FIX, 'dik-lama.csv'), '--today', '2026-11-25'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tata letak lama');
    expect(r.stderr).toContain('dik-lama.csv:3: peringatan: unit "Dinas Entah" tidak ada di ppid.yaml (kolom B)');
    expect(r.stderr).toContain('dik-lama.csv:4: galat: dasar hukum "rahasia" tidak menyebut huruf Pasal 17 yang dapat dibaca (kolom D)');
    expect(r.stderr).toContain('dik-lama.csv:4: galat: jangka waktu "lama sekali" tidak dapat dibaca (kolom E)');
    // The older layout has no consequence test: said, never invented.
    expect(r.stderr).toContain('dik-lama.csv:2: galat: kunci wajib "konsekuensi_dibuka" tidak ada');
    expect(r.stderr).toContain('tidak ada yang ditulis');
    expect(snapshot(dir)).toBe(before);
  });

  it('a table in neither layout asks for a map; the map makes it readable; other file types are usage errors', () => {
    const dir = newArchive();
    const files = tempDir();
    const sheet = write(files, 'tabel.csv', 'Uraian Informasi,Landasan,Masa Berlaku,Jika Dibuka,Jika Ditutup,Bidang\n1. Data gaji,17 h.3,5 tahun,Membuka data.,Melindungi.,BKPSDM\n');
    const r = ppid(['import', sheet, '--dry-run'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--map');
    const map = write(files, 'peta.yaml', 'kolom:\n  judul: Uraian Informasi\n  dasar_hukum: Landasan\n  jangka_waktu: Masa Berlaku\n  dibuka: Jika Dibuka\n  ditutup: Jika Ditutup\n  unit: Bidang\n');
    const ok = ppid(['import', sheet, '--map', map, '--dry-run', '--json'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).baris).toEqual([{ baris: 2, judul: '1. Data gaji', id: expect.stringMatching(/^DIK-\d{4}-0001$/), hasil: 'baru' }]);
    const wrongMap = write(files, 'salah.yaml', 'kolom:\n  judul: Nama\n');
    expect(ppid(['import', sheet, '--map', wrongMap], { cwd: dir }).stderr).toContain('Nama');
    const x = ppid(['import', join(ROOT, 'package.json')], { cwd: dir });
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('.csv');
  });
});
