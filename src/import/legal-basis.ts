/**
 * Reading the legal basis as officers write it in spreadsheets ("Pasal 17 huruf h angka 2
 * UU 14/2008", "17 h.3", "huruf g dan h angka 1", "Ps. 17 huruf j jo. UU 43/2009 Pasal 44")
 * into Pasal 17 codes and statute references. What cannot be read is said, never guessed.
 */
import { PASAL17_KODE } from '../domain/pasal17.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface LegalBasisReading {
  pasal17: string[];
  /** One entry per Pasal 17 code, then the other statutes named. */
  dasar_hukum: string[];
  /** Message codes (ui catalogue `impor.*`) with their parameters. */
  warnings: Array<{ code: DiagnosticCode; params: Record<string, string> }>;
}

/** Where the Pasal 17 part ends: the next statute or a semicolon. */
const OTHER_STATUTE = /\b(uu|undang[- ]undang|pp|peraturan|permen\w*|perpres|perda|jo|juncto)\b|;/;

/** The "17" that is UU 14/2008's article, not a statute number ("UU 17/2003") or a year. */
const ARTICLE_17 = /(?:\b(?:pasal|psl|ps)\.?\s*)?(?<![\d/])\b17\b(?!\s*(?:\/|tahun))/;

function pasal17Segment(text: string): string | undefined {
  const m = ARTICLE_17.exec(text);
  let start: number;
  if (m) start = m.index + m[0].length;
  else {
    // "huruf g dan h angka 1" without the article: Pasal 17 is the only one with letters here.
    const h = /\bhuruf\b/.exec(text);
    if (!h) return undefined;
    start = h.index;
  }
  const rest = text.slice(start);
  const end = OTHER_STATUTE.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

/** Letters and their numbered points: "a, b dan c", "h angka 2 dan 3", "h.3", "(h)(3)". */
function codesIn(segment: string): string[] {
  const codes: string[] = [];
  let letter: string | undefined;
  let letterHasPoint = false;
  let lastWasLetterOrPoint = false;
  const re = /\b(huruf|angka|dan|serta|atau)\b|\(?\b([a-j])\b\)?|(\d+)|([,&/.()]|\s+)|(\S+)/g;
  for (let m = re.exec(segment); m; m = re.exec(segment)) {
    const [, word, l, n, , other] = m;
    if (l) {
      letter = l;
      letterHasPoint = false;
      codes.push(l);
      lastWasLetterOrPoint = true;
    } else if (n && letter && lastWasLetterOrPoint) {
      // A point belongs to the letter before it: "h angka 2" → h2; "angka 2 dan 3" → h2, h3.
      if (!letterHasPoint) codes.pop();
      codes.push(`${letter}${Number(n)}`);
      letterHasPoint = true;
    } else if (word === 'angka' || word === 'dan' || word === 'serta' || word === 'atau' || word === 'huruf') {
      // separators keep the current letter
    } else if (other) {
      // Prose after the citation ("… huruf h, karena memuat data pribadi") is not read for letters.
      if (codes.length > 0 && !/^(ayat|uu|kip)$/.test(other)) break;
      lastWasLetterOrPoint = false;
    }
  }
  return [...new Set(codes)];
}

/** "tentang …" up to the statute's article, the next statute, or the end of its clause. */
const ABOUT = String.raw`(?:\s*tentang\s+(?:(?!\b(?:pasal|psl|ps)\.?\s*\d|\b(?:uu|undang|pp|perpres|permen\w*|perda|jo)\b)[^,;])*)?`;
/** "UU 43/2009 Pasal 44", and the article written before its statute as Indonesian citations do: "Pasal 40 UU No. 10 Tahun 1998". */
const UU = new RegExp(
  String.raw`(?:\b(?:pasal|psl|ps)\.?\s*(?<pre>\d+[a-z]?)(?:\s*ayat\s*\(?(?<preAyat>\d+)\)?)?\s+)?\b(?:uu|undang[- ]undang)\s*(?:republik indonesia\s*)?(?:no\.?|nomor)?\s*(?<no>\d+)\s*(?:\/|tahun)\s*(?<year>\d{4})${ABOUT}(?:\s*(?:pasal|psl|ps)\.?\s*(?<pasal>\d+[a-z]?)(?:\s*ayat\s*\(?(?<ayat>\d+)\)?)?)?(?=[\s,;.)]|$)`,
  'g',
);
const PP = new RegExp(
  String.raw`\b(pp|peraturan pemerintah|perpres|peraturan presiden|permen\w*|perda|peraturan daerah)\s*(?:republik indonesia\s*)?(?:no\.?|nomor)?\s*(\d+)\s*(?:\/|tahun)\s*(\d{4})${ABOUT}(?:\s*(?:pasal|psl|ps)\.?\s*(\d+[a-z]?))?`,
  'g',
);
const SHORT: Record<string, string> = { 'peraturan pemerintah': 'PP', 'peraturan presiden': 'PERPRES', 'peraturan daerah': 'PERDA' };

/**
 * What makes the rest of an entry a legal reference ppid does not shorten (a Perki, a Perbup, a
 * circular, KUHAP, "Nomor 5 Tahun 2020"): such an entry is kept as the officer wrote it, never dropped.
 */
const OTHER_REFERENCE =
  /\b(peraturan|perki|perkom\w*|perma|perka\w*|perkap|perpol|perbup|pergub|perwal\w*|perdes|kepmen\w*|keputusan|keppres|kepres|inpres|instruksi|surat edaran|se|kuhap|kuhp|kuhper\w*|qanun|sk)\b|\b(?:no\.?|nomor)\s*\d+|\b\d+\s*(?:\/|tahun)\s*\d{4}\b/;

/** An entry holds more than ppid can shorten: what is left once its shortened statutes are taken out names another reference. */
const keptAsWritten = (entry: string): boolean => OTHER_REFERENCE.test(entry.replace(UUD, ' ').replace(UU, ' ').replace(PP, ' ').replace(ARTICLE_17, ' '));

const UUD = /\buud\s*(?:nri\s*)?(?:tahun\s*)?1945(?:\s*(?:pasal|psl|ps)\.?\s*(\d+\s?[a-z]?(?:\s*(?:s\/d|sampai(?: dengan)?|-|–)\s*\d+\s?[a-z]?)?))?/g;

function statutes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(UUD))
    out.push(
      `UUD 1945${
        m[1]
          ? ` Pasal ${m[1]
              .toUpperCase()
              .replace(/(\d)\s+([A-Z])/g, '$1$2')
              .replace(/\s*(S\/D|SAMPAI(?: DENGAN)?|-|–)\s*/, '–')}`
          : ''
      }`,
    );
  for (const m of text.matchAll(UU)) {
    const g = m.groups!;
    if (g.no === '14' && g.year === '2008') continue;
    const pasal = g.pasal ?? g.pre;
    const ayat = g.pasal ? g.ayat : g.preAyat;
    out.push(`UU ${g.no}/${g.year}${pasal ? ` Pasal ${pasal}` : ''}${ayat ? ` ayat (${ayat})` : ''}`);
  }
  for (const m of text.matchAll(PP)) out.push(`${SHORT[m[1]!.replace(/\s+/g, ' ')] ?? m[1]!.toUpperCase()} ${m[2]}/${m[3]}${m[4] ? ` Pasal ${m[4]}` : ''}`);
  return out;
}

export function pasal17Text(code: string): string {
  const letter = code[0];
  const point = code.slice(1);
  return `UU 14/2008 Pasal 17 huruf ${letter}${point ? ` angka ${point}` : ''}`;
}

/**
 * A cell's entries: a numbered or lettered list ("1. UUD 1945 …\n2. UU 14/2008 Pasal 17 huruf h"),
 * or lines, each read on its own so that a list number is never taken for a Pasal 17 point.
 */
export function listEntries(raw: string): string[] {
  const marker = /(?:^|\n|\s)(?:\d{1,2}|[a-z])[.)]\s+(?=\S)/gi;
  const starts: number[] = [];
  const lines = raw.replace(/\r\n?/g, '\n');
  // Only markers that count up from the first (1., 2., … or a., b., …) split the cell.
  let expect: string | undefined;
  for (const m of lines.matchAll(marker)) {
    const label = m[0].trim().slice(0, -1).toLowerCase();
    if ((expect === undefined && (label === '1' || label === 'a')) || label === expect) {
      starts.push(m.index + (/^\s/.test(m[0]) ? 1 : 0));
      expect = /\d/.test(label) ? String(Number(label) + 1) : String.fromCharCode(label.charCodeAt(0) + 1);
    }
  }
  const parts = starts.length >= 2 ? starts.map((s, i) => lines.slice(s, starts[i + 1])) : lines.split('\n');
  return parts.map((x) => x.replace(/^\s*(?:\d{1,2}|[a-z])[.)]\s+/i, '').trim()).filter(Boolean);
}

/** "UU No 43 Tahun 1999", "PP 60/2008": the statutes an entry names besides UU 14/2008. */
const NAMES_KIP = /\b(?:uu|undang[- ]undang)\s*(?:republik indonesia\s*)?(?:no\.?|nomor)?\s*14\s*(?:\/|tahun)\s*2008\b|\bkip\b|keterbukaan informasi publik/;

/**
 * What a reference is, by the first legal word it holds: an Undang-Undang (UU, Perppu, a
 * Kitab Undang-Undang such as KUHAP), which letter j can rest on, or a lower regulation (PP,
 * Perpres, Permen, Perda, Perki, Perbup, …), which it cannot even when its title names a law
 * ("PP 61/2010 tentang Pelaksanaan UU 14/2008").
 */
const FIRST_REFERENCE =
  /\b(perppu|peraturan pemerintah pengganti undang[- ]undang|kitab undang[- ]undang|kuhap|kuhp|kuhd|kuh\s*per\w*|kuhper\w*|uud|uu|undang[- ]undang|pp|peraturan|perpres|permen\w*|perda|perki|perkom\w*|perma|perka\w*|perkap|perpol|perbup|pergub|perwal\w*|perdes|kepmen\w*|keputusan|keppres|kepres|inpres|instruksi|surat edaran|se|qanun|sk)\b/i;
export const namesLaw = (reference: string): boolean =>
  /^(?:perppu|peraturan pemerintah pengganti|kitab|kuh|uu$|undang)/i.test(FIRST_REFERENCE.exec(reference)?.[1] ?? '');

/**
 * "UU 25/2009 … Pasal 17 huruf a", "Perki 1/2021 Pasal 17 huruf h", "Pasal 17 huruf a UU 25/2009":
 * the article belongs to the act cited around it. "Ps. 17 huruf j jo. UU 43/2009" is UU 14/2008's
 * article joined (jo.) to another act.
 */
function anotherActsArticle(entry: string): boolean {
  const m = ARTICLE_17.exec(entry)!;
  const before = entry.slice(0, m.index);
  if (statutes(before).length > 0 || keptAsWritten(before)) return true;
  const end = OTHER_STATUTE.exec(entry.slice(m.index + m[0].length));
  return end?.[1] !== undefined && !/^(jo|juncto)$/.test(end[1]);
}

function entryCodes(entry: string): string[] {
  const segment = pasal17Segment(entry);
  if (!segment) return [];
  const otherReference = statutes(entry).length > 0 || keptAsWritten(entry);
  if (!ARTICLE_17.test(entry)) {
    // Without the article's number, "huruf b" of another statute ("PP 61/2010 Pasal 5 huruf b") or
    // of another article ("UU 14/2008 Pasal 6 ayat (3) huruf c") is not Pasal 17's.
    if (otherReference || /\b(?:pasal|psl|ps)\.?\s*\d/.test(entry)) return [];
  } else if (otherReference && !NAMES_KIP.test(entry) && anotherActsArticle(entry)) return [];
  return codesIn(segment);
}

export function readLegalBasis(raw: string): LegalBasisReading {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  // "Pasal 17 huruf h; Perbup 5/2020": a semicolon parts references as a new line does.
  const written = listEntries(raw).flatMap((e) =>
    e
      .split(/\s*;\s*/)
      .map((x) => x.replace(/\s+/g, ' ').trim())
      .filter(Boolean),
  );
  const entries = written.map((e) => e.toLowerCase());
  const warnings: LegalBasisReading['warnings'] = [];
  const found = [...new Set(entries.flatMap(entryCodes))];
  const known = found.filter((c) => PASAL17_KODE.includes(c));
  const others = [...new Set(entries.flatMap((e, i) => (keptAsWritten(e) ? [written[i]!] : statutes(e))))];
  for (const c of found.filter((x) => !known.includes(x))) warnings.push({ code: 'impor-pasal17-tidak-dikenal', params: { kode: c } });
  if (known.length === 0) {
    // Said for what the cell is: the KIP law without its letter, another statute alone, or nothing readable.
    if (NAMES_KIP.test(text)) warnings.push({ code: 'impor-pasal17-huruf-tidak-ada', params: { teks: raw.replace(/\s+/g, ' ').trim() } });
    else if (others.some(namesLaw))
      warnings.push({ code: 'impor-dasar-hukum-uu-lain', params: { uu: others.join('; '), undang: others.filter(namesLaw).join('; ') } });
    // A PP, Perpres or regional regulation alone is no ground: letter j needs an Undang-Undang, so it is not suggested.
    else if (others.length > 0) warnings.push({ code: 'impor-dasar-hukum-bukan-uu', params: { uu: others.join('; ') } });
    else if (!raw.trim() || /^[-–—.]+$/.test(raw.trim())) warnings.push({ code: 'impor-dasar-hukum-kosong', params: {} });
    else warnings.push({ code: 'impor-dasar-hukum-tak-terbaca', params: { teks: raw } });
  }
  return { pasal17: known, dasar_hukum: [...known.map(pasal17Text), ...others], warnings };
}
