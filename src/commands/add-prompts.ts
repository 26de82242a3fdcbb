/**
 * The questions `ppid add` asks on a terminal, in the output language, for whatever the
 * flags and --from file left open. Answers are checked as they are typed where a check is
 * cheap (dates, numbers); the full schema and legal rules run afterwards as for any input.
 */
import type { Config } from '../domain/config.js';
import { PASAL17, HURUF_RULES, pasal17Citation, findPasal17 } from '../domain/pasal17.js';
import { PERIOD_FORM_SPECS, type PeriodForm } from '../domain/period-forms.js';
import { isIsoDate } from '../rules/dates.js';
import { lang } from '../i18n/lang.js';
import type { RecordData } from '../domain/record.js';

type Data = Partial<RecordData> & Record<string, unknown>;

const T = (id: string, en: string) => (lang() === 'en' ? en : id);

const required = (v: string) => (v.trim() ? true : T('wajib diisi', 'required'));
const dateCheck = (v: string) => (isIsoDate(v.trim()) ? true : T('tulis tanggal TTTT-BB-HH, mis. 2026-02-16', 'write a YYYY-MM-DD date, e.g. 2026-02-16'));
const intCheck = (v: string) => (/^\d+$/.test(v.trim()) ? true : T('tulis bilangan bulat, mis. 5', 'write a whole number, e.g. 5'));

/** The Pasal 17 codes chosen so far. */
const pasal17Of = (out: Data): string[] => (out.pasal17 ?? []).filter((k): k is string => typeof k === 'string');

/** The prompts and the answer checks, passed to each phase of the questions. */
type Ask = typeof import('@inquirer/prompts') & { required: typeof required; dateCheck: typeof dateCheck; intCheck: typeof intCheck };

export async function askMissing(data: Data, config: Config, today: string): Promise<Data> {
  const prompts = await (await import('../terminal/prompts.js')).loadPrompts();
  const ask: Ask = { ...prompts, required, dateCheck, intCheck };
  const { confirm, input, select } = prompts;
  const out: Data = { ...data };
  await askIdentity(out, config, ask);
  await askTest(out, today, ask);
  if (out.jangka_waktu === undefined) out.jangka_waktu = await askPeriod(out, ask);
  await askScope(out, ask);
  if (
    out.penetapan === undefined &&
    (await confirm({
      message: T(
        'Sudah ditetapkan dengan surat penetapan klasifikasi (butir lama yang sudah berlaku)?',
        'Already determined by a classification decree (an existing item in force)?',
      ),
      default: false,
    }))
  ) {
    out.penetapan = await askDetermination(config, today, { input, select, dateCheck, required });
  }
  const ok = await confirm({ message: T('Simpan butir ini?', 'Save this item?'), default: true });
  if (!ok) throw new Error('cancelled');
  return out;
}

/** What is exempted, whose it is, on which grounds of Pasal 17 and which statutes. */
async function askIdentity(out: Data, config: Config, { input, select, checkbox, required }: Ask): Promise<void> {
  if (out.judul === undefined) {
    out.judul = (await input({ message: T('Informasi yang dikecualikan (spesifik):', 'Exempted information (specific):'), validate: required })).trim();
  }
  if (out.unit === undefined) {
    out.unit = await select({
      message: T('Unit kerja yang menguasai informasi:', 'Work unit holding the information:'),
      choices: config.unit.map((u) => ({ name: `${u.nama} (${u.kode})`, value: u.nama })),
    });
  }
  if (out.pasal17 === undefined) {
    out.pasal17 = await checkbox({
      message: T('Dasar pengecualian, Pasal 17 UU 14/2008 (spasi memilih, enter selesai):', 'Grounds, Pasal 17 UU 14/2008 (space selects, enter confirms):'),
      choices: PASAL17.map((c) => ({ name: `${c.kode.padEnd(3)} ${lang() === 'en' ? c.label.en : c.singkat}`, value: c.kode })),
      pageSize: 15,
      validate: (xs) => (xs.length > 0 ? true : T('pilih paling sedikit satu', 'choose at least one')),
    });
  }
  const codes = pasal17Of(out);
  if (out.dasar_hukum === undefined) {
    const suggested = codes.map(pasal17Citation).join('; ');
    const needsUu = codes.some((k) => HURUF_RULES[findPasal17(k)?.huruf ?? 'a'].wajibUndangUndangLain);
    const answer = await input({
      message:
        T('Dasar hukum (pisahkan dengan ";")', 'Legal basis (separate with ";")') +
        (needsUu ? T(' — huruf j: sebut Undang-Undang lain dan pasalnya', ' — letter j: name the other statute and its article') : '') +
        ':',
      default: suggested,
      validate: required,
    });
    out.dasar_hukum = answer
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

/** The consequence test (UU 14/2008 Pasal 19): its date and both consequences. */
async function askTest(out: Data, today: string, { input, required, dateCheck }: Ask): Promise<void> {
  const uji = { ...((out.uji_konsekuensi as Record<string, unknown> | undefined) ?? {}) };
  if (uji.tanggal === undefined)
    uji.tanggal = (await input({ message: T('Tanggal uji konsekuensi:', 'Date of the consequence test:'), default: today, validate: dateCheck })).trim();
  if (uji.konsekuensi_dibuka === undefined) {
    uji.konsekuensi_dibuka = (
      await input({ message: T('Konsekuensi bila dibuka (kerugiannya):', 'Consequence if opened (the harm):'), validate: required })
    ).trim();
  }
  if (uji.konsekuensi_ditutup === undefined) {
    uji.konsekuensi_ditutup = (
      await input({ message: T('Konsekuensi bila ditutup (yang dilindungi):', 'Consequence if closed (what is protected):'), validate: required })
    ).trim();
  }
  out.uji_konsekuensi = uji as unknown as RecordData['uji_konsekuensi'];
}

/** The period, in one of the forms the grounds allow (a–f are never open-ended or bound to consent). */
async function askPeriod(out: Data, { input, select, required, dateCheck, intCheck }: Ask): Promise<RecordData['jangka_waktu']> {
  const codes = pasal17Of(out);
  const letters = codes.map((k) => findPasal17(k)?.huruf).filter((h) => h !== undefined);
  const allowed = PERIOD_FORM_SPECS.filter(
    (s) =>
      (s.bentuk !== 'tanpa-batas' || letters.every((h) => HURUF_RULES[h].bolehTanpaBatas)) &&
      (s.bentuk !== 'hingga-persetujuan' || letters.every((h) => HURUF_RULES[h].bolehHinggaPersetujuan)),
  );
  const bentuk = await select<PeriodForm>({
    message: T('Bentuk jangka waktu pengecualian:', 'Form of the exemption period:'),
    choices: [...allowed]
      .sort((a, b) => (a.bentuk === 'panjang-tetap' ? -1 : b.bentuk === 'panjang-tetap' ? 1 : 0))
      .map((s) => ({ name: s.label[lang()], value: s.bentuk })),
  });
  const jw: Record<string, unknown> = {};
  const askLength = async () => {
    jw.tahun = Number(await input({ message: T('Lama (tahun):', 'Length (years):'), default: '5', validate: intCheck }));
    const bulan = Number(await input({ message: T('Tambahan bulan:', 'Extra months:'), default: '0', validate: intCheck }));
    if (bulan > 0) jw.bulan = bulan;
  };
  const askDate = async (key: string, id: string, en: string, optional = false) => {
    const v = (await input({ message: T(id, en), validate: (x) => (optional && !x.trim() ? true : dateCheck(x)) })).trim();
    if (v) jw[key] = v;
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
      jw.setelah = (await input({ message: T('Setelah peristiwa apa?', 'After which event?'), validate: required })).trim();
      await askDate('tanggal_peristiwa', 'Tanggal peristiwa (kosongkan bila belum terjadi):', 'Date of the event (empty if not yet):', true);
      if (jw.tanggal_peristiwa === undefined) await askDate('tinjau_ulang', 'Tanggal tinjau ulang:', 'Review date:');
      break;
    case 'hingga-peristiwa':
      jw.hingga = (await input({ message: T('Hingga peristiwa apa?', 'Until which event?'), validate: required })).trim();
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
  return jw as RecordData['jangka_waktu'];
}

/** The whole document or parts of it (the parts blacked out are named: UU 14/2008 Pasal 22(7)(e)). */
async function askScope(out: Data, { input, select, required }: Ask): Promise<void> {
  if (out.cakupan === undefined) {
    out.cakupan = await select({
      message: T('Cakupan pengecualian:', 'Scope of the exemption:'),
      choices: [
        { name: T('seluruh dokumen', 'the whole document'), value: 'seluruh' as const },
        { name: T('sebagian (bagian tertentu dihitamkan)', 'part of it (some parts blacked out)'), value: 'sebagian' as const },
      ],
    });
  }
  if (out.cakupan === 'sebagian' && out.bagian_dikecualikan === undefined) {
    const parts = await input({ message: T('Bagian yang dikecualikan (pisahkan dengan ";"):', 'Exempted parts (separate with ";"):'), validate: required });
    out.bagian_dikecualikan = parts
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean);
  }
}

type Prompts = Pick<typeof import('@inquirer/prompts'), 'input' | 'select'> & {
  dateCheck: (v: string) => true | string;
  required: (v: string) => true | string;
};

/** The six elements of PP 61/2010 Pasal 4(2) that a determination needs, with ppid.yaml's officials offered. */
async function askDetermination(config: Config, today: string, p: Prompts): Promise<RecordData['penetapan']> {
  const person = async (role: 'ppid-utama' | 'pimpinan', id: string, en: string) => {
    const known = config.pejabat.filter((x) => x.peran.includes(role));
    const other = { nama: '', jabatan: '' };
    const chosen = known.length
      ? await p.select({
          message: T(id, en),
          choices: [
            ...known.map((x) => ({ name: `${x.nama} — ${x.jabatan}`, value: x as { nama: string; jabatan: string } })),
            { name: T('lainnya…', 'someone else…'), value: other },
          ],
        })
      : other;
    if (chosen !== other) return { nama: chosen.nama, jabatan: chosen.jabatan };
    return {
      nama: (await p.input({ message: T('Nama:', 'Name:'), validate: p.required })).trim(),
      jabatan: (await p.input({ message: T('Jabatan:', 'Position:'), validate: p.required })).trim(),
    };
  };
  const nomor = (await p.input({ message: T('Nomor surat penetapan:', 'Decree number:'), validate: p.required })).trim();
  const tanggal = (await p.input({ message: T('Tanggal penetapan:', 'Date of the decree:'), default: today, validate: p.dateCheck })).trim();
  const tempat = (
    await p.input({ message: T('Tempat penetapan:', 'Place of the decree:'), default: config.badan_publik.tempat ?? '', validate: p.required })
  ).trim();
  const pejabat = await person('ppid-utama', 'Pejabat PPID yang menetapkan:', 'Determining PPID official:');
  const pimpinan = await person('pimpinan', 'Pimpinan yang menyetujui:', 'Head who approved:');
  const setuju = (
    await p.input({ message: T('Tanggal persetujuan pimpinan:', 'Date of the head\u2019s approval:'), default: tanggal, validate: p.dateCheck })
  ).trim();
  return { nomor, tanggal, tempat, pejabat, persetujuan_pimpinan: { ...pimpinan, tanggal: setuju } };
}
