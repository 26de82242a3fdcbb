/** `ppid import`: an existing DIK table brought in with one command, problems located by row. */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, gitLog, head, newArchive, ROOT, snapshot, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { readWorkbook, writeWorkbook } from '../helpers/xlsx.js';
import { readFileSync } from 'node:fs';
import { stringify } from 'yaml';
import { on, PETUGAS, PPID, SAMPLE_DECREE, SAMPLE_ITEM, sopArchive } from '../helpers/sop.js';

afterAll(cleanTempDirs);
const FIX = join(ROOT, 'test', 'fixtures', 'import');

describe('ppid import (CSV)', () => {
  it('the 5-column layout from Excel (BOM, semicolons, two-row header, unit rows): one commit, valid records, twice = nothing new', async () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const dry = await ppidInProcess(['import', join(FIX, 'dik-lima-kolom.csv'), '--dry-run', '--json', '--today', '2026-11-25'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.id}`)).toEqual([
      '7:baru:DIK-2026-0001',
      '8:baru:DIK-2026-0002',
      '10:baru:DIK-2026-0003',
      '11:baru:DIK-2026-0004',
    ]);
    // Letters i and g take their period from another statute (PP 61/2010 Pasal 9, 8(1)), which the rows do not name.
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual([
      'null:impor-tanggal-uji-diisi',
      '10:impor-tinjau-ulang-diisi',
      '10:jangka-waktu-menurut-undang-undang',
      '11:jangka-waktu-menurut-undang-undang',
    ]);
    expect(snapshot(dir)).toBe(before);

    const commits = commitCount(dir);
    const r = await ppidInProcess(['import', join(FIX, 'dik-lima-kolom.csv'), '--tanggal-uji', '2024-01-15', '--today', '2026-11-25'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['add']);
    expect(last!.trailers['PPID-Item']).toEqual(['DIK-2026-0001', 'DIK-2026-0002', 'DIK-2026-0003', 'DIK-2026-0004']);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    const byId = Object.fromEntries(list.map((x: any) => [x.id, x]));
    // "Badan Kepegawaian" heads its rows: the start of the archive's unit name.
    expect(byId['DIK-2026-0001']).toMatchObject({ judul: 'Data kesehatan pegawai', unit: 'Badan Kepegawaian dan Pengembangan SDM', pasal17: ['h2'] });
    expect(byId['DIK-2026-0002'].judul).toBe('Hasil asesmen; kompetensi pejabat');
    expect(byId['DIK-2026-0003']).toMatchObject({ unit: 'Inspektorat Daerah', pasal17: ['a1', 'i'], bentuk_jangka_waktu: 'hingga-peristiwa' });
    expect(byId['DIK-2026-0004']).toMatchObject({ pasal17: ['g', 'h3'], bentuk_jangka_waktu: 'hingga-persetujuan' });

    const again = await ppidInProcess(['import', join(FIX, 'dik-lima-kolom.csv'), '--tanggal-uji', '2024-01-15', '--json', '--today', '2026-11-25'], {
      cwd: dir,
    });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout).baris.every((b: any) => b.hasil === 'sudah-ada')).toBe(true);
    expect(commitCount(dir)).toBe(commits + 1);
  });

  it('the older layout: unreadable cells are errors at their row and column, and nothing is written', async () => {
    const dir = newArchive();
    const before = snapshot(dir);
    const r = await ppidInProcess(['import', join(FIX, 'dik-lama.csv'), '--today', '2026-11-25'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('tata letak lama');
    expect(r.stderr).toContain('dik-lama.csv:3: peringatan: unit "Dinas Entah" tidak ada di ppid.yaml (kolom B)');
    expect(r.stderr).toContain('dik-lama.csv:4: galat: dasar hukum "rahasia" tidak menyebut huruf Pasal 17 yang dapat dibaca (kolom D)');
    expect(r.stderr).toContain('dik-lama.csv:4: galat: jangka waktu "lama sekali" tidak dapat dibaca (kolom E)');
    // The older layout has no consequence test: said once for the file, never invented.
    expect(r.stderr).toContain('dik-lama.csv: galat: tabel tidak memuat uji konsekuensi (kolom Dibuka dan Ditutup)');
    expect(r.stderr).toContain('tambahkan dua kolom berjudul "Dibuka" dan "Ditutup"');
    expect(r.stderr).not.toContain('kunci wajib');
    expect(r.stderr).toContain('tidak ada yang ditulis');
    expect(snapshot(dir)).toBe(before);
  });

  it('the older layout with the two consequence columns added: records created, the event period warned about', async () => {
    const dir = newArchive();
    const r = await ppidInProcess(['import', join(FIX, 'dik-lama-dengan-uji.csv'), '--tanggal-uji', '2024-01-15', '--today', '2026-11-25', '--json'], {
      cwd: dir,
    });
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.baris.map((b: any) => b.hasil)).toEqual(['baru', 'baru']);
    expect(out.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual(['2:impor-tinjau-ulang-diisi']);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.map((x: any) => `${x.unit}|${x.pasal17}|${x.bentuk_jangka_waktu}`).sort()).toEqual([
      'Badan Kepegawaian dan Pengembangan SDM|h4|setelah-peristiwa',
      'Inspektorat Daerah|a1|panjang-tetap',
    ]);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('a table in neither layout asks for a map; the map makes it readable; other file types are usage errors', async () => {
    const dir = newArchive();
    const files = tempDir();
    const sheet = write(
      files,
      'tabel.csv',
      'Uraian Informasi,Landasan,Masa Berlaku,Jika Dibuka,Jika Ditutup,Bidang\n1. Data gaji,17 h.3,5 tahun,Membuka data.,Melindungi.,BKPSDM\n',
    );
    const r = await ppidInProcess(['import', sheet, '--dry-run'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--map');
    // The map's example in single braces, as YAML writes it.
    expect(r.stderr).toContain('(kolom: { judul: "…", dasar_hukum: "…", jangka_waktu: "…" })');
    const map = write(
      files,
      'peta.yaml',
      'kolom:\n  judul: Uraian Informasi\n  dasar_hukum: Landasan\n  jangka_waktu: Masa Berlaku\n  dibuka: Jika Dibuka\n  ditutup: Jika Ditutup\n  unit: Bidang\n',
    );
    const ok = await ppidInProcess(['import', sheet, '--map', map, '--dry-run', '--json'], { cwd: dir });
    expect(ok.code, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout).baris).toEqual([{ baris: 2, judul: '1. Data gaji', id: expect.stringMatching(/^DIK-\d{4}-0001$/), hasil: 'baru' }]);
    const wrongMap = write(files, 'salah.yaml', 'kolom:\n  judul: Nama\n');
    expect((await ppidInProcess(['import', sheet, '--map', wrongMap], { cwd: dir })).stderr).toContain('Nama');
    const x = await ppidInProcess(['import', join(ROOT, 'package.json')], { cwd: dir });
    expect(x.code).toBe(2);
    expect(x.stderr).toContain('.xlsx atau .csv');
    // A file that only pretends to be a workbook is a located error, not a crash.
    const fake = write(files, 'palsu.xlsx', 'bukan zip');
    const f = await ppidInProcess(['import', fake], { cwd: dir });
    expect(f.code).toBe(1);
    expect(f.stderr).toContain('palsu.xlsx: galat: buku kerja Excel tidak dapat dibaca');
    expect(f.stderr).not.toMatch(/\n\s+at /);
  });
});

/** The 5-column DIK as an officer keeps it in Excel: notes on a hidden first sheet, a merged title, a merged "Konsekuensi" over two columns, unit rows merged across, rich text and formulas. */
async function messyWorkbook(dir: string): Promise<string> {
  const path = join(dir, 'DIK 2024.xlsx');
  const bold = (t: string) => ({ richText: [{ text: t, font: { bold: true } }, { text: ' (hasil pemeriksaan berkala)' }] });
  await writeWorkbook(path, [
    { name: 'Petunjuk', hidden: true, rows: [['Isi satu baris per informasi.']] },
    {
      name: 'DIK 2024',
      merges: ['A1:F1', 'A2:F2', 'D4:E4', 'A6:F6', 'A9:F9'],
      rows: [
        ['DAFTAR INFORMASI YANG DIKECUALIKAN'],
        ['PEMERINTAH KABUPATEN UJI'],
        [],
        ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi/Pertimbangan bagi Publik', null, 'Jangka Waktu'],
        [null, null, null, 'Dibuka', 'Ditutup', null],
        ['A. Badan Kepegawaian'],
        [
          1,
          bold('Data kesehatan pegawai'),
          'Pasal 17 huruf h angka 2 UU 14/2008',
          'Membuka riwayat kesehatan pegawai.',
          'Melindungi privasi pegawai.',
          '5 tahun',
        ],
        [
          { formula: 'A7+1', result: 2 },
          'Berkas hukuman disiplin PNS',
          '17 h.4',
          'Membuka penilaian pribadi.',
          'Melindungi martabat pegawai.',
          '5 tahun setelah keputusan disiplin',
        ],
        ['B. Inspektorat'],
        [
          { formula: 'A8+1', result: 3 },
          'Laporan hasil pemeriksaan investigatif',
          'huruf a angka 1 dan huruf i',
          'Menghambat penyidikan.',
          'Melindungi proses hukum.',
          '20 Tahun',
        ],
        [
          4,
          'Naskah dinas rahasia tentang pengamanan',
          'Pasal 17 huruf j UU 14/2008 jo. UU 43/2009 Pasal 44',
          'Membuka arsip tertutup.',
          'Menjaga kerahasiaan arsip.',
          'Permanen',
        ],
      ],
    },
  ]);
  return path;
}

describe('ppid import (Excel .xlsx)', () => {
  it('reads the first visible sheet of a messy workbook: merged cells, rich text, formulas; problems name the sheet', async () => {
    const dir = newArchive();
    const path = await messyWorkbook(tempDir());
    const before = snapshot(dir);
    const dry = await ppidInProcess(['import', path, '--dry-run', '--json', '--tanggal-uji', '2024-01-15', '--today', '2026-11-25'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.berkas).toMatch(/DIK 2024\.xlsx\[DIK 2024\]$/);
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.judul}`)).toEqual([
      '7:baru:Data kesehatan pegawai (hasil pemeriksaan berkala)',
      '8:baru:Berkas hukuman disiplin PNS',
      '10:baru:Laporan hasil pemeriksaan investigatif',
      '11:baru:Naskah dinas rahasia tentang pengamanan',
    ]);
    expect(plan.masalah.map((m: any) => `${m.baris}:${m.kode}`)).toEqual([
      '8:impor-tinjau-ulang-diisi',
      '10:jangka-waktu-menurut-undang-undang',
      '11:periode-tanpa-batas-tanpa-tinjau',
    ]);
    expect(snapshot(dir)).toBe(before);

    const text = await ppidInProcess(['import', path, '--dry-run', '--tanggal-uji', '2024-01-15', '--today', '2026-11-25'], { cwd: dir });
    expect(text.stderr).toContain(
      'DIK 2024.xlsx[DIK 2024]:8: peringatan: jangka waktu hingga suatu peristiwa wajib punya tanggal tinjau ulang; diisi 2027-11-25 (kolom F)',
    );

    const r = await ppidInProcess(['import', path, '--tanggal-uji', '2024-01-15', '--today', '2026-11-25'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.map((x: any) => `${x.pasal17.join(',')}|${x.unit}|${x.bentuk_jangka_waktu}`).sort()).toEqual([
      'a1,i|Inspektorat Daerah|panjang-tetap',
      'h2|Badan Kepegawaian dan Pengembangan SDM|panjang-tetap',
      'h4|Badan Kepegawaian dan Pengembangan SDM|setelah-peristiwa',
      'j|Inspektorat Daerah|tanpa-batas',
    ]);
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('--sheet picks a sheet by name; a sheet that is not there is a usage error naming the sheets there are', async () => {
    const dir = newArchive();
    const path = await messyWorkbook(tempDir());
    const r = await ppidInProcess(['import', path, '--sheet', 'Lembar9', '--dry-run'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('tidak ada lembar kerja "Lembar9"; yang ada: Petunjuk, DIK 2024');
    const p = await ppidInProcess(['import', path, '--sheet', 'Petunjuk', '--dry-run'], { cwd: dir });
    expect(p.code).toBe(1);
    expect(p.stderr).toContain('judul kolom tidak dikenali');
  });

  it('an already-decreed DIK comes in as in force under the decree named; a decree without the head\u2019s approval is refused', async () => {
    const dir = newArchive();
    const decree = [
      '--nomor-penetapan',
      '000.7.2/014/PPID/III/2024',
      '--tanggal-penetapan',
      '2024-03-10',
      '--pejabat',
      'Siti Aminah',
      '--jabatan-pejabat',
      'PPID Utama',
    ];
    const before = snapshot(dir);
    const bad = await ppidInProcess(['import', join(FIX, 'dik-lima-kolom.csv'), '--tanggal-uji', '2024-01-15', '--today', '2026-11-25', ...decree], {
      cwd: dir,
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('persetujuan_pimpinan');
    expect(snapshot(dir)).toBe(before);
    const r = await ppidInProcess(
      [
        'import',
        join(FIX, 'dik-lima-kolom.csv'),
        '--tanggal-uji',
        '2024-01-15',
        '--today',
        '2026-11-25',
        ...decree,
        '--pimpinan',
        'Budi Santoso',
        '--tanggal-persetujuan',
        '2024-03-09',
      ],
      { cwd: dir },
    );
    expect(r.code, r.stderr).toBe(0);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Status']).toEqual(['ditetapkan']);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.every((x: any) => x.status === 'ditetapkan')).toBe(true);
    // "5 (lima) Tahun" runs from the decree: it ends on 10 March 2029.
    expect(list.find((x: any) => x.judul === 'Data kesehatan pegawai').berakhir).toBe('2029-03-10');
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });
});

describe('ppid import of a corrected register (issue 23)', () => {
  const ITEM = SAMPLE_ITEM;
  const DECREE = { status: 'ditetapkan', penetapan: SAMPLE_DECREE };

  /** An archive with a proposed item and one in force, and its register exported as .xlsx. */
  async function exported(): Promise<{ dir: string; proposed: string; inForce: string; xlsx: string }> {
    const dir = sopArchive();
    const add = async (extra: Record<string, unknown>, who: Record<string, string>) => {
      const r = await ppidInProcess(['add', '--from', write(tempDir(), 'b.yaml', stringify({ ...ITEM, ...extra })), '--today', '2026-02-01'], {
        cwd: dir,
        env: on(who, '2026-02-01'),
      });
      expect(r.code, r.stderr).toBe(0);
      return r.stdout.trim();
    };
    const proposed = await add({ judul: 'Data rekning penerima bantuan' }, PETUGAS);
    const inForce = await add({ judul: 'Data kesehatan pegawai', ...DECREE }, PPID);
    const xlsx = join(tempDir(), 'r.xlsx');
    const ex = await ppidInProcess(['export', '--out', xlsx, '--today', '2026-02-02'], { cwd: dir });
    expect(ex.code, ex.stderr).toBe(0);
    return { dir, proposed, inForce, xlsx };
  }

  /** Cells changed as an officer would in Excel: by the row's id and the column's heading. */
  async function changeCells(xlsx: string, changes: Array<[id: string, heading: string, value: string]>): Promise<void> {
    const wb = await readWorkbook(xlsx);
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((row, n) => {
      if (!header && row.values && (row.values as unknown[]).includes('ID')) header = n;
    });
    const headings = ws.getRow(header).values as unknown[];
    for (const [id, heading, value] of changes) {
      const col = headings.indexOf(heading);
      expect(col, heading).toBeGreaterThan(0);
      let found = false;
      ws.eachRow((row, n) => {
        if (n > header && row.getCell(headings.indexOf('ID')).value === id) {
          row.getCell(col).value = value;
          found = true;
        }
      });
      expect(found, id).toBe(true);
    }
    await wb.xlsx.writeFile(xlsx);
  }

  it('export → a title and a statute corrected in the workbook → a dry run shows each field → applied as one edit step; audit clean; again = nothing', async () => {
    const { dir, proposed, inForce, xlsx } = await exported();
    await changeCells(xlsx, [
      [proposed, 'Informasi', 'Data rekening penerima bantuan'],
      [inForce, 'Dasar Hukum Pengecualian', 'UU 14/2008 Pasal 17 huruf h angka 3\nPP 61/2010 Pasal 6'],
    ]);
    const before = snapshot(dir);
    const dry = await ppidInProcess(['import', xlsx, '--dry-run', '--today', '2026-02-03'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`${proposed}: judul: «Data rekning penerima bantuan» → «Data rekening penerima bantuan»`);
    expect(dry.stdout).toContain(`${inForce}: dasar_hukum: «UU 14/2008 Pasal 17 huruf h angka 3» → «UU 14/2008 Pasal 17 huruf h angka 3; PP 61/2010 Pasal 6»`);
    expect(dry.stderr).toContain('2 dikoreksi, 0 tanpa perubahan');
    const dryEn = JSON.parse((await ppidInProcess(['import', xlsx, '--dry-run', '--json', '--today', '2026-02-03'], { cwd: dir })).stdout);
    expect(dryEn.baris.map((b: any) => [b.id, b.hasil, b.berubah?.map((c: any) => c.kolom)])).toEqual([
      [proposed, 'dikoreksi', ['judul']],
      [inForce, 'dikoreksi', ['dasar_hukum']],
    ]);
    expect(snapshot(dir)).toBe(before);

    // A correction says why: without a reason nothing is written.
    const noReason = await ppidInProcess(['import', xlsx, '--today', '2026-02-03'], { cwd: dir, env: on(PETUGAS, '2026-02-03') });
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('--alasan');
    expect(snapshot(dir)).toBe(before);

    const commits = commitCount(dir);
    const r = await ppidInProcess(['import', xlsx, '--alasan', 'salah ketik di register', '--json', '--today', '2026-02-03'], {
      cwd: dir,
      env: on(PETUGAS, '2026-02-03'),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['edit']);
    expect(last!.trailers['PPID-Item']).toEqual([proposed, inForce]);
    expect(last!.trailers['PPID-Alasan']).toEqual(['salah ketik di register']);
    expect(JSON.parse(r.stdout)).toMatchObject({ ditulis: true, commit: null, commit_koreksi: head(dir) });
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    const byId = Object.fromEntries(list.map((x: any) => [x.id, x]));
    expect(byId[proposed].judul).toBe('Data rekening penerima bantuan');
    expect(readFileSync(join(dir, 'informasi', `${inForce}.md`), 'utf8')).toContain('- PP 61/2010 Pasal 6');
    const audit = await ppidInProcess(['audit', '--today', '2026-02-03'], { cwd: dir });
    expect(audit.code, audit.stdout).toBe(0);

    const again = await ppidInProcess(['import', xlsx, '--alasan', 'lagi', '--json', '--today', '2026-02-04'], { cwd: dir, env: on(PETUGAS, '2026-02-04') });
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout).baris.map((b: any) => b.hasil)).toEqual(['tanpa-perubahan', 'tanpa-perubahan']);
    expect(commitCount(dir)).toBe(commits + 1);
  });

  it('a sheet that corrects and adds: the correction step, then the registration step; run again, nothing', async () => {
    const { dir, proposed, xlsx } = await exported();
    await changeCells(xlsx, [[proposed, 'Informasi', 'Data rekening penerima bantuan']]);
    const wb = await readWorkbook(xlsx);
    const ws = wb.worksheets[0]!;
    let header = 0;
    ws.eachRow((r, n) => {
      if (!header && (r.values as unknown[]).includes('ID')) header = n;
    });
    const headings = ws.getRow(header).values as unknown[];
    const cells: Record<string, string | number> = {
      Informasi: 'Data gaji pegawai',
      'Unit Kerja': 'Badan Kepegawaian',
      'Kode Pasal 17': 'h3',
      'Dasar Hukum Pengecualian': 'UU 14/2008 Pasal 17 huruf h angka 3',
      'Tanggal Uji Konsekuensi': '2026-01-05',
      'Konsekuensi Bila Dibuka': 'Membuka data keuangan pribadi.',
      'Konsekuensi Bila Ditutup': 'Melindungi privasi.',
      Cakupan: 'seluruh',
      Mulai: '2026-01-10',
      Tahun: 5,
    };
    // Typed below the last item, as an officer adds a row.
    let last = header;
    ws.eachRow((_r, n) => {
      last = Math.max(last, n);
    });
    const added = ws.getRow(last + 1);
    for (const [h, v] of Object.entries(cells)) added.getCell(headings.indexOf(h)).value = v;
    added.commit();
    await wb.xlsx.writeFile(xlsx);
    const commits = commitCount(dir);
    const r = await ppidInProcess(['import', xlsx, '--alasan', 'judul diperbaiki', '--today', '2026-02-03'], { cwd: dir, env: on(PETUGAS, '2026-02-03') });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 2);
    const [add, fix] = gitLog(dir);
    expect(fix!.trailers['PPID-Perintah']).toEqual(['edit']);
    expect(fix!.trailers['PPID-Item']).toEqual([proposed]);
    expect(add!.trailers['PPID-Perintah']).toEqual(['add']);
    expect(add!.trailers['PPID-Item']).toHaveLength(1);
    expect((await ppidInProcess(['audit', '--today', '2026-02-03'], { cwd: dir })).code).toBe(0);
    const again = await ppidInProcess(['import', xlsx, '--alasan', 'lagi', '--today', '2026-02-04'], { cwd: dir, env: on(PETUGAS, '2026-02-04') });
    expect(again.code, again.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 2);
  });

  it('a cell a determined item keeps (its Pasal 17 code) is refused at its row, pointing to reclassify; nothing is written', async () => {
    const { dir, inForce, xlsx } = await exported();
    await changeCells(xlsx, [[inForce, 'Kode Pasal 17', 'h2']]);
    const before = snapshot(dir);
    const r = await ppidInProcess(['import', xlsx, '--alasan', 'koreksi', '--today', '2026-02-03'], { cwd: dir, env: on(PETUGAS, '2026-02-03') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`:3: galat: ${inForce} berstatus ditetapkan: pasal17 tidak dapat dikoreksi lewat impor`));
    expect(r.stderr).toContain(`ppid reclassify ${inForce}`);
    expect(snapshot(dir)).toBe(before);
  });

  it('a heavily edited row is its item, never a new one: maybe another item is an error at its row; nothing written (ADR 9)', async () => {
    const { dir, proposed, inForce, xlsx } = await exported();
    // About twelve cells of the item in force, its title among them: a reclassification in disguise, or another item.
    await changeCells(xlsx, [
      [inForce, 'Informasi', 'Data pengadaan alat kesehatan'],
      [inForce, 'Kode Pasal 17', 'h1'],
      [inForce, 'Dasar Hukum Pengecualian', 'UU 14/2008 Pasal 17 huruf h angka 1'],
      [inForce, 'Tahun', '10'],
      [inForce, 'Mulai', '2026-01-20'],
      [inForce, 'Tanggal Uji Konsekuensi', '2026-01-15'],
      [inForce, 'Konsekuensi Bila Dibuka', 'Membuka harga penawaran.'],
      [inForce, 'Konsekuensi Bila Ditutup', 'Menjaga persaingan usaha.'],
      [inForce, 'Nomor Penetapan', '800/10/2026'],
      [inForce, 'Tanggal Penetapan', '2026-01-21'],
      // The proposal's title becomes the other item's, with most of its cells.
      [proposed, 'Informasi', 'Data kesehatan pegawai'],
      [proposed, 'Kode Pasal 17', 'h2'],
      [proposed, 'Dasar Hukum Pengecualian', 'UU 14/2008 Pasal 17 huruf h angka 2'],
      [proposed, 'Konsekuensi Bila Dibuka', 'Membuka riwayat kesehatan.'],
      [proposed, 'Konsekuensi Bila Ditutup', 'Melindungi privasi pegawai.'],
      [proposed, 'Tahun', '2'],
      [proposed, 'Mulai', '2026-01-12'],
    ]);
    const before = snapshot(dir);
    const commits = commitCount(dir);
    const r = await ppidInProcess(['import', xlsx, '--alasan', 'register diperbarui', '--today', '2026-02-03'], { cwd: dir, env: on(PPID, '2026-02-03') });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`:2: galat: baris ini mengubah \\d+ dari \\d+ sel ${proposed}, judulnya juga: mungkin butir lain`));
    expect(r.stderr).toMatch(new RegExp(`:3: galat: baris ini mengubah \\d+ dari \\d+ sel ${inForce}, judulnya juga`));
    expect(r.stderr).toContain('kosongkan sel ID');
    expect(r.stderr).not.toContain('nomor baru');
    expect(snapshot(dir)).toBe(before);
    expect(commitCount(dir)).toBe(commits);
    const json = JSON.parse((await ppidInProcess(['import', xlsx, '--dry-run', '--json', '--today', '2026-02-03'], { cwd: dir })).stdout);
    expect(json.baris.map((b: any) => b.hasil)).toEqual(['galat', 'galat']);

    // The same edits minus the title: the item in force's row is its correction, refused at its Pasal 17 cell.
    await changeCells(xlsx, [[inForce, 'Informasi', 'Data kesehatan pegawai']]);
    const kept = await ppidInProcess(['import', xlsx, '--dry-run', '--today', '2026-02-03'], { cwd: dir });
    expect(kept.code).toBe(1);
    expect(kept.stderr).toMatch(new RegExp(`:3: galat: ${inForce} berstatus ditetapkan: pasal17, .* tidak dapat dikoreksi lewat impor \\(kolom [A-Z]+\\)`));
  });

  it('a register brought into another archive: proposals and items in force in one step, its trailers true, the audit clean', async () => {
    const { xlsx } = await exported();
    const dir = sopArchive();
    const r = await ppidInProcess(['import', xlsx, '--today', '2026-02-03'], { cwd: dir, env: on(PPID, '2026-02-03') });
    expect(r.code, r.stderr).toBe(0);
    const [last] = gitLog(dir);
    expect(last!.trailers['PPID-Perintah']).toEqual(['add']);
    expect(last!.trailers['PPID-Item']).toHaveLength(2);
    expect(last!.trailers['PPID-Status']).toEqual(['diusulkan', 'ditetapkan']);
    expect(last!.trailers['PPID-Peran']).toEqual(['ppid-utama']);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.map((x: any) => x.status).sort()).toEqual(['ditetapkan', 'diusulkan']);
    const audit = await ppidInProcess(['audit', '--today', '2026-02-03'], { cwd: dir });
    expect(audit.code, audit.stdout).toBe(0);
  });

  it('unit codes and names in any case are the unit; cells ppid does not read are said, not silently dropped; the sheet read is named', async () => {
    const { dir, proposed, inForce, xlsx } = await exported();
    await changeCells(xlsx, [
      [proposed, 'Unit Kerja', 'bkpsdm'],
      [inForce, 'Dikecualikan Sampai Dengan', '2040-01-01'],
      [inForce, 'Jangka Waktu', '20 tahun'],
      [inForce, 'Tanggal Dibuka', '2026-02-02'],
      [inForce, 'Didaftarkan', '2025-01-01'],
    ]);
    const dry = await ppidInProcess(['import', xlsx, '--dry-run', '--today', '2026-02-03'], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain("membaca lembar 'Register DIK'; lembar 'DIK' hanya untuk dicetak");
    // The unit's code, typed in small letters, is the unit the item already has: nothing to correct.
    expect(dry.stderr).toContain('0 dikoreksi, 2 tanpa perubahan');
    for (const kolom of ['Dikecualikan Sampai Dengan', 'Jangka Waktu', 'Didaftarkan'])
      expect(dry.stderr).toMatch(new RegExp(`:3: peringatan: kolom «${kolom}» .*tidak dibaca impor; perubahan di sel ini diabaikan`));
    expect(dry.stderr).toContain(`kolom «Tanggal Dibuka» dicatat oleh langkah pembukaan ("ppid open ${inForce}")`);
    expect(dry.stderr).not.toMatch(/:2: peringatan/);
  });

  it('a reason without a word is a usage error; a refusal before the decree points to what the status allows, not to reclassify', async () => {
    const { dir, proposed, xlsx } = await exported();
    const c = await ppidInProcess(['clarify', proposed, '--today', '2026-02-02'], { cwd: dir, env: on(PPID, '2026-02-02') });
    expect(c.code, c.stderr).toBe(0);
    await changeCells(xlsx, [[proposed, 'Tahun', '3']]);
    const before = snapshot(dir);
    const dash = await ppidInProcess(['import', xlsx, '--alasan', '-', '--today', '2026-02-03'], { cwd: dir, env: on(PETUGAS, '2026-02-03') });
    expect(dash.code).toBe(2);
    expect(dash.stderr).toContain('tidak berisi satu kata pun');
    const r = await ppidInProcess(['import', xlsx, '--dry-run', '--today', '2026-02-03'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${proposed} berstatus diklarifikasi: jangka_waktu tidak dapat dikoreksi lewat impor`);
    expect(r.stderr).toContain('dikonfirmasi pada klarifikasi');
    expect(r.stderr).toContain(`ppid reject ${proposed}`);
    expect(r.stderr).not.toMatch(/setelah penetapan, dasar/);
    expect(snapshot(dir)).toBe(before);
  });

  it('3,000 rows: the same warning on 1,500 of them is said once with its rows (Indonesian and English numbers); JSON keeps each', async () => {
    const dir = sopArchive();
    const rows = ['No;Informasi;Dasar Hukum;Dibuka;Ditutup;Jangka Waktu'];
    // Every other row runs until an event, which needs a review date: 1,500 identical warnings.
    for (let i = 1; i <= 3000; i++)
      rows.push(
        [
          i,
          `Informasi nomor ${i}`,
          'Pasal 17 huruf h angka 2 UU 14/2008',
          'Membuka.',
          'Menutup.',
          i % 2 ? 'hingga putusan berkekuatan hukum tetap' : '5 tahun',
        ].join(';'),
      );
    const csv = write(tempDir(), 'besar.csv', rows.join('\r\n') + '\r\n');
    const args = ['import', csv, '--dry-run', '--unit', 'BKPSDM', '--tanggal-uji', '2026-02-02', '--today', '2026-06-01'];
    const id = await ppidInProcess(args, { cwd: dir });
    expect(id.code, id.stderr).toBe(0);
    const warned = id.stderr.split('\n').filter((l) => l.includes('peringatan'));
    expect(warned).toEqual([
      `${csv}: baris 2, 4, 6, … 3.000 (1.500 baris): peringatan: jangka waktu hingga suatu peristiwa wajib punya tanggal tinjau ulang; diisi 2027-06-01 (kolom F)`,
    ]);
    const en = await ppidInProcess([...args, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain(`${csv}: rows 2, 4, 6, … 3,000 (1,500 rows): warning:`);
    const json = JSON.parse((await ppidInProcess([...args, '--json'], { cwd: dir })).stdout);
    expect(json.masalah.filter((m: any) => m.kode === 'impor-tinjau-ulang-diisi')).toHaveLength(1500);
  });
});
