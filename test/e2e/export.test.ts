/** `ppid export`: the register for office work, and back again through `ppid import`. */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cleanTempDirs, commitCount, git, ROOT, tempDir, ppidInProcess } from '../helpers/cli.js';
import { readWorkbook } from '../helpers/xlsx.js';
import { READ_BACK_COLUMNS, REGISTER_COLUMNS, valueAt } from '../../src/export/register-columns.js';

import { EXAMPLE_PPID } from '../helpers/sop.js';

afterAll(cleanTempDirs);
const EXAMPLE = join(ROOT, 'archive-example');
const TODAY = '2026-11-25';
const AS_PPID = EXAMPLE_PPID;

function frontMatters(dir: string): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>();
  for (const f of readdirSync(join(dir, 'informasi'))) {
    const text = readFileSync(join(dir, 'informasi', f), 'utf8');
    const d = parse(text.split(/^---$/m)[1]!) as Record<string, unknown>;
    out.set(String(d.id), d);
  }
  return out;
}

/** An empty archive with the example's body, units and calendar. */
function emptyLikeExample(): string {
  const dir = tempDir();
  for (const f of ['ppid.yaml', 'kalender.yaml']) copyFileSync(join(EXAMPLE, f), join(dir, f));
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'awal']);
  return dir;
}

describe('ppid export', () => {
  it('writes an .xlsx with a frozen Indonesian header, widths, dates as dates and numbers as numbers', async () => {
    const out = join(tempDir(), 'register.xlsx');
    const r = await ppidInProcess(['export', '--archive', EXAMPLE, '--out', out, '--today', TODAY, '--json'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: 'xlsx', butir: 16 });
    const ws = (await readWorkbook(out)).getWorksheet('Register DIK')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = ws.getRow(1);
    expect(header.font?.bold).toBe(true);
    expect(REGISTER_COLUMNS.map((_c, i) => header.getCell(i + 1).value)).toEqual(REGISTER_COLUMNS.map((c) => c.judul));
    expect(ws.getColumn(4).width).toBe(48);
    const col = (judul: string) => REGISTER_COLUMNS.findIndex((c) => c.judul === judul) + 1;
    const row = [...Array(ws.rowCount - 1).keys()].map((i) => ws.getRow(i + 2)).find((x) => x.getCell(1).value === 'DIK-2025-0001')!;
    expect(row.getCell(col('Tanggal Uji Konsekuensi')).value).toBeInstanceOf(Date);
    expect((row.getCell(col('Tanggal Uji Konsekuensi')).value as Date).toISOString().slice(0, 10)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(typeof row.getCell(col('Tahun')).value).toBe('number');
    // Everything an officer may see, including what is never published.
    expect(REGISTER_COLUMNS.map((c) => c.judul)).toEqual(expect.arrayContaining(['Catatan Internal', 'Lokasi Arsip', 'Pejabat PPID']));
  });

  it('puts the DIK as published beside the register: A4 landscape, one page wide, heading rows on every page', async () => {
    const out = join(tempDir(), 'register.xlsx');
    expect((await ppidInProcess(['export', '--archive', EXAMPLE, '--out', out, '--today', TODAY], { cwd: ROOT })).code).toBe(0);
    const site = tempDir();
    expect((await ppidInProcess(['publish', '--archive', EXAMPLE, '--out', site, '--today', TODAY], { cwd: ROOT })).code).toBe(0);
    const published = JSON.parse(readFileSync(join(site, 'dik.json'), 'utf8')).butir as any[];
    const wb = await readWorkbook(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Register DIK', 'DIK']);
    const ws = wb.getWorksheet('DIK')!;
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '5:6' });
    const text = (r: number) => [1, 2, 3, 4, 5, 6].map((c) => String(ws.getRow(r).getCell(c).value ?? ''));
    expect(text(1)[0]).toBe('DAFTAR INFORMASI YANG DIKECUALIKAN');
    expect(text(2)[0]).toBe('PEMERINTAH KABUPATEN TANJUNG RAWA');
    // The heading of the public DIK: five columns, the consequence split in two.
    expect(text(5)).toEqual([
      'No',
      'Informasi',
      'Dasar Hukum Pengecualian',
      'Konsekuensi/Pertimbangan bagi Publik',
      'Konsekuensi/Pertimbangan bagi Publik',
      'Jangka Waktu',
    ]);
    expect(text(6).slice(3, 5)).toEqual(['Dibuka', 'Ditutup']);
    expect(ws.getRow(5).getCell(4).isMerged && ws.getRow(6).getCell(1).isMerged).toBe(true);
    // The rows are exactly the published items, in their order, with their published words.
    const body = [...Array(ws.rowCount - 6).keys()].map((i) => text(i + 7));
    expect(body.map((r) => Number(r[0]))).toEqual(published.map((p) => p.no));
    body.forEach((r, i) => {
      const p = published[i];
      expect(r[1]!.split('\n')[0]).toBe(p.informasi);
      expect(r.slice(2)).toEqual([p.dasar_hukum.join('\n'), p.konsekuensi_dibuka, p.konsekuensi_ditutup, p.jangka_waktu]);
      expect(ws.getRow(i + 7).getCell(2).alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    });
    expect(body.length).toBeGreaterThan(3);
  });

  it('writes CSV for Excel in an Indonesian locale (BOM, semicolons), one statute per line', async () => {
    const out = join(tempDir(), 'register.csv');
    const r = await ppidInProcess(['export', '--archive', EXAMPLE, '--out', out, '--today', TODAY, '--status', 'ditetapkan'], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('jangan diumumkan');
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFFID;Status;')).toBe(true);
    const records = text
      .slice(1)
      .split(/\r\n(?=DIK-)/)
      .slice(1);
    expect(records.length).toBeGreaterThan(3);
    expect(records.every((l) => l.includes(';ditetapkan;'))).toBe(true);
    // DIK-2024-0008 relies on two statutes: one cell, two lines.
    expect(text).toMatch(/"UU 14\/2008 Pasal 17 huruf j[^"]*\n[^"]*"/);
    const bad = await ppidInProcess(['export', '--archive', EXAMPLE, '--out', join(tempDir(), 'x.pdf')], { cwd: ROOT });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('xlsx, csv');
  });

  for (const format of ['xlsx', 'csv', 'csv-koma']) {
    it(`round trip (${format}): export → import into an empty archive gives the same records; importing again creates nothing`, async () => {
      const file = join(tempDir(), `register.${format.slice(0, 4).replace(/-$/, '')}`);
      const extra = format === 'csv-koma' ? ['--csv-koma'] : [];
      expect((await ppidInProcess(['export', '--archive', EXAMPLE, '--out', file, '--today', TODAY, ...extra], { cwd: ROOT })).code).toBe(0);
      const dir = emptyLikeExample();
      const r = await ppidInProcess(['import', file, '--today', TODAY, '--json'], { cwd: dir, env: AS_PPID });
      expect(r.code, r.stderr).toBe(0);
      const result = JSON.parse(r.stdout);
      expect(result.tata_letak).toBe('register');
      const source = frontMatters(EXAMPLE);
      const copied = frontMatters(dir);
      // Opened and refused items are no longer exempted: they stay behind, said as warnings.
      const expected = [...source.values()]
        .filter((d) => !['dibuka', 'ditolak'].includes(String(d.status)))
        .map((d) => String(d.id))
        .sort();
      expect([...copied.keys()].sort()).toEqual(expected);
      expect(result.masalah.filter((m: any) => m.kode === 'impor-status-dilewati')).toHaveLength(source.size - expected.length);
      for (const id of expected) {
        const a = source.get(id)!;
        const b = copied.get(id)!;
        for (const c of READ_BACK_COLUMNS) expect([id, c.path, valueAt(b, c.path!)]).toEqual([id, c.path, valueAt(a, c.path!)]);
        expect(b.status).toBe(a.penetapan ? 'ditetapkan' : 'diusulkan');
      }
      expect((await ppidInProcess(['validate'], { cwd: dir })).code).toBe(0);
      const commits = commitCount(dir);
      const again = await ppidInProcess(['import', file, '--today', TODAY, '--json'], { cwd: dir, env: AS_PPID });
      expect(again.code).toBe(0);
      // Each row names its item by id: compared cell by cell, nothing to correct.
      expect(JSON.parse(again.stdout).baris.map((b: any) => b.hasil)).toEqual(expected.map(() => 'tanpa-perubahan'));
      expect(commitCount(dir)).toBe(commits);
    });
  }
});
