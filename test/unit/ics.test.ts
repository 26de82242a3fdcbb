/**
 * The iCalendar writer, for every text fast-check can think of: folded lines stay within 75
 * octets and decode as UTF-8 on their own, and a real parser (ical.js) reads back exactly the
 * text that was written, whatever backslashes, commas, semicolons, line ends and scripts it holds.
 */
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, icsText, uidSlug } from '../../src/export/ics.js';

const RUNS = Number(process.env.PPID_FC_RUNS ?? 300);
const decoder = new TextDecoder('utf-8', { fatal: true });

/** Text a record may hold: no control characters but the line end. */
const recordText = fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => s.replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, ''));

describe('foldLine', () => {
  it('keeps every physical line within 75 octets, whole characters only, and unfolds to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (line) => {
        const physical = foldLine(line).split('\r\n');
        for (const [i, p] of physical.entries()) {
          const bytes = Buffer.from(p, 'utf8');
          expect(bytes.length).toBeLessThanOrEqual(75);
          expect(decoder.decode(bytes)).toBe(p);
          if (i > 0) expect(p.startsWith(' ')).toBe(true);
        }
        expect(physical.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
      }),
      { numRuns: RUNS, seed: 2026 },
    );
  });

  it('fills a line to exactly 75 octets before folding, and never cuts inside a 4-byte character', () => {
    const line = 'x'.repeat(73) + '😀' + 'y';
    expect(foldLine(line)).toBe('x'.repeat(73) + '\r\n 😀y');
    expect(foldLine('a'.repeat(75))).toBe('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).toBe('a'.repeat(75) + '\r\n a');
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line ends as RFC 5545 §3.3.11 says', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('round-trips any record text through ical.js', () => {
    fc.assert(
      fc.property(recordText, recordText, (summary, description) => {
        const text = icsText({
          prodId: '-//ppid//test//ID',
          name: summary,
          stamp: '2026-11-02',
          language: 'id',
          events: [{ uid: 'X-1@uji', date: '2026-12-31', summary, description, alarms: [{ trigger: 'PT7H', description: summary }] }],
        });
        const cal = new ICAL.Component(ICAL.parse(text));
        const e = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
        const norm = (s: string) => s.replace(/\r\n?/g, '\n');
        expect(e.summary ?? '').toBe(norm(summary));
        expect(e.description ?? '').toBe(norm(description));
        expect(e.endDate.toString()).toBe('2027-01-01');
        // X-WR-CALNAME is TEXT by RFC 5545 §3.8.8.2 (an X-property's default), escaped as such;
        // ical.js leaves properties it does not know as written, so it is not compared here.
      }),
      { numRuns: RUNS, seed: 2026 },
    );
  });
});

describe('uidSlug', () => {
  it('makes an ASCII name, and one even from a name with none', () => {
    expect(uidSlug('Pemerintah Kabupaten Tanjung Rawa')).toBe('pemerintah-kabupaten-tanjung-rawa');
    expect(uidSlug('Dinas Pendidikan & Kebudayaan — Kota Bàubau')).toBe('dinas-pendidikan-kebudayaan-kota-baubau');
    expect(uidSlug('ꦥꦼꦩꦼꦫꦶꦤ꧀ꦠꦃ')).toBe('ppid');
  });
});
