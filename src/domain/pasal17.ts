/**
 * UU 14/2008 Pasal 17: the only grounds on which information may be exempted.
 * This table is the single source of truth for the codes; the JSON Schema enum, the
 * interactive checklist, the published legal-basis text and the period rules all read it.
 */

export type Huruf = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

export interface Pasal17Code {
  /** `h2`, `a`, … */
  readonly kode: string;
  readonly huruf: Huruf;
  /** The numbered point (angka) within the letter, if any. */
  readonly angka?: number;
  readonly id: string;
  readonly en: string;
}

export interface HurufRule {
  readonly huruf: Huruf;
  /** Longest period the statute allows, in years (Pasal 20 / PP 61/2010 Pasal 5). */
  readonly maksimumTahun?: number;
  /** May the period run until the person's written consent (Pasal 18(2))? */
  readonly bolehHinggaPersetujuan: boolean;
  /** May the period be open-ended? `a`–`f` never are (PP 61/2010 Pasal 5–9). */
  readonly bolehTanpaBatas: boolean;
  /** The letter requires naming another Undang-Undang and its article (17 huruf j). */
  readonly wajibUndangUndangLain: boolean;
}

const L = (
  huruf: Huruf,
  id: string,
  en: string,
  points: ReadonlyArray<readonly [string, string]> = [],
): Pasal17Code[] => [
  { kode: huruf, huruf, id, en },
  ...points.map(([pid, pen], i) => ({ kode: `${huruf}${i + 1}`, huruf, angka: i + 1, id: pid, en: pen })),
];

export const PASAL17: readonly Pasal17Code[] = [
  ...L('a', 'Menghambat proses penegakan hukum', 'Obstructs law enforcement', [
    ['Menghambat penyelidikan dan penyidikan tindak pidana', 'Obstructs the inquiry and investigation of a crime'],
    ['Mengungkap identitas informan, pelapor, saksi, dan/atau korban', 'Reveals informants, reporters, witnesses and/or victims'],
    ['Mengungkap data intelijen kriminal dan rencana pencegahan kejahatan transnasional', 'Reveals criminal intelligence and plans against transnational crime'],
    ['Membahayakan keselamatan penegak hukum dan/atau keluarganya', 'Endangers law-enforcement officers and/or their families'],
    ['Membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum', 'Endangers law-enforcement equipment and facilities'],
  ]),
  ...L('b', 'Mengganggu perlindungan hak kekayaan intelektual dan persaingan usaha yang sehat', 'Harms intellectual property or fair competition'),
  ...L('c', 'Membahayakan pertahanan dan keamanan negara', 'Endangers national defence and security', [
    ['Strategi, intelijen, operasi, taktik dan teknik sistem pertahanan dan keamanan negara', 'Defence and security strategy, intelligence, operations, tactics and techniques'],
    ['Dokumen strategi, intelijen, operasi, teknik dan taktik pertahanan dan keamanan negara', 'Documents on defence and security strategy, intelligence and operations'],
    ['Jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan pertahanan', 'Size, composition and disposition of defence forces'],
    ['Gambar dan data situasi pangkalan dan/atau instalasi militer', 'Pictures and data of military bases and installations'],
    ['Data perkiraan kemampuan militer dan pertahanan negara lain', 'Estimates of other states\u2019 military capability'],
    ['Sistem persandian negara', 'State cryptography'],
    ['Sistem intelijen negara', 'State intelligence system'],
  ]),
  ...L('d', 'Mengungkap kekayaan alam Indonesia', 'Reveals Indonesia\u2019s natural resources'),
  ...L('e', 'Merugikan ketahanan ekonomi nasional', 'Harms national economic resilience', [
    ['Rencana awal pembelian dan penjualan mata uang, saham dan aset vital negara', 'Initial plans to buy or sell currency, shares and vital state assets'],
    ['Rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan', 'Initial plans to change exchange rates, interest rates or financial operations'],
    ['Rencana awal perubahan suku bunga bank, pinjaman pemerintah, pajak, tarif, atau pendapatan negara/daerah', 'Initial plans to change bank rates, government loans, taxes, tariffs or revenue'],
    ['Rencana awal penjualan atau pembelian tanah atau properti', 'Initial plans to sell or buy land or property'],
    ['Rencana awal investasi asing', 'Initial plans for foreign investment'],
    ['Proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lain', 'Supervision of banks, insurers and other financial institutions'],
    ['Proses pencetakan uang', 'Printing of money'],
  ]),
  ...L('f', 'Merugikan kepentingan hubungan luar negeri', 'Harms foreign relations', [
    ['Posisi, daya tawar dan strategi negara dalam negosiasi internasional', 'The state\u2019s position and strategy in international negotiations'],
    ['Korespondensi diplomatik antarnegara', 'Diplomatic correspondence'],
    ['Sistem komunikasi dan persandian hubungan internasional', 'Communication and cryptography systems of foreign relations'],
    ['Perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri', 'Protection of Indonesia\u2019s strategic infrastructure abroad'],
  ]),
  ...L('g', 'Mengungkap isi akta otentik yang bersifat pribadi dan kemauan terakhir atau wasiat', 'Reveals personal authentic deeds, last wishes or wills'),
  ...L('h', 'Mengungkap rahasia pribadi', 'Reveals personal secrets', [
    ['Riwayat dan kondisi anggota keluarga', 'Family history and circumstances'],
    ['Riwayat, kondisi, perawatan, dan pengobatan kesehatan fisik dan psikis', 'Physical and mental health records and treatment'],
    ['Kondisi keuangan, aset, pendapatan, dan rekening bank seseorang', 'A person\u2019s finances, assets, income and bank accounts'],
    ['Hasil evaluasi kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang', 'Evaluations of a person\u2019s capability and intellect'],
    ['Catatan pribadi terkait kegiatan satuan pendidikan formal dan nonformal', 'Personal records of formal and non-formal education'],
  ]),
  ...L('i', 'Memorandum atau surat antar/intra Badan Publik yang menurut sifatnya dirahasiakan', 'Confidential memoranda between or within public bodies'),
  ...L('j', 'Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang', 'Information closed by another statute (Undang-Undang)'),
];

export const PASAL17_KODE: readonly string[] = PASAL17.map((c) => c.kode);

const BY_KODE = new Map(PASAL17.map((c) => [c.kode, c]));

export function findPasal17(kode: string): Pasal17Code | undefined {
  return BY_KODE.get(kode);
}

const rule = (huruf: Huruf, r: Partial<Omit<HurufRule, 'huruf'>> = {}): HurufRule => ({
  huruf,
  bolehHinggaPersetujuan: false,
  bolehTanpaBatas: false,
  wajibUndangUndangLain: false,
  ...r,
});

/** Period rules per letter (UU 14/2008 Pasal 18(2), 20; PP 61/2010 Pasal 5–9). */
export const HURUF_RULES: Readonly<Record<Huruf, HurufRule>> = {
  a: rule('a', { maksimumTahun: 30 }),
  b: rule('b'),
  c: rule('c'),
  d: rule('d'),
  e: rule('e'),
  f: rule('f'),
  g: rule('g', { bolehHinggaPersetujuan: true, bolehTanpaBatas: true }),
  h: rule('h', { bolehHinggaPersetujuan: true, bolehTanpaBatas: true }),
  i: rule('i', { bolehTanpaBatas: true }),
  j: rule('j', { bolehTanpaBatas: true, wajibUndangUndangLain: true }),
};

/** "Pasal 17 huruf h angka 2 UU 14/2008" — the wording used in published lists. */
export function pasal17Citation(kode: string): string {
  const c = findPasal17(kode);
  if (!c) return `Pasal 17 ${kode}`;
  return c.angka ? `Pasal 17 huruf ${c.huruf} angka ${c.angka} UU 14/2008` : `Pasal 17 huruf ${c.huruf} UU 14/2008`;
}
