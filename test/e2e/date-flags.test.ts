/**
 * Dates on the command line as officers type them (issue 23): `--tanggal 10/03/2026` is the
 * 10th of March, said back where the day could be a month; a date that cannot be read is refused
 * for what it is, naming the flag, not as a missing element of the decree.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, commitCount, ppidInProcessExact } from '../helpers/cli.js';
import { addHealthRecords, decreeSigned, on, PETUGAS, PPID, sopArchive, TIM } from '../helpers/sop.js';

afterAll(cleanTempDirs);

const at = (who: Record<string, string>, day: string) => ({ ...on(who, day), PPID_TODAY: undefined });

async function considered(): Promise<string> {
  const dir = sopArchive();
  const step = async (who: Record<string, string>, day: string, args: string[]) => {
    const r = await ppidInProcessExact(args, { cwd: dir, env: at(who, day) });
    expect(r.code, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  };
  await step(PETUGAS, '2026-03-02', addHealthRecords('02/03/2026'));
  await step(PETUGAS, '2026-03-03', ['clarify', 'DIK-2026-0001']);
  await step(TIM, '2026-03-04', ['review', 'DIK-2026-0001', '--rekomendasi', 'setuju', '--nomor', '01/TP/2026']);
  return dir;
}

describe('date flags', () => {
  it('decree --tanggal 10/03/2026 is the 10th of March, and ppid says how it read it', async () => {
    const dir = await considered();
    const decree = (tanggal: string) =>
      ppidInProcessExact(['decree', 'DIK-2026-0001', '--nomor', '014/PPID/2026', '--tanggal', tanggal, ...decreeSigned('2026-03-09')], {
        cwd: dir,
        env: at(PPID, '2026-03-10'),
      });
    const before = commitCount(dir);
    const bad = await decree('2026/13/45');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--tanggal "2026/13/45" bukan tanggal yang dapat dibaca');
    expect(bad.stderr).not.toMatch(/unsur|element/);
    expect(commitCount(dir)).toBe(before);
    const r = await decree('10/03/2026');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('--tanggal 10/03/2026 dibaca sebagai 10 Maret 2026 (2026-03-10; hari/bulan/tahun)');
    expect(readFileSync(join(dir, 'informasi/DIK-2026-0001.md'), 'utf8')).toMatch(/penetapan:\n(?: {2}.*\n)*? {2}tanggal: 2026-03-10\n/);
  });

  it('an unambiguous day-first date or a spelled one is read without a note; --lang en says it in English', async () => {
    const r = await ppidInProcessExact(['expiring', '--archive', join(import.meta.dirname, '../../archive-example'), '--today', '2 November 2026', '--json'], {
      cwd: import.meta.dirname,
    });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).tanggal).toBe('2026-11-02');
    expect(r.stderr).toBe('');
    const en = await ppidInProcessExact(
      ['expiring', '--archive', join(import.meta.dirname, '../../archive-example'), '--today', '31/02/2026', '--lang', 'en'],
      {
        cwd: import.meta.dirname,
      },
    );
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('--today "31/02/2026" is not a date ppid can read');
  });
});
