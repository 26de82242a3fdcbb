/**
 * One real-looking DIK (title block, two-row header, unit and category rows, a numbered document
 * group, items "1.a", multi-line cells, real legal mistakes) as a CSV, as an Excel workbook with
 * merged cells and as a Word annex: each reads the same, with no --map.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, newArchive, ppidInProcess, ROOT, snapshot, tempDir } from '../helpers/cli.js';
import { writeWorkbook } from '../helpers/xlsx.js';

afterAll(cleanTempDirs);

const CSV = join(ROOT, 'test', 'fixtures', 'import', 'dik-baris-kelompok.csv');
const WIDTH = 6;
const TITLE_ROWS = 2;

/** The fixture's rows as an office typed them. */
function tableRows(): string[][] {
  const { parse } = createRequire(import.meta.url)('csv-parse/sync') as typeof import('csv-parse/sync');
  const rows = parse(readFileSync(CSV, 'utf8').replace(/^\uFEFF/, ''), { delimiter: ';', relax_column_count: true }) as string[][];
  return rows.map((r) => Array.from({ length: WIDTH }, (_, i) => r[i] ?? ''));
}

/** A row with one filled cell in column A (a title line, a unit) is merged across the table, as offices do. */
const acrossAll = (row: readonly string[]) => row[0] !== '' && row.slice(1).every((c) => c === '');

async function asWorkbook(path: string, rows: string[][]): Promise<void> {
  const header = TITLE_ROWS + 1;
  const merges = rows.flatMap((r, i) => (acrossAll(r) ? [`A${i + 1}:F${i + 1}`] : []));
  // "No", "Informasi", "Dasar Hukum" and "Jangka Waktu" merged down the two heading rows; the consequences across.
  merges.push(...['A', 'B', 'C', 'F'].map((c) => `${c}${header}:${c}${header + 1}`), `D${header}:E${header}`);
  await writeWorkbook(path, [{ name: 'DIK 2025', rows: rows.map((r) => r.map((c) => (c === '' ? null : c))), merges }]);
}

/** The same table as an SK's annex: the title as paragraphs above, the table with Word's merged cells. */
async function asWordAnnex(path: string, rows: string[][]): Promise<void> {
  const cell = (text: string, more: { columnSpan?: number; rowSpan?: number } = {}) =>
    new TableCell({ children: text.split('\n').map((line) => new Paragraph({ text: line })), ...more });
  const [head, sub, ...body] = rows.slice(TITLE_ROWS);
  const tableRowsOut = [
    new TableRow({
      children: [
        cell(head![0]!, { rowSpan: 2 }),
        cell(head![1]!, { rowSpan: 2 }),
        cell(head![2]!, { rowSpan: 2 }),
        cell(head![3]!, { columnSpan: 2 }),
        cell(head![5]!, { rowSpan: 2 }),
      ],
    }),
    new TableRow({ children: [cell(sub![3]!), cell(sub![4]!)] }),
    ...body.map((r) => new TableRow({ children: acrossAll(r) ? [cell(r[0]!, { columnSpan: WIDTH })] : r.map((c) => cell(c)) })),
  ];
  const title = rows.slice(0, TITLE_ROWS).map((r) => new Paragraph({ text: r[0]! }));
  const doc = new Document({ sections: [{ children: [...title, new Table({ rows: tableRowsOut })] }] });
  writeFileSync(path, await Packer.toBuffer(doc));
}

/** What a dry run says of each row and each problem, rows counted from the table's first row. */
async function reading(dir: string, file: string, shift = 0) {
  const r = await ppidInProcess(['import', file, '--dry-run', '--json', '--today', '2026-11-25'], { cwd: dir });
  expect(r.code, r.stderr).toBe(1);
  const plan = JSON.parse(r.stdout);
  const at = (n: number | null) => (n === null ? n : n + shift);
  const rowsIn = (xs: Array<{ baris: number[] }>) => xs.map((x) => ({ ...x, baris: x.baris.map(at) }));
  return {
    baris: plan.baris.map((b: any) => `${at(b.baris)}:${b.hasil}:${b.judul}`),
    masalah: plan.masalah.map((m: any) => `${at(m.baris)}:${m.kolom}:${m.tingkat}:${m.kode}`),
    ringkasan: {
      ...plan.ringkasan,
      ...Object.fromEntries(['kelompok', 'unit', 'lanjutan'].map((k) => [k, plan.ringkasan[k].map(at)])),
      sebab: rowsIn(plan.ringkasan.sebab),
      putuskan: rowsIn(plan.ringkasan.putuskan),
    },
    peta: plan.peta_kolom,
  };
}

describe('ppid import: the same DIK from CSV, Excel and Word', () => {
  it('reads the same rows, the same refusals at the same columns and the same summary, with no --map; nothing is written', async () => {
    const dir = newArchive();
    const files = tempDir();
    const rows = tableRows();
    const xlsx = join(files, 'DIK 2025.xlsx');
    const docx = join(files, 'Lampiran SK DIK 2025.docx');
    await asWorkbook(xlsx, rows);
    await asWordAnnex(docx, rows);
    const before = snapshot(dir);

    const fromCsv = await reading(dir, CSV);
    expect(fromCsv.baris).toHaveLength(11);
    expect(fromCsv.ringkasan).toMatchObject({ butir: 11, baru: 4, ditolak: 7, kelompok: [6, 8, 9, 19], unit: [5, 18], lanjutan: [12] });
    expect(await reading(dir, xlsx)).toEqual(fromCsv);
    // The Word table starts below the title paragraphs: its row 1 is the sheet's row 3.
    const fromWord = await reading(dir, docx, TITLE_ROWS);
    expect(fromWord).toEqual(fromCsv);
    expect(snapshot(dir)).toBe(before);
  });
});

describe('ppid import: cells merged down, in Excel and in Word', () => {
  const HEAD = ['No', 'Jenis Informasi', 'Dasar Hukum', 'Akibat bila dibuka', 'Akibat bila ditutup', 'Jangka Waktu'];
  // Item 1's number and title span three rows: its legal basis and consequences go on below; its period is merged.
  // Items 2 and 3 share one legal basis, merged down.
  const BODY = [
    ['1', 'Data kesehatan pegawai', 'UU 14/2008 Pasal 17 huruf h angka 2', 'Membuka riwayat kesehatan.', 'Melindungi privasi.', '5 tahun'],
    ['', '', 'PP 61/2010 tentang Pelaksanaan UU KIP', 'Dapat disalahgunakan.', '', ''],
    ['', '', 'Perki 1/2021', '', 'Menjaga martabat pegawai.', ''],
    [
      '2',
      'Laporan hasil pemeriksaan investigatif',
      'Pasal 17 huruf a angka 1 UU 14/2008',
      'Menghambat penyidikan.',
      'Melindungi proses hukum.',
      'hingga putusan berkekuatan hukum tetap',
    ],
    ['3', 'Berkas pengaduan yang sedang diperiksa', '', 'Membuka identitas pelapor.', 'Melindungi pelapor.', 'hingga putusan berkekuatan hukum tetap'],
  ];
  // Rows 2–6 of the sheet; "A2:A4" is item 1's number, "B2:B4" its title, "F2:F4" its period, "C5:C6" the shared basis.
  const MERGES = ['A2:A4', 'B2:B4', 'F2:F4', 'C5:C6'];

  async function wordTable(path: string): Promise<void> {
    const at = (r: number, c: number) =>
      MERGES.map((m) => m.match(/^([A-F])(\d):([A-F])(\d)$/)!).find((m) => m[1]!.charCodeAt(0) - 65 === c && Number(m[2]) <= r + 2 && r + 2 <= Number(m[4]));
    const rows = [HEAD, ...BODY].map(
      (r, i) =>
        new TableRow({
          children: r
            .map((text, c) => {
              const m = i === 0 ? undefined : at(i - 1, c);
              // docx writes a vertical merge from the first cell's rowSpan; the cells it covers are left out.
              if (m && Number(m[2]) !== i + 1) return undefined;
              return new TableCell({ children: [new Paragraph({ text })], ...(m ? { rowSpan: Number(m[4]) - Number(m[2]) + 1 } : {}) });
            })
            .filter((x): x is TableCell => x !== undefined),
        }),
    );
    writeFileSync(path, await Packer.toBuffer(new Document({ sections: [{ children: [new Table({ rows })] }] })));
  }

  it('a total row under a consequence merged down over it is still a total, not an item', async () => {
    const path = join(tempDir(), 'DIK.xlsx');
    await writeWorkbook(path, [
      {
        name: 'DIK',
        rows: [
          HEAD,
          ['1', 'Data pribadi pelapor', 'Pasal 17 huruf h UU 14/2008', 'Pelapor terancam.', 'Melindungi pelapor.', '5 tahun'],
          [null, 'JUMLAH', null, null, null, '1 informasi'],
        ],
        merges: ['E2:E3'],
      },
    ]);
    const r = await ppidInProcess(['import', path, '--dry-run', '--json', '--unit', 'BKPSDM', '--tanggal-uji', '2025-01-10', '--today', '2026-11-25'], {
      cwd: newArchive(),
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).ringkasan).toMatchObject({ butir: 1, baru: 1, penutup: [3] });
  });

  it("an item's number and title merged down make one item of its rows; a basis merged down two items is each one's", async () => {
    const files = tempDir();
    const xlsx = join(files, 'DIK.xlsx');
    await writeWorkbook(xlsx, [{ name: 'DIK', rows: [HEAD, ...BODY].map((r) => r.map((c) => c || null)), merges: MERGES }]);
    const docx = join(files, 'DIK.docx');
    await wordTable(docx);
    for (const file of [xlsx, docx]) {
      const dir = newArchive();
      const r = await ppidInProcess(['import', file, '--unit', 'BKPSDM', '--tanggal-uji', '2025-01-10'], {
        cwd: dir,
        env: { GIT_COMMITTER_DATE: '2026-11-25T09:00:00+07:00' },
      });
      expect(r.code, `${file}\n${r.stderr}`).toBe(0);
      const list = JSON.parse((await ppidInProcess(['list', '--json'], { cwd: dir })).stdout) as any[];
      expect(list.map((x) => `${x.judul}|${x.pasal17.join(',')}`).sort()).toEqual([
        'Berkas pengaduan yang sedang diperiksa|a1',
        'Data kesehatan pegawai|h2',
        'Laporan hasil pemeriksaan investigatif|a1',
      ]);
      const id = list.find((x) => x.judul === 'Data kesehatan pegawai').id;
      const first = JSON.parse((await ppidInProcess(['show', id, '--json'], { cwd: dir })).stdout);
      expect(first.dasar_hukum.join('\n')).toMatch(/PP 61\/2010[\s\S]*Perki 1\/2021/);
      expect(JSON.stringify(first.uji_konsekuensi)).toContain('Membuka riwayat kesehatan.\\nDapat disalahgunakan.');
      expect(first.jangka_waktu).toMatchObject({ tahun: 5 });
    }
  });
});
