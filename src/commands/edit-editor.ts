/**
 * `ppid edit` on a terminal: the fields this status lets a correction change, in a temporary
 * YAML file opened in the officer's editor ($EDITOR, else $VISUAL, else nano or vi; Notepad on
 * Windows). What comes back is read strictly and checked as the step would check it; on a
 * terminal a bad file is offered back to the editor, elsewhere it is refused. Nothing is written
 * to the archive here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Io } from '../terminal/io.js';
import { checkChanged, type StepItem } from '../workflow/step.js';
import type { RuleContext } from '../rules/legal.js';
import type { Data } from '../rules/finding.js';
import { corrected, editableKeys, type EditChanges } from '../records/edit.js';
import { serializeFrontMatter } from '../records/serialize.js';
import { readYamlMap } from '../yaml/yaml-file.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { formatDiagnostic } from '../terminal/diagnostic-format.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';

export interface EditorSession {
  root: string;
  rules: RuleContext;
  item: StepItem;
  today: string;
  alasan: string;
  /** On a terminal: a bad file is offered back to the editor. */
  interactive: boolean;
}

/** The editor command: what the officer set, else one that is there. */
function editorCommand(env: NodeJS.ProcessEnv): string {
  const set = env.EDITOR?.trim() || env.VISUAL?.trim();
  if (set) return set;
  if (process.platform === 'win32') return 'notepad';
  const onPath = (name: string) => (env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, name)));
  return onPath('nano') ? 'nano' : 'vi';
}

function runEditor(io: Io, file: string): void {
  const editor = editorCommand(io.env);
  // Through the shell, as git runs its editor: EDITOR may carry arguments ("code --wait").
  const quoted = process.platform === 'win32' ? `"${file}"` : `'${file.replaceAll("'", "'\\''")}'`;
  const r = spawnSync(`${editor} ${quoted}`, { shell: true, stdio: 'inherit', env: io.env });
  if (r.status !== 0) throw new UserError('edit-editor-gagal', { editor, kode: r.status ?? String(r.signal ?? r.error?.message ?? '?') }, EXIT.INVALID);
}

/** The changes the edited file asks for: keys changed, keys taken out (null), blocks replaced whole. */
function changesFrom(item: StepItem, edited: Record<string, unknown>, keys: readonly string[]): EditChanges {
  const before = item.data as unknown as Record<string, unknown>;
  const unknown = Object.keys(edited).filter((k) => !keys.includes(k));
  if (unknown.length)
    throw new UserError('edit-kolom-tidak-boleh', { id: item.id, status: item.data.status, kolom: unknown.join(', '), boleh: keys.join(', ') });
  const out: EditChanges = {};
  for (const k of keys) {
    const v = edited[k] ?? null;
    if (isDeepStrictEqual(v, before[k] ?? null)) continue;
    const old = before[k];
    // A block comes back whole: a key deleted from it is taken out, not kept by the merge.
    if (v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old)) {
      out[k] = { ...Object.fromEntries(Object.keys(old).map((kk) => [kk, null])), ...(v as object) };
    } else out[k] = v;
  }
  return out;
}

async function askAgain(io: Io, problems: Diagnostic[]): Promise<boolean> {
  for (const d of problems) io.stderr(formatDiagnostic(d, io.colorErr));
  // Asked in the output language, as every question is (src/terminal/prompts.ts).
  const { yaTidak } = await import('../terminal/prompts.js');
  return yaTidak(ui('edit-editor-lagi'), true).catch(() => false);
}

export async function editInEditor(io: Io, s: EditorSession): Promise<EditChanges> {
  const { item } = s;
  const keys = editableKeys(item.data.status);
  const start = item.data as unknown as Record<string, unknown>;
  const shown = Object.fromEntries(keys.filter((k) => start[k] !== undefined).map((k) => [k, start[k]]));
  const header = ui('edit-editor-kepala', { id: item.id, status: item.data.status, alasan: s.alasan })
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');
  const dir = mkdtempSync(join(tmpdir(), 'ppid-edit-'));
  const file = join(dir, `${item.id}.yaml`);
  try {
    writeFileSync(file, `${header}\n${serializeFrontMatter(shown)}`, { mode: 0o600 });
    for (;;) {
      runEditor(io, file);
      let problems: Diagnostic[];
      let changes: EditChanges = {};
      try {
        changes = changesFrom(item, readYamlMap(file, `${item.id}.yaml`).data, keys);
        const after = corrected(item.id, item.data, changes).after;
        problems = sortDiagnostics(
          checkChanged(s.root, { ...s.rules, before: item.data as unknown as Data }, { ...item, data: after }, s.today).map((d) => ({
            ...d,
            file: `${item.id}.yaml`,
          })),
        );
      } catch (e) {
        // A file that cannot be read, or a field this status keeps: said, and offered back on a terminal.
        if (!(e instanceof UserError) || !s.interactive) throw e;
        io.stderr(`${io.colorErr.red(ui('galat'))}: ${ui(e.code, e.params)}\n`);
        if (await askAgain(io, e.diagnostics)) continue;
        throw e;
      }
      if (!hasErrors(problems)) return changes;
      if (s.interactive && (await askAgain(io, problems))) continue;
      throw new UserError('langkah-data-tidak-valid', { perintah: 'edit' }, EXIT.INVALID, problems);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
