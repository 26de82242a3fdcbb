/**
 * An opening (`pembukaan`) must state a true reason, in the right order (docs/domain.md §6):
 * determination < the head's approval ≤ opening; "the period ends" only from the first of the
 * 30 working days before the end (PP 61/2010 Pasal 11(2)); nothing is opened that was already
 * public by law; consent opens one person's information, named and attached (UU 14/2008 Pasal
 * 18(2)); each reason only for the letters it applies to. `ppid open` refuses the same things.
 */
import { ALASAN_HANYA_HURUF, ALASAN_PEMBUKAAN_TEKS, ALASAN_WAJIB_DASAR, type AlasanPembukaan, type RecordData } from '../domain/record.js';
import type { Huruf } from '../domain/pasal17.js';
import type { WorkingCalendar } from './working-days.js';
import { isIsoDate } from './dates.js';
import { lastExemptDay, periodFacts } from './period.js';
import { openingWindowStart } from './opening-window.js';
import type { Data, Findings } from './finding.js';

const P = 'pembukaan';

/** The letters a reason cannot open (consent and public office: g/h only; an open court session: a only). */
export function lettersOutsideReason(alasan: AlasanPembukaan, hs: readonly Huruf[]): Huruf[] {
  const only = ALASAN_HANYA_HURUF[alasan];
  return only ? hs.filter((h) => !only.huruf.includes(h)) : [];
}

/**
 * Whether "the period ends" is a true reason on `tanggal`: not before the first of the 30
 * working days before `berakhir`. Returns that first day when it is not.
 */
export function tooEarlyForExpiry(cal: WorkingCalendar, berakhir: string, tanggal: string): string | undefined {
  const start = openingWindowStart(cal, berakhir);
  return tanggal < start ? start : undefined;
}

function checkApproval(p: NonNullable<RecordData['pembukaan']>, decree: string | undefined, f: Findings): void {
  if (p.demi_hukum === true) return;
  const a = p.persetujuan_pimpinan;
  if (!a) {
    f.err('pembukaan-tanpa-persetujuan', {}, [P]);
    return;
  }
  if (!isIsoDate(a.tanggal)) return;
  const at = [P, 'persetujuan_pimpinan', 'tanggal'];
  if (decree && a.tanggal <= decree) f.err('persetujuan-pembukaan-sebelum-penetapan', { persetujuan: a.tanggal, penetapan: decree }, at);
  if (isIsoDate(p.tanggal) && a.tanggal > p.tanggal) f.err('persetujuan-pembukaan-setelah-pembukaan', { persetujuan: a.tanggal, pembukaan: p.tanggal }, at);
}

function checkConsent(data: Data, p: NonNullable<RecordData['pembukaan']>, f: Findings): void {
  if (p.alasan !== 'persetujuan-tertulis') return;
  const c = p.persetujuan_tertulis;
  if (!c) {
    f.err('persetujuan-tertulis-tanpa-pemberi', {}, [P, 'alasan']);
  } else {
    if (c.satu_orang !== true) f.err('persetujuan-tertulis-banyak-orang', {}, [P, 'persetujuan_tertulis']);
    if (isIsoDate(c.tanggal) && isIsoDate(p.tanggal) && c.tanggal > p.tanggal) {
      f.err('persetujuan-tertulis-setelah-pembukaan', { persetujuan: c.tanggal, pembukaan: p.tanggal }, [P, 'persetujuan_tertulis', 'tanggal']);
    }
  }
  const letters = Array.isArray(data.lampiran) ? data.lampiran : [];
  if (!letters.some((l) => l?.jenis === 'persetujuan-tertulis')) f.err('persetujuan-tertulis-tanpa-surat', {}, [P, 'alasan']);
}

export function checkOpeningRules(data: Data, hs: readonly Huruf[], cal: WorkingCalendar | undefined, f: Findings): void {
  const p = data.pembukaan;
  if (!p || typeof p !== 'object' || !isIsoDate(p.tanggal)) return;
  const decree = isIsoDate(data.penetapan?.tanggal) ? data.penetapan!.tanggal : undefined;
  if (decree && p.tanggal < decree) f.err('pembukaan-sebelum-penetapan', { pembukaan: p.tanggal, penetapan: decree }, [P, 'tanggal']);
  const bad = typeof p.alasan === 'string' ? lettersOutsideReason(p.alasan, hs) : [];
  if (bad.length > 0) {
    f.err(
      'alasan-pembukaan-bukan-huruf',
      { alasan: ALASAN_PEMBUKAAN_TEKS[p.alasan] ?? p.alasan, huruf: bad.join(', '), dasar: ALASAN_HANYA_HURUF[p.alasan]!.dasar },
      [P, 'alasan'],
    );
  }
  const { berakhir } = periodFacts(data as Parameters<typeof periodFacts>[0]);
  if (p.demi_hukum === true) {
    // Public by law from the first day after the period: that is the opening's date, and its only reason.
    if (berakhir === undefined || p.tanggal !== berakhir || p.alasan !== 'jangka-waktu-berakhir') {
      f.err('demi-hukum-tidak-sesuai', { tanggal: p.tanggal, terbuka: berakhir ?? '—' }, [P, 'demi_hukum'], 'key');
    }
  } else if (berakhir !== undefined && p.tanggal >= berakhir) {
    // Nothing was left to open: the information was public by law from `berakhir`.
    f.err('pembukaan-setelah-terbuka-demi-hukum', { pembukaan: p.tanggal, terbuka: berakhir }, [P, 'tanggal']);
  } else if (p.alasan === 'jangka-waktu-berakhir') {
    if (berakhir === undefined) f.err('pembukaan-tanpa-akhir', {}, [P, 'alasan']);
    else if (cal) {
      const start = tooEarlyForExpiry(cal, berakhir, p.tanggal);
      if (start) {
        f.err('pembukaan-terlalu-dini', { pembukaan: p.tanggal, mulai: start, sampai: lastExemptDay(berakhir) }, [P, 'alasan']);
        // Holidays not yet listed would move the window's start earlier: say the error may be one.
        const uncovered = cal.uncoveredYears(start, berakhir);
        if (uncovered.length) f.warn('pembukaan-jendela-tanpa-kalender', { tahun: uncovered.join(', '), mulai: start }, [P, 'alasan']);
      }
    }
  }
  if (ALASAN_WAJIB_DASAR.includes(p.alasan) && !(typeof p.dasar === 'string' && p.dasar.trim())) {
    f.warn('pembukaan-tanpa-dasar', { alasan: ALASAN_PEMBUKAAN_TEKS[p.alasan] }, [P, 'alasan']);
  }
  checkApproval(p, decree, f);
  checkConsent(data, p, f);
}
