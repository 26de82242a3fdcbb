/** CSV in ppid's two dialects: Excel in an Indonesian locale (the default) and commas for tools. */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvText, neutralise, unneutralise, type CsvColumn } from '../../src/export/csv.js';

const COLUMNS: CsvColumn<string[]>[] = [
  { header: 'Informasi', key: 'judul', value: (r) => r[0]! },
  { header: 'Dasar Hukum', key: 'dasar_hukum', value: (r) => r[1]! },
];
const HARD = 'a; b "kutip"\r\nbaris 2\nbaris 3';

describe('csv', () => {
  it('guards cells a spreadsheet would run as formulas, and reading restores them', () => {
    for (const s of ['=HYPERLINK("http://x")', '+62 812', '-5 tahun', '@SUM(A1)', '\tx', '\rx']) {
      expect(neutralise(s)).toBe(`'${s}`);
      expect(unneutralise(neutralise(s))).toBe(s);
    }
    expect(neutralise('Data gaji')).toBe('Data gaji');
    // An apostrophe the officer wrote stays.
    expect(unneutralise("'Data' gaji")).toBe("'Data' gaji");
  });

  it('excel: BOM first, then ;-separated CRLF lines under the worded headings', () => {
    const bytes = Buffer.from(
      csvText(
        COLUMNS,
        [
          ['x;y', 'baris 1\nbaris 2'],
          ['"kutip"', '=1+1'],
        ],
        'excel',
      ),
      'utf8',
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text).toBe('Informasi;Dasar Hukum\r\n"x;y";"baris 1\nbaris 2"\r\n"""kutip""";\'=1+1\r\n');
  });

  it('excel: a field with ;, a quote and line breaks comes back whole through csv-parse', () => {
    const text = csvText(COLUMNS, [[HARD, 'UU 14/2008 Pasal 17 huruf j\nPP 61/2010 Pasal 4']], 'excel');
    const rows = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][];
    expect(rows).toEqual([
      ['Informasi', 'Dasar Hukum'],
      [HARD, 'UU 14/2008 Pasal 17 huruf j\nPP 61/2010 Pasal 4'],
    ]);
    // Every record ends CRLF; line breaks inside a cell are the cell's own.
    expect(text.endsWith('"\r\n')).toBe(true);
  });

  it('koma: no BOM, commas, the stable keys as headings, cells as they are', () => {
    const text = csvText(COLUMNS, [[HARD, '=1+1']], 'koma');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]).toBe('judul,dasar_hukum');
    expect(parse(text, { delimiter: ',' })).toEqual([
      ['judul', 'dasar_hukum'],
      [HARD, '=1+1'],
    ]);
    // Without a key, a column is headed by its words in both dialects.
    expect(csvText([{ header: 'Kode Pasal 17', value: () => 'a1, b' }], [[]], 'koma')).toBe('Kode Pasal 17\r\n"a1, b"\r\n');
  });
});
