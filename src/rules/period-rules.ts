/**
 * The exemption period against the law (UU 14/2008 Pasal 20; PP 61/2010 Pasal 5–9) and against
 * sense: its form, the letters that may (not) be open-ended or consent-bound, the 30-year limit
 * of `a` counted from the first determination across reclassifications, lengths of zero, an end
 * before the consequence test, and dates past year 9999.
 */
import { HURUF_RULES, type Huruf } from '../domain/pasal17.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import { classifyPeriod } from '../domain/period-forms.js';
import type { JangkaWaktu } from '../domain/record.js';
import { addPeriod, isIsoDate, LAST_DAY } from './dates.js';
import { lastExemptDay, periodFacts, periodMonths, type PeriodFacts } from './period.js';
import type { Data, Findings } from './finding.js';

const JW = 'jangka_waktu';

/**
 * The day this information's exemption began: the first determination across
 * `riwayat_klasifikasi` and the current one, or an earlier start its periods state; for an
 * item not yet determined, the start of its proposed period (or its test).
 */
export function exemptionStart(data: Data): string | undefined {
  const riwayat = Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : [];
  const dates = [...riwayat.flatMap((r) => [r?.penetapan_tanggal, r?.jangka_waktu?.mulai]), data.penetapan?.tanggal, data.jangka_waktu?.mulai].filter(
    isIsoDate,
  );
  if (dates.length > 0) return dates.sort()[0];
  return isIsoDate(data.uji_konsekuensi?.tanggal) ? data.uji_konsekuensi!.tanggal : undefined;
}

function checkForm(jw: Record<string, unknown>, f: Findings): ReturnType<typeof classifyPeriod> {
  const c = classifyPeriod(jw);
  if (c.ok) return c;
  if (c.masalah === 'kosong') f.err('periode-kosong', {}, [JW]);
  else if (c.masalah === 'ganda') f.err('periode-ganda', { bentuk: c.bentuk.join(', ') }, [JW]);
  else if (c.masalah === 'kunci-asing') for (const k of c.kunci) f.err('periode-kunci-asing', { kunci: k, bentuk: c.spec.bentuk }, [JW, k], 'key');
  else if (c.kunci.includes('tinjau_ulang')) f.err('periode-tanpa-tinjau-ulang', { bentuk: c.spec.bentuk }, [JW]);
  else f.err('periode-kurang', { kunci: c.kunci.join(', '), bentuk: c.spec.bentuk }, [JW]);
  return c;
}

/** Open-ended and consent-bound periods are for some letters only. */
function checkLettersForm(bentuk: string, hs: Huruf[], jw: JangkaWaktu, f: Findings): void {
  if (bentuk === 'tanpa-batas') {
    const bad = hs.filter((h) => !HURUF_RULES[h].bolehTanpaBatas);
    if (bad.length > 0) f.err('periode-a-f-permanen', { huruf: bad.join(', ') }, [JW, 'tanpa_batas'], 'key');
    else if (hs.length > 0) f.warn(jw.tinjau_ulang !== undefined ? 'periode-tanpa-batas' : 'periode-tanpa-batas-tanpa-tinjau', {}, [JW, 'tanpa_batas'], 'key');
  }
  if (bentuk === 'hingga-persetujuan') {
    const bad = hs.filter((h) => !HURUF_RULES[h].bolehHinggaPersetujuan);
    if (bad.length > 0) f.err('periode-persetujuan-bukan-gh', { huruf: bad.join(', ') }, [JW, 'hingga_persetujuan'], 'key');
  }
}

/**
 * The longest period a letter allows (`a`: 30 years, PP 61/2010 Pasal 5(1)), counted from the
 * first determination: a reclassification starts no new 30 years, and an event-bound period's
 * review date may not lie past the limit either.
 */
function checkMaximum(data: Data, hs: Huruf[], jw: JangkaWaktu, facts: PeriodFacts, f: Findings): void {
  const first = exemptionStart(data);
  for (const h of hs) {
    const rule = HURUF_RULES[h];
    if (rule.maksimumTahun === undefined) continue;
    const params = { huruf: h, tahun: rule.maksimumTahun, dasar: rule.dasarMaksimum ?? '' };
    const months = periodMonths(jw);
    if (months !== undefined && months > rule.maksimumTahun * 12) {
      f.err('periode-melebihi-maksimum', params, [JW]);
      continue;
    }
    if (first === undefined) continue;
    // The first day the information must be public, whatever the record says.
    const limit = addPeriod(first, rule.maksimumTahun);
    const over = { ...params, sejak: first, batas: lastExemptDay(limit) };
    if (facts.berakhir !== undefined && facts.berakhir > limit) f.err('periode-melebihi-maksimum-sejak', over, [JW]);
    else if (facts.berakhir === undefined && isIsoDate(jw.tinjau_ulang) && jw.tinjau_ulang >= limit) {
      f.err('periode-tinjau-melebihi-maksimum', over, [JW, 'tinjau_ulang']);
    }
  }
}

/** Lengths of zero, an end before the test, years past 9999. */
function checkSense(data: Data, jw: JangkaWaktu, bentuk: string, facts: PeriodFacts, f: Findings): void {
  const months = periodMonths(jw);
  // A length the schema already refuses (`tahun: lima`) is not also said to be zero.
  const numeric = [jw.tahun, jw.bulan].every((v) => v === undefined || typeof v === 'number');
  if ((bentuk === 'panjang-tetap' || bentuk === 'setelah-peristiwa') && numeric && months === 0) {
    f.err('periode-nol', {}, [JW, jw.tahun !== undefined ? 'tahun' : 'bulan']);
  }
  const uji = data.uji_konsekuensi?.tanggal;
  if (isIsoDate(jw.sampai) && isIsoDate(uji) && jw.sampai < uji) f.err('periode-sampai-sebelum-uji', { sampai: jw.sampai, uji }, [JW, 'sampai']);
  // A first public day computed past 9999 is held at LAST_DAY; an exemption that long is no period.
  if (facts.berakhir !== undefined && facts.berakhir >= LAST_DAY) f.err('tanggal-melewati-9999', {}, [JW]);
}

export function checkPeriodRules(data: Data, hs: Huruf[], f: Findings): void {
  const jw = data.jangka_waktu;
  if (!jw || typeof jw !== 'object' || Array.isArray(jw)) return;
  const c = checkForm(jw as Record<string, unknown>, f);
  if (!c.ok) return;
  const bentuk = c.spec.bentuk;
  const facts = periodFacts(data as Parameters<typeof periodFacts>[0]);
  checkLettersForm(bentuk, hs, jw, f);
  checkMaximum(data, hs, jw, facts, f);
  checkSense(data, jw, bentuk, facts, f);
  const status = data.status as Status | undefined;
  if (status && STATUS_INFO[status]?.berlaku && bentuk === 'panjang-tetap' && facts.mulai === undefined) {
    f.err('periode-tanpa-mulai', {}, [JW]);
  }
  const months = periodMonths(jw);
  const retensi = data.arsip?.retensi?.tahun;
  if (months !== undefined && typeof retensi === 'number' && retensi > 0 && months === retensi * 12) {
    f.warn('periode-sama-retensi', { tahun: retensi }, [JW]);
  }
}
