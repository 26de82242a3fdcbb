/**
 * The questions `ppid add` asks, one function per answer. Each takes the answer already given
 * (an earlier one, or one from the flags) as its default, so the same function asks the first
 * time and again when the officer changes that answer at the summary.
 */
import type { Config } from '../domain/config.js';
import { HURUF_RULES, pasal17Citation, findPasal17 } from '../domain/pasal17.js';
import { searchPasal17 } from '../domain/pasal17-search.js';
import { classifyPeriod, PERIOD_FORM_SPECS, type PeriodForm } from '../domain/period-forms.js';
import type { RecordData } from '../domain/record.js';
import { isIsoDate } from '../rules/dates.js';
import { lang } from '../i18n/lang.js';
import { cari, isi, pilih, required, T, yaTidak } from '../terminal/prompts.js';

export type Data = Partial<RecordData> & Record<string, unknown>;

/** What every question may read besides the answers: the archive's settings and the step's day. */
export interface AskContext {
  config: Config;
  today: string;
  /** True when the officer is changing an answer at the summary: text answers are put on the line to edit. */
  change: boolean;
}

export const dateCheck = (v: string): true | string =>
  isIsoDate(v.trim()) ? true : T('tulis tanggal TTTT-BB-HH, mis. 2026-02-16', 'write a YYYY-MM-DD date, e.g. 2026-02-16');
const optionalDate = (v: string) => (!v.trim() ? true : dateCheck(v));
const intCheck = (v: string) => (/^\d+$/.test(v.trim()) ? true : T('tulis bilangan bulat, mis. 5', 'write a whole number, e.g. 5'));
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const list = (v: string) =>
  v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The Pasal 17 codes chosen so far. */
export const pasal17Of = (d: Data): string[] => (d.pasal17 ?? []).filter((k): k is string => typeof k === 'string');

export async function askJudul(d: Data, c: AskContext): Promise<void> {
  d.judul = await isi(T('Informasi yang dikecualikan (spesifik):', 'Exempted information (specific):'), {
    default: str(d.judul),
    edit: c.change,
    validate: required,
  });
}

export async function askUnit(d: Data, c: AskContext): Promise<void> {
  const old = c.config.unit.find((u) => u.nama === d.unit || u.kode === d.unit)?.nama;
  d.unit = await pilih(
    T('Unit kerja yang menguasai informasi:', 'Work unit holding the information:'),
    c.config.unit.map((u) => ({ name: `${u.nama} (${u.kode})`, value: u.nama })),
    old,
  );
}

export const codeMeaning = (kode: string): string => {
  const c = findPasal17(kode);
  return c ? (lang() === 'en' ? c.label.en : c.singkat) : kode;
};

/**
 * The grounds, one search at a time. Why not a checklist: a list that filters as one types
 * cannot also take the space bar to tick a line (the officer types "rekam medis" with a space),
 * and a 45-line checklist without a filter is what this replaces. So: type a code or a word,
 * pick with Enter, answer "Tambah dasar lain?". One key does one thing, which is easiest to
 * learn; most items need a single ground. When an answer is changed, the old codes are the
 * defaults, and "another?" defaults to yes until there are as many as before.
 */
export async function askPasal17(d: Data, c: AskContext): Promise<void> {
  const old = pasal17Of(d);
  const chosen: string[] = [];
  for (;;) {
    const kode = await cari(
      chosen.length === 0
        ? T('Dasar pengecualian (Pasal 17) — ketik kode atau kata, mis. h4, rekam medis:', 'Grounds (Pasal 17) — type a code or a word, e.g. h4, health:')
        : T('Dasar pengecualian berikutnya — ketik kode atau kata:', 'Next ground — type a code or a word:'),
      (term) =>
        searchPasal17(term)
          .filter((p) => !chosen.includes(p.kode))
          .map((p) => ({ name: `${p.kode.padEnd(3)} ${codeMeaning(p.kode)}`, value: p.kode, short: `${p.kode} — ${codeMeaning(p.kode)}` })),
      old.find((k) => !chosen.includes(k)),
    );
    chosen.push(kode);
    const more = await yaTidak(
      T(`Dasar terpilih: ${chosen.join(', ')}. Tambah dasar lain?`, `Grounds chosen: ${chosen.join(', ')}. Add another ground?`),
      // As many grounds as before: Enter ends the list as the earlier answer did.
      chosen.length < old.length,
    );
    if (!more) break;
  }
  d.pasal17 = chosen;
  if (!c.change || old.join() === chosen.join()) return;
  // The citations and the allowed period forms follow the grounds: ask again what they decide.
  if (d.dasar_hukum !== undefined) await askDasarHukum(d, c, old);
  if (d.jangka_waktu !== undefined && !allowedForms(chosen).some((s) => s.bentuk === periodForm(d))) await askPeriod(d, c);
}

/** The statutes; the citations of the chosen grounds are suggested, and whatever the officer added by hand is kept. */
export async function askDasarHukum(d: Data, c: AskContext, oldCodes: string[] = pasal17Of(d)): Promise<void> {
  const codes = pasal17Of(d);
  const auto = new Set([...oldCodes, ...codes].map(pasal17Citation));
  const byHand = ((d.dasar_hukum ?? []) as unknown[]).filter((x): x is string => typeof x === 'string' && !auto.has(x));
  const suggested = [...codes.map(pasal17Citation), ...byHand].join('; ');
  const needsUu = codes.some((k) => HURUF_RULES[findPasal17(k)?.huruf ?? 'a'].wajibUndangUndangLain);
  const message =
    T('Dasar hukum (pisahkan dengan ";")', 'Legal basis (separate with ";")') +
    (needsUu ? T(' — huruf j: sebut Undang-Undang lain dan pasalnya', ' — letter j: name the other statute and its article') : '') +
    ':';
  d.dasar_hukum = list(await isi(message, { default: suggested, edit: c.change, validate: required }));
}

type Uji = Record<string, unknown>;
const ujiOf = (d: Data): Uji => ({ ...((d.uji_konsekuensi as Uji | undefined) ?? {}) });

/** The consequence test (UU 14/2008 Pasal 19): its date and both consequences, each its own answer. */
export async function askUjiTanggal(d: Data, c: AskContext): Promise<void> {
  const uji = ujiOf(d);
  uji.tanggal = await isi(T('Tanggal uji konsekuensi:', 'Date of the consequence test:'), { default: str(uji.tanggal) ?? c.today, validate: dateCheck });
  d.uji_konsekuensi = uji as unknown as RecordData['uji_konsekuensi'];
}

/** One consequence of the test, its own answer; the words are asked for when the question is (the language is known then). */
function askConsequence(key: 'konsekuensi_dibuka' | 'konsekuensi_ditutup', message: () => string) {
  return async (d: Data, c: AskContext): Promise<void> => {
    const uji = ujiOf(d);
    uji[key] = await isi(message(), { default: str(uji[key]), edit: c.change, validate: required });
    d.uji_konsekuensi = uji as unknown as RecordData['uji_konsekuensi'];
  };
}

export const askUjiDibuka = askConsequence('konsekuensi_dibuka', () => T('Konsekuensi bila dibuka (kerugiannya):', 'Consequence if opened (the harm):'));
export const askUjiDitutup = askConsequence('konsekuensi_ditutup', () =>
  T('Konsekuensi bila ditutup (yang dilindungi):', 'Consequence if closed (what is protected):'),
);

/** The period forms the grounds allow (a–f are never open-ended or bound to consent). */
export function allowedForms(codes: string[]) {
  const letters = codes.map((k) => findPasal17(k)?.huruf).filter((h) => h !== undefined);
  return PERIOD_FORM_SPECS.filter(
    (s) =>
      (s.bentuk !== 'tanpa-batas' || letters.every((h) => HURUF_RULES[h].bolehTanpaBatas)) &&
      (s.bentuk !== 'hingga-persetujuan' || letters.every((h) => HURUF_RULES[h].bolehHinggaPersetujuan)),
  );
}

const periodForm = (d: Data): PeriodForm | undefined => {
  const c = classifyPeriod((d.jangka_waktu ?? {}) as Record<string, unknown>);
  return c.ok || c.masalah === 'kurang' || c.masalah === 'kunci-asing' ? c.spec.bentuk : undefined;
};

/** The period: its form first, then that form's values (the old ones offered where the form is the same). */
export async function askPeriod(d: Data, c: AskContext): Promise<void> {
  const allowed = allowedForms(pasal17Of(d));
  const oldForm = periodForm(d);
  const bentuk = await pilih<PeriodForm>(
    T('Bentuk jangka waktu pengecualian:', 'Form of the exemption period:'),
    [...allowed]
      .sort((a, b) => (a.bentuk === 'panjang-tetap' ? -1 : b.bentuk === 'panjang-tetap' ? 1 : 0))
      .map((s) => ({ name: s.label[lang()], value: s.bentuk })),
    allowed.some((s) => s.bentuk === oldForm) ? oldForm : undefined,
  );
  const old = (bentuk === oldForm ? d.jangka_waktu : {}) as Record<string, unknown>;
  d.jangka_waktu = (await periodValues(bentuk, old, c)) as RecordData['jangka_waktu'];
}

async function periodValues(bentuk: PeriodForm, old: Record<string, unknown>, c: AskContext): Promise<Record<string, unknown>> {
  const jw: Record<string, unknown> = {};
  // Words the officer wrote from the source document stay with the period they describe.
  if (typeof old.keterangan === 'string') jw.keterangan = old.keterangan;
  const askLength = async () => {
    jw.tahun = Number(await isi(T('Lama (tahun):', 'Length (years):'), { default: str(old.tahun) ?? '5', validate: intCheck }));
    const bulan = Number(await isi(T('Tambahan bulan:', 'Extra months:'), { default: str(old.bulan) ?? '0', validate: intCheck }));
    if (bulan > 0) jw.bulan = bulan;
  };
  const askDate = async (key: string, id: string, en: string, optional = false) => {
    const v = await isi(T(id, en), { default: str(old[key]), validate: optional ? optionalDate : dateCheck });
    if (v) jw[key] = v;
  };
  const askText = async (key: string, id: string, en: string) => {
    jw[key] = await isi(T(id, en), { default: str(old[key]), edit: c.change, validate: required });
  };
  switch (bentuk) {
    case 'panjang-tetap':
      await askLength();
      await askDate('mulai', 'Mulai berlaku (kosongkan = tanggal penetapan):', 'Start (empty = determination date):', true);
      break;
    case 'tanggal-akhir':
      await askDate('sampai', 'Dikecualikan sampai dengan tanggal (hari terakhir dikecualikan):', 'Exempt up to and including (the last exempt day):');
      break;
    case 'setelah-peristiwa':
      await askLength();
      await askText('setelah', 'Setelah peristiwa apa?', 'After which event?');
      await askDate('tanggal_peristiwa', 'Tanggal peristiwa (kosongkan bila belum terjadi):', 'Date of the event (empty if not yet):', true);
      if (jw.tanggal_peristiwa === undefined) await askDate('tinjau_ulang', 'Tanggal tinjau ulang:', 'Review date:');
      break;
    case 'hingga-peristiwa':
      await askText('hingga', 'Hingga peristiwa apa?', 'Until which event?');
      await askDate('tinjau_ulang', 'Tanggal tinjau ulang:', 'Review date:');
      break;
    case 'hingga-persetujuan':
      jw.hingga_persetujuan = true;
      break;
    case 'tanpa-batas':
      jw.tanpa_batas = true;
      await askDate('tinjau_ulang', 'Tanggal tinjau ulang (disarankan; boleh kosong):', 'Review date (advised; may be empty):', true);
      break;
  }
  return jw;
}

/** The whole document or parts of it (the parts blacked out are named: UU 14/2008 Pasal 22(7)(e)). */
export async function askCakupan(d: Data, c: AskContext): Promise<void> {
  d.cakupan = await pilih(
    T('Cakupan pengecualian:', 'Scope of the exemption:'),
    [
      { name: T('seluruh dokumen', 'the whole document'), value: 'seluruh' as const },
      { name: T('sebagian (bagian tertentu dihitamkan)', 'part of it (some parts blacked out)'), value: 'sebagian' as const },
    ],
    d.cakupan,
  );
  if (d.cakupan === 'seluruh') delete d.bagian_dikecualikan;
  else if (c.change || d.bagian_dikecualikan === undefined) await askBagian(d, c);
}

export async function askBagian(d: Data, c: AskContext): Promise<void> {
  const old = Array.isArray(d.bagian_dikecualikan) ? d.bagian_dikecualikan.join('; ') : undefined;
  d.bagian_dikecualikan = list(
    await isi(T('Bagian yang dikecualikan (pisahkan dengan ";"):', 'Exempted parts (separate with ";"):'), {
      default: old,
      edit: c.change,
      validate: required,
    }),
  );
}
