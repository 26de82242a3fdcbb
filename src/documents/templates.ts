/**
 * The wording and the letterhead of the documents: ppid's own `templates/dokumen/*.yaml`,
 * with the same file in the archive's `templates/dokumen/` taking precedence key by key, so a
 * body changes its letterhead, logo or a paragraph without copying the rest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { extname, isAbsolute, join, relative, resolve } from 'node:path';
import type { Config } from '../domain/config.js';
import { packagePath } from '../archive/package-files.js';
import { readFromFile } from '../commands/add-input.js';
import { EXIT, UserError } from '../errors.js';
import type { Letterhead, LetterheadLine } from './model.js';

export const TEMPLATE_DIR = 'templates/dokumen';

export type Template = Record<string, unknown>;

export function loadTemplate(root: string, name: string): Template {
  const base = readFromFile(packagePath('.'), join(TEMPLATE_DIR, `${name}.yaml`)).data as Template;
  const own = join(root, TEMPLATE_DIR, `${name}.yaml`);
  if (!existsSync(own)) return base;
  const mine = readFromFile(root, join(TEMPLATE_DIR, `${name}.yaml`)).data as Template | null;
  return { ...base, ...(mine ?? {}) };
}

/** The values every template may use: "{badan_publik}", "{BADAN_PUBLIK}", … */
export function commonValues(config: Config): Record<string, string> {
  const b = config.badan_publik;
  return {
    badan_publik: b.nama, BADAN_PUBLIK: b.nama.toUpperCase(), singkatan: b.singkatan ?? '', alamat: b.alamat ?? '', situs: b.situs ?? '', tempat: b.tempat ?? '',
  };
}

export function fill(text: unknown, values: Record<string, string>): string {
  return String(text ?? '').replace(/\{([A-Za-z_]+)\}/g, (m, k: string) => values[k] ?? m).replace(/\s+/g, ' ').trim();
}

export const lines = (v: unknown, values: Record<string, string>): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map((x) => fill(x, values)).filter(Boolean);

export function letterhead(root: string, config: Config, t: Template): Letterhead {
  const values = commonValues(config);
  const baris = (Array.isArray(t.baris) ? t.baris : []).flatMap((b): LetterheadLine[] => {
    const line = typeof b === 'string' ? { teks: b } : (b as LetterheadLine);
    const teks = fill(line.teks, values);
    return teks ? [{ ...line, teks }] : [];
  });
  if (typeof t.logo !== 'string' || !t.logo.trim()) return { baris };
  // The logo is the archive's own file: a path that leaves the archive is refused.
  const abs = resolve(root, t.logo);
  const rel = relative(root, abs);
  const ext = extname(abs).toLowerCase();
  if (rel.startsWith('..') || isAbsolute(rel) || !existsSync(abs) || !['.png', '.jpg', '.jpeg'].includes(ext)) {
    throw new UserError('dok-logo-tidak-ada', { berkas: String(t.logo), templat: join(TEMPLATE_DIR, 'kop.yaml') }, EXIT.INVALID);
  }
  return {
    baris,
    logo: { data: readFileSync(abs), type: ext === '.png' ? 'png' : 'jpg', lebarMm: Number(t.logo_lebar_mm ?? 20), tinggiMm: Number(t.logo_tinggi_mm ?? 24) },
  };
}
