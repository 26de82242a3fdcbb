/**
 * The Markdown body of a record: written for a new record from templates/record.md, and read
 * back for the consequence-test sheet — without the template's notes to the officer
 * (`<!-- … -->`) and without what only repeats the sheet's own table.
 */
import { readPackageFile } from '../package.js';
import type { RecordData } from '../domain/record.js';
import { periodFacts } from '../rules/period.js';
import { periodText } from '../reports/text.js';
import { withoutComments } from './templates.js';

const RECORD_TEMPLATE = 'templates/record.md';

/** What the template is filled with; `periodFacts(d)` counts from the decree once there is one. */
function templateValues(d: RecordData, facts = periodFacts(d)): Record<string, string> {
  return {
    judul: d.judul,
    dasar_hukum: d.dasar_hukum.map((x) => `- ${x}`).join('\n'),
    konsekuensi_dibuka: d.uji_konsekuensi.konsekuensi_dibuka,
    konsekuensi_ditutup: d.uji_konsekuensi.konsekuensi_ditutup,
    jangka_waktu: periodText(d.jangka_waktu, facts, 'id'),
  };
}

export function newRecordBody(d: RecordData): string {
  const values = templateValues(d);
  return readPackageFile(RECORD_TEMPLATE).replace(/\{\{(\w+)\}\}/g, (m, k: string) => values[k] ?? m);
}

export interface BodyParagraph {
  teks: string;
  judul: boolean;
}

interface Part extends BodyParagraph {
  /** A heading's level (1–6); 0 for a paragraph. */
  tingkat: number;
}

/** A record body's Markdown as plain paragraphs: headings kept as their text, list marks as bullets, notes gone. */
function parts(body: string): Part[] {
  return withoutComments(body)
    .split(/\r?\n\s*\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): Part => {
      const h = /^(#{1,6})\s+(.*)$/s.exec(p);
      if (h) return { teks: h[2]!.replace(/\s+/g, ' '), judul: true, tingkat: h[1]!.length };
      return {
        teks: p
          .split(/\r?\n/)
          .map((l) =>
            l
              .replace(/^\s*[-*]\s+/, '• ')
              .replace(/[ \t]{2,}/g, ' ')
              .trim(),
          )
          .join('\n')
          .replace(/\n(?!•)/g, ' '),
        judul: false,
        tingkat: 0,
      };
    });
}

/** Text compared as read: bullets, line breaks and runs of spaces do not make it different. */
const plain = (s: string): string =>
  s
    .replace(/^\s*[•\-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

let templateHeadings: Part[] | undefined;

/**
 * The body as the consequence-test sheet prints it under its own table: paragraphs that say
 * only what a row of the table (`shown`) says go, as do the template's headings left with
 * nothing under them, and the template's title (the sheet has its own). What the officer
 * wrote beyond the template stays. A body that is still the template adds nothing, also
 * after the decree has given its period a date.
 */
export function testAnalysis(body: string, shown: readonly string[], d: RecordData): BodyParagraph[] {
  templateHeadings ??= parts(readPackageFile(RECORD_TEMPLATE)).filter((p) => p.judul);
  // What `ppid add` wrote into the body: its period was worded before the decree ("sejak ditetapkan").
  const written = Object.values(templateValues(d, periodFacts({ jangka_waktu: d.jangka_waktu })));
  const repeated = new Set([...shown, ...written].map(plain).filter(Boolean));
  const title = templateHeadings[0] ? plain(templateHeadings[0].teks) : undefined;
  const isTemplateHeading = (p: Part) => templateHeadings!.some((h) => plain(h.teks) === plain(p.teks));
  const kept: Part[] = [];
  // Back to front, so a heading knows what is kept under it.
  for (const p of parts(body).reverse()) {
    if (!p.judul) {
      if (!repeated.has(plain(p.teks))) kept.unshift(p);
      continue;
    }
    const next = kept[0];
    const empty = !next || (next.judul && next.tingkat <= p.tingkat);
    if (isTemplateHeading(p) && (empty || plain(p.teks) === title)) continue;
    kept.unshift(p);
  }
  return kept.map(({ teks, judul }) => ({ teks, judul }));
}
