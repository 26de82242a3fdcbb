import { describe, expect, it } from 'vitest';
import { parseRecordText } from '../../src/records/parse.js';
import { serializeRecord } from '../../src/records/serialize.js';
import { validRecord } from '../helpers/records.js';

describe('record parsing (gray-matter with the yaml engine)', () => {
  it('keeps an unquoted date a string, as JSON Schema format: date expects', () => {
    const r = parseRecordText('a.md', '---\ntanggal: 2026-02-16\nn: 5\n---\nbody\n');
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ tanggal: '2026-02-16', n: 5 });
    expect(r.body).toBe('body\n');
  });

  it('names the line of broken YAML', () => {
    const text = '---\njudul: a\nunit: [b\npasal17: h2\n---\n';
    const r = parseRecordText('informasi/x.md', text);
    expect(r.problems.length).toBeGreaterThan(0);
    expect(r.problems[0]).toMatchObject({ file: 'informasi/x.md', severity: 'galat' });
    expect(r.problems[0]!.line).toBeGreaterThanOrEqual(3);
  });

  it('refuses a key written twice', () => {
    const r = parseRecordText('x.md', '---\njudul: a\njudul: b\n---\n');
    expect(r.problems).toMatchObject([{ code: 'yaml-kunci-ganda', line: 3 }]);
  });

  it('reports missing, unclosed and empty front matter', () => {
    expect(parseRecordText('x.md', 'judul: a\n').problems[0]!.code).toBe('front-matter-tidak-ada');
    expect(parseRecordText('x.md', '---\njudul: a\n').problems[0]!.code).toBe('front-matter-tidak-ditutup');
    expect(parseRecordText('x.md', '---\n# kosong\n---\n').problems[0]!.code).toBe('front-matter-kosong');
    expect(parseRecordText('x.md', '').problems[0]!.code).toBe('record-kosong');
    expect(parseRecordText('x.md', '---\n- a\n- b\n---\n').problems[0]!.code).toBe('front-matter-bukan-peta');
  });

  it('reads BOM and CRLF files', () => {
    const r = parseRecordText('x.md', '\uFEFF---\r\njudul: a\r\ntanggal: 2026-01-02\r\n---\r\nisi\r\n');
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual({ judul: 'a', tanggal: '2026-01-02' });
  });

  it('caps YAML aliases (no alias bomb)', () => {
    const bomb = [
      '---',
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefgh'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
      '---',
      '',
    ].join('\n');
    const r = parseRecordText('x.md', bomb);
    expect(r.problems.length).toBeGreaterThan(0);
  });

  it('round-trips: serialise then parse gives the same data', () => {
    const d = validRecord();
    const r = parseRecordText('x.md', serializeRecord(d, '## Isi\n'));
    expect(r.problems).toEqual([]);
    expect(r.data).toEqual(d);
    expect(r.body).toBe('\n## Isi\n');
  });
});

describe('serialising', () => {
  it('never writes YAML anchors, even for shared values', () => {
    const d = validRecord();
    const shared = ['h2'];
    d.pasal17 = shared;
    d.x_salinan = shared;
    const text = serializeRecord(d, '');
    expect(text).not.toMatch(/[&*]a\d/);
  });
});
