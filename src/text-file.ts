/**
 * Reading a text file the archive depends on, refusing what would be silently mangled: not a
 * regular file, too large to be a record, or not UTF-8 (a legacy Windows-1252 export would
 * otherwise turn into replacement characters and be saved back that way).
 */
import { lstatSync, readFileSync, type Stats } from 'node:fs';
import type { Diagnostic } from './diagnostics.js';
import type { DiagnosticCode } from './i18n/diagnostic-messages.js';

/** Far above any real record (the consequence-test text included), far below a memory problem. */
export const MAX_TEXT_BYTES = 2 * 1024 * 1024;

/** Offset of the first byte that is not valid UTF-8, or -1. */
export function firstInvalidUtf8(buf: Buffer): number {
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    let n: number;
    let min: number;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (b >= 0xc2 && b <= 0xdf) {
      n = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      n = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 3;
      min = 0x10000;
    } else return i;
    let cp = b & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += n + 1;
  }
  return -1;
}

export type TextRead = { ok: true; text: string } | { ok: false; problem: Diagnostic };

/** Why a file cannot be read as an input the archive depends on, or undefined if it can. */
/**
 * `known` is the file's lstat when the caller has just made it (one system call per record),
 * or just its size when the caller knows it to be a regular file.
 */
export function unreadableFile(abs: string, file: string, maxBytes: number, known?: Stats | { size: number }): Diagnostic | undefined {
  const fail = (code: DiagnosticCode, params: Record<string, string | number> = {}): Diagnostic => ({ severity: 'galat', code, params, file });
  const st =
    known === undefined
      ? lstatSync(abs, { throwIfNoEntry: false })
      : 'isFile' in known
        ? known
        : { size: known.size, isSymbolicLink: () => false, isFile: () => true };
  if (!st) return fail('berkas-hilang');
  if (st.isSymbolicLink()) return fail('berkas-symlink');
  if (!st.isFile()) return fail('bukan-berkas');
  if (st.size > maxBytes) return tooLarge(file, st.size, maxBytes);
  return undefined;
}

/** A text file over the size ppid reads: said the same way when it is read and when a step would write it. */
export function tooLarge(file: string, size: number, maxBytes = MAX_TEXT_BYTES): Diagnostic {
  return {
    severity: 'galat',
    code: 'berkas-terlalu-besar',
    params: { ukuran: Math.round((size / 1024 / 1024) * 10) / 10, batas: Math.round(maxBytes / 1024 / 1024) },
    file,
  };
}

export function readTextFile(abs: string, file: string, maxBytes = MAX_TEXT_BYTES, known?: Stats | { size: number }): TextRead {
  const problem = unreadableFile(abs, file, maxBytes, known);
  if (problem) return { ok: false, problem };
  // Decoded in one native call; only a text holding a replacement character (written so, or
  // made from bytes that are not UTF-8) is read again as bytes, which then decide.
  const text = readFileSync(abs, 'utf8');
  if (!text.includes('\uFFFD')) return { ok: true, text };
  const buf = readFileSync(abs);
  const bad = firstInvalidUtf8(buf);
  if (bad >= 0) {
    let line = 1;
    for (let i = 0; i < bad; i++) if (buf[i] === 10) line++;
    return {
      ok: false,
      problem: { severity: 'galat', code: 'bukan-utf8', params: { bita: `0x${buf[bad]!.toString(16).padStart(2, '0')}` }, file, line, col: 1 },
    };
  }
  return { ok: true, text: buf.toString('utf8') };
}
