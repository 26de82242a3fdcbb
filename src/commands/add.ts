/** `ppid add`: registers an item (SOP step 1) — one file, one commit. */
import { unitName } from '../domain/units.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Io } from '../terminal/io.js';
import { applyChange, openForStep, prepareChange } from '../archive/change.js';
import { beginStep, registrarContext, stepTrailers } from '../workflow/step-begin.js';
import { freshId } from '../archive/ids.js';
import { goneAtView, type GoneIds } from '../archive/gone-ids.js';
import { committedEntry, readHeadView, type HeadView } from '../git/step-commit.js';
import { checkAttachments, checkRecordToWrite } from '../archive/check.js';
import { calendarFilePath, loadCalendar } from '../archive/calendar-files.js';
import { CONFIG_FILE, RECORDS_DIR, type Config } from '../domain/config.js';
import { REGISTRATION_STATUSES, STATUSES, type Status } from '../domain/lifecycle.js';
import type { RecordData } from '../domain/record.js';
import { YamlSource } from '../yaml/source.js';
import { orderRecord, serializeFrontMatter, serializeRecord } from '../records/serialize.js';
import { newRecordBody } from '../documents/record-body.js';
import { yearOf } from '../rules/dates.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { statusLabel } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { dataFromFlags, mergeInput, missingInput, readFromFile, type AddFlags } from './add-input.js';
import { json, openArchive, stepDay, type CommonOptions } from './context.js';

export interface AddOptions extends CommonOptions, AddFlags {
  /** false with --no-input: never ask, even on a terminal. */
  input?: boolean;
  /** Print a sample record for --from instead of registering one. */
  contoh?: boolean;
}

type Data = Partial<RecordData> & Record<string, unknown>;

/** An id given by hand (`id:` in --from) is refused where an item has it, or had it once. */
function givenIdProblems(root: string, id: string, v: HeadView, gone: GoneIds, source: YamlSource): Diagnostic[] {
  const berkas = `${RECORDS_DIR}/${id}.md`;
  if (existsSync(join(root, berkas)) || committedEntry(v, berkas)) return [source.diagnostic('galat', 'id-ganda', { id, berkas }, ['id'])];
  // A number the history used is never given to another item: `ppid log` would mix their stories.
  return gone.has(id) ? [source.diagnostic('galat', 'id-pernah-dipakai', { id }, ['id'])] : [];
}

/**
 * The questions for what is missing, the summary, and Simpan / Ubah jawaban / Batal. The
 * summary shows what the check below would refuse, with the id the item would get now, so
 * that the officer changes an answer instead of losing them all to "nothing written".
 */
async function askOnTerminal(io: Io, data: Data, a: { root: string; config: Config }, today: string, id: string): Promise<Data> {
  const [{ askMissing }, { isCancelled }] = await Promise.all([import('./add-prompts.js'), import('../terminal/prompts.js')]);
  const rules = { config: a.config, calendar: (await loadCalendar(a.root, a.config)).calendar };
  const check = (d: Data): Diagnostic[] => {
    const status = (d.status as Status | undefined) ?? (d.penetapan ? 'ditetapkan' : 'diusulkan');
    const record = orderRecord({ ...d, id: typeof d.id === 'string' ? d.id : id, status, didaftarkan: (d.didaftarkan as string | undefined) ?? today });
    return checkRecordToWrite(record, new YamlSource('(opsi)', '', serializeFrontMatter(record)), rules, today);
  };
  try {
    return await askMissing(data, a.config, today, io.stdout, check);
  } catch (e) {
    // Batal or Ctrl-C: nothing is written. Anything else is a fault and is reported as one.
    if (isCancelled(e)) throw new UserError('interaktif-dibatalkan');
    throw e;
  }
}

export async function run(io: Io, opts: AddOptions): Promise<number> {
  if (opts.contoh) return (await import('./add-sample.js')).printSample(io, opts);
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  // The lock first: no other ppid step can change HEAD from here on.
  await openForStep(a.root, [CONFIG_FILE, calendarFilePath(a.config)]);
  // HEAD and its records folder, read by git while the input is read and checked.
  let view = readHeadView(a.root, [RECORDS_DIR]);
  // Awaited below; a failure that comes first must not go unhandled meanwhile.
  view.catch(() => undefined);
  // The ids the history used that HEAD's tree no longer shows: never handed out again.
  let gone = goneAtView(a.root, view);
  // Say at once when the archive cannot take changes or the user lacks the role, before asking anything.
  const { ctx, warnings } = await beginStep(a.root, a.config, 'add');
  const from = opts.from !== undefined ? readFromFile(io.cwd, opts.from) : undefined;
  let data: Data = mergeInput(from?.data ?? {}, dataFromFlags(opts, a.config));
  const interactive = io.stdinIsTTY && io.stdoutIsTTY && opts.input !== false;
  if (missingInput(data).length > 0 && interactive) {
    const [v, g] = await Promise.all([view, gone]);
    data = await askOnTerminal(io, data, a, today, freshId(a.root, a.config, yearOf(today), v, g, ctx.actor.pejabat?.unit));
    // The officer may have answered for minutes, while someone committed with git itself: read HEAD again.
    view = readHeadView(a.root, [RECORDS_DIR]);
    view.catch(() => undefined);
    gone = goneAtView(a.root, view);
  }

  // A unit given by its code or name, in any case, is stored by its name, as the documents write it.
  if (typeof data.unit === 'string') data = { ...data, unit: unitName(a.config, data.unit) };

  const [v, g] = await Promise.all([view, gone]);
  const id = typeof data.id === 'string' ? data.id : freshId(a.root, a.config, yearOf(today), v, g, ctx.actor.pejabat?.unit);
  const status: Status = (data.status as Status | undefined) ?? (data.penetapan ? 'ditetapkan' : 'diusulkan');
  // Registration proposes an item, or brings in one in force with its decree; every later status is a step's, by its role.
  if (typeof data.status === 'string' && STATUSES.includes(status) && !REGISTRATION_STATUSES.includes(status))
    throw new UserError('status-pendaftaran-tidak-sah', { status, boleh: REGISTRATION_STATUSES.join(', ') }, EXIT.INVALID);
  const record = orderRecord({ ...data, id, status, didaftarkan: (data.didaftarkan as string | undefined) ?? today }) as Data;

  const path = `${RECORDS_DIR}/${id}.md`;
  // The index's word on the path comes while the record is checked.
  const prepared = prepareChange(a.root, [path], view);

  // Problems are located in the --from file where the key came from it; flags have no line.
  const source = from?.source ?? new YamlSource('(opsi)', '', serializeFrontMatter(record));
  const rules = { config: a.config, calendar: (await loadCalendar(a.root, a.config)).calendar };
  const problems: Diagnostic[] = [...checkRecordToWrite(record, source, rules, today), ...checkAttachments(a.root, source, record as RecordData)];
  if (typeof data.id === 'string') problems.push(...givenIdProblems(a.root, data.id, v, g, source));
  if (!from) {
    for (const p of problems) {
      delete p.line;
      delete p.col;
      delete p.sourceLine;
    }
  }
  sortDiagnostics(problems);
  if (hasErrors(problems)) {
    const missing = missingInput(data);
    const err = new UserError(missing.length > 0 ? 'masukan-kurang' : 'masukan-tidak-valid', { kunci: missing.join(', ') }, EXIT.INVALID, problems);
    throw err;
  }
  for (const w of [...warnings, ...problems]) io.stderr(formatDiagnostic(w, io.colorErr));

  const rec = record as unknown as RecordData;
  const commit = await applyChange(
    a.root,
    [{ path, content: serializeRecord(record, newRecordBody(rec)) }],
    {
      subject: `Langkah 1 — ${ctx.transition.label.id}: ${id}${status !== 'diusulkan' ? ` (${status})` : ''}`,
      body: `Informasi: ${rec.judul}\nUnit: ${rec.unit}`,
      trailers: stepTrailers(registrarContext(ctx, status), [id], status),
    },
    prepared,
  );
  if (opts.json) io.stdout(json({ id, berkas: path, status, commit }));
  else {
    io.stdout(`${id}\n`);
    if (io.stderrIsTTY) io.stderr(io.colorErr.green(ui('add.terdaftar', { id, berkas: path, status: statusLabel(status) })) + '\n');
  }
  return EXIT.OK;
}
