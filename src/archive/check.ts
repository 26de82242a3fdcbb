/**
 * The checks of one record: the schema, the legal rules and the body of a record read from
 * disk, its attachments, and a record a step is about to write. Every problem is reported;
 * nothing stops at the first. What only the archive as a whole can tell (duplicate ids, items
 * opened before) is in archive-check.ts and cross-checks.ts; the read engine (src/store/) runs
 * these checks over many records, in worker threads.
 */
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs';
import { sha256 } from './attachments.js';
import { isSealed } from './attachment-encryption.js';
import { basename, join, posix, relative, resolve, sep } from 'node:path';
import type { RecordData } from '../domain/record.js';
import { ATTACHMENTS_DIR } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { ParsedRecord } from '../records/parse.js';
import type { YamlSource } from '../yaml/source.js';
import type { RecordMarks } from '../domain/record-summary.js';
import type { ReportKeys } from '../domain/record-summary.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { checkRecordRules, type RuleContext } from '../rules/legal.js';
import { controlIndex, firstControl } from '../rules/text-fields.js';
import { checkAgainstToday } from '../rules/today.js';
import { findings } from '../rules/finding.js';

/** `D`: what of the record was loaded — the full front matter, or the reports' summary. */
export interface CheckedRecord<D = RecordData> {
  parsed: ParsedRecord;
  problems: Diagnostic[];
  /** Present when the record has no errors (warnings allowed). */
  record?: { path: string; data: D; body: string };
  /** Checked and counted, but not loaded: the command did not ask for it. */
  unloaded?: true;
  /** What the checks across records and against today start from (domain/record-summary.ts: RecordMarks). */
  marks?: RecordMarks & { facts?: ReportKeys };
}

/**
 * The problems of one parsed record: what kept it from being read, if anything; else the
 * schema's, the legal rules' and the body's. Attachments are checked apart (checkRecordFile),
 * as they need the archive's files.
 */
export function checkParsedRecord(parsed: ParsedRecord, ctx: RuleContext = {}): Diagnostic[] {
  if (parsed.problems.length > 0 || !parsed.source) return parsed.problems;
  const data = parsed.data as Record<string, unknown>;
  return [...checkAgainstSchema('record', data, parsed.source), ...checkRecordRules(data, parsed.source, ctx), ...checkBody(parsed)];
}

/**
 * A record about to be written by a step: schema, legal rules, and its dates against the
 * step's date (an event that has not happened cannot be recorded).
 */
export function checkRecordToWrite(data: Record<string, unknown>, src: YamlSource, ctx: RuleContext, today: string): Diagnostic[] {
  const out = [...checkAgainstSchema('record', data, src), ...checkRecordRules(data, src, ctx)];
  checkAgainstToday(data, today, findings(src, out));
  return out;
}

/** The body is text too: a control character in it is reported at its line. */
function checkBody(parsed: ParsedRecord): Diagnostic[] {
  const at = controlIndex(parsed.body);
  if (at < 0 || !parsed.source) return [];
  const text = parsed.source.fileText;
  const offset = text.length - parsed.body.length + at;
  const line = text.slice(0, Math.max(0, offset)).split('\n').length;
  return [
    {
      severity: 'galat',
      code: 'teks-karakter-kendali',
      params: { kode: firstControl(parsed.body)! },
      file: parsed.file,
      line,
      field: '(isi)',
      ...(parsed.source.line(line) !== undefined ? { sourceLine: parsed.source.line(line)! } : {}),
    },
  ];
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
      // An item is documented by its own files only: each is kept under lampiran/ID/.
      const folder = `${ATTACHMENTS_DIR}/${String(data.id)}/`;
      if (typeof data.id === 'string' && !posix.normalize(l.berkas).startsWith(folder)) {
        out.push(source.diagnostic('galat', 'lampiran-bukan-miliknya', { berkas: l.berkas, folder }, path));
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
export function checkRecordFile(root: string, parsed: ParsedRecord, ctx: RuleContext = {}): Diagnostic[] {
  const problems = checkParsedRecord(parsed, ctx);
  const data = parsed.data as Partial<RecordData> | undefined;
  if (!data || !parsed.source) return problems;
  if (typeof data.id === 'string' && basename(parsed.file) !== `${data.id}.md`) {
    problems.push(parsed.source.diagnostic('galat', 'id-tidak-cocok-nama-berkas', { id: data.id, harus: `${data.id}.md` }, ['id']));
  }
  problems.push(...checkAttachments(root, parsed.source, data as RecordData));
  return problems;
}
