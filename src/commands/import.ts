/**
 * `ppid import FILE.csv`: brings an existing DIK table into the archive as proposed items
 * (SOP step 1), one commit for the batch. `--dry-run` shows row by row what would be created
 * and every problem; a batch with errors writes nothing. Rows already in the archive (same
 * information and unit) are skipped, so importing the same file twice creates nothing new.
 */
import { unitName } from '../domain/units.js';
import { basename, join, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { applyChange } from '../archive/change.js';
import { goneIds } from '../archive/gone-ids.js';
import { headCommit } from '../git/repo.js';
import { RECORDS_DIR } from '../domain/config.js';
import { REGISTRATION_STATUSES } from '../domain/lifecycle.js';
import type { RecordData } from '../domain/record.js';
import { serializeRecord } from '../records/serialize.js';
import { newRecordBody } from '../documents/record-body.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { isIsoDate } from '../rules/dates.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { progressBar } from '../terminal/progress.js';
import { runStep } from '../workflow/step.js';
import { readRecord } from '../archive/read.js';
import { changedKeys, correctedBody, editableKeys, fieldChanges } from '../records/edit.js';
import { applySets } from '../import/plan-edit.js';
import { showPlanText } from './import-output.js';
import { showImportSummary } from './import-summary.js';
import { summariseImport } from '../import/summary.js';
import { changeLines, reasonOf } from './edit.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { beginStep, registrarContext, stepTrailers } from '../workflow/step-begin.js';
import { currentActor } from '../workflow/actor.js';
import {
  columnLetter,
  detectLayout,
  headerShortfall,
  partialLayout,
  layoutFromMap,
  mapField,
  MAP_KEY_NAMES,
  type ImportField,
  type Layout,
} from '../import/layouts.js';
import { fieldNames, mappingText } from '../import/mapping-text.js';
import { draftRegisterRows, draftRows, type DraftRow } from '../import/rows.js';
import { isItemIdShape } from '../archive/ids.js';
import { existsSync } from 'node:fs';
import { importKey, planImport, type ImportPlanInput, type Planned } from '../import/plan.js';
import { asShown, quotedSheet, readSheet, withSheetProblems, type Sheet } from '../import/sheet.js';
import { unreadHeadings } from '../import/headings.js';
import { diagnosticText } from '../i18n/diagnostic-messages.js';
import { DIK_SHEET } from '../export/dik-sheet.js';
import { json, loadSummaries, openArchive, resolveToday, stepDay, type CommonOptions, type OpenArchive } from './context.js';
import { readFromFile } from './add-input.js';
import { decreeFromFlags, type InForceFlags, inForceDecree } from './record-flags.js';

export interface ImportOptions extends CommonOptions, InForceFlags {
  sheet?: string;
  map?: string;
  unit?: string;
  tanggalUji?: string;
  dryRun?: boolean;
  /** The reason for the corrections the sheet makes to items already here (required when there are any). */
  alasan?: string;
}

/** The layout a map file describes, as a reading of rows (over the layout detected in them): a layout, or the headings it misses. */
function mapReader(io: Io, file: string): (rows: string[][], detected: Layout | undefined) => ReturnType<typeof layoutFromMap> {
  // Read as strictly as `add --from` reads its file: one YAML dialect, located errors.
  const m = readFromFile(io.cwd, file).data as { kolom?: Record<string, string | null>; baris_judul?: number };
  // A key ppid does not know would be silently ignored, and the officer's correction with it.
  const unknown = Object.keys(m?.kolom ?? {}).filter((k) => !mapField(k));
  if (unknown.length > 0) throw new UserError('impor-peta-kunci', { berkas: file, kunci: unknown.join(', '), boleh: MAP_KEY_NAMES.join(', ') }, EXIT.USAGE);
  const kolom = Object.fromEntries(Object.entries(m?.kolom ?? {}).map(([k, v]) => [mapField(k)!, v])) as Partial<Record<ImportField, string | null>>;
  return (rows, detected) => layoutFromMap(rows, kolom, m?.baris_judul, detected);
}

/** The map corrects what was detected, or completes the best partial header. */
const detectedOrPartial = (rows: string[][]): Layout | undefined => detectLayout(rows) ?? partialLayout(rows);

function mapLayout(read: ReturnType<typeof mapReader>, rows: string[][]): Layout {
  const l = read(rows, detectedOrPartial(rows));
  if ('missing' in l) throw new UserError('impor-peta-tidak-cocok', { kolom: l.missing.join(', ') }, EXIT.INVALID);
  return l;
}

/** A header not understood: what was recognised, at which column, and which required fields were not found. */
function layoutNotFound(sheet: { name: string; rows: string[][] }): UserError {
  const { found, missing } = headerShortfall(sheet.rows);
  const ada = mappingText(found);
  return new UserError('impor-tata-letak', { berkas: sheet.name, ada: ada || fieldNames([]), kurang: fieldNames(missing) }, EXIT.INVALID);
}

export async function run(io: Io, file: string, opts: ImportOptions): Promise<number> {
  const alasan = reasonOf(opts.alasan);
  // A dry run is a report of what a step would do, so it may be asked as of any day.
  const today = opts.dryRun ? resolveToday(opts, io.env) : await stepDay(opts, io.env, io.cwd);
  if (opts.tanggalUji !== undefined && !isIsoDate(opts.tanggalUji)) throw new UserError('tanggal-hari-ini-salah', { nilai: opts.tanggalUji }, EXIT.USAGE);
  const a = await openArchive(io, opts);
  const input = await readInput(io, a, file, opts, today);
  const bar = progressBar(io.stderrIsTTY, io.stderr, ui('impor.membaca'));
  const plan = planImport({ ...input, progress: (d, t) => bar.tick(d, t) });
  const { planned } = plan;
  const problems = withSheetProblems(plan.problems, input.sheetProblems);
  sortDiagnostics(problems);
  const errors = problems.filter((p) => p.severity === 'galat');
  const created = planned.filter((p) => p.record);
  const edited = planned.filter((p) => p.edit);
  const writes = !opts.dryRun && errors.length === 0 && created.length + edited.length > 0;
  // A dry run says how the columns were read, under the layout, for the officer to check.
  const note = [...input.sheetNotes, opts.dryRun ? mappingLine(input.layout, input.rows) : undefined].filter(Boolean).join('\n  ') || undefined;
  if (!opts.json) showPlanText(io, input.sheetName, input.layout.name, planned, problems, note);
  else if (!writes) showPlanJson(io, opts, input, planned, problems, {});
  // The file as a whole after its rows: what came in, what did not and why, what is left to decide.
  if (opts.dryRun && !opts.json) showImportSummary(io, input.sheetName, summariseImport(input.drafts, planned, problems), problems);
  if (errors.length > 0) {
    if (!opts.dryRun && !opts.json) io.stderr(io.colorErr.red(ui('impor.tidak-ditulis')) + '\n');
    return EXIT.INVALID;
  }
  if (!writes) return EXIT.OK;
  // Every row is checked before anything is written; a correction says why before it is made.
  if (edited.length > 0 && !alasan) throw new UserError('impor-koreksi-tanpa-alasan', { n: edited.length }, EXIT.USAGE);
  const commits: { koreksi?: string; baru?: string } = {};
  if (edited.length > 0) commits.koreksi = await writeEdits(a, file, edited, today, alasan!);
  if (created.length > 0) commits.baru = await writePlan(a, file, created, input.penetapan);
  if (opts.json) showPlanJson(io, opts, input, planned, problems, commits);
  else {
    if (edited.length > 0) io.stderr(io.colorErr.green(ui('impor.dikoreksi', { n: edited.length })) + '\n');
    if (created.length > 0) io.stderr(io.colorErr.green(ui('impor.ditulis', { n: created.length })) + '\n');
  }
  return EXIT.OK;
}

/** How well a layout reads a table: ppid's own register, then a DIK with its consequence test, then one without (0: none). */
const rank = (l: Layout | undefined): number =>
  !l ? 0 : l.name === 'register' ? 3 : l.columns.dibuka !== undefined && l.columns.ditutup !== undefined ? 2 : 1;

/** What the import says of the sheet it chose: which one, of how many, and the others that are a DIK too. */
function sheetNotes(sheet: Sheet, layout: Layout, named: boolean): string[] {
  // ppid's workbook holds the register and a printable DIK: edits on the second are not read.
  if (layout.name === 'register' && sheet.lembar?.semua.includes(DIK_SHEET) && sheet.lembar.dibaca !== DIK_SHEET)
    return [ui('impor.lembar-dibaca', { dibaca: sheet.lembar.dibaca, cetak: DIK_SHEET })];
  const notes: string[] = [];
  if (sheet.lembar && sheet.lembar.semua.length > 1 && !named) {
    const { dibaca, semua } = sheet.lembar;
    notes.push(ui('impor.lembar-pilih', { dibaca, n: semua.length, semua: semua.join(', ') }));
  }
  for (const j of sheet.sambung ?? []) notes.push(ui('impor.tabel-sambung', j));
  const lain = sheet.lainDik ?? [];
  if (lain.length) {
    const params = { daftar: lain.map((o) => o.nama).join(', '), perintah: lain.map((o) => `--sheet ${quotedSheet(o.pilih)}`).join(', ') };
    notes.push(ui(sheet.lembar ? 'impor.lembar-lain-dik' : 'impor.tabel-lain-dik', params));
  }
  return notes;
}

/** The sheet read into draft rows, and what the archive already holds. */
async function readInput(
  io: Io,
  a: OpenArchive,
  file: string,
  opts: ImportOptions,
  today: string,
): Promise<ImportPlanInput & { sheetNotes: string[]; sheetProblems: Diagnostic[]; rows: string[][]; lembar?: Sheet['lembar'] & { lain_dik: string[] } }> {
  const byMap = opts.map ? mapReader(io, opts.map) : undefined;
  // A workbook's sheets and a Word document's tables are tried with the reading the sheet itself gets.
  const recognises = (rows: string[][]) => {
    const l = byMap ? byMap(rows, detectedOrPartial(rows)) : detectLayout(rows);
    return l && !('missing' in l) ? rank(l) : 0;
  };
  const sheet = await readSheet(resolve(io.cwd, file), file, opts.sheet, recognises);
  const layout = byMap ? mapLayout(byMap, sheet.rows) : detectLayout(sheet.rows);
  if (!layout) throw layoutNotFound(sheet);
  const notes = sheetNotes(sheet, layout, opts.sheet !== undefined);
  // Rows Excel hides are left out (and said), keeping every other row's number.
  const shown = asShown(sheet, layout);
  // An already-decreed DIK comes in as in force, under the decree the officer names.
  const penetapan = decreeFromFlags(inForceDecree(opts), a.config);
  const unit = opts.unit ? unitName(a.config, opts.unit) : undefined;
  const drafts = layout.name === 'register' ? draftRegisterRows(shown.rows, layout) : draftRows(shown.rows, layout, a.config, today, unit, sheet.continued);
  // Ids the history used and HEAD's tree no longer shows, asked of git while the rest is read.
  const gone = headCommit(a.root).then((h) => goneIds(a.root, h === undefined ? [] : [h]));
  gone.catch(() => undefined);
  // A PPID Pembantu's items are numbered in its unit's series (see src/archive/ids.ts).
  const actor = await currentActor(a.root, a.config).catch(() => undefined);
  // Read as every report reads (the cache, the checks): the items already there, by title and unit.
  const loaded = await loadSummaries(io, a);
  return {
    drafts,
    layout,
    sheetName: sheet.name,
    sheetNotes: notes,
    sheetProblems: shown.problems,
    rows: shown.rows,
    // ppid's printable DIK sheet is no other DIK to import: the register beside it is that DIK.
    ...(sheet.lembar
      ? { lembar: { ...sheet.lembar, lain_dik: (sheet.lainDik ?? []).map((o) => o.pilih).filter((n) => layout.name !== 'register' || n !== DIK_SHEET) } }
      : {}),
    config: a.config,
    today,
    rules: { config: a.config, calendar: (await loadCalendar(a.root, a.config)).calendar },
    ...(opts.tanggalUji !== undefined ? { tanggalUji: opts.tanggalUji } : {}),
    ...(penetapan ? { penetapan: penetapan as unknown as Record<string, unknown> } : {}),
    known: new Set(loaded.records.map((r) => importKey(r.data.judul, r.data.unit))),
    knownItems: new Map(
      loaded.records.map((r) => [importKey(r.data.judul, r.data.unit), { id: r.data.id, pasal17: r.data.pasal17, jangka_waktu: r.data.jangka_waktu }]),
    ),
    // A record's file name is its id, a broken record's too: a register's id never lands on one,
    // nor on one an item had before its file was taken out (the history would mix the two).
    ids: new Set([...loaded.checked.map((c) => basename(c.parsed.file, '.md')), ...(await gone).keys()]),
    ...(actor?.pejabat?.unit ? { actorUnit: actor.pejabat.unit } : {}),
    existing: namedItems(a.root, drafts),
  };
}

/** The columns as read, for the officer to check on a dry run: `--map` corrects any of them; the columns left unread are named. */
function mappingLine(layout: Layout, rows: readonly string[][]): string | undefined {
  if (layout.name === 'register') return undefined;
  const start = (layout.headerStart ?? layout.headerEnd) + 1;
  const baris = start === layout.headerEnd + 1 ? String(start) : `${start}–${layout.headerEnd + 1}`;
  const unread = unreadColumns(layout, rows);
  const rest = Object.keys(unread).length
    ? `; ${ui('impor.kolom-tidak-dibaca', {
        kolom: Object.entries(unread)
          .map(([c, h]) => `${ui('kolom')} ${c} «${h}»`)
          .join(', '),
      })}`
    : '';
  return ui('impor.peta-kolom', { baris, peta: mappingText(layout.columns) }) + rest;
}

/** The header's columns no field is read from, by letter, with their headings. */
function unreadColumns(layout: Layout, rows: readonly string[][]): Record<string, string> {
  if (layout.name === 'register') return {};
  const start = layout.headerStart ?? layout.headerEnd;
  return Object.fromEntries(unreadHeadings(rows, start, layout.headerEnd, layout.columns).map((u) => [columnLetter(u.c), u.heading]));
}

/** The items already in the archive that the sheet's id column names (a register exported and corrected). */
function namedItems(root: string, drafts: readonly DraftRow[]): Map<string, RecordData> {
  const out = new Map<string, RecordData>();
  for (const d of drafts) {
    const id = typeof d.fields?.id === 'string' ? d.fields.id.trim().toUpperCase() : undefined;
    if (id === undefined || out.has(id) || !isItemIdShape(id) || !existsSync(join(root, RECORDS_DIR, `${id}.md`))) continue;
    const data = readRecord(root, `${RECORDS_DIR}/${id}.md`).data;
    if (data && typeof data === 'object' && (data as RecordData).id === id) out.set(id, data as RecordData);
  }
  return out;
}

/** The plan as JSON: each row, each correction field by field, every problem, and the commits made. */
function showPlanJson(
  io: Io,
  opts: ImportOptions,
  input: Awaited<ReturnType<typeof readInput>>,
  planned: Planned[],
  problems: Diagnostic[],
  commits: { koreksi?: string; baru?: string },
): void {
  io.stdout(
    json({
      berkas: input.sheetName,
      tata_letak: input.layout.name,
      ...(input.lembar ? { lembar: { dibaca: input.lembar.dibaca, semua: input.lembar.semua, lain_dik: input.lembar.lain_dik } } : {}),
      ...(input.layout.name === 'register' ? {} : { peta_kolom: mappedColumns(input.layout), kolom_tidak_dibaca: unreadColumns(input.layout, input.rows) }),
      uji_coba: Boolean(opts.dryRun),
      ditulis: commits.koreksi !== undefined || commits.baru !== undefined,
      commit: commits.baru ?? null,
      commit_koreksi: commits.koreksi ?? null,
      baris: planned.map((p) => ({
        baris: p.draft.row,
        judul: p.draft.data?.judul ?? p.draft.fields?.judul ?? null,
        id: p.id ?? null,
        hasil: p.record ? 'baru' : p.edit ? 'dikoreksi' : p.unchanged ? 'tanpa-perubahan' : p.skipped ? 'sudah-ada' : 'galat',
        ...(p.edit ? { berubah: p.edit.berubah } : {}),
      })),
      ringkasan: summariseImport(input.drafts, planned, problems),
      // The words too, as `validate --json` gives them: a script shows the officer what the terminal would.
      masalah: problems.map((p) => {
        const { pesan, saran } = diagnosticText(p.code, p.params);
        return { berkas: p.file, baris: p.line ?? null, kolom: p.field ?? null, tingkat: p.severity, kode: p.code, pesan, saran: saran ?? null };
      }),
    }),
  );
}

/** The mapping for scripts: field → column letter. */
function mappedColumns(layout: Layout): Record<string, string> {
  return Object.fromEntries(Object.entries(layout.columns).flatMap(([f, c]) => (c === undefined ? [] : [[f, columnLetter(c)]])));
}

/** The corrections in one `edit` commit (one step over many items, as a decree over many), with the reason and each change in its body. */
async function writeEdits(a: OpenArchive, file: string, edited: Planned[], today: string, alasan: string): Promise<string> {
  const byId = new Map(edited.map((p) => [p.id!, p]));
  const lines: string[] = [];
  const r = await runStep(a.root, a.config, 'edit', {
    ids: [...byId.keys()],
    today,
    repair: true,
    // The cells are put on the record as it is now, under the lock; a field its status keeps is refused again.
    change: (item) => {
      const plan = byId.get(item.id)!.edit!;
      const after = applySets(item.data, plan.sets);
      const keys = changedKeys(item.data, after);
      const ok = editableKeys(item.data.status);
      const refused = keys.filter((k) => !ok.includes(k));
      if (refused.length)
        throw new UserError('edit-kolom-tidak-boleh', { id: item.id, status: item.data.status, kolom: refused.join(', '), boleh: ok.join(', ') });
      lines.push(...changeLines(item.id, fieldChanges(item.data, after)));
      return after;
    },
    newBody: (before, after) => correctedBody(before.data, after, before.body),
    body: () => [`Alasan: ${alasan}`, `Impor: ${basename(file)}`, '', ...lines].join('\n'),
    trailers: [['PPID-Alasan', alasan]],
  });
  return r.commit;
}

/**
 * The new records in one step-1 commit. Its `PPID-Status` trailers say the statuses the items
 * are registered with, one each (a register may bring proposals and items in force together);
 * the role is the PPID Utama's when any comes in force, as \`add\` records it.
 */
async function writePlan(a: OpenArchive, file: string, created: Planned[], penetapan: Record<string, unknown> | undefined): Promise<string> {
  const { ctx } = await beginStep(a.root, a.config, 'add');
  const writes = created.map((p) => ({
    path: `${RECORDS_DIR}/${p.id}.md`,
    content: serializeRecord(p.record!, newRecordBody(p.record as unknown as RecordData)),
  }));
  const statuses = REGISTRATION_STATUSES.filter((s) => created.some((p) => p.record!.status === s));
  const trailers = stepTrailers(
    registrarContext(ctx, statuses.includes('ditetapkan') ? 'ditetapkan' : statuses[0]),
    created.map((p) => p.id!),
    statuses[0],
  );
  const more = statuses.slice(1).map((s) => ['PPID-Status', s] as const);
  const at = trailers.findIndex(([k]) => k === 'PPID-Status') + 1;
  return applyChange(a.root, writes, {
    subject: `Langkah 1 — impor ${created.length} butir dari ${basename(file)}${penetapan ? ` (ditetapkan ${String(penetapan.nomor ?? '')})` : ''}`,
    body: created.map((p) => `${p.id}: ${String(p.record!.judul)} (${String(p.record!.status)}, baris ${p.draft.row})`).join('\n'),
    trailers: [...trailers.slice(0, at), ...more, ...trailers.slice(at)],
  });
}
