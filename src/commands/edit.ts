/**
 * `ppid edit ID --alasan "…"`: a correction of an item's text (a typo in a title, a consequence
 * text, a statute) as one step commit, with the reason in its `PPID-Alasan` trailer and what
 * changed in its body. What may change at which status is the lifecycle table's (`EDIT_FIELDS`;
 * docs/adr/0018): after the decree only clerical fields, the rest is `ppid reclassify`.
 */
import { unitName } from '../domain/units.js';
import type { Io } from '../terminal/io.js';
import { loadItem, runStep, type StepItem } from '../workflow/step.js';
import { loadCalendar } from '../archive/calendar-files.js';
import type { Status } from '../domain/lifecycle.js';
import type { Config } from '../domain/config.js';
import { corrected, correctedBody, EDITABLE_KEYS, editableKeys, fieldChanges, shownValue, type EditChanges, type FieldChange } from '../records/edit.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { statusLabel } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, openArchive, stepDay, type CommonOptions } from './context.js';
import { dataFromFlags, mergeInput, readFromFile, type AddFlags } from './add-input.js';

export interface EditOptions extends CommonOptions, AddFlags {
  alasan?: string;
  /** Open $EDITOR on the record even when stdin is not a terminal (scripts, tests). */
  editor?: boolean;
}

/** What the flags and the --from file ask to change; a unit given by its code or name, in any case, is stored by its name. */
export function requestedChanges(io: Io, opts: EditOptions, config: Config): EditChanges {
  const from = opts.from !== undefined ? readFromFile(io.cwd, opts.from).data : {};
  const changes: EditChanges = mergeInput(from, dataFromFlags({ ...opts, from: undefined }, config));
  if (typeof changes.unit === 'string') changes.unit = unitName(config, changes.unit);
  return changes;
}

/** Keys nobody corrects with `edit` are refused before anything else is looked at. */
function refuseUnknown(id: string, status: Status, changes: EditChanges): void {
  const unknown = Object.keys(changes).filter((k) => !EDITABLE_KEYS.includes(k));
  if (unknown.length) throw new UserError('edit-kolom-tidak-boleh', { id, status, kolom: unknown.join(', '), boleh: editableKeys(status).join(', ') });
}

/**
 * `--editor` opens the fields in an editor: given with field options as well, which is meant is
 * unclear; and with no editor named and no terminal, a fallback (vi) would wait for keys that
 * never come.
 */
function refuseEditorMix(io: Io, opts: EditOptions, changes: EditChanges, interactive: boolean): void {
  if (!opts.editor) return;
  const given = Object.keys(changes);
  if (given.length) throw new UserError('edit-editor-dan-kolom', { kolom: given.join(', ') }, EXIT.USAGE);
  if (!interactive && !io.env.EDITOR?.trim() && !io.env.VISUAL?.trim()) throw new UserError('edit-editor-tanpa-editor', {}, EXIT.USAGE);
}

/** The commit body: the reason, then each field's old and new value on a line (shortened: git keeps them whole). */
export function changeLines(id: string, changes: readonly FieldChange[]): string[] {
  const cut = (s: string) => (s.length > 160 ? `${s.slice(0, 157)}…»` : s);
  return changes.map((c) => `${id}: ${c.kolom}: ${cut(shownValue(c.dari))} → ${cut(shownValue(c.ke))}`);
}

/** The reason as given, spaces tidied; one without a letter or digit ("-", "…") says no reason and is a usage error. */
export function reasonOf(given: string | undefined): string | undefined {
  const alasan = given?.replace(/\s+/g, ' ').trim();
  if (given !== undefined && !/[\p{L}\p{N}]/u.test(alasan ?? '')) throw new UserError('alasan-tanpa-kata', { alasan: given }, EXIT.USAGE);
  return alasan;
}

export async function run(io: Io, idArg: string, opts: EditOptions): Promise<number> {
  const alasan = reasonOf(opts.alasan);
  if (!alasan) throw new UserError('edit-tanpa-alasan', {}, EXIT.USAGE);
  const today = await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  // Ids are written in capitals; an officer typing "dik-2026-0003" means the same item.
  const id = idArg.trim().toUpperCase();
  const rules = { config: a.config, calendar: (await loadCalendar(a.root, a.config)).calendar };
  let changes = requestedChanges(io, opts, a.config);
  const interactive = io.stdinIsTTY && io.stdoutIsTTY;
  refuseEditorMix(io, opts, changes, interactive);
  // A record that no longer validates (a hand edit gone wrong) is mended by a correction too.
  const item = loadItem(a.root, rules, id, { repair: true });
  refuseUnknown(id, item.data.status, changes);
  if (opts.editor || (Object.keys(changes).length === 0 && interactive)) {
    const { editInEditor } = await import('./edit-editor.js');
    changes = await editInEditor(io, { root: a.root, rules, item, today, alasan, interactive });
  } else if (Object.keys(changes).length === 0) throw new UserError('edit-tanpa-masukan', {}, EXIT.USAGE);
  // Checked before the lock too, so that "nothing changed" is said without a commit.
  if (corrected(id, item.data, changes).keys.length === 0) return unchanged(io, opts, item);

  let diffs: FieldChange[] = [];
  const result = await runStep(a.root, a.config, 'edit', {
    ids: [id],
    today,
    repair: true,
    change: (it) => {
      const { after, keys } = corrected(id, it.data, changes);
      if (keys.length === 0) throw new UserError('edit-tanpa-perubahan', { id });
      diffs = fieldChanges(it.data, after);
      return after;
    },
    newBody: (before, after) => correctedBody(before.data, after, before.body),
    body: () => [`Alasan: ${alasan}`, '', ...changeLines(id, diffs)].join('\n'),
    trailers: [['PPID-Alasan', alasan]],
  });
  for (const w of result.warnings) io.stderr(formatDiagnostic(w, io.colorErr));
  const done = result.items[0]!;
  if (opts.json) io.stdout(json({ id, berkas: done.path, status: done.data.status, commit: result.commit, alasan, berubah: diffs }));
  else {
    io.stdout(`${id}  ${statusLabel(done.data.status)}\n`);
    for (const line of changeLines(id, diffs)) io.stdout(`  ${line.slice(id.length + 2)}\n`);
    if (io.stderrIsTTY) io.stderr(io.colorErr.green(ui('edit-dikoreksi', { id, n: diffs.length })) + '\n');
  }
  return EXIT.OK;
}

function unchanged(io: Io, opts: EditOptions, item: StepItem): number {
  if (opts.json) io.stdout(json({ id: item.id, berkas: item.path, status: item.data.status, commit: null, berubah: [] }));
  else io.stderr(ui('edit-tanpa-perubahan', { id: item.id }) + '\n');
  return EXIT.OK;
}
