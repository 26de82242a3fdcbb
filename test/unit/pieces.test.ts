/** Large files made and written piece by piece must be the very bytes of the whole. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TEXT_STEP, writeFileAtomic } from '../../src/archive/atomic.js';
import { pickPaths } from '../../src/store/pick-fields.js';
import { jsonPieces, joinPieces } from '../../src/publish/render.js';
import type { OpenedItem, PublicItem } from '../../src/publish/allowlist.js';

const dir = mkdtempSync(join(tmpdir(), 'ppid-pieces-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writing in pieces', () => {
  it('writes many small pieces, long texts and buffers as the joined text, never cutting a surrogate pair', () => {
    const emoji = '\u{1F4C4}'; // two UTF-16 units
    // A long text, encoded piece by piece, whose first piece's boundary falls inside the pair;
    // and two-byte and three-byte characters that fill the buffer exactly and then some.
    const long = 'a'.repeat(TEXT_STEP - 1) + emoji + 'é'.repeat(TEXT_STEP) + '€'.repeat(TEXT_STEP + 7);
    const small = Array.from({ length: 50_000 }, (_, i) => `baris ${i} — ${emoji}\n`);
    // Pieces of three-byte characters: the buffer fills by bytes, not by characters.
    const wide = Array.from({ length: 400 }, (_, i) => `${i}${'€'.repeat(1000)}`);
    const pieces = ['awal\n', ...small, ...wide, long, Buffer.from('bait\n'), 'akhir\n'];
    const file = join(dir, 'a.txt');
    writeFileAtomic(file, pieces, { durable: false });
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p)));
    expect(readFileSync(file).equals(expected)).toBe(true);
    writeFileAtomic(file, long, { durable: false });
    expect(readFileSync(file, 'utf8')).toBe(long);
  });
});

describe('dik.json piece by piece', () => {
  const meta = { badanPublik: 'Badan "Uji"\nBaris', tanggal: '2026-11-02', versi: '0.1.0' };
  const item = (no: number): PublicItem => ({
    no,
    id: `DIK-2026-${no}`,
    informasi: 'Data "rahasia"\n\u{1F4C4}',
    unit: 'BKPSDM',
    pasal17: ['h2'],
    huruf: ['h'],
    dasar_hukum: ['UU 14/2008'],
    konsekuensi_dibuka: 'a',
    konsekuensi_ditutup: 'b',
    jangka_waktu: '5 tahun',
    dikecualikan_sampai: null,
    terbuka_sejak: null,
    status: 'ditetapkan',
    penetapan: no % 2 ? { nomor: '1/2026', tanggal: '2026-01-02' } : null,
  });
  const opened: OpenedItem = {
    no: 1,
    id: 'DIK-2020-1',
    informasi: 'x',
    unit: 'u',
    dasar_hukum: [],
    dibuka: '2026-01-01',
    alasan: 'y',
    dasar: null,
    demi_hukum: true,
  };
  for (const [items, open] of [
    [[], []],
    [[item(1)], []],
    [[], [opened]],
    [
      [item(1), item(2), item(3)],
      [opened, { ...opened, no: 2 }],
    ],
  ] as const) {
    it(`is JSON.stringify(…, null, 2) with ${items.length} items and ${open.length} opened`, () => {
      const whole =
        JSON.stringify({ badan_publik: meta.badanPublik, situs: null, per_tanggal: meta.tanggal, jumlah: items.length, butir: items, dibuka: open }, null, 2) +
        '\n';
      expect(joinPieces(jsonPieces([...items], [...open], meta))).toBe(whole);
    });
  }
});

describe('front matter cut to named fields', () => {
  it('keeps the named paths, and a value that is not a mapping whole', () => {
    const data = {
      id: 'X',
      judul: 'J',
      catatan: 'rahasia',
      uji_konsekuensi: { konsekuensi_dibuka: 'a', peserta: ['p'] },
      penetapan: 'bukan peta',
      jangka_waktu: { tahun: 5 },
    };
    expect(pickPaths(data, ['id', 'uji_konsekuensi.konsekuensi_dibuka', 'penetapan.nomor', 'jangka_waktu', 'pembukaan.tanggal'])).toEqual({
      id: 'X',
      uji_konsekuensi: { konsekuensi_dibuka: 'a' },
      penetapan: 'bukan peta',
      jangka_waktu: { tahun: 5 },
    });
    expect(pickPaths(undefined, ['id'])).toBeUndefined();
  });
});
