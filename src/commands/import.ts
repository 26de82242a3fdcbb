/**
 * `ppid import FILE.csv`: brings an existing DIK table into the archive as proposed items
 * (SOP step 1), one commit for the batch. `--dry-run` shows row by row what would be created
 * and every problem; a batch with errors writes nothing. Rows already in the archive (same
 * information and unit) are skipped, so importing the same file twice creates nothing new.
 */
import { basename, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { applyChange } from '../archive/change.js';
import { isItemIdShape, nextId } from '../archive/ids.js';
import { RECORDS_DIR } from '../domain/config.js';
import type { RecordData } from '../domain/record.js';
import { YamlSource } from '../yaml/source.js';
import { orderRecord, serializeFrontMatter, serializeRecord } from '../records/serialize.js';
import { newRecordBody } from '../documents/record-body.js';
import { checkRecordToWrite } from '../archive/check.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { isIsoDate, yearOf } from '../rules/dates.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { beginStep, stepTrailers } from '../workflow/step-begin.js';
import { currentActor } from '../workflow/actor.js';
import { detectLayout, layoutFromMap, IMPORT_FIELDS, type ImportField, type Layout } from '../import/layouts.js';
import { draftRegisterRows, draftRows, type DraftRow } from '../import/rows.js';
import { readSheet } from '../import/sheet.js';
import { json, loadSummaries, openArchive, resolveToday, type CommonOptions } from './context.js';
import { readFromFile } from './add-input.js';
import { decreeFromFlags, type InForceFlags, inForceDecree } from './record-flags.js';

export interface ImportOptions extends CommonOptions, InForceFlags {
  sheet?: string;
  map?: string;
  unit?: string;
  tanggalUji?: string;
  dryRun?: boolean;
}

const key = (judul: string, unit: string) => `${judul.trim().toLowerCase().replace(/\s+/g, ' ')}\u0000${unit.trim().toLowerCase()}`;

function mapLayout(io: Io, file: string, rows: string[][]): Layout {
  // Read as strictly as `add --from` reads its file: one YAML dialect, located errors.
  const m = readFromFile(io.cwd, file).data as { kolom?: Record<string, string>; baris_judul?: number };
  const kolom = Object.fromEntries(Object.entries(m?.kolom ?? {}).filter(([k]) => (IMPORT_FIELDS as readonly string[]).includes(k))) as Partial<Record<ImportField, string>>;
  const l = layoutFromMap(rows, kolom, m?.baris_judul);
  if ('missing' in l) throw new UserError('impor-peta-tidak-cocok', { kolom: l.missing.join(', ') }, EXIT.INVALID);
  return l;
}

interface Planned {
  draft: DraftRow;
  id?: string;
  record?: Record<string, unknown>;
  skipped?: boolean;
}

export async function run(io: Io, file: string, opts: ImportOptions): Promise<number> {
  const today = resolveToday(opts, io.env);
  if (opts.tanggalUji !== undefined && !isIsoDate(opts.tanggalUji)) throw new UserError('tanggal-hari-ini-salah', { nilai: opts.tanggalUji }, EXIT.USAGE);
  const a = await openArchive(io, opts);
  const sheet = await readSheet(resolve(io.cwd, file), file, opts.sheet);
  const layout = opts.map ? mapLayout(io, opts.map, sheet.rows) : detectLayout(sheet.rows);
  if (!layout) throw new UserError('impor-tata-letak', { berkas: sheet.name }, EXIT.INVALID);
  // An already-decreed DIK comes in as in force, under the decree the officer names.
  const penetapan = decreeFromFlags(inForceDecree(opts), a.config);
  const unit = opts.unit ? (a.config.unit.find((u) => u.kode === opts.unit || u.nama === opts.unit)?.nama ?? opts.unit) : undefined;
  const drafts = layout.name === 'register' ? draftRegisterRows(sheet.rows, layout) : draftRows(sheet.rows, layout, a.config, today, unit);

  // A PPID Pembantu's items are numbered in its unit's series (see src/archive/ids.ts).
  const actor = await currentActor(a.root, a.config).catch(() => undefined);
  // Read as every report reads (the cache, the checks): the items already there, by title and unit.
  const loaded = await loadSummaries(io, a);
  const known = new Set(loaded.records.map((r) => key(r.data.judul, r.data.unit)));
  // A record's file name is its id, a broken record's too: a register's id never lands on one.
  const ids = new Set(loaded.checked.map((c) => basename(c.parsed.file, '.md')));
  const tanggalUji = opts.tanggalUji ?? today;
  const problems: Diagnostic[] = [];
  const where = (row: number, column?: string) => ({ file: sheet.name, line: row, ...(column ? { field: `${ui('kolom')} ${column}` } : {}) });
  // The law requires a consequence test (UU 14/2008 Pasal 19); ppid never writes one for the officer.
  const untested = layout.columns.dibuka === undefined || layout.columns.ditutup === undefined;
  if (untested) problems.push({ severity: 'galat', code: 'impor-tanpa-uji-konsekuensi', params: {}, file: sheet.name });
  let testDateFilled = false;
  /** The fields a row gives, as a record without id, status or registration date. */
  const fieldsOf = (draft: DraftRow): Record<string, unknown> | undefined => {
    if (draft.fields) return draft.fields;
    const d = draft.data;
    if (!d) return undefined;
    return {
      judul: d.judul, unit: d.unit, pasal17: d.pasal17, dasar_hukum: d.dasar_hukum,
      uji_konsekuensi: { konsekuensi_dibuka: d.konsekuensi_dibuka, konsekuensi_ditutup: d.konsekuensi_ditutup },
      jangka_waktu: d.jangka_waktu, ...(d.catatan ? { catatan: d.catatan } : {}),
    };
  };
  const rules = { config: a.config, calendar: (await loadCalendar(a.root, a.config)).calendar };
  const planned: Planned[] = drafts.flatMap((draft): Planned[] => {
    for (const p of draft.problems) problems.push({ severity: p.severity, code: p.code, params: p.params, ...where(p.row, p.column) });
    const f = fieldsOf(draft);
    // A heading row (a unit ppid does not know) is said above, but is not an item.
    if (!f && !draft.problems.some((p) => p.severity === 'galat')) return [];
    if (!f || untested || draft.problems.some((p) => p.severity === 'galat')) return [{ draft }];
    const judul = String(f.judul ?? '');
    const unitName = String(f.unit ?? '');
    if (known.has(key(judul, unitName))) return [{ draft, skipped: true }];
    known.add(key(judul, unitName));
    // A register keeps its ids where they are free; a clash with another item gets a new one.
    const own = typeof f.id === 'string' && isItemIdShape(f.id) && !ids.has(f.id) ? f.id : undefined;
    if (typeof f.id === 'string' && !own) problems.push({ severity: 'peringatan', code: 'impor-id-diganti', params: { id: f.id }, ...where(draft.row) });
    const id = own ?? nextId(a.config, yearOf(today), ids, actor?.pejabat?.unit);
    ids.add(id);
    const decree = (f.penetapan as Record<string, unknown> | undefined) ?? penetapan;
    const status = decree ? 'ditetapkan' : 'diusulkan';
    if (draft.statusSemula && draft.statusSemula !== status) {
      problems.push({ severity: 'peringatan', code: 'impor-status-diubah', params: { dari: draft.statusSemula, ke: status }, ...where(draft.row) });
    }
    const uji = { ...(f.uji_konsekuensi as Record<string, unknown> | undefined) };
    if (uji.tanggal === undefined) {
      uji.tanggal = tanggalUji;
      testDateFilled = true;
    }
    const record = orderRecord({
      cakupan: 'seluruh', ...f, id, status, uji_konsekuensi: uji, ...(decree ? { penetapan: decree } : {}), didaftarkan: today,
    } as Record<string, unknown>);
    // The record as it would be written must pass the schema and the legal rules, row located.
    const src = new YamlSource(`${RECORDS_DIR}/${id}.md`, '', serializeFrontMatter(record));
    let invalid = false;
    for (const p of checkRecordToWrite(record, src, rules, today)) {
      // Sheet rows have said an unknown unit at its cell already; a register row has not.
      if (p.code === 'unit-tidak-dikenal' && !draft.fields) continue;
      if (p.severity === 'galat') invalid = true;
      // The record is not written yet: its row in the sheet is the place, not a line of YAML.
      const { sourceLine: _line, col: _col, ...rest } = p;
      problems.push({ ...rest, file: sheet.name, line: draft.row });
    }
    return [invalid ? { draft } : { draft, id, record }];
  });
  if (opts.tanggalUji === undefined && testDateFilled && planned.some((p) => p.record)) {
    problems.push({ severity: 'peringatan', code: 'impor-tanggal-uji-diisi', params: { tanggal: today }, file: sheet.name });
  }
  sortDiagnostics(problems);
  const errors = problems.filter((p) => p.severity === 'galat');
  const created = planned.filter((p) => p.record);
  const skipped = planned.filter((p) => p.skipped);

  if (opts.json) {
    io.stdout(json({
      berkas: sheet.name, tata_letak: layout.name, uji_coba: Boolean(opts.dryRun), ditulis: !opts.dryRun && errors.length === 0 && created.length > 0,
      baris: planned.map((p) => ({ baris: p.draft.row, judul: (p.draft.data?.judul ?? p.draft.fields?.judul ?? null), id: p.id ?? null, hasil: p.record ? 'baru' : p.skipped ? 'sudah-ada' : 'galat' })),
      masalah: problems.map((p) => ({ berkas: p.file, baris: p.line ?? null, kolom: p.field ?? null, tingkat: p.severity, kode: p.code })),
    }));
  } else {
    io.stdout(ui('impor.tata-letak', { berkas: sheet.name, tata: layout.name }) + '\n');
    for (const p of planned) {
      const what = p.record ? ui('impor.baru', { id: p.id!, judul: String(p.record!.judul), unit: String(p.record!.unit ?? '') })
        : p.skipped ? ui('impor.sudah-ada', { judul: String(fieldsOf(p.draft)?.judul ?? '') }) : ui('impor.baris-galat');
      io.stdout(`  ${ui('impor.baris', { n: p.draft.row })}: ${what}\n`);
    }
    for (const d of problems) io.stderr(formatDiagnostic(d, io.colorErr));
    io.stderr(ui('impor.ringkas', { baru: created.length, ada: skipped.length, galat: errors.length }) + '\n');
  }
  if (errors.length > 0) {
    if (!opts.dryRun && !opts.json) io.stderr(io.colorErr.red(ui('impor.tidak-ditulis')) + '\n');
    return EXIT.INVALID;
  }
  if (opts.dryRun || created.length === 0) return EXIT.OK;

  const { ctx } = await beginStep(a.root, a.config, 'add');
  const writes = created.map((p) => ({ path: `${RECORDS_DIR}/${p.id}.md`, content: serializeRecord(p.record!, newRecordBody(p.record as unknown as RecordData)) }));
  await applyChange(a.root, writes, {
    subject: `Langkah 1 — impor ${created.length} butir dari ${basename(file)}${penetapan ? ` (ditetapkan ${penetapan.nomor ?? ''})` : ''}`,
    body: created.map((p) => `${p.id}: ${String(p.record!.judul)} (baris ${p.draft.row})`).join('\n'),
    trailers: stepTrailers(ctx, created.map((p) => p.id!), penetapan ? 'ditetapkan' : 'diusulkan'),
  });
  if (!opts.json) io.stderr(io.colorErr.green(ui('impor.ditulis', { n: created.length })) + '\n');
  return EXIT.OK;
}
