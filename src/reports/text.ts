/** Human wording of dates, periods and statuses, in the output language. */
import { lang, type Lang } from '../i18n/lang.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import type { JangkaWaktu } from '../domain/record.js';
import { lastExemptDay, type PeriodFacts } from '../rules/period.js';
import { dayOfWeek } from '../rules/dates.js';

let collator: Intl.Collator | undefined;
/**
 * Orders text exactly as `a.localeCompare(b)` does, without making a collator per comparison
 * (reports sort thousands of rows). Made on first use: making it is a noticeable cost to a
 * command that sorts nothing (docs/performance.md, 'Why the code is shaped so').
 */
export const compareText = (a: string, b: string): number => (collator ??= new Intl.Collator()).compare(a, b);

const BULAN_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const MONTH_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const HARI_ID = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
const DAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const longDates = new Map<string, string>();

/** "16 Februari 2026" — the form used in Indonesian letters (remembered: a report repeats its dates). */
export function longDate(iso: string, l: Lang = lang()): string {
  const key = `${l}${iso}`;
  let text = longDates.get(key);
  if (text === undefined) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    longDates.set(key, (text = `${d} ${(l === 'en' ? MONTH_EN : BULAN_ID)[m - 1]} ${y}`));
  }
  return text;
}

export function weekday(iso: string, l: Lang = lang()): string {
  return (l === 'en' ? DAY_EN : HARI_ID)[dayOfWeek(iso)]!;
}

export function statusLabel(s: Status, l: Lang = lang()): string {
  return STATUS_INFO[s]?.label[l] ?? s;
}

function lengthText(jw: JangkaWaktu, l: Lang): string {
  const parts: string[] = [];
  if (jw.tahun) parts.push(l === 'en' ? `${jw.tahun} year${jw.tahun === 1 ? '' : 's'}` : `${jw.tahun} tahun`);
  if (jw.bulan) parts.push(l === 'en' ? `${jw.bulan} month${jw.bulan === 1 ? '' : 's'}` : `${jw.bulan} bulan`);
  if (parts.length === 0) parts.push(l === 'en' ? '0 years' : '0 tahun');
  return parts.join(' ');
}

/**
 * "sampai dengan 2 Maret 2030": the last exempt day of a period whose first public day is
 * `berakhir`. Indonesian readers take "berakhir pada D" and "sampai D" as the last exempt
 * day, so the first public day is never written that way (docs/domain.md §4.2).
 */
export function exemptUntilText(berakhir: string, l: Lang = lang()): string {
  return `${l === 'en' ? 'up to and including' : 'sampai dengan'} ${longDate(lastExemptDay(berakhir), l)}`;
}

/** "terbuka sejak 3 Maret 2030": the first public day. */
export function publicFromText(berakhir: string, l: Lang = lang()): string {
  return `${l === 'en' ? 'public from' : 'terbuka sejak'} ${longDate(berakhir, l)}`;
}

/** "5 tahun sejak 3 Maret 2025 (sampai dengan 2 Maret 2030)" and the like. */
export function periodText(jw: JangkaWaktu, facts: PeriodFacts, l: Lang = lang()): string {
  const en = l === 'en';
  const d = (s: string) => longDate(s, l);
  const review = facts.tinjauUlang ? (en ? `; review by ${d(facts.tinjauUlang)}` : `; ditinjau ulang ${d(facts.tinjauUlang)}`) : '';
  const until = (b: string) => exemptUntilText(b, l);
  switch (facts.bentuk) {
    case 'panjang-tetap':
      return (
        (facts.mulai && facts.berakhir
          ? en
            ? `${lengthText(jw, l)} from ${d(facts.mulai)} (${until(facts.berakhir)})`
            : `${lengthText(jw, l)} sejak ${d(facts.mulai)} (${until(facts.berakhir)})`
          : en
            ? `${lengthText(jw, l)} from the determination`
            : `${lengthText(jw, l)} sejak ditetapkan`) + review
      );
    case 'tanggal-akhir':
      return (facts.berakhir ? until(facts.berakhir) : '') + review;
    case 'setelah-peristiwa':
      return facts.berakhir
        ? (en
            ? `${lengthText(jw, l)} after ${jw.setelah} (${d(facts.mulai!)}; ${until(facts.berakhir)})`
            : `${lengthText(jw, l)} setelah ${jw.setelah} (${d(facts.mulai!)}; ${until(facts.berakhir)})`) + review
        : (en ? `${lengthText(jw, l)} after ${jw.setelah}` : `${lengthText(jw, l)} setelah ${jw.setelah}`) + review;
    case 'hingga-peristiwa':
      return (en ? `until ${jw.hingga}` : `hingga ${jw.hingga}`) + review;
    case 'hingga-persetujuan':
      return (en ? 'until the person\u2019s written consent' : 'hingga ada persetujuan tertulis dari yang bersangkutan') + review;
    case 'tanpa-batas':
      return (en ? 'open-ended' : 'tanpa batas waktu') + review;
    default:
      return jw.keterangan ?? '';
  }
}
