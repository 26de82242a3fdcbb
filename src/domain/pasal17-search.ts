/**
 * Finding a Pasal 17 ground by what an officer types: its code ("h4", "h"), the statute's words
 * ("kapabilitas", "rahasia pribadi"), or the everyday words an office uses for such
 * information ("rekam medis", "gaji"), which the statute does not. The codes and their wording
 * stay in pasal17.ts; this file only adds words to find them by.
 */
import { PASAL17, pasal17Citation, type Pasal17Code } from './pasal17.js';

/**
 * Everyday words for the information each ground covers, as officers name it. A search aid
 * only: they decide nothing, and a code missing here is still found by its own words.
 */
// prettier-ignore
export const PASAL17_KATA: Readonly<Record<string, string>> = {
  a: 'polisi kejaksaan perkara kasus hukum',
  a1: 'penyidikan penyelidikan perkara kasus pidana laporan polisi',
  a2: 'pelapor saksi korban informan whistleblower identitas',
  a3: 'intelijen kriminal terorisme narkoba',
  a4: 'keselamatan penyidik jaksa hakim keluarga',
  a5: 'peralatan sarana senjata',
  b: 'paten merek hak cipta rahasia dagang tender penawaran harga persaingan usaha',
  c: 'militer tni polri pertahanan keamanan',
  c6: 'sandi kriptografi enkripsi',
  c7: 'intelijen bin',
  d: 'tambang mineral minyak gas sumber daya alam cadangan',
  e: 'ekonomi keuangan negara',
  e4: 'tanah properti pengadaan lahan aset',
  e5: 'investasi asing penanaman modal',
  f: 'diplomatik luar negeri kedutaan perjanjian internasional',
  g: 'akta notaris wasiat warisan',
  h: 'privasi data pribadi nik ktp alamat telepon',
  h1: 'keluarga anak istri suami orang tua kartu keluarga',
  h2: 'rekam medis kesehatan sakit penyakit pasien obat psikologis jiwa',
  h3: 'gaji rekening bank tabungan harta kekayaan pendapatan pajak lhkpn utang',
  h4: 'tes psikologi psikotes asesmen penilaian kinerja nilai ujian seleksi',
  h5: 'sekolah siswa murid mahasiswa rapor ijazah nilai pendidikan',
  i: 'memo nota dinas surat internal rapat notulen disposisi telaah',
  j: 'undang-undang lain rahasia jabatan rahasia negara',
};

/** Words folded to lower case without accents, so "Psikis" and "psikis" meet. */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const words = (s: string): string[] =>
  fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

const ownWords = (c: Pasal17Code): string => [c.label.id, c.label.en, c.singkat, pasal17Citation(c.kode), PASAL17_KATA[c.kode] ?? ''].join(' ');
const HEAD = new Map(PASAL17.filter((c) => c.angka === undefined).map((c) => [c.huruf, c]));

/** A point (h2) is a case of its letter (h, "rahasia pribadi"): it is found by the letter's words too. */
const HAYSTACK = new Map<string, string[]>(
  PASAL17.map((c) => [c.kode, words(c.angka === undefined ? ownWords(c) : `${ownWords(c)} ${ownWords(HEAD.get(c.huruf)!)}`)]),
);

/** "h", "h4", "a1": a word shaped like a code names codes, not the letters inside other words. */
const CODE_SHAPED = /^[a-j]\d?$/;

/**
 * The codes matching every word typed: a code-shaped word matches the codes it begins, any
 * other word the beginning of a word of the ground's text. Exact code matches come first, the
 * rest in the statute's order.
 */
export function searchPasal17(term: string): Pasal17Code[] {
  const typed = words(term);
  if (typed.length === 0) return [...PASAL17];
  const found = PASAL17.filter((c) => typed.every((w) => (CODE_SHAPED.test(w) ? c.kode.startsWith(w) : HAYSTACK.get(c.kode)!.some((h) => h.startsWith(w)))));
  return [...found.filter((c) => typed.includes(c.kode)), ...found.filter((c) => !typed.includes(c.kode))];
}
