/**
 * UU 14/2008 Pasal 17: the only grounds on which information may be exempted.
 * This table is the single source of truth for the codes; the JSON Schema enum, the
 * interactive search of the grounds, the published legal-basis text and the period rules all read it.
 */
import type { Label } from './label.js';

export type Huruf = 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i' | 'j';

export interface Pasal17Code {
  /** `h2`, `a`, … */
  readonly kode: string;
  readonly huruf: Huruf;
  /** The numbered point (angka) within the letter, if any. */
  readonly angka?: number;
  /** The statute's wording (UU 14/2008 Pasal 17), in Bahasa Indonesia and in English. */
  readonly label: Label;
  /** A short Indonesian form for checklists and narrow tables (the statute's words where short). */
  readonly singkat: string;
}

export interface HurufRule {
  readonly huruf: Huruf;
  /** Longest period the law allows, in years, and where it says so. */
  readonly maksimumTahun?: number;
  readonly dasarMaksimum?: string;
  /** May the period run until the person's written consent (Pasal 18(2))? */
  readonly bolehHinggaPersetujuan: boolean;
  /** May the period be open-ended? `a`–`f` never are (PP 61/2010 Pasal 5–9). */
  readonly bolehTanpaBatas: boolean;
  /** The letter requires naming another Undang-Undang and its article (17 huruf j). */
  readonly wajibUndangUndangLain: boolean;
  /**
   * The period follows another statute, which the record should cite (PP 61/2010 Pasal 6 for
   * `b`, Pasal 8(1) for `g`, Pasal 9 for `i`): the article that says so.
   */
  readonly jangkaWaktuMenurutUndangUndang?: string;
  /** The length is fixed by the body's highest leader (PP 61/2010 Pasal 7(5)): `c`–`f`. */
  readonly jangkaWaktuOlehPimpinanTertinggi: boolean;
}

/**
 * The statute's own words for each letter and point (UU 14/2008 Pasal 17), as the label of
 * the code; `singkat` is a short form for checklists and narrow tables.
 */
const L = (
  huruf: Huruf,
  text: readonly [id: string, en: string, singkat?: string],
  points: ReadonlyArray<readonly [id: string, en: string, singkat?: string]> = [],
): Pasal17Code[] => [
  { kode: huruf, huruf, label: { id: text[0], en: text[1] }, singkat: text[2] ?? text[0] },
  ...points.map(([pid, pen, short], i) => ({ kode: `${huruf}${i + 1}`, huruf, angka: i + 1, label: { id: pid, en: pen }, singkat: short ?? pid })),
];

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const PASAL17: readonly Pasal17Code[] = [
  ...L('a', ['Menghambat proses penegakan hukum', 'Obstructs law enforcement'], [
    ['Menghambat proses penyelidikan dan penyidikan suatu tindak pidana', 'Obstructs the inquiry into and investigation of a crime'],
    ['Mengungkapkan identitas informan, pelapor, saksi, dan/atau korban yang mengetahui adanya tindak pidana', 'Reveals informants, reporters, witnesses and/or victims who know of a crime', 'Mengungkapkan identitas informan, pelapor, saksi, dan/atau korban'],
    ['Mengungkapkan data intelijen kriminal dan rencana-rencana yang berhubungan dengan pencegahan dan penanganan segala bentuk kejahatan transnasional', 'Reveals criminal intelligence and plans for preventing and handling transnational crime', 'Mengungkapkan data intelijen kriminal dan rencana penanganan kejahatan transnasional'],
    ['Membahayakan keselamatan dan kehidupan penegak hukum dan/atau keluarganya', 'Endangers the safety and life of law-enforcement officers and/or their families'],
    ['Membahayakan keamanan peralatan, sarana, dan/atau prasarana penegak hukum', 'Endangers law-enforcement equipment, facilities and/or infrastructure'],
  ]),
  ...L('b', [
    'Mengganggu kepentingan perlindungan hak atas kekayaan intelektual dan perlindungan dari persaingan usaha tidak sehat',
    'Harms the protection of intellectual property rights and the protection from unfair business competition',
    'Mengganggu perlindungan HKI dan perlindungan dari persaingan usaha tidak sehat',
  ]),
  ...L('c', ['Membahayakan pertahanan dan keamanan negara', 'Endangers national defence and security'], [
    ['Informasi tentang strategi, intelijen, operasi, taktik dan teknik yang berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara', 'Strategy, intelligence, operations, tactics and techniques of the state defence and security system', 'Strategi, intelijen, operasi, taktik dan teknik pertahanan dan keamanan negara'],
    ['Dokumen yang memuat strategi, intelijen, operasi, teknik dan taktik yang berkaitan dengan penyelenggaraan sistem pertahanan dan keamanan negara', 'Documents on the strategy, intelligence, operations, techniques and tactics of the state defence and security system', 'Dokumen strategi, intelijen, operasi, teknik dan taktik pertahanan dan keamanan negara'],
    ['Jumlah, komposisi, disposisi, atau dislokasi kekuatan dan kemampuan dalam penyelenggaraan sistem pertahanan dan keamanan negara serta rencana pengembangannya', 'Size, composition, disposition or dislocation of defence and security forces and their development plans', 'Jumlah, komposisi, disposisi, atau dislokasi kekuatan pertahanan dan keamanan'],
    ['Gambar dan data tentang situasi dan keadaan pangkalan dan/atau instalasi militer', 'Pictures and data of the situation of military bases and/or installations'],
    ['Data perkiraan kemampuan militer dan pertahanan negara lain, terbatas pada segala tindakan dan/atau indikasi negara tersebut yang dapat membahayakan kedaulatan Negara Kesatuan Republik Indonesia dan/atau data terkait kerja sama militer dengan negara lain yang disepakati dalam perjanjian tersebut sebagai rahasia atau sangat rahasia', 'Estimates of other states\u2019 military and defence capability, limited to acts or signs that may endanger Indonesia\u2019s sovereignty, and/or data of military cooperation agreed as secret or top secret', 'Data perkiraan kemampuan militer negara lain (terbatas, Pasal 17 huruf c angka 5)'],
    ['Sistem persandian negara', 'State cryptography'],
    ['Sistem intelijen negara', 'State intelligence system'],
  ]),
  ...L('d', ['Mengungkapkan kekayaan alam Indonesia', 'Reveals Indonesia\u2019s natural resources']),
  ...L('e', ['Merugikan ketahanan ekonomi nasional', 'Harms national economic resilience'], [
    ['Rencana awal pembelian dan penjualan mata uang nasional atau asing, saham dan aset vital milik negara', 'Initial plans to buy or sell national or foreign currency, shares and vital state assets'],
    ['Rencana awal perubahan nilai tukar, suku bunga, dan model operasi institusi keuangan', 'Initial plans to change exchange rates, interest rates and the operating model of financial institutions'],
    ['Rencana awal perubahan suku bunga bank, pinjaman pemerintah, perubahan pajak, tarif, atau pendapatan negara/daerah lainnya', 'Initial plans to change bank rates, government loans, taxes, tariffs or other state/regional revenue'],
    ['Rencana awal penjualan atau pembelian tanah atau properti', 'Initial plans to sell or buy land or property'],
    ['Rencana awal investasi asing', 'Initial plans for foreign investment'],
    ['Proses dan hasil pengawasan perbankan, asuransi, atau lembaga keuangan lainnya', 'The process and results of supervising banks, insurers or other financial institutions'],
    ['Hal-hal yang berkaitan dengan proses pencetakan uang', 'Matters related to the printing of money'],
  ]),
  ...L('f', ['Merugikan kepentingan hubungan luar negeri', 'Harms foreign relations'], [
    ['Posisi, daya tawar dan strategi yang akan dan telah diambil oleh negara dalam hubungannya dengan negosiasi internasional', 'The position, bargaining power and strategy of the state in international negotiations', 'Posisi, daya tawar dan strategi negara dalam negosiasi internasional'],
    ['Korespondensi diplomatik antarnegara', 'Diplomatic correspondence between states'],
    ['Sistem komunikasi dan persandian yang dipergunakan dalam menjalankan hubungan internasional', 'Communication and cryptography systems used in international relations'],
    ['Perlindungan dan pengamanan infrastruktur strategis Indonesia di luar negeri', 'Protection and security of Indonesia\u2019s strategic infrastructure abroad'],
  ]),
  ...L('g', ['Mengungkapkan isi akta otentik yang bersifat pribadi dan kemauan terakhir ataupun wasiat seseorang', 'Reveals the content of personal authentic deeds and a person\u2019s last wishes or will', 'Mengungkapkan isi akta otentik pribadi dan wasiat']),
  ...L('h', ['Mengungkap rahasia pribadi', 'Reveals personal secrets'], [
    ['Riwayat dan kondisi anggota keluarga', 'History and circumstances of family members'],
    ['Riwayat, kondisi dan perawatan, pengobatan kesehatan fisik, dan psikis seseorang', 'A person\u2019s physical and mental health history, condition, care and treatment'],
    ['Kondisi keuangan, aset, pendapatan, dan rekening bank seseorang', 'A person\u2019s finances, assets, income and bank accounts'],
    ['Hasil-hasil evaluasi sehubungan dengan kapabilitas, intelektualitas, dan rekomendasi kemampuan seseorang', 'Evaluations of a person\u2019s capability, intellect and recommended abilities', 'Hasil evaluasi kapabilitas, intelektualitas, dan kemampuan seseorang'],
    ['Catatan yang menyangkut pribadi seseorang yang berkaitan dengan kegiatan satuan pendidikan formal dan satuan pendidikan nonformal', 'Personal records related to formal and non-formal education', 'Catatan pribadi terkait satuan pendidikan formal dan nonformal'],
  ]),
  ...L('i', [
    'Memorandum atau surat-surat antar Badan Publik atau intra Badan Publik, yang menurut sifatnya dirahasiakan kecuali atas putusan Komisi Informasi atau pengadilan',
    'Memoranda or letters between or within public bodies that are confidential by nature, except by decision of the Information Commission or a court',
    'Memorandum atau surat antar/intra Badan Publik yang menurut sifatnya dirahasiakan',
  ]),
  ...L('j', ['Informasi yang tidak boleh diungkapkan berdasarkan Undang-Undang', 'Information that may not be disclosed under a statute (Undang-Undang)']),
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
  jangkaWaktuOlehPimpinanTertinggi: false,
  ...r,
});

/** Period rules per letter (UU 14/2008 Pasal 18(2), 20; PP 61/2010 Pasal 5–9). */
// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const HURUF_RULES: Readonly<Record<Huruf, HurufRule>> = {
  a: rule('a', { maksimumTahun: 30, dasarMaksimum: 'PP 61/2010 Pasal 5 ayat (1)' }),
  b: rule('b', { jangkaWaktuMenurutUndangUndang: 'PP 61/2010 Pasal 6' }),
  c: rule('c', { jangkaWaktuOlehPimpinanTertinggi: true }),
  d: rule('d', { jangkaWaktuOlehPimpinanTertinggi: true }),
  e: rule('e', { jangkaWaktuOlehPimpinanTertinggi: true }),
  f: rule('f', { jangkaWaktuOlehPimpinanTertinggi: true }),
  g: rule('g', { bolehHinggaPersetujuan: true, bolehTanpaBatas: true, jangkaWaktuMenurutUndangUndang: 'PP 61/2010 Pasal 8 ayat (1)' }),
  h: rule('h', { bolehHinggaPersetujuan: true, bolehTanpaBatas: true }),
  i: rule('i', { bolehTanpaBatas: true, jangkaWaktuMenurutUndangUndang: 'PP 61/2010 Pasal 9' }),
  j: rule('j', { bolehTanpaBatas: true, wajibUndangUndangLain: true }),
};

/** The letters of these codes (unknown codes left out), each once. */
export function lettersOf(codes: readonly unknown[]): Huruf[] {
  const out = new Set<Huruf>();
  for (const k of codes) {
    const c = typeof k === 'string' ? findPasal17(k) : undefined;
    if (c) out.add(c.huruf);
  }
  return [...out];
}

/** "Pasal 17 huruf h angka 2 UU 14/2008" — the wording used in published lists. */
export function pasal17Citation(kode: string): string {
  const c = findPasal17(kode);
  if (!c) return `Pasal 17 ${kode}`;
  return c.angka ? `Pasal 17 huruf ${c.huruf} angka ${c.angka} UU 14/2008` : `Pasal 17 huruf ${c.huruf} UU 14/2008`;
}
