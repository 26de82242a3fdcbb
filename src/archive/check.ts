/**
 * Checking a whole archive in one pass: every record against the schema and the legal
 * rules, then what only the archive as a whole can tell (duplicate ids, file names,
 * attachments). Every problem is reported; nothing stops at the first.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { sha256 } from './attachments.js';
import { isSealed } from './seal.js';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { Config } from '../domain/config.js';
import type { RecordData } from '../domain/record.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ParsedRecord } from '../records/parse.js';
import type { YamlSource } from '../records/source.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { checkRecordRules } from '../rules/legal.js';

/** `D`: what of the record was loaded — the full front matter, or the reports' summary. */
export interface CheckedRecord<D = RecordData> {
  parsed: ParsedRecord;
  problems: Diagnostic[];
  /** Present when the record has no errors (warnings allowed). */
  record?: { path: string; data: D; body: string };
  /** Checked and counted, but not loaded: the command did not ask for it. */
  unloaded?: true;
}

/** Schema + rules for one parsed record. `withinArchive` is false for `add --from` input. */
export function checkParsedRecord(parsed: ParsedRecord, config?: Config): Diagnostic[] {
  if (parsed.problems.length > 0 || !parsed.source) return parsed.problems;
  const data = parsed.data as Record<string, unknown>;
  return [...checkAgainstSchema('record', data, parsed.source), ...checkRecordRules(data, parsed.source, config ? { config } : {})];
}

function insideArchive(root: string, rel: string): boolean {
  const abs = resolve(root, rel);
  const r = relative(root, abs);
  return r !== '' && !r.startsWith('..') && !r.startsWith(sep) && !/^[a-zA-Z]:/.test(r);
}

/**
 * Attachments exist, stay inside the archive and still have their recorded hash. `pending`
 * holds files a step is about to write, so a step can be checked before anything is written.
 */
export function checkAttachments(root: string, source: YamlSource, data: RecordData, pending?: ReadonlyMap<string, Buffer>): Diagnostic[] {
  const out: Diagnostic[] = [];
  (data.lampiran ?? []).forEach((l, i) => {
    if (typeof l?.berkas !== 'string') return;
    const path = ['lampiran', i, 'berkas'];
    if (!insideArchive(root, l.berkas)) {
      out.push(source.diagnostic('galat', 'lampiran-di-luar-arsip', { berkas: l.berkas }, path));
      return;
    }
    let buf = pending?.get(l.berkas);
    if (buf === undefined) {
      const abs = join(root, l.berkas);
      if (!existsSync(abs)) {
        out.push(source.diagnostic('galat', 'lampiran-tidak-ada', { berkas: l.berkas }, path));
        return;
      }
      const st = lstatSync(abs);
      if (st.isSymbolicLink() && !realpathSync(abs).startsWith(realpathSync(root) + sep)) {
        out.push(source.diagnostic('galat', 'lampiran-di-luar-arsip', { berkas: l.berkas }, path));
        return;
      }
      if (!st.isFile() && !st.isSymbolicLink()) {
        out.push(source.diagnostic('galat', 'lampiran-bukan-berkas', { berkas: l.berkas }, path));
        return;
      }
      if (l.sha256 === undefined && l.ukuran === undefined && !l.terenkripsi) return;
      buf = readFileSync(abs);
    }
    // An encrypted copy is checked for being one; its plaintext hash is checked by whoever
    // holds a key (`ppid decrypt`), as nobody else can read it.
    if (l.terenkripsi) {
      if (!isSealed(buf)) out.push(source.diagnostic('galat', 'lampiran-tidak-terenkripsi', { berkas: l.berkas }, ['lampiran', i, 'terenkripsi']));
      return;
    }
    // The recorded hash is the proof that the scan was not altered since it was attached.
    if (l.sha256 !== undefined && sha256(buf) !== l.sha256) {
      out.push(source.diagnostic('galat', 'lampiran-berubah', { berkas: l.berkas }, ['lampiran', i, 'sha256']));
    } else if (l.ukuran !== undefined && buf.length !== l.ukuran) {
      out.push(source.diagnostic('galat', 'lampiran-berubah', { berkas: l.berkas }, ['lampiran', i, 'ukuran']));
    }
  });
  return out;
}

/**
 * Everything that can be said about one record on its own: schema, legal rules, its id
 * against its file name (a copied file keeps the old id, and a step must not change the item
 * the id names), and its attachments.
 */
export function checkRecordFile(root: string, parsed: ParsedRecord, config?: Config): Diagnostic[] {
  const problems = checkParsedRecord(parsed, config);
  const data = parsed.data as Partial<RecordData> | undefined;
  if (!data || !parsed.source) return problems;
  if (typeof data.id === 'string' && basename(parsed.file) !== `${data.id}.md`) {
    problems.push(parsed.source.diagnostic('galat', 'id-tidak-cocok-nama-berkas', { id: data.id, harus: `${data.id}.md` }, ['id']));
  }
  problems.push(...checkAttachments(root, parsed.source, data as RecordData));
  return problems;
}
