/**
 * Reading exemption periods as officers write them ("5 tahun", "20 Tahun", "5 (lima) tahun",
 * "5 thn", "hingga putusan berkekuatan hukum tetap", "5 tahun setelah …", "Permanen", "Tidak ada
 * batas waktu", "sampai ada persetujuan tertulis", "sampai 31 Desember 2030", "31-12-2030")
 * into the record's period forms (docs/domain.md §4.1). The original wording is kept in
 * `keterangan`; what cannot be read is said, and a cell holding several periods is refused.
 */
import type { JangkaWaktu } from '../domain/record.js';
import { addDays, addPeriod } from '../rules/dates.js';
import { MONTHS, readDate } from '../rules/date-text.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';
import { listEntries } from './legal-basis.js';

export { readDate };

type Warning = { code: DiagnosticCode; params: Record<string, string> };

export interface PeriodReading {
  jangka_waktu?: JangkaWaktu;
  warnings: Warning[];
}

/** Number words up to eleven; "se" as in "setahun". */
const UNITS: Record<string, number> = Object.fromEntries(
  'satu se dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas'.split(' ').map((w, i) => [w, Math.max(1, i)]),
);

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

/** "2,5" and "1.5" (tahun) are read too: a fraction of a year that is whole months. */
function amount(s: string): number | undefined {
  const x = s.trim();
  return /^\d+[.,]\d+$/.test(x) ? Number(x.replace(',', '.')) : numberWord(x);
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?|(?:(?:se|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas)(?:\s+(?:puluh|belas))?\s*)+)`;
const LENGTH = String.raw`${NUMBER}\s*(tahun|bulan)(?:\s+(?:dan\s+)?${NUMBER}\s*bulan)?`;

/** A length in whole months: "18 bulan" stays 18 months, "2,5 tahun" is 2 years 6 months; none is no length. */
function lengthOf(n: string, unit: string, months: string | undefined): { tahun?: number; bulan?: number } | undefined {
  const v = amount(n);
  const extra = months === undefined ? 0 : amount(months);
  if (v === undefined || extra === undefined || !Number.isInteger(extra)) return undefined;
  if (unit === 'bulan') return Number.isInteger(v) && v > 0 && months === undefined ? { bulan: v } : undefined;
  const tahun = Math.floor(v);
  const part = (v - tahun) * 12;
  if (Math.abs(part - Math.round(part)) > 1e-9) return undefined;
  const bulan = Math.round(part) + extra;
  if (tahun === 0 && bulan === 0) return undefined;
  return { ...(tahun ? { tahun } : {}), ...(bulan ? { bulan } : {}) };
}

/** Months as offices shorten or spell them: "Des", "Agt", "Sept", "Nopember", "Pebruari". */
const SHORT_MONTHS: Record<string, string> = Object.fromEntries(
  (
    'jan:januari feb:februari peb:februari pebruari:februari mar:maret apr:april jun:juni jul:juli agu:agustus agt:agustus ' +
    'ags:agustus agst:agustus agus:agustus sep:september sept:september okt:oktober nov:november nop:november nopember:november des:desember'
  )
    .split(' ')
    .map((p) => p.split(':')),
);
const monthName = (w: string): string | undefined => (MONTHS.includes(w) ? w : SHORT_MONTHS[w]);

/**
 * The cell in the words the reader knows: lower case, one space, abbreviations written out
 * ("5 thn", "s/d", "tgl", "31-Des-2029"), a number said twice read once ("5 (lima) tahun",
 * "lima (5) tahun"); other brackets lose only their brackets, so "5 tahun (sejak 1 Januari
 * 2026)" keeps its start.
 */
function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
      // A bullet or the number of a one-entry list: "- 5 tahun", "1. 5 tahun", "a) Permanen".
      .replace(/^(?:[-–—•*·▪]|(?:\d{1,2}|[a-z])[.)])\s+(?=\S)/, '')
      .replace(/\(\s*([^()]*?)\s*\)/g, (_, inner: string) => {
        const m = /^(.*?)(?:\s*(tahun|bulan))?$/.exec(inner)!;
        return amount(m[1]!) !== undefined ? ` ${m[2] ?? ''} ` : ` ${inner} `;
      })
      .replace(/(\d)\s*(?:thn|th|tah)\.?(?=[\s,;/)]|$)/g, '$1 tahun')
      .replace(/\b(?:thn|th)\.?(?=[\s,;/)]|$)/g, 'tahun')
      .replace(/(\d)\s*(?:bln|bl)\.?(?=[\s,;/)]|$)/g, '$1 bulan')
      .replace(/\bbln\.?(?=[\s,;/)]|$)/g, 'bulan')
      .replace(/\btgl\.?(?=\s)/g, 'tanggal')
      .replace(/\bdgn\.?(?=\s)/g, 'dengan')
      .replace(/\byg\b/g, 'yang')
      .replace(/\bybs\b\.?/g, 'yang bersangkutan')
      .replace(/(^|\s)s\s?[./]\s?d\b\.?/g, '$1sampai dengan')
      .replace(/^sd\s/, 'sampai dengan ')
      // "31-Des-2029", "31 Des. 2029", "31 Nopember 2029": the day and year around a month's name.
      .replace(/\b(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})\b/g, (all, d: string, w: string, y: string) => {
        const name = monthName(w);
        return name ? `${d} ${name} ${y}` : all;
      })
      .replace(/\s+/g, ' ')
      .replace(/[\s.;,:]+$/, '')
      .trim()
  );
}

/** Shaped as a date ("31 Februari 2030", "31/02/2030", "2030-02-31") whether or not it is one. */
function dateShaped(s: string): boolean {
  const m = /^(\d{1,2})[\s/.-]+([a-z]+|\d{1,2})[\s/.-]+\d{4}$/.exec(s);
  return m ? /^\d/.test(m[2]!) || MONTHS.includes(m[2]!) : /^\d{4}-\d{1,2}-\d{1,2}$/.test(s);
}

/**
 * A date alone, or what a date cell gives (Excel's 2030-12-31): the last exempt day, as `sampai`
 * is (docs/domain.md §4.2); a date that is none is said as such.
 */
function dateAlone(s: string): { date?: string; warning?: Warning } | undefined {
  const u = s.replace(/^tanggal\s+/, '');
  const date = readDate(u);
  if (date) return { date };
  if (dateShaped(u)) return { warning: { code: 'impor-tanggal-tak-sah', params: { teks: u } } };
  return undefined;
}

/** Words that stand where a period should be and name none ("Selama Jangka Waktu Tertentu"). */
const NO_PERIOD =
  /\btertentu\b|^selama (?:jangka )?waktu\b|^(?:sesuai|menurut) (?:kebutuhan|ketentuan)\b|^selama diperlukan$|^(?:belum|tidak) (?:ditentukan|ditetapkan|diatur)$|^(?:tidak ada|belum ada)$/;

/** Words before a period that say nothing of it: "Dikecualikan secara permanen", "Jangka waktu: 5 tahun". */
const LEAD = /^(?:(?:informasi\s+)?dikecualikan|jangka waktu(?: pengecualian)?|masa pengecualian|berlaku)(?:\s*:\s*|\s+|$)/;

/** Open-ended (`tanpa_batas`) in the words offices use. */
const UNLIMITED =
  /^(?:secara\s+|untuk\s+)?(?:permanen|selama-?lamanya|selamanya|seterusnya|sepanjang masa|tanpa batas(?:an)?(?: waktu)?|(?:tidak|tak) (?:ada )?(?:batas(?:an)?|terbatas|dibatasi)(?: (?:oleh )?waktu(?:nya)?)?|(?:jangka )?waktu(?:nya)? (?:tidak|tak) (?:terbatas|dibatasi))$/;

/** Whose consent opens it: the person the information is about (UU 14/2008 Pasal 18(2)(a)), written or not. */
const CONSENT = /\b(?:persetujuan|disetujui|menyetujui(?:nya)?)\b/;
const PERSON =
  /\b(?:yang bersangkutan|pemilik|subje[kc]|ahli waris|keluarga|pasien|orang tua|wali|para pihak|pihak ketiga|pihak yang|pegawai|karyawan|pemohon|pelapor|saksi|korban|penyedia|nasabah|wajib pajak)\b/;
const CONSENT_BY = new RegExp(String.raw`^(?:(?:secara\s+)?tertulis\b)?\s*(?:(?:dari|oleh)\s+)?(?:(?:pihak\s+)?${PERSON.source}.*)?$`);
const OFFICIAL =
  /\b(?:pimpinan|kepala|atasan|pejabat|ppid|menteri|bupati|wali\s?kota|gubernur|presiden|dpr\w*|komisi|pengadilan|majelis|sekretaris|direktur|rektor|dekan|ketua|camat|lurah)\b/;
const OPENS_ON =
  /^(?:(?:informasi|baru|dapat|hanya|boleh|tidak|dibuka|diberikan|untuk|umum|publik)\s+)*(?:sampai|hingga|selama|setelah|sesudah|atas|dengan|tanpa|kecuali|apabila|jika|bila|bilamana|ketika|sepanjang|sebelum|ada(?:nya)?)\b/;

/**
 * Until consent, whatever the words around it: "sampai ada persetujuan tertulis", "Atas
 * persetujuan yang bersangkutan", "Selama yang bersangkutan tidak memberi persetujuan tertulis".
 * An official's approval ("sampai ada persetujuan Menteri") or the approval of something
 * ("hingga persetujuan anggaran") is no consent: that is an event.
 */
function untilConsent(u: string): boolean {
  const m = CONSENT.exec(u);
  if (!m) return false;
  const before = u.slice(0, m.index).trim();
  const after = u.slice(m.index + m[0].length).trim();
  if (!CONSENT_BY.test(after)) return false;
  if (OFFICIAL.test(before) && !PERSON.test(before)) return false;
  return before === '' || OPENS_ON.test(before);
}

/** The decree's own date: "sejak ditetapkan", "terhitung sejak tanggal penetapan DIK", "ke depan". */
const DETERMINATION_ANCHOR = /\b(?:ditetapkan(?:nya)?|penetapan(?:nya)?|dikecualikan(?:nya)?|diklasifikasikan|pengklasifikasian|sk|keputusan|depan|kedepan)\b/;
const DETERMINATION_WORDS = new Set(
  (
    'tanggal ditetapkan ditetapkannya penetapan penetapannya dikecualikan dikecualikannya diklasifikasikan pengklasifikasian ' +
    'sk surat keputusan ke depan kedepan ini dik daftar informasi publik yang sebagai klasifikasi pengecualian oleh ppid ' +
    'pimpinan atasan badan tentang dalam diterbitkan diterbitkannya terbit dikeluarkan'
  ).split(' '),
);
const fromDetermination = (tail: string): boolean => DETERMINATION_ANCHOR.test(tail) && tail.split(' ').every((w) => DETERMINATION_WORDS.has(w));

/** What joins a length to its start: "5 tahun sejak …", "terhitung mulai …", "setelah …". */
const FROM = String.raw`(terhitung(?:\s+(?:sejak|mulai|dari))?|mulai(?:\s+(?:sejak|dari))?|sejak|semenjak|dari|setelah|sesudah|pasca)`;
const LENGTH_RE = new RegExp(
  String.raw`^(?:(?:selama|untuk|(?:sampai|hingga)(?:\s+dengan)?|paling lama|maksimal|maksimum)\s+)?${LENGTH}(?:\s+(ke\s?depan)|\s+${FROM}\s+(.+))?$`,
);

/**
 * "5 tahun", "2 tahun 6 bulan", "selama 5 tahun", "5 tahun sejak 16 Februari 2026" (a start),
 * "5 tahun sejak ditetapkan" (the default start), "5 tahun setelah keputusan disiplin" or "5 tahun
 * sejak pelantikan" (after an event: no end date until its date is recorded, so a review date).
 */
function readLength(u: string, keterangan: string, today: string): PeriodReading | undefined {
  const m = LENGTH_RE.exec(u);
  if (!m) return undefined;
  const len = lengthOf(m[1]!, m[2]!, m[3]);
  if (!len) return undefined;
  const ok = (jw: Record<string, unknown>, warnings: Warning[] = []): PeriodReading => ({ jangka_waktu: { ...jw, keterangan } as JangkaWaktu, warnings });
  const [from, tail] = [m[5], m[6]];
  if (!tail || fromDetermination(tail)) return ok(len);
  const start = dateAlone(tail);
  if (start?.date) return ok({ ...len, mulai: start.date });
  if (start?.warning) return { warnings: [start.warning] };
  // The start or the event as the officer wrote it, for the record and the message.
  const at = new RegExp(String.raw`\b${from!.replace(/\s+/g, String.raw`\s+`)}\s+`, 'i').exec(keterangan);
  const written = at ? unbracket(keterangan.slice(at.index + at[0].length)) : tail;
  // A start written with digits that is no date ("sejak 16 Februari", no year): said, and run from the determination.
  if (/^(?:tanggal\s+)?\d/.test(tail) || /\b\d{4}\b/.test(tail))
    return ok(len, [{ code: 'impor-mulai-tak-terbaca', params: { teks: written.replace(/^(?:tanggal|tgl)\.?\s+/i, '') } }]);
  const review = addPeriod(today, 1);
  const setelah = written;
  return ok({ setelah, ...len, tinjau_ulang: review }, [{ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } }]);
}

/** The end of a text cut from a cell: no closing punctuation, no bracket closed that it did not open. */
function unbracket(s: string): string {
  const t = s.replace(/[\s.;,:]+$/, '');
  return (t.match(/\)/g)?.length ?? 0) > (t.match(/\(/g)?.length ?? 0) ? t.replace(/\)\s*$/, '').trim() : t;
}

/** A year or a month is no day: "sampai 2030", "hingga Desember 2030". */
const NOT_A_DAY = new RegExp(String.raw`^(?:tahun\s+)?\d{4}$|^(?:bulan\s+)?(?:${MONTHS.join('|')})\s+\d{4}$`);

/** The end of a year or a month, said so: "akhir tahun 2030", "akhir Juni 2030". */
function endOf(s: string): string | undefined {
  let m = /^akhir\s+(?:tahun\s+)?(\d{4})$/.exec(s);
  if (m) return `${m[1]}-12-31`;
  m = new RegExp(String.raw`^akhir\s+(?:bulan\s+)?(${MONTHS.join('|')})\s+(\d{4})$`).exec(s);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!) + 1;
  return addDays(addPeriod(`${m[2]}-${String(month).padStart(2, '0')}-01`, 0, 1), -1);
}

const UNTIL = /^(sampai|hingga|berakhir(?:\s+pada)?)\s+(?:dengan\s+)?(?:tanggal\s+)?(.+)$/;
const OPENS_AFTER =
  /^(?:informasi\s+)?(?:baru\s+)?(?:dapat\s+|boleh\s+)?dibuka(?:\s+untuk\s+umum)?\s+(setelah|sesudah|apabila|jika|bila|bilamana|ketika|pada|mulai|sejak)\s+(?:tanggal\s+)?/;

/** Until an event, which the law wants a review date for: one year on, said so the officer sets the real one. */
function untilEvent(hingga: string, keterangan: string, today: string): PeriodReading {
  const review = addPeriod(today, 1);
  return {
    jangka_waktu: { hingga, tinjau_ulang: review, keterangan } as JangkaWaktu,
    warnings: [{ code: 'impor-tinjau-ulang-diisi', params: { tanggal: review } }],
  };
}

/**
 * "sampai 31 Desember 2030", "s.d. akhir tahun 2030", "hingga putusan berkekuatan hukum tetap",
 * and the period said as when the information opens: "Dibuka setelah 31 Desember 2030", "Dibuka
 * pada 1 Januari 2031" (the first public day), "Dibuka setelah yang bersangkutan tidak menjadi pegawai".
 */
function readUntil(u: string, keterangan: string, today: string): PeriodReading | undefined {
  const unreadable = (): PeriodReading => ({ warnings: [{ code: 'impor-jangka-waktu-tak-terbaca', params: { teks: keterangan } }] });
  const ok = (jw: Record<string, unknown>): PeriodReading => ({ jangka_waktu: { ...jw, keterangan } as JangkaWaktu, warnings: [] });
  const opens = OPENS_AFTER.exec(u);
  const until = opens ? undefined : UNTIL.exec(u);
  if (!opens && !until) return undefined;
  const tail = opens ? u.slice(opens[0].length) : until![2]!;
  const date = dateAlone(tail) ?? (endOf(tail) ? { date: endOf(tail) } : undefined);
  if (date?.warning) return { warnings: [date.warning] };
  if (date?.date) return ok({ sampai: opens && /^(pada|mulai|sejak)$/.test(opens[1]!) ? addDays(date.date, -1) : date.date });
  if (NOT_A_DAY.test(tail) || until?.[1]!.startsWith('berakhir')) return unreadable();
  if (opens && /^(setelah|sesudah)$/.test(opens[1]!)) {
    const length = readLength(tail, keterangan, today);
    if (length) return length;
  }
  const lead = opens ? OPENS_AFTER : /^(?:(?:informasi\s+)?dikecualikan\s+)?(?:sampai|hingga|s\.?\s?\/?\s?d\.?)\s+(?:dengan\s+)?/i;
  const written = lead.exec(keterangan.toLowerCase());
  return untilEvent(written ? keterangan.slice(written[0].length) : tail, keterangan, today);
}

/**
 * `today` gives the review date of an until-an-event period, which the law requires and no
 * spreadsheet holds: one year on, said in a warning so the officer sets the real one.
 */
export function readPeriod(raw: string, today: string): PeriodReading {
  const { parts, marked } = alternatives(raw);
  if (parts.length >= 2 && parts.filter((p) => readOne(p, today).jangka_waktu).length >= 2) {
    // Lines alone may be one period broken over two lines ("5 tahun setelah ↵ berakhirnya masa jabatan").
    const whole = readOne(raw, today);
    return marked || !whole.jangka_waktu ? several(parts) : whole;
  }
  return readOne(raw, today);
}

/** One item, one period: a cell holding several is refused, each named. */
function several(parts: readonly string[]): PeriodReading {
  return { warnings: [{ code: 'impor-jangka-waktu-ganda', params: { n: String(parts.length), daftar: parts.map((e) => `«${e}»`).join(', ') } }] };
}

/** "atau", "dan/atau" between alternatives; ";" and "/" too, but not the slash of "s/d" or of a date. */
const CONNECTIVE = /^(?:dan\s*\/\s*)?atau\s+|\s+(?:dan\s*\/\s*)?atau$|^[,;]\s*|\s*[,;]$/gi;
const JOINED = /^(?:dan\s*\/\s*)?atau\s|\s(?:dan\s*\/\s*)?atau$/i;
const SEPARATOR = /\s*;\s*|\s+(?:dan\s*\/\s*)?atau\s+|\s*\/\s*/gi;

/**
 * The alternatives a cell lists, and whether it marks them as such: "1. 2 tahun ↵ 2. atau sampai
 * kebijakan ditetapkan", "5 Tahun / sampai ada persetujuan tertulis", "5 tahun atau sampai …".
 */
function alternatives(raw: string): { parts: string[]; marked: boolean } {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  const entries = listEntries(text);
  const lines = text.split('\n').filter((l) => l.trim());
  let marked = entries.length >= 2 && (/^(?:\d{1,2}|[a-z])[.)]\s/i.test(text) || lines.every((l) => /^\s*[-–—•*·▪]\s/.test(l)));
  const parts: string[] = [];
  for (const entry of entries) {
    const pieces = entry
      .replace(SEPARATOR, (sep: string, at: number, whole: string) => {
        const [before, after] = [whole[at - 1] ?? '', whole[at + sep.length] ?? ''];
        const slash = sep.trim() === '/';
        if (slash && ((/\d/.test(before) && /\d/.test(after)) || (/s/i.test(before) && !/\w/.test(whole[at - 2] ?? '') && /d/i.test(after)))) return sep;
        return '\u0000';
      })
      .split('\u0000');
    if (pieces.length > 1 || JOINED.test(entry)) marked = true;
    for (const p of pieces) {
      const clean = p
        .replace(CONNECTIVE, '')
        .replace(CONNECTIVE, '')
        .replace(/^[-–—•*·▪]\s+/, '')
        .trim();
      // "2 tahun ↵ atau ↵ 3 tahun": a line that is only the word between alternatives marks them, and is none.
      if (/^(?:dan\s*\/\s*)?(?:atau|dan|serta)$/i.test(clean)) marked = true;
      else if (clean) parts.push(clean);
    }
  }
  return { parts, marked };
}

function readOne(raw: string, today: string): PeriodReading {
  const keterangan = raw.trim().replace(/\s+/g, ' ');
  const first = readText(normalise(keterangan), keterangan, today);
  if (first.jangka_waktu || first.warnings[0]?.code !== 'impor-jangka-waktu-tak-terbaca') return first;
  // A remark in brackets is read past ("5 tahun (dapat diperpanjang)", "Permanen (tanpa batas
  // waktu)"); one that is another period ("5 tahun (sampai ada persetujuan)") makes two.
  const asides = [...keterangan.matchAll(/\(([^()]*)\)/g)].map((m) => m[1]!.trim());
  const restText = keterangan
    .replace(/\([^()]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (asides.length === 0 || restText === '') return first;
  const rest = readText(normalise(restText), keterangan, today);
  if (!rest.jangka_waktu) return first;
  const same = (jw: JangkaWaktu | undefined) =>
    jw === undefined || JSON.stringify({ ...jw, keterangan: '' }) === JSON.stringify({ ...rest.jangka_waktu, keterangan: '' });
  const other = asides.find((a) => !same(readText(normalise(a), a, today).jangka_waktu));
  return other === undefined ? rest : several([restText, other]);
}

function readText(t: string, keterangan: string, today: string): PeriodReading {
  const ok = (jw: Record<string, unknown>): PeriodReading => ({ jangka_waktu: { ...jw, keterangan } as JangkaWaktu, warnings: [] });
  // "-", "–", "…": an empty cell drawn as a dash.
  if (!/[\p{L}\p{N}]/u.test(t) || /^(?:n\/?a|nihil|kosong)$/.test(t)) return { warnings: [{ code: 'impor-jangka-waktu-kosong', params: {} }] };
  const noPeriod = (): PeriodReading => ({ warnings: [{ code: 'impor-jangka-waktu-bukan-jangka', params: { teks: keterangan } }] });
  if (NO_PERIOD.test(t)) return noPeriod();
  const u = t.replace(LEAD, '');
  if (u === '' || NO_PERIOD.test(u)) return noPeriod();
  if (UNLIMITED.test(u)) return ok({ tanpa_batas: true });
  if (untilConsent(u)) return ok({ hingga_persetujuan: true });
  const date = dateAlone(u);
  if (date?.date) return ok({ sampai: date.date });
  if (date?.warning) return { warnings: [date.warning] };
  const read = readLength(u, keterangan, today) ?? readUntil(u, keterangan, today);
  if (read) return read;
  if (/^selama\s+\S/.test(u)) return untilEvent(keterangan, keterangan, today);
  return { warnings: [{ code: 'impor-jangka-waktu-tak-terbaca', params: { teks: keterangan } }] };
}
