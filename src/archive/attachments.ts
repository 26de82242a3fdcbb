/**
 * Attached files (SOP step 5): kept under lampiran/<ID>/, each recorded with its SHA-256,
 * size and, for PDFs, page count, so that `ppid validate` can tell when one was altered.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ATTACHMENTS_DIR } from '../domain/config.js';

export interface FileFacts {
  sha256: string;
  ukuran: number;
  halaman?: number;
}

export function sha256(buf: Buffer): string {
  return createHash('sha256').update(buf).digest('hex');
}

export function isPdf(buf: Buffer): boolean {
  // A PDF starts with %PDF- (some writers put a few bytes of junk first, within 1 KiB).
  return buf.subarray(0, 1024).includes('%PDF-');
}

/** Pages of a PDF: its /Type /Page objects (not the /Pages tree nodes). */
export function pdfPageCount(buf: Buffer): number | undefined {
  const text = buf.toString('latin1');
  const n = (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
  if (n > 0) return n;
  // Compressed object streams hide the page objects; the page tree root still says /Count.
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length ? Math.max(...counts) : undefined;
}

export function fileFacts(buf: Buffer, name: string): FileFacts {
  const pages = extname(name).toLowerCase() === '.pdf' ? pdfPageCount(buf) : undefined;
  return { sha256: sha256(buf), ukuran: buf.length, ...(pages !== undefined ? { halaman: pages } : {}) };
}

/** A file name that is safe on every system: letters, digits, dot, dash and underscore. */
export function safeFileName(name: string): string {
  const ext = extname(name)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '');
  const stem =
    basename(name, extname(name))
      .normalize('NFKD')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^[-.]+|[-.]+$/g, '')
      .slice(0, 80) || 'lampiran';
  return `${stem}${ext}`;
}

/** Where a new attachment goes; an existing file with other content keeps its name. */
export function attachmentPath(root: string, id: string, name: string, buf: Buffer): string {
  const safe = safeFileName(name);
  const ext = extname(safe);
  const stem = safe.slice(0, safe.length - ext.length);
  for (let i = 1; ; i++) {
    const rel = `${ATTACHMENTS_DIR}/${id}/${i === 1 ? safe : `${stem}-${i}${ext}`}`;
    const abs = join(root, rel);
    if (!existsSync(abs) || sha256(readFileSync(abs)) === sha256(buf)) return rel;
  }
}
