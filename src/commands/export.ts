/**
 * `ppid export --out register.xlsx` — the register for office work: every field an officer
 * may see (internal ones included), as an Excel workbook (with the DIK as published beside it,
 * ready to print) or CSV. Reads the archive only.
 */
import { extname, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { register } from '../reports/register.js';
import { registerCsv, registerXlsx } from '../export/register-sheet.js';
import { buildDik } from '../publish/dik.js';
import { ui } from '../i18n/ui-messages.js';
import { unitFilter, unitsOf } from './filters.js';
import { EXIT, UserError } from '../errors.js';
import {
  checkOutputPath,
  csvDialect,
  refuseGitDirOutput,
  json,
  statusOption,
  loadRecords,
  openArchive,
  requireExtension,
  resolveToday,
  warnLeftOut,
  writeOutputFile,
  type CommonOptions,
} from './context.js';

export interface ExportOptions extends CommonOptions {
  out: string;
  format?: string;
  status?: string[];
  unit?: string[];
  force?: boolean;
}

const FORMATS = ['xlsx', 'csv'] as const;

export async function run(io: Io, opts: ExportOptions): Promise<number> {
  refuseGitDirOutput(resolve(io.cwd, opts.out), opts.out);
  requireExtension(opts.out, FORMATS);
  const format = opts.format ?? extname(opts.out).slice(1).toLowerCase();
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UserError('opsi-tidak-dikenal', { opsi: '--format', nilai: format || opts.out, pilihan: FORMATS.join(', ') }, EXIT.USAGE);
  if (opts.csvKoma && format !== 'csv') throw new UserError('export.koma-bukan-csv', { berkas: opts.out }, EXIT.USAGE);
  const statuses = statusOption(opts.status);
  const today = resolveToday(opts, io.env);
  const a = await openArchive(io, opts);
  // Said once the archive is found, before its records are read: a refusal costs no wait.
  checkOutputPath(resolve(io.cwd, opts.out), opts.out, Boolean(opts.force));
  const loaded = await loadRecords(io, a);
  const leftOut = warnLeftOut(io, loaded);
  const selected = register(loaded.records, { status: statuses, unit: unitFilter(opts.unit, a.config, unitsOf(loaded.records)) }, today).map((r) => r.record);
  const rows = selected.map((r) => r.data);
  const out = resolve(io.cwd, opts.out);
  const content =
    format === 'xlsx'
      ? await registerXlsx(rows, buildDik(selected, today).items, { badanPublik: a.config.badan_publik.nama, tanggal: today })
      : registerCsv(rows, csvDialect(opts));
  writeOutputFile(out, opts.out, content, { force: Boolean(opts.force) });
  if (opts.json) io.stdout(json({ berkas: out, format, butir: rows.length }));
  else io.stderr(io.colorErr.green(ui('export.ditulis', { n: rows.length, berkas: opts.out })) + '\n');
  return leftOut;
}
