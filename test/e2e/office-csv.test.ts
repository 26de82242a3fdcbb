/**
 * One CSV dialect for Excel in an Indonesian locale everywhere ppid writes CSV (reports' --csv,
 * the published dik.csv, export), read as bytes; --csv-koma for tools; and our own CSV read back.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { cleanTempDirs, ROOT, tempDir, ppidInProcess } from '../helpers/cli.js';

afterAll(cleanTempDirs);
const EXAMPLE = join(ROOT, 'archive-example');
const TODAY = '2026-11-25';

/** The Excel dialect, checked on the bytes: BOM, CRLF records, `;`, a rectangle of cells. */
function excelRows(bytes: Buffer): string[][] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  // No record ends in a bare LF: an LF outside CRLF is only ever inside a quoted cell.
  const rows = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
  expect(rows[0]!.length).toBeGreaterThan(2);
  for (const r of rows) expect(r.length).toBe(rows[0]!.length);
  return rows;
}

const REPORTS: Array<{ args: string[]; id: string[]; en: string[]; keys: string[] }> = [
  { args: ['list'], id: ['ID', 'Informasi', 'Unit'], en: ['ID', 'Information', 'Unit'], keys: ['id', 'judul', 'unit'] },
  { args: ['expiring'], id: ['Keadaan', 'ID', 'Informasi'], en: ['State', 'ID', 'Information'], keys: ['keadaan', 'id', 'judul'] },
  { args: ['status'], id: ['ID', 'Status', 'Langkah berikutnya'], en: ['ID', 'Status', 'Next step'], keys: ['id', 'status', 'langkah'] },
  { args: ['validate'], id: ['Berkas', 'Baris', 'Kolom'], en: ['File', 'Line', 'Column'], keys: ['berkas', 'baris', 'kolom'] },
  { args: ['inbox'], id: ['ID', 'Diusulkan', 'Oleh'], en: ['ID', 'Proposed', 'By'], keys: ['id', 'waktu', 'oleh'] },
  { args: ['calendar', '2026'], id: ['Tanggal', 'Hari', 'Keterangan'], en: ['Date', 'Day', 'Name'], keys: ['tanggal', 'hari', 'nama'] },
];

describe('CSV for Excel in an Indonesian locale', () => {
  for (const rep of REPORTS) {
    it(`${rep.args[0]} --csv: BOM, CRLF, semicolons, headings in the output language; --csv-koma: commas and keys`, async () => {
      const run = (extra: string[]) => ppidInProcess([...rep.args, '--archive', EXAMPLE, '--today', TODAY, ...extra], { cwd: ROOT });
      const id = await run(['--csv']);
      const rows = excelRows(Buffer.from(id.stdout, 'utf8'));
      expect(rows[0]!.slice(0, 3)).toEqual(rep.id);
      expect(rows.length).toBeGreaterThan(1);
      const en = await run(['--csv', '--lang', 'en']);
      expect(excelRows(Buffer.from(en.stdout, 'utf8'))[0]!.slice(0, 3)).toEqual(rep.en);
      const koma = await run(['--csv-koma']);
      expect(koma.stdout.charCodeAt(0)).not.toBe(0xfeff);
      const tools = parse(koma.stdout, { delimiter: ',', record_delimiter: '\r\n' }) as string[][];
      expect(tools[0]!.slice(0, 3)).toEqual(rep.keys);
      // The same cells under both: only the dialect differs (formula guards aside).
      expect(tools.slice(1).map((r) => r[1])).toEqual(rows.slice(1).map((r) => r[1]!.replace(/^'(?=[=+\-@])/, '')));
    });
  }

  it('--csv with --json or --csv-koma is a usage error', async () => {
    for (const other of ['--json', '--csv-koma']) {
      const r = await ppidInProcess(['list', '--archive', EXAMPLE, '--csv', other], { cwd: ROOT });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--csv-koma');
    }
  });

  it('publish writes dik.csv in the Excel dialect with Indonesian headings, whatever the language, one row per item of dik.json', async () => {
    const out = tempDir();
    const r = await ppidInProcess(['publish', '--archive', EXAMPLE, '--out', out, '--today', TODAY, '--lang', 'en'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    const rows = excelRows(readFileSync(join(out, 'dik.csv')));
    expect(rows[0]!.slice(0, 6)).toEqual(['No', 'ID', 'Informasi', 'Unit', 'Dasar Hukum Pengecualian', 'Konsekuensi Bila Dibuka']);
    const json = JSON.parse(readFileSync(join(out, 'dik.json'), 'utf8'));
    expect(rows.slice(1).map((r) => r[1])).toEqual(json.butir.map((b: any) => b.id));
    // Several statutes in one cell, separated by "; ": quoted, so the cell stays whole.
    const many = json.butir.find((b: any) => b.dasar_hukum.length > 1);
    expect(rows.find((r) => r[1] === many.id)![4]).toBe(many.dasar_hukum.join('; '));
  });

  it('export --csv and --csv-koma: the register in either dialect, Indonesian headings both (import reads them)', async () => {
    const excel = join(tempDir(), 'register.csv');
    const koma = join(tempDir(), 'register.csv');
    for (const [file, extra] of [
      [excel, []],
      [koma, ['--csv-koma']],
    ] as const) {
      const r = await ppidInProcess(['export', '--archive', EXAMPLE, '--out', file, '--today', TODAY, ...extra], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
    }
    const a = excelRows(readFileSync(excel));
    const b = parse(readFileSync(koma, 'utf8'), { delimiter: ',' }) as string[][];
    expect(readFileSync(koma, 'utf8').startsWith('ID,Status,')).toBe(true);
    expect(b[0]).toEqual(a[0]);
    expect(b.map((r) => r[0])).toEqual(a.map((r) => r[0]));
    const wrong = await ppidInProcess(['export', '--archive', EXAMPLE, '--out', join(tempDir(), 'r.xlsx'), '--csv-koma'], { cwd: ROOT });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('--csv-koma');
  });
});
