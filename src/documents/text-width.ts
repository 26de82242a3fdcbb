/**
 * How wide a short text is in Arial, the documents' font, from the font's advance widths
 * (units per 1000 em, as its metrics publish them): enough to size a column so that a word
 * such as "KESEPULUH" is never broken across lines.
 */
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const REGULAR_UPPER = [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611];
const REGULAR_LOWER = [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500];
const BOLD_UPPER = [722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611];
const BOLD_LOWER = [556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500];
const OTHER: Record<string, number> = { ' ': 278, '.': 278, ',': 278, '-': 333, ':': 333, '(': 333, ')': 333, '/': 278 };
/** A character not listed counts as wide as the widest letter: a column too wide is harmless. */
const UNKNOWN = 944;

function advance(ch: string, bold: boolean): number {
  const u = UPPER.indexOf(ch);
  if (u >= 0) return (bold ? BOLD_UPPER : REGULAR_UPPER)[u]!;
  const l = LOWER.indexOf(ch);
  if (l >= 0) return (bold ? BOLD_LOWER : REGULAR_LOWER)[l]!;
  if (ch >= '0' && ch <= '9') return 556;
  return OTHER[ch] ?? UNKNOWN;
}

/** The width in twips of `text` at `halfPoints` (Word's unit of font size). */
export function textWidth(text: string, halfPoints: number, bold = false): number {
  const units = [...text].reduce((sum, ch) => sum + advance(ch, bold), 0);
  // units/1000 of an em; an em is the font size in points; a point is 20 twips.
  return Math.ceil((units / 1000) * (halfPoints / 2) * 20);
}
