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
      lastWasLetterOrPoint = false;
    }
  }
  return [...new Set(codes)];
}

const UU =
  /\b(?:uu|undang[- ]undang)\s*(?:republik indonesia\s*)?(?:no\.?|nomor)?\s*(\d+)\s*(?:\/|tahun)\s*(\d{4})(?:\s*tentang\s+[^,;]*?)?(?:\s*(?:pasal|psl|ps)\.?\s*(\d+[a-z]?)(?:\s*ayat\s*\(?(\d+)\)?)?)?(?=[\s,;.)]|$)/g;
const PP = /\b(pp|perpres|permen\w*|perda)\s*(?:no\.?|nomor)?\s*(\d+)\s*(?:\/|tahun)\s*(\d{4})(?:\s*(?:pasal|psl|ps)\.?\s*(\d+[a-z]?))?/g;

function statutes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(UU)) {
    if (m[1] === '14' && m[2] === '2008') continue;
    out.push(`UU ${m[1]}/${m[2]}${m[3] ? ` Pasal ${m[3]}` : ''}${m[4] ? ` ayat (${m[4]})` : ''}`);
  }
  for (const m of text.matchAll(PP)) out.push(`${m[1]!.toUpperCase()} ${m[2]}/${m[3]}${m[4] ? ` Pasal ${m[4]}` : ''}`);
  return out;
}

export function pasal17Text(code: string): string {
  const letter = code[0];
  const point = code.slice(1);
  return `UU 14/2008 Pasal 17 huruf ${letter}${point ? ` angka ${point}` : ''}`;
}

export function readLegalBasis(raw: string): LegalBasisReading {
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  const warnings: LegalBasisReading['warnings'] = [];
  const segment = pasal17Segment(text);
  const found = segment ? codesIn(segment) : [];
  const known = found.filter((c) => PASAL17_KODE.includes(c));
  for (const c of found.filter((x) => !known.includes(x))) warnings.push({ code: 'impor-pasal17-tidak-dikenal', params: { kode: c } });
  if (known.length === 0) warnings.push({ code: 'impor-dasar-hukum-tak-terbaca', params: { teks: raw } });
  return { pasal17: known, dasar_hukum: [...known.map(pasal17Text), ...statutes(text)], warnings };
}
