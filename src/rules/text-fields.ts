/**
 * Text fields hold text (docs/domain.md §6): no control characters. A NUL makes git treat the
 * record as binary (no diff in the trail), an escape sequence can rewrite an officer's terminal
 * when the record is shown, and bidirectional overrides can make a title read other than it is.
 * Tabs and line ends are text.
 */
import type { Findings } from './finding.js';

// C0 controls but tab and line ends, DEL, C1 controls, and the bidirectional embeddings,
// overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** "U+001B" for the first control character in `s`, or undefined. */
export function firstControl(s: string): string | undefined {
  const m = CONTROL.exec(s);
  return m ? `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/** Where in `s` the first control character is (-1: none). */
export function controlIndex(s: string): number {
  const m = CONTROL.exec(s);
  return m ? m.index : -1;
}

/**
 * Every string in the front matter, each reported at its own place. A YAML alias can make the
 * data refer to itself (`x: &a [*a]`): what was visited is not walked again.
 */
export function checkTextFields(data: unknown, f: Findings, path: Array<string | number> = [], seen = new WeakSet<object>()): void {
  if (typeof data === 'string') {
    const kode = firstControl(data);
    if (kode) f.err('teks-karakter-kendali', { kode }, path);
    return;
  }
  if (data === null || typeof data !== 'object' || seen.has(data)) return;
  seen.add(data);
  if (Array.isArray(data)) data.forEach((v, i) => checkTextFields(v, f, [...path, i], seen));
  else for (const [k, v] of Object.entries(data)) checkTextFields(v, f, [...path, k], seen);
}
