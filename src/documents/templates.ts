/**
 * The wording and the letterhead of the documents: ppid's own `templates/dokumen/*.yaml`,
 * with the same file in the archive's `templates/dokumen/` taking precedence key by key, so a
 * body changes its letterhead, logo or a paragraph without copying the rest.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { archiveFile } from '../archive/archive-path.js';
import type { Config } from '../domain/config.js';
import { packagePath } from '../package.js';
import { readYamlMap } from '../yaml/yaml-file.js';
import { EXIT, UserError } from '../errors.js';
import type { Letterhead, LetterheadLine } from './model.js';

export const TEMPLATE_DIR = 'templates/dokumen';

export type Template = Record<string, unknown>;

/**
 * Notes to whoever edits a template or a record (`<!-- … -->`) never reach a document; one
 * left open runs to the end, as it would in HTML.
 */
export const withoutComments = (s: string): string => s.replace(/<!--[\s\S]*?(?:-->|$)/g, '');

/** Every text of a template, at any depth, without its notes. */
function stripNotes(v: unknown): unknown {
  if (typeof v === 'string') return withoutComments(v);
  if (Array.isArray(v)) return v.map(stripNotes);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, stripNotes(x)]));
  return v;
}

export function loadTemplate(root: string, name: string): Template {
  const rel = `${TEMPLATE_DIR}/${name}.yaml`;
  const base = readYamlMap(packagePath(rel), rel).data;
  // The archive's own file, read like its records: a link out of the archive is refused.
  const merged = existsSync(join(root, rel)) ? { ...base, ...readYamlMap(join(root, rel), rel).data } : base;
  return stripNotes(merged) as Template;
}

/** The values every template may use: "{badan_publik}", "{BADAN_PUBLIK}", … */
export function commonValues(config: Config): Record<string, string> {
  const b = config.badan_publik;
  return {
    badan_publik: b.nama,
    BADAN_PUBLIK: b.nama.toUpperCase(),
    singkatan: b.singkatan ?? '',
    alamat: b.alamat ?? '',
    situs: b.situs ?? '',
    tempat: b.tempat ?? '',
    sk_penunjukan_ppid: config.ppid?.sk_penunjukan ?? '',
    unit_kerja_ppid: config.ppid?.unit_kerja ?? '',
  };
}

export function fill(text: unknown, values: Record<string, string>): string {
  return String(text ?? '')
    .replace(/\{([A-Za-z_]+)\}/g, (m, k: string) => values[k] ?? m)
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line that is only a value and its punctuation ("{sk_penunjukan_ppid};") goes when the value is empty. */
const ONLY_VALUE = /^\s*\{([A-Za-z_]+)\}\s*[;.,]?\s*$/;

export const lines = (v: unknown, values: Record<string, string>): string[] =>
  (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
    .filter((x) => {
      const m = ONLY_VALUE.exec(String(x ?? ''));
      return !(m && values[m[1]!] === '');
    })
    .map((x) => fill(x, values))
    .filter(Boolean);

export function letterhead(root: string, config: Config, t: Template): Letterhead {
  const values = commonValues(config);
  const baris = (Array.isArray(t.baris) ? t.baris : []).flatMap((b): LetterheadLine[] => {
    const line = typeof b === 'string' ? { teks: b } : (b as LetterheadLine);
    const teks = fill(line.teks, values);
    return teks ? [{ ...line, teks }] : [];
  });
  if (typeof t.logo !== 'string' || !t.logo.trim()) return { baris };
  // The logo is the archive's own image: not out of it, not through a link, not in .git, and
  // a PNG or JPEG by its bytes (a link to .git/config named logo.png is not embedded).
  const at = archiveFile(root, t.logo);
  const data = at && statSync(at).isFile() ? readFileSync(at) : undefined;
  const type = data && imageType(data);
  if (!type) throw new UserError('dok-logo-tidak-ada', { berkas: String(t.logo), templat: `${TEMPLATE_DIR}/kop.yaml` }, EXIT.INVALID);
  const mm = (v: unknown, fallback: number) => (typeof v === 'number' && v > 0 && v < 200 ? v : fallback);
  return {
    baris,
    logo: { data: data!, type, lebarMm: mm(t.logo_lebar_mm, 20), tinggiMm: mm(t.logo_tinggi_mm, 24) },
  };
}

/** PNG or JPEG by the file's first bytes, whatever its name says. */
function imageType(b: Buffer): 'png' | 'jpg' | undefined {
  if (b.length > 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  return undefined;
}
