/**
 * Reading exemption periods as officers write them ("5 tahun", "20 Tahun", "5 (lima) tahun",
 * "hingga putusan berkekuatan hukum tetap", "5 tahun setelah …", "Permanen", "sampai ada
 * persetujuan tertulis", "sampai 31 Desember 2030") into the record's period forms
 * (docs/domain.md §4.1). The original wording is kept in `keterangan`; what cannot be read is said.
 */
import type { JangkaWaktu } from '../domain/record.js';
import { addPeriod } from '../rules/dates.js';
import { readDate } from '../rules/date-text.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';
import { listEntries } from './legal-basis.js';

export { readDate };

export interface PeriodReading {
  jangka_waktu?: JangkaWaktu;
  warnings: Array<{ code: DiagnosticCode; params: Record<string, string> }>;
}

const UNITS: Record<string, number> = {
  satu: 1,
  se: 1,
  dua: 2,
  tiga: 3,
  empat: 4,
  lima: 5,
  enam: 6,
  tujuh: 7,
  delapan: 8,
  sembilan: 9,
  sepuluh: 10,
  sebelas: 11,
};

/** "5", "lima", "dua puluh", "lima belas", "tiga puluh lima" → a number. */
function numberWord(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  const w = s.split(/\s+/);
  let total = 0;
  let i = 0;
  const unit = (x: string | undefined) => (x !== undefined ? UNITS[x] : undefined);
  while (i < w.length) {
    const u = unit(w[i]);
    if (u === undefined) return undefined;
    if (w[i + 1] === 'puluh') {
      total += u * 10;
      i += 2;
    } else if (w[i + 1] === 'belas') {
      total += u + 10;
      i += 2;
    } else {
      total += u;
      i += 1;
    }
  }
  return total || undefined;
}

const NUMBER = String.raw`(\d+|(?:(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(?:\s+(?:puluh|belas))?\s*)+)`;
/**
 * `today` gives the review date of an until-an-event period, which the law requires and no
 * spreadsheet holds: one year on, said in a warning so the officer sets the real one.
 */
export function readPeriod(raw: string, today: string): PeriodReading {
  // "1. Tidak terbatas, kecuali … 2. Atas persetujuan … 3. Sampai proses pengaduan selesai": one item, one period.
  const entries = listEntries(raw);
  if (entries.length >= 2 && entries.filter((e) => readOne(e, today).jangka_waktu).length >= 2)
    return { warnings: [{ code: 'impor-jangka-waktu-ganda', params: { n: String(entries.length), daftar: entries.map((e) => `«${e}»`).join(', ') } }] };
  return readOne(raw, today);
}

/**
 * The period said as when the information opens: "Dibuka setelah mendapatkan persetujuan tertulis
 * dari yang bersangkutan" (consent), "Dibuka setelah yang bersangkutan tidak menjadi pegawai" (an event).
 */
function openingSaid(t: string, keterangan: string, today: string): PeriodReading | undefined {
  const withText = (jw: Record<string, unknown>, warnings: PeriodReading['warnings'] = []): PeriodReading => ({
    jangka_waktu: { ...jw, keterangan } as JangkaWaktu,
    warnings,
  });
  if (
    /^(dibuka\s+)?(sampai|hingga|s\.?\/?d\.?|setelah|sesudah|atas|dengan)\s+(ada\s+|adanya\s+|diberikan(nya)?\s+|mendapat(kan)?\s+|memperoleh\s+)?persetujuan(\s+tertulis)?\b/.test(
      t,
    )
  )
    return withText({ hingga_persetujuan: true });
  const event = /^dibuka\s+(?:setelah|sesudah|apabila|jika|bila|ketika)\s+/i;
  if (!event.test(t)) return undefined;
  // Until the event is recorded there is no end date: the law then wants a review date.
  const review = addPeriod(today, 1);
  return withText({ hingga: keterangan.replace(event, ''), tinjau_ulang: review }, [{ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } }]);
}

/** Words that stand where a period should be and name none ("Selama Jangka Waktu Tertentu"). */
const NO_PERIOD = /\btertentu\b|^selama (?:jangka )?waktu\b|^(?:sesuai|menurut) (?:kebutuhan|ketentuan)\b|^selama diperlukan$/;

function readOne(raw: string, today: string): PeriodReading {
  const keterangan = raw.trim().replace(/\s+/g, ' ');
  // "5 (lima) tahun": the spelled-out number in brackets repeats the digits.
  const t = keterangan
    .toLowerCase()
    .replace(/\(\s*[a-z\s]+\s*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/[.;]+$/, '')
    .trim();
  const warnings: PeriodReading['warnings'] = [];
  const ok = (jw: Record<string, unknown>): PeriodReading => ({ jangka_waktu: { ...jw, keterangan } as JangkaWaktu, warnings });
  let m: RegExpExecArray | null;

  if (t === '') return { warnings: [{ code: 'impor-jangka-waktu-kosong', params: {} }] };
  if (NO_PERIOD.test(t)) return { warnings: [{ code: 'impor-jangka-waktu-bukan-jangka', params: { teks: keterangan } }] };
  if (/^(permanen|selamanya|tanpa batas(?: waktu)?|tidak terbatas|seterusnya)$/.test(t)) return ok({ tanpa_batas: true });
  const said = openingSaid(t, keterangan, today);
  if (said) return said;
  const length = (n: string, unit: string) => {
    const v = numberWord(n.trim());
    return v === undefined ? undefined : unit.startsWith('bulan') ? { bulan: v } : { tahun: v };
  };
  if ((m = new RegExp(`^${NUMBER}\\s*(tahun|bulan)\\s+(?:setelah|sesudah|sejak berakhirnya|terhitung sejak)\\s+(.+)$`).exec(t))) {
    const len = length(m[1]!, m[2]!);
    if (len) {
      // Until the event's date is recorded there is no end date: the law then wants a review date.
      const review = addPeriod(today, 1);
      warnings.push({ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } });
      return ok({ setelah: keterangan.slice(keterangan.toLowerCase().indexOf(m[3]!.slice(0, 8))), ...len, tinjau_ulang: review });
    }
  }
  if ((m = /^(?:sampai|hingga|s\.?\/?d\.?)\s+(?:dengan\s+|tanggal\s+)*(.+)$/.exec(t))) {
    const date = readDate(m[1]!);
    if (date) return ok({ sampai: date });
    // Written as a date but not one (31 Februari): not an event to wait for.
    if (/^(\d{1,2}[\s/.-]+([a-z]+|\d{1,2})[\s/.-]+\d{4}|\d{4}-\d{1,2}-\d{1,2})$/.test(m[1]!)) {
      return { warnings: [{ code: 'impor-tanggal-tak-sah', params: { teks: m[1]! } }] };
    }
    const review = addPeriod(today, 1);
    warnings.push({ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } });
    return ok({ hingga: keterangan.replace(/^(sampai|hingga|s\.?\/?d\.?)\s+/i, ''), tinjau_ulang: review });
  }
  if (/^selama\s+(.+)$/.test(t)) {
    const review = addPeriod(today, 1);
    warnings.push({ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } });
    return ok({ hingga: keterangan, tinjau_ulang: review });
  }
  if ((m = new RegExp(`^${NUMBER}\\s*tahun(?:\\s+${NUMBER}\\s*bulan)?(?:\\s+(?:sejak|terhitung sejak|mulai)\\s+(?:tanggal\\s+)?(.+))?$`).exec(t))) {
    const tahun = numberWord(m[1]!.trim());
    const bulan = m[2] ? numberWord(m[2].trim()) : undefined;
    const mulai = m[3] ? readDate(m[3]) : undefined;
    if (tahun !== undefined && (m[2] === undefined || bulan !== undefined)) {
      if (m[3] && !mulai) warnings.push({ code: 'impor-mulai-tak-terbaca', params: { teks: m[3] } });
      return ok({ tahun, ...(bulan ? { bulan } : {}), ...(mulai ? { mulai } : {}) });
    }
  }
  if ((m = new RegExp(`^${NUMBER}\\s*bulan$`).exec(t))) {
    const bulan = numberWord(m[1]!.trim());
    if (bulan !== undefined) return ok({ bulan });
  }
  return { warnings: [{ code: 'impor-jangka-waktu-tak-terbaca', params: { teks: keterangan } }] };
}
