import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { cleanTempDirs, ROOT, tempDir, ppidInProcess } from '../helpers/cli.js';

afterAll(cleanTempDirs);

const EXAMPLE = join(ROOT, 'archive-example');
const addFormats = addFormatsModule as unknown as (a: Ajv2020) => Ajv2020;
const REFERENCE_DATE = '2026-11-02'; // named in the README

describe('archive-example (read-only, inside this project\u2019s own repository)', () => {
  it('validates clean but for the one documented warning', async () => {
    const r = await ppidInProcess(['validate', '--json', '--archive', EXAMPLE], { cwd: ROOT });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.butir).toBeGreaterThanOrEqual(12);
    expect(j.galat).toBe(0);
    expect(j.masalah.map((m: any) => m.kode)).toEqual(['periode-tanpa-batas']);
  });

  it('covers every period form, several Pasal 17 letters and every status', async () => {
    const rows = JSON.parse((await ppidInProcess(['list', '--json', '--archive', EXAMPLE], { cwd: ROOT })).stdout);
    expect(new Set(rows.map((r: any) => r.bentuk_jangka_waktu))).toEqual(
      new Set(['panjang-tetap', 'tanggal-akhir', 'setelah-peristiwa', 'hingga-peristiwa', 'hingga-persetujuan', 'tanpa-batas']),
    );
    expect(new Set(rows.flatMap((r: any) => r.pasal17.map((k: string) => k[0]))).size).toBeGreaterThanOrEqual(8);
    expect(new Set(rows.map((r: any) => r.status))).toEqual(new Set(['diusulkan', 'diklarifikasi', 'dipertimbangkan', 'ditetapkan', 'dibuka', 'ditolak']));
  });

  it(`as of ${REFERENCE_DATE}: one overdue, two expiring (counting the regional holiday), one review`, async () => {
    const r = JSON.parse((await ppidInProcess(['expiring', '--json', '--archive', EXAMPLE, '--today', REFERENCE_DATE], { cwd: ROOT })).stdout);
    expect(r.butir.map((b: any) => [b.keadaan, b.id, b.sisa_hari_kerja])).toEqual([
      ['lewat', 'DIK-2023-0009', 0],
      // 2–13 Nov 2026 less Thursday 12 Nov (Hari Jadi Kabupaten, from the archive's kalender.yaml).
      ['akan-berakhir', 'DIK-2025-0003', 9],
      ['akan-berakhir', 'DIK-2025-0015', 13],
      ['tinjau-ulang', 'DIK-2024-0004', null],
    ]);
  });

  it(`status as of ${REFERENCE_DATE}: the overdue opening is late, the other is on time`, async () => {
    const r = JSON.parse((await ppidInProcess(['status', '--json', '--archive', EXAMPLE, '--today', REFERENCE_DATE], { cwd: ROOT })).stdout);
    const by = Object.fromEntries(r.butir.map((b: any) => [b.id, b]));
    expect(by['DIK-2023-0009']).toMatchObject({ langkah: 4, perintah: 'open', terlambat: true });
    expect(by['DIK-2025-0003']).toMatchObject({ langkah: 4, perintah: 'open', tenggat: '2026-11-13', terlambat: false });
    expect(by['DIK-2026-0006']).toMatchObject({ langkah: 2, sejak: '2026-09-15', terlambat: true });
    expect(by['DIK-2025-0001']).toMatchObject({ langkah: null });
    expect(by['DIK-2025-0012']).toBeUndefined(); // opened: closed
  });

  it('publishes only items in force and within their period', async () => {
    const out = tempDir();
    const r = await ppidInProcess(['publish', '--archive', EXAMPLE, '--out', out, '--today', REFERENCE_DATE], { cwd: ROOT });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('1 butir sudah lewat');
    const j = JSON.parse(readFileSync(join(out, 'dik.json'), 'utf8'));
    expect(j.badan_publik).toBe('Pemerintah Kabupaten Tanjung Rawa');
    // dik.json has the shape its published JSON Schema documents.
    const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
    const valid = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas/dik.schema.json'), 'utf8')));
    expect(valid(j), JSON.stringify(valid.errors)).toBe(true);
    expect(j.dibuka.map((o: any) => [o.id, o.demi_hukum])).toEqual([
      ['DIK-2023-0009', true],
      ['DIK-2025-0012', false],
    ]);
    expect(j.butir.map((b: any) => b.id)).toEqual([
      'DIK-2025-0003',
      'DIK-2025-0015',
      'DIK-2025-0002',
      'DIK-2025-0011',
      'DIK-2024-0005',
      'DIK-2025-0001',
      'DIK-2025-0010',
      'DIK-2024-0004',
      'DIK-2024-0008',
      'DIK-2024-0007',
    ]);
  });

  it('refuses to change it: it is not a git repository of its own', async () => {
    const r = await ppidInProcess(['add', '--archive', EXAMPLE, '--judul', 'x', '--no-input'], { cwd: ROOT });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('repositori git');
  });

  it('speaks English with --lang en and LANG=en_US', async () => {
    const a = await ppidInProcess(['expiring', '--archive', EXAMPLE, '--today', REFERENCE_DATE, '--lang', 'en'], { cwd: ROOT });
    expect(a.stdout).toContain('OVERDUE');
    const b = await ppidInProcess(['expiring', '--archive', EXAMPLE, '--today', REFERENCE_DATE], { cwd: ROOT, env: { LANG: 'en_US.UTF-8' } });
    expect(b.stdout).toContain('EXPIRING');
    const c = await ppidInProcess(['expiring', '--archive', EXAMPLE, '--today', REFERENCE_DATE], { cwd: ROOT });
    expect(c.stdout).toContain('AKAN BERAKHIR');
  });
});
