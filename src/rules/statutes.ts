/**
 * Which statutes a `dasar_hukum` entry cites, read as Indonesian citations are written:
 * "UU 43/2009 Pasal 44 ayat (1)", "Pasal 44 Undang-Undang Nomor 43 Tahun 2009 tentang
 * Kearsipan", "UU 6/1983 jo. UU 28/2007 Pasal 34", "PP 28/2012 tentang Pelaksanaan UU 43/2009
 * Pasal 42". An entry is a chain of legs joined by "jo."/"juncto"/"sebagaimana diubah dengan";
 * each leg has a head instrument (the first one named outside a "tentang …" title) and perhaps
 * an article. What counts for 17 huruf j (docs/domain.md §6): a leg whose head is an Undang-Undang
 * or a Perppu — the same rank (UU 12/2011 Pasal 7(1)) — other than UU 14/2008, with its article.
 * A PP, Permen, Perda or Perki is not enough, whatever its title mentions. The codes (KUHP,
 * KUHAP, KUH Perdata, KUHD) are statutes too.
 */

export type Rank = 'uu' | 'perppu' | 'uud' | 'bawah';

export interface Leg {
  /** The head instrument's rank, undefined when the leg names none ("… jo. Pasal 34"). */
  rank?: Rank;
  /** Number and year, when written ("43/2009", "Nomor 43 Tahun 2009"). */
  nomor?: string;
  tahun?: string;
  /** UU 14/2008 itself (by number or by its name). */
  kip: boolean;
  /** Named by number or by a name ("UU Kearsipan"), not a bare "berdasarkan Undang-Undang". */
  named: boolean;
  pasal: boolean;
}

/** Instruments, the higher-ranked and longer names first so that "PP … Pengganti UU" is a Perppu. */
const INSTRUMENT = [
  String.raw`(?<perppu>\bperppu\b|\bperpu\b|peraturan\s+pemerintah\s+pengganti\s+undang[\s-]*undang)`,
  String.raw`(?<uud>\buud\b|undang[\s-]*undang\s+dasar)`,
  String.raw`(?<uu>\buu\b|\bundang[\s-]*undang\b)`,
  // The codes are statutes named by their abbreviation: KUHP, KUHAP, KUH Perdata, KUHD.
  String.raw`(?<kitab>\bkuh\s*(?:ap|p|per(?:data)?|pidana|d|dagang)\b)`,
  // Below statute level: every other regulation or decree an officer cites.
  String.raw`(?<bawah>\bpp\b|peraturan\s+pemerintah|\bperpres\b|peraturan\s+presiden|\bkeppres\b|keputusan\s+presiden|\binpres\b|\bpermen\w*|peraturan\s+menteri|\bkepmen\w*|keputusan\s+menteri|\bperda\b|peraturan\s+daerah|\bperkada\b|\bperbup\b|peraturan\s+bupati|\bpergub\b|peraturan\s+gubernur|\bperwal\w*|peraturan\s+wali\s*kota|\bperki\b|peraturan\s+komisi\s+informasi|\bpojk\b|\bpbi\b|\bperka\w*|peraturan\s+kepala|peraturan\s+(?:badan|lembaga|komisi|mahkamah)|surat\s+edaran|keputusan\s+(?:bupati|gubernur|wali\s*kota|kepala|direktur))`,
].join('|');

const TOKEN = new RegExp(
  [
    INSTRUMENT,
    String.raw`(?<pasal>\b(?:pasal|psl|ps)\.?\s*(?<n>\d+)(?<kipHuruf>\s+huruf\s+[a-j]\b)?)`,
    String.raw`(?<jo>\bjo\b\.?|\bjuncto\b|\bsebagaimana\s+(?:telah\s+)?(?:beberapa\s+kali\s+)?diubah(?:\s+terakhir)?(?:\s+dengan)?)`,
    String.raw`(?<tentang>\btentang\b)`,
    String.raw`(?<sep>;)`,
  ].join('|'),
  'gi',
);

/** "14/2008", "No. 14 Tahun 2008", "Nomor 14 Th. 2008" right after an instrument's name. */
const NUMBER = /^\s*(?:republik\s+indonesia\s*)?(?:\(?ri\)?\s*)?(?:no(?:mor)?\.?\s*)?(\d+[a-z]?)\s*(?:\/|tahun|th\.?)\s*(\d{4})/i;

/** UU 14/2008 named by its title rather than its number. */
const KIP_NAME = /^\s*(?:tentang\s+)?(?:kip\b|keterbukaan\s+informasi\s+publik)/i;

/** A statute named by its short title ("UU Kearsipan"), not a bare "berdasarkan Undang-Undang". */
const NAME = /^\s*(?!(?:tentang|yang|dan|atau|ini|itu|lain|lainnya|terkait|tersebut)\b)[a-z]{3,}/i;

export function readLegs(text: string): Leg[] {
  const legs: Leg[] = [];
  let leg: Leg = { kip: false, named: false, pasal: false };
  let inTitle = false;
  const close = () => {
    if (leg.rank !== undefined || leg.pasal) legs.push(leg);
    leg = { kip: false, named: false, pasal: false };
    inTitle = false;
  };
  for (const m of text.matchAll(TOKEN)) {
    const g = m.groups!;
    if (g.jo !== undefined || g.sep !== undefined) close();
    else if (g.tentang !== undefined) inTitle = leg.rank !== undefined;
    else if (g.pasal !== undefined) {
      // An article ends the title it follows: "UU 43/2009 tentang Kearsipan Pasal 44". "Pasal 17
      // huruf j" is UU 14/2008's own article, whatever statute is named next to it.
      if (!(g.n === '17' && g.kipHuruf !== undefined)) leg.pasal = true;
      inTitle = false;
    } else if (!inTitle && leg.rank === undefined) {
      leg.rank = g.perppu !== undefined ? 'perppu' : g.uud !== undefined ? 'uud' : g.uu !== undefined || g.kitab !== undefined ? 'uu' : 'bawah';
      const after = text.slice(m.index! + m[0].length);
      const num = NUMBER.exec(after);
      if (num) [leg.nomor, leg.tahun] = [num[1], num[2]];
      leg.kip = (leg.nomor === '14' && leg.tahun === '2008') || (leg.rank === 'uu' && !num && KIP_NAME.test(after));
      leg.named = num !== null || g.kitab !== undefined || NAME.test(after);
    }
  }
  close();
  return legs;
}

/** An Undang-Undang (or Perppu) other than UU 14/2008, named with its article. */
export function namesOtherStatuteArticle(dasar: unknown): boolean {
  if (!Array.isArray(dasar)) return false;
  return dasar.some((d) => typeof d === 'string' && readLegs(d).some((l) => (l.rank === 'uu' || l.rank === 'perppu') && !l.kip && l.named && l.pasal));
}

/** Any statute or regulation besides UU 14/2008 (for letters whose period another statute sets). */
export function citesOtherRegulation(dasar: unknown): boolean {
  if (!Array.isArray(dasar)) return false;
  return dasar.some((d) => typeof d === 'string' && readLegs(d).some((l) => l.rank !== undefined && l.rank !== 'uud' && !l.kip && l.named));
}
