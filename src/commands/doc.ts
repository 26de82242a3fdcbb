/**
 * `ppid doc KIND [ID…] --out FILE.docx` — the official documents drafted from the archive,
 * as Word files to edit and sign or as a printable page (`--format html`). Reads only.
 */
import { extname, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import type { ArchiveRecord } from '../domain/record.js';
import { expiryWindow, type Config } from '../domain/config.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { expiryReport } from '../reports/expiring.js';
import { register } from '../reports/register.js';
import { batasKeputusanOf } from '../rules/opening-window.js';
import { DOC_KIND_NAMES, DOC_KINDS, docKind, type DocKind } from '../documents/kinds.js';
import { letterhead, loadTemplate } from '../documents/templates.js';
import type { Doc } from '../documents/model.js';
import { consequenceTestDoc } from '../documents/consequence-test.js';
import { classificationDoc, openingDoc } from '../documents/decree.js';
import { expiringListDoc } from '../documents/expiring-list.js';
import { considerationDoc } from '../documents/consideration.js';
import { renderHtml } from '../documents/render-html.js';
import { packageVersion } from '../package.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import {
  findRecord,
  json,
  loadRecords,
  openArchive,
  requireCurrentFormat,
  resolveToday,
  warnLeftOut,
  writeOutputFile,
  type CommonOptions,
  type LoadedRecords,
  checkOutputPath,
  refuseGitDirOutput,
  requireExtension,
} from './context.js';

export interface DocOptions extends CommonOptions {
  out?: string;
  format?: string;
  nomor?: string;
  force?: boolean;
}

const FORMATS = ['docx', 'html'] as const;

function formatOf(opts: DocOptions): 'docx' | 'html' {
  if (opts.out) requireExtension(opts.out, FORMATS);
  const ext = opts.out ? extname(opts.out).slice(1).toLowerCase().replace(/^htm$/, 'html') : '';
  const f = opts.format ?? (ext || 'docx');
  if (!(FORMATS as readonly string[]).includes(f))
    throw new UserError('opsi-tidak-dikenal', { opsi: '--format', nilai: f, pilihan: FORMATS.join(', ') }, EXIT.USAGE);
  if (opts.format && ext && ext !== opts.format) throw new UserError('dok-format-bentrok', { format: opts.format, berkas: opts.out! }, EXIT.USAGE);
  return f as 'docx' | 'html';
}

/** The items a document covers: those named, or the ones its step is about today. */
async function itemsFor(
  kind: DocKind,
  ids: string[],
  opts: DocOptions,
  loaded: LoadedRecords,
  config: Config,
  today: string,
  root: string,
): Promise<ArchiveRecord[]> {
  if (ids.length) return ids.map((id) => findRecord(loaded, id));
  if (kind === 'penetapan' && opts.nomor) {
    const under = loaded.records.filter((r) => r.data.penetapan?.nomor === opts.nomor);
    if (!under.length) throw new UserError('dok-nomor-tidak-ada', { nomor: opts.nomor }, EXIT.INVALID);
    return register(under).map((r) => r.record);
  }
  switch (DOC_KINDS[kind].bawaan) {
    case 'jatuh-tempo': {
      const { calendar } = await loadCalendar(root, config);
      // Items in force whose period ends or ended: a proposal never determined has nothing to open.
      return expiryReport(loaded.records, calendar, today, expiryWindow(config), batasKeputusanOf(config))
        .rows.filter((r) => r.keadaan === 'lewat' || r.keadaan === 'akan-berakhir')
        .map((r) => r.record);
    }
    case 'menunggu-pertimbangan':
      return register(loaded.records.filter((r) => r.data.status === 'diklarifikasi')).map((r) => r.record);
    default:
      throw new UserError('dok-perlu-id', { jenis: kind }, EXIT.USAGE);
  }
}

export async function run(io: Io, kindName: string, ids: string[], opts: DocOptions): Promise<number> {
  const kind = docKind(kindName);
  if (!kind) throw new UserError('opsi-tidak-dikenal', { opsi: ui('dok.jenis'), nilai: kindName, pilihan: DOC_KIND_NAMES.join(', ') }, EXIT.USAGE);
  if (opts.out) refuseGitDirOutput(resolve(io.cwd, opts.out), opts.out);
  const format = formatOf(opts);
  if (format === 'docx' && !opts.out) throw new UserError('dok-perlu-out', {}, EXIT.USAGE);
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  // Said once the archive is found, before its records are read: a refusal costs no wait.
  if (opts.out) checkOutputPath(resolve(io.cwd, opts.out), opts.out, Boolean(opts.force));
  requireCurrentFormat(a.config);
  const loaded = await loadRecords(io, a);
  const leftOut = warnLeftOut(io, loaded);
  const kop = loadTemplate(a.root, 'kop');
  const t = loadTemplate(a.root, kind);
  let doc: Doc;
  if (kind === 'akan-berakhir') {
    if (ids.length) throw new UserError('dok-tanpa-id', { jenis: kind }, EXIT.USAGE);
    const { calendar } = await loadCalendar(a.root, a.config);
    doc = expiringListDoc(expiryReport(loaded.records, calendar, today, expiryWindow(a.config), batasKeputusanOf(a.config)), a.config, t, kop);
  } else {
    const items = await itemsFor(kind, ids, opts, loaded, a.config, today, a.root);
    if (!items.length) throw new UserError('dok-tanpa-butir', { jenis: kind }, EXIT.INVALID);
    doc =
      kind === 'uji-konsekuensi'
        ? consequenceTestDoc(items, a.config, t, kop)
        : kind === 'penetapan'
          ? classificationDoc(items, a.config, t, kop)
          : kind === 'pembukaan'
            ? openingDoc(items, a.config, t, kop, opts.nomor, today, (await loadCalendar(a.root, a.config)).calendar)
            : considerationDoc(items, a.config, t, kop);
  }
  const head = letterhead(a.root, a.config, kop);
  const content =
    format === 'docx' ? await (await import('../documents/render-docx.js')).renderDocx(doc, head, `ppid ${packageVersion()}`) : renderHtml(doc, head);
  if (!opts.out) {
    io.stdout(content as string);
    return leftOut;
  }
  writeOutputFile(resolve(io.cwd, opts.out), opts.out, content, { force: Boolean(opts.force) });
  if (opts.json) io.stdout(json({ jenis: kind, format, berkas: resolve(io.cwd, opts.out), judul: doc.judul, konsep: Boolean(doc.konsep) }));
  else
    io.stderr(io.colorErr.green(ui('dok.ditulis', { judul: doc.judul, berkas: opts.out })) + (doc.konsep ? io.colorErr.yellow(` (${doc.konsep})`) : '') + '\n');
  return leftOut;
}
