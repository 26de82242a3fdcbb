/** CSV for spreadsheets: formula-like cells are guarded on the way out and restored on the way in. */
import { describe, expect, it } from 'vitest';
import { csvText, neutralise, unneutralise } from '../../src/export/csv.js';

describe('csv', () => {
  it('guards cells a spreadsheet would run as formulas, and reading restores them', () => {
    for (const s of ['=HYPERLINK("http://x")', '+62 812', '-5 tahun', '@SUM(A1)']) {
      expect(neutralise(s)).toBe(`'${s}`);
      expect(unneutralise(neutralise(s))).toBe(s);
    }
    expect(neutralise('Data gaji')).toBe('Data gaji');
    // An apostrophe the officer wrote stays.
    expect(unneutralise("'Data' gaji")).toBe("'Data' gaji");
  });

  it('quotes the delimiter, quotes and line breaks; CRLF lines', () => {
    const t = csvText(
      [
        { header: 'a', value: (r: string[]) => r[0]! },
        { header: 'b', value: (r: string[]) => r[1]! },
      ],
      [
        ['x;y', 'baris 1\nbaris 2'],
        ['"kutip"', '=1+1'],
      ],
      { delimiter: ';', neutraliseFormulas: true },
    );
    expect(t).toBe('a;b\r\n"x;y";"baris 1\nbaris 2"\r\n"""kutip""";\'=1+1\r\n');
  });
});
