/**
 * `ppid expiring` against a computation of its own, at three dates: an archive holding every
 * period form, with ends on weekends, on cuti bersama and from 29 February, read by the real CLI
 * and checked against what docs/domain.md §4.3 defines, counted day by day from the published 2026–2027
 * calendars (../shared/calendar, the same facts ppid ships, read here with no ppid code at all).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanTempDirs, git, newArchive, ppid, ROOT, write } from '../helpers/cli.js';
import { validRecord } from '../helpers/records.js';

afterAll(cleanTempDirs);

// The brief's calendars where the repository sits beside them (as in CI); else ppid's shipped copy of the same facts.
const SHARED = join(ROOT, '..', 'shared', 'calendar');
const CALENDARS = existsSync(SHARED) ? SHARED : join(ROOT, 'data', 'calendar');
const YEARS = [2026, 2027];
const HOLIDAYS = new Set(
  YEARS.flatMap((y) => (parse(readFileSync(join(CALENDARS, `${y}.yaml`), 'utf8')).holidays as Array<{ date: string }>).map((h) => String(h.date))),
);

// Plain date arithmetic, none of ppid's.
const toDate = (s: string) => new Date(`${s}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const next = (s: string, n = 1) => iso(new Date(toDate(s).getTime() + n * 86_400_000));
const isWorking = (s: string) => {
  const dow = toDate(s).getUTCDay();
  return dow !== 0 && dow !== 6 && !HOLIDAYS.has(s);
};
/** Working days d with from ≤ d < to, counted one day at a time. */
const count = (from: string, to: string) => {
  let n = 0;
  for (let d = from; d < to; d = next(d)) if (isWorking(d)) n++;
  return n;
};
/** Years and months added with the day kept, clamped to the month's last day (29 Feb → 28 Feb). */
const plus = (start: string, tahun = 0, bulan = 0) => {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const months = m - 1 + tahun * 12 + bulan;
  const year = y + Math.floor(months / 12);
  const month = months % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(year, month, Math.min(d, last))));
};

interface Item {
  id: string;
  status?: string;
  pasal17?: string[];
  jangka: Record<string, unknown>;
}

// The first public day each form gives, by docs/domain.md §4.1.
function firstPublicDay(it: Item, decree: string): string | undefined {
  const j = it.jangka as Record<string, any>;
  if (j.sampai) return next(j.sampai);
  if (j.setelah) return j.tanggal_peristiwa ? plus(j.tanggal_peristiwa, j.tahun, j.bulan) : undefined;
  if (j.tahun !== undefined || j.bulan !== undefined) return plus(j.mulai ?? decree, j.tahun, j.bulan);
  return undefined;
}

const ITEMS: Item[] = [
  // A fixed length from 29 February: three years end on 28 February 2027, a Sunday.
  { id: 'DIK-2024-0001', jangka: { mulai: '2024-02-29', tahun: 3 } },
  // Public from 24 December 2026, a cuti bersama day.
  { id: 'DIK-2024-0002', jangka: { mulai: '2021-12-24', tahun: 5 } },
  // The last exempt day on a Friday: public from a Saturday.
  { id: 'DIK-2024-0003', jangka: { sampai: '2026-11-13' } },
  // The last exempt day on a Sunday.
  { id: 'DIK-2024-0004', jangka: { sampai: '2026-11-29' } },
  // The last exempt day a cuti bersama day (12 March 2027).
  { id: 'DIK-2024-0005', jangka: { sampai: '2027-03-12' } },
  // A length after an event that happened; and one that has not (reviewed instead).
  { id: 'DIK-2024-0006', pasal17: ['h4'], jangka: { setelah: 'keputusan disiplin', tahun: 2, tanggal_peristiwa: '2025-01-20' } },
  { id: 'DIK-2024-0007', pasal17: ['h4'], jangka: { setelah: 'seleksi berakhir', tahun: 2, tinjau_ulang: '2027-01-11' } },
  // Until an event, with its review date.
  { id: 'DIK-2024-0008', jangka: { hingga: 'putusan berkekuatan hukum tetap', tinjau_ulang: '2026-12-15' } },
  // Until consent: never due.
  { id: 'DIK-2024-0009', jangka: { hingga_persetujuan: true } },
  // Open-ended, reviewed.
  { id: 'DIK-2024-0010', pasal17: ['j'], jangka: { tanpa_batas: true, tinjau_ulang: '2027-02-01' } },
  // A fixed length whose review date comes long before its end.
  { id: 'DIK-2024-0011', jangka: { mulai: '2024-01-15', tahun: 10, tinjau_ulang: '2026-12-10' } },
  // Lapsed before every date below: public by law.
  { id: 'DIK-2024-0012', jangka: { mulai: '2023-06-01', tahun: 3 } },
  // A proposal whose proposed period is over: never public by law, listed apart.
  { id: 'DIK-2024-0013', status: 'diusulkan', jangka: { sampai: '2026-10-30' } },
  // Opened: never listed.
  { id: 'DIK-2024-0014', status: 'dibuka', jangka: { sampai: '2026-11-20' } },
  // Two years from 2 February 2025: public from Tuesday 2 February 2027, the day after the last date below.
  { id: 'DIK-2024-0015', jangka: { mulai: '2025-02-02', tahun: 2 } },
];

const DECREE = '2024-01-15';
const WINDOW = 30;

function recordOf(it: Item): Record<string, unknown> {
  const v = validRecord();
  const status = it.status ?? 'ditetapkan';
  const pasal17 = it.pasal17 ?? ['h2'];
  const dasar = pasal17[0] === 'j' ? ['UU 14/2008 Pasal 17 huruf j', 'UU 43/2009 tentang Kearsipan Pasal 44'] : [`UU 14/2008 Pasal 17 huruf ${pasal17[0]![0]}`];
  const uji = { ...v.uji_konsekuensi, tanggal: '2020-01-06', persetujuan_pimpinan: { ...v.uji_konsekuensi.persetujuan_pimpinan, tanggal: '2020-01-10' } };
  const penetapan = { ...v.penetapan, tanggal: DECREE, persetujuan_pimpinan: { ...v.penetapan.persetujuan_pimpinan, tanggal: '2024-01-12' } };
  const out: Record<string, unknown> = {
    ...v,
    id: it.id,
    status,
    judul: `Informasi ${it.id}`,
    unit: 'Badan Kepegawaian dan Pengembangan SDM',
    pasal17,
    dasar_hukum: dasar,
    uji_konsekuensi: uji,
    jangka_waktu: it.jangka,
  };
  if (status === 'diusulkan') delete out.penetapan;
  else out.penetapan = penetapan;
  if (status === 'dibuka') {
    out.pembukaan = {
      tanggal: '2024-03-01',
      alasan: 'putusan-komisi-informasi',
      dasar: 'Putusan KI 9/2024',
      persetujuan_pimpinan: { nama: 'Budi Santoso', jabatan: 'Bupati Uji', tanggal: '2024-02-28' },
    };
  }
  return out;
}

/** What the report must say on `today`, worked out here. */
function expected(today: string) {
  // The last day still within the window: the latest day x with count(today, x) ≤ WINDOW.
  let cutoff = today;
  while (count(today, next(cutoff)) <= WINDOW) cutoff = next(cutoff);
  const rows: Array<Record<string, unknown>> = [];
  for (const it of ITEMS) {
    const status = it.status ?? 'ditetapkan';
    if (status === 'dibuka' || status === 'ditolak') continue;
    const inForce = status === 'ditetapkan';
    const b = firstPublicDay(it, DECREE);
    const tinjau = (it.jangka as { tinjau_ulang?: string }).tinjau_ulang;
    if (b !== undefined && b <= today) {
      rows.push({
        id: it.id,
        keadaan: inForce ? 'lewat' : 'usulan-lewat',
        berakhir: b,
        dikecualikan_sampai: next(b, -1),
        sisa_hari_kerja: 0,
        batas_keputusan: null,
        tinjau_ulang: null,
      });
    } else if (b !== undefined && inForce && count(today, b) <= WINDOW) {
      let last = next(b, -1);
      while (!isWorking(last)) last = next(last, -1);
      rows.push({
        id: it.id,
        keadaan: 'akan-berakhir',
        berakhir: b,
        dikecualikan_sampai: next(b, -1),
        sisa_hari_kerja: count(today, b),
        batas_keputusan: last,
        tinjau_ulang: null,
      });
    } else if (tinjau !== undefined && tinjau <= cutoff) {
      rows.push({
        id: it.id,
        keadaan: 'tinjau-ulang',
        berakhir: null,
        dikecualikan_sampai: null,
        sisa_hari_kerja: null,
        batas_keputusan: null,
        tinjau_ulang: tinjau,
      });
    }
  }
  const order: Record<string, number> = { lewat: 0, 'usulan-lewat': 1, 'akan-berakhir': 2, 'tinjau-ulang': 3 };
  const key = (r: Record<string, unknown>) => String(r.keadaan === 'tinjau-ulang' ? r.tinjau_ulang : r.berakhir);
  rows.sort((x, y) => order[x.keadaan as string]! - order[y.keadaan as string]! || key(x).localeCompare(key(y)) || String(x.id).localeCompare(String(y.id)));
  return { cutoff, rows };
}

describe('ppid expiring matches an independent computation', () => {
  const dir = newArchive();
  for (const it of ITEMS) write(dir, `informasi/${it.id}.md`, `---\n${stringify(recordOf(it), { lineWidth: 0 })}---\n\nIsi.\n`);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'butir uji']);

  it('the archive is valid as written', () => {
    const r = ppid(['validate', '--today', '2026-11-02'], { cwd: dir });
    expect(r.code, r.stdout + r.stderr).toBe(0);
  });

  // A Monday, a Saturday before a cuti bersama week, and a Monday after a holiday week.
  for (const today of ['2026-11-02', '2026-12-19', '2027-02-01']) {
    it(`on ${today}`, () => {
      const r = ppid(['expiring', '--json', '--today', today], { cwd: dir });
      expect(r.code, r.stderr).toBe(0);
      const got = JSON.parse(r.stdout);
      const want = expected(today);
      expect(got.batas_jendela).toBe(want.cutoff);
      expect(got.tahun_tanpa_kalender).toEqual([]);
      expect(
        got.butir.map((b: Record<string, unknown>) => ({
          id: b.id,
          keadaan: b.keadaan,
          berakhir: b.berakhir,
          dikecualikan_sampai: b.dikecualikan_sampai,
          sisa_hari_kerja: b.sisa_hari_kerja,
          batas_keputusan: b.batas_keputusan,
          tinjau_ulang: b.tinjau_ulang,
        })),
      ).toEqual(want.rows);
      // Every form and state took part somewhere across the three dates.
      expect(want.rows.length).toBeGreaterThan(2);
    });
  }

  it('across the three dates, every state and the weekend, cuti bersama and 29 February ends were reached', () => {
    const seen = new Set(['2026-11-02', '2026-12-19', '2027-02-01'].flatMap((t) => expected(t).rows.map((r) => `${r.keadaan}:${r.id}`)));
    for (const s of [
      'lewat:DIK-2024-0012',
      'usulan-lewat:DIK-2024-0013',
      'akan-berakhir:DIK-2024-0003',
      'akan-berakhir:DIK-2024-0004',
      'akan-berakhir:DIK-2024-0002',
      'akan-berakhir:DIK-2024-0001',
      'akan-berakhir:DIK-2024-0005',
      'akan-berakhir:DIK-2024-0006',
      'tinjau-ulang:DIK-2024-0007',
      'tinjau-ulang:DIK-2024-0008',
      'tinjau-ulang:DIK-2024-0010',
      'tinjau-ulang:DIK-2024-0011',
    ]) {
      expect(seen, s).toContain(s);
    }
    expect([...seen].some((s) => s.endsWith('DIK-2024-0009') || s.endsWith('DIK-2024-0014'))).toBe(false);
  });
});
