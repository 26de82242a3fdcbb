/** `ppid import FILE.docx`: a DIK kept as a table in an SK's annex, read with the spreadsheet's layout detection. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanTempDirs, commitCount, newArchive, ppidInProcess, snapshot, tempDir } from '../helpers/cli.js';
import { writeWorkbook } from '../helpers/xlsx.js';

afterAll(cleanTempDirs);

const NUMBERED = 'dasar-hukum';
type Cell = string | string[] | { text: string | string[]; span?: number; down?: number; numbered?: boolean };

function cell(c: Cell): TableCell {
  const o = typeof c === 'object' && !Array.isArray(c) ? c : { text: c };
  const lines = Array.isArray(o.text) ? o.text : [o.text];
  return new TableCell({
    children: lines.map((text) => new Paragraph(o.numbered ? { text, numbering: { reference: NUMBERED, level: 0 } } : { text })),
    ...(o.span ? { columnSpan: o.span } : {}),
    ...(o.down ? { rowSpan: o.down } : {}),
  });
}

const table = (rows: Cell[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });

/** An SK's annex as offices write it: a title, a signature table, then the DIK under a two-row header. */
async function annex(dir: string, withDik = true): Promise<string> {
  const dik = table([
    [
      { text: 'No', down: 2 },
      { text: 'Informasi', down: 2 },
      { text: 'Dasar Hukum Pengecualian', down: 2 },
      { text: 'Konsekuensi/Pertimbangan bagi Publik', span: 2 },
      { text: 'Jangka Waktu', down: 2 },
    ],
    ['Dibuka', 'Ditutup'],
    [{ text: 'Badan Kepegawaian', span: 6 }],
    [
      '1',
      'Data kesehatan pegawai',
      { text: ['Pasal 17 huruf h angka 2 UU 14/2008', 'PP 61/2010 tentang Pelaksanaan UU KIP'], numbered: true },
      ['Membuka riwayat kesehatan pegawai.', 'Dapat dipakai untuk membedakan perlakuan.'],
      'Melindungi privasi pegawai.',
      '5 (lima) Tahun',
    ],
    ['2', 'Hasil asesmen kompetensi pejabat', '17 h.4', 'Membuka penilaian pribadi.', 'Melindungi martabat pegawai.', '20 Tahun'],
    [{ text: 'Inspektorat Daerah', span: 6 }],
    [
      '3',
      'Laporan hasil pemeriksaan investigatif',
      { text: 'Pasal 17 huruf a angka 1', down: 2 },
      'Menghambat penyidikan.',
      'Melindungi proses hukum.',
      'hingga putusan berkekuatan hukum tetap',
    ],
    ['4', 'Berkas pengaduan yang sedang diperiksa', 'Membuka identitas pelapor.', 'Melindungi pelapor.', 'hingga putusan berkekuatan hukum tetap'],
  ]);
  const doc = new Document({
    numbering: {
      config: [{ reference: NUMBERED, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] }],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: 'LAMPIRAN KEPUTUSAN BUPATI UJI NOMOR 000.7.2/014/2024' }),
          table([
            ['Ditetapkan di', 'Kota Uji'],
            ['Pada tanggal', '15 Januari 2024'],
          ]),
          new Paragraph({ text: 'DAFTAR INFORMASI YANG DIKECUALIKAN' }),
          ...(withDik ? [dik] : []),
        ],
      },
    ],
  });
  const path = join(dir, 'Lampiran SK DIK.docx');
  writeFileSync(path, await Packer.toBuffer(doc));
  return path;
}

const TODAY = ['--tanggal-uji', '2024-01-15', '--today', '2026-11-25'];

describe('ppid import (Word .docx)', () => {
  it('reads the first table that is a DIK, past a signature table: two-row header, merged cells, numbered lists; then imports it', async () => {
    const dir = newArchive();
    const path = await annex(tempDir());
    const before = snapshot(dir);
    const dry = await ppidInProcess(['import', path, '--dry-run', '--json', ...TODAY], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.berkas).toMatch(/Lampiran SK DIK\.docx\[tabel 2\]$/);
    expect(plan.tata_letak).toBe('lima-kolom');
    expect(plan.baris.map((b: any) => `${b.baris}:${b.hasil}:${b.judul}`)).toEqual([
      '4:baru:Data kesehatan pegawai',
      '5:baru:Hasil asesmen kompetensi pejabat',
      '7:baru:Laporan hasil pemeriksaan investigatif',
      '8:baru:Berkas pengaduan yang sedang diperiksa',
    ]);
    expect(snapshot(dir)).toBe(before);

    const commits = commitCount(dir);
    const r = await ppidInProcess(['import', path, ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(commitCount(dir)).toBe(commits + 1);
    const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout);
    expect(list.map((x: any) => `${x.judul}|${x.pasal17.join(',')}|${x.unit}`).sort()).toEqual([
      'Berkas pengaduan yang sedang diperiksa|a1|Inspektorat Daerah',
      'Data kesehatan pegawai|h2|Badan Kepegawaian dan Pengembangan SDM',
      'Hasil asesmen kompetensi pejabat|h4|Badan Kepegawaian dan Pengembangan SDM',
      'Laporan hasil pemeriksaan investigatif|a1|Inspektorat Daerah',
    ]);
    const shown = await ppidInProcess(['show', list.find((x: any) => x.judul === 'Data kesehatan pegawai').id, '--json'], { cwd: dir });
    const rec = JSON.parse(shown.stdout);
    // Word's numbering is not in the text: it is put back, each paragraph on its own line.
    expect(rec.dasar_hukum.join('\n')).toContain('PP 61/2010');
    expect(JSON.stringify(rec)).toContain('Membuka riwayat kesehatan pegawai.\\nDapat dipakai untuk membedakan perlakuan.');
    expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
  });

  it('--map picks the table its headings name (vertically merged headings read in the row below too); --sheet N names one', async () => {
    const dir = newArchive();
    const files = tempDir();
    const path = await annex(files);
    const map = join(files, 'peta.yaml');
    const kolom = { judul: 'Informasi', dasar_hukum: 'Dasar Hukum Pengecualian', dibuka: 'Dibuka', ditutup: 'Ditutup', jangka_waktu: 'Jangka Waktu' };
    writeFileSync(map, stringify({ kolom }));
    const dry = await ppidInProcess(['import', path, '--map', map, '--dry-run', '--json', ...TODAY], { cwd: dir });
    expect(dry.code, dry.stderr).toBe(0);
    const plan = JSON.parse(dry.stdout);
    expect(plan.berkas).toMatch(/\[tabel 2\]$/);
    expect(plan.tata_letak).toBe('peta');
    expect(plan.baris.map((b: any) => b.baris)).toEqual([4, 5, 7, 8]);

    // --sheet N names the table; one that is not there says which there are.
    const first = await ppidInProcess(['import', path, '--sheet', '1', '--dry-run'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toContain('Lampiran SK DIK.docx[tabel 1]: judul kolom tidak dikenali');
    const none = await ppidInProcess(['import', path, '--sheet', '3', '--dry-run'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('tidak ada tabel "3" di dokumen ini; --sheet untuk dokumen Word adalah nomor tabel, yang ada: 1, 2');
  });

  it("the same table in Excel reads as in Word: a legal basis merged down two items is each item's, a unit merged across is one row", async () => {
    const files = tempDir();
    const word = await annex(files);
    const excel = join(files, 'DIK.xlsx');
    const both = ['Pasal 17 huruf h angka 2 UU 14/2008\nPP 61/2010 tentang Pelaksanaan UU KIP', 'Membuka riwayat kesehatan pegawai.'];
    await writeWorkbook(excel, [
      {
        name: 'DIK',
        rows: [
          ['No', 'Informasi', 'Dasar Hukum Pengecualian', 'Konsekuensi/Pertimbangan bagi Publik', null, 'Jangka Waktu'],
          [null, null, null, 'Dibuka', 'Ditutup', null],
          ['Badan Kepegawaian'],
          ['1', 'Data kesehatan pegawai', both[0]!, both[1]!, 'Melindungi privasi pegawai.', '5 (lima) Tahun'],
          ['2', 'Hasil asesmen kompetensi pejabat', '17 h.4', 'Membuka penilaian pribadi.', 'Melindungi martabat pegawai.', '20 Tahun'],
          ['Inspektorat Daerah'],
          [
            '3',
            'Laporan hasil pemeriksaan investigatif',
            'Pasal 17 huruf a angka 1',
            'Menghambat penyidikan.',
            'Melindungi proses hukum.',
            'hingga putusan berkekuatan hukum tetap',
          ],
          ['4', 'Berkas pengaduan yang sedang diperiksa', null, 'Membuka identitas pelapor.', 'Melindungi pelapor.', 'hingga putusan berkekuatan hukum tetap'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:F2', 'A3:F3', 'A6:F6', 'C7:C8'],
      },
    ]);
    // Each into its own archive, then the records compared field by field.
    const read = async (path: string) => {
      const dir = newArchive();
      const r = await ppidInProcess(['import', path, ...TODAY], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout) as any[];
      return list.map((x) => `${x.judul}|${x.pasal17.join(',')}|${x.unit}|${x.jangka_waktu?.jenis ?? ''}`).sort();
    };
    const fromExcel = await read(excel);
    expect(fromExcel).toEqual(await read(word));
    expect(fromExcel.filter((x) => x.includes('|a1|Inspektorat Daerah|'))).toHaveLength(2);
  });

  it('a document whose tables are no DIK says how many there are and how each begins; nothing is written', async () => {
    const dir = newArchive();
    const path = await annex(tempDir(), false);
    const before = snapshot(dir);
    const r = await ppidInProcess(['import', path], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tidak satu pun dari 1 tabel dikenali sebagai DIK');
    expect(r.stderr).toContain('1: Ditetapkan di | Kota Uji');
    const en = await ppidInProcess(['import', path, '--lang', 'en'], { cwd: dir });
    expect(en.stderr).toContain('none of the 1 table is recognised as a DIK');
    expect(snapshot(dir)).toBe(before);
  });

  it('one DIK split in two tables with nothing between is read as one; two DIKs with a heading between are two', async () => {
    const dir = newArchive();
    const head = ['No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu'];
    const row = (n: number, judul: string) => [
      String(n),
      judul,
      'Pasal 17 huruf h angka 2 UU 14/2008',
      'Membuka data pribadi.',
      'Melindungi privasi.',
      '5 tahun',
    ];
    const files = tempDir();
    const split = join(files, 'terbelah.docx');
    const part1 = table([head, row(1, 'Data gaji pegawai'), row(2, 'Data cuti pegawai')]);
    const part2 = table([row(3, 'Data keluarga pegawai'), row(4, 'Data kesehatan pegawai')]);
    writeFileSync(
      split,
      await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'DIK 2025' }), part1, new Paragraph({ text: '' }), part2] }] })),
    );
    const r = await ppidInProcess(['import', split, '--dry-run', '--json', '--unit', 'BKPSDM', ...TODAY], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.berkas).toMatch(/\[tabel 1–2\]$/);
    expect(plan.baris.map((b: any) => `${b.baris}:${b.judul}`)).toEqual([
      '2:Data gaji pegawai',
      '3:Data cuti pegawai',
      '4:Data keluarga pegawai',
      '5:Data kesehatan pegawai',
    ]);
    const text = await ppidInProcess(['import', split, '--dry-run', '--unit', 'BKPSDM', ...TODAY], { cwd: dir });
    expect(text.stdout).toContain('tabel 2 dibaca sebagai lanjutan tabel ini (tanpa teks di antaranya, kolomnya sama): baris 4–5');

    // A unit's name typed as a paragraph between the parts is the second part's unit row.
    const withUnit = join(files, 'terbelah-unit.docx');
    writeFileSync(
      withUnit,
      await Packer.toBuffer(
        new Document({ sections: [{ children: [part1, new Paragraph({ text: 'INSPEKTORAT DAERAH' }), table([row(3, 'Laporan audit investigatif')])] }] }),
      ),
    );
    const u = await ppidInProcess(['import', withUnit, '--dry-run', '--unit', 'BKPSDM', ...TODAY], { cwd: dir });
    expect(u.code, u.stderr).toBe(0);
    expect(u.stdout).toContain('Laporan audit investigatif (Inspektorat Daerah) — baru');

    const years = join(files, 'dua-tahun.docx');
    const y2024 = table([head, row(1, 'Data gaji pegawai')]);
    const y2025 = table([head, row(1, 'Data cuti pegawai')]);
    writeFileSync(
      years,
      await Packer.toBuffer(
        new Document({ sections: [{ children: [new Paragraph({ text: 'DIK 2024' }), y2024, new Paragraph({ text: 'DIK 2025' }), y2025] }] }),
      ),
    );
    const two = await ppidInProcess(['import', years, '--dry-run', '--unit', 'BKPSDM', ...TODAY], { cwd: dir });
    expect(two.code, two.stderr).toBe(0);
    expect(two.stdout).toContain('dua-tahun.docx[tabel 1]');
    expect(two.stdout).toContain('--sheet 2');
  });

  it('a table whose headings are partly known says which columns it found and which it lacks; an empty table is said empty', async () => {
    const dir = newArchive();
    const dik = table([
      ['No', 'Informasi', 'Landasan Pengecualian', 'Masa Berlaku', 'Jika Dibuka', 'Jika Ditutup'],
      ['1', 'Data kesehatan pegawai', '17 h.2', '5 tahun', 'Membuka riwayat.', 'Melindungi privasi.'],
    ]);
    const empty = table([['', '']]);
    const path = join(tempDir(), 'DIK.docx');
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: [empty, new Paragraph({ text: 'DIK' }), dik] }] })));
    const r = await ppidInProcess(['import', path, '--dry-run'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('1: kosong');
    expect(r.stderr).toMatch(
      /2: No \| Informasi \| Landasan Pengecualian .* — dikenali: kolom A → nomor; kolom B → informasi; .*tidak ditemukan: dasar hukum, jangka waktu/,
    );
  });

  it('a document without tables, a broken .docx and an old .doc are refused, each saying why; nothing is written', async () => {
    const dir = newArchive();
    const files = tempDir();
    const before = snapshot(dir);
    const plain = join(files, 'surat.docx');
    writeFileSync(plain, await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph({ text: 'Surat biasa' })] }] })));
    const none = await ppidInProcess(['import', plain], { cwd: dir });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('surat.docx: dokumen ini tidak memuat tabel');

    const broken = join(files, 'rusak.docx');
    writeFileSync(broken, (await Packer.toBuffer(new Document({ sections: [{ children: [] }] }))).subarray(0, 300));
    const b = await ppidInProcess(['import', broken], { cwd: dir });
    expect(b.code).toBe(1);
    expect(b.stderr).toContain('rusak.docx: galat: dokumen Word tidak dapat dibaca (berkas zip-nya rusak atau terpotong)');

    const old = join(files, 'lampiran.doc');
    writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const d = await ppidInProcess(['import', old], { cwd: dir });
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('simpan sebagai .docx');
    expect(snapshot(dir)).toBe(before);
  });
});
