/**
 * One SOP step over one or more items: load them, check the lifecycle and the role, change
 * them, validate the result, and write everything in one commit. Nothing is written unless
 * every item passes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { RECORDS_DIR, type Config } from '../domain/config.js';
import { allowedNext, STATUSES, type Perintah } from '../domain/lifecycle.js';
import type { RecordData } from '../domain/record.js';
import { readRecord } from '../archive/read.js';
import { isItemIdShape } from '../archive/ids.js';
import { checkAttachments, checkRecordFile, checkRecordToWrite } from '../archive/check.js';
import { applyChange, type FileWrite } from '../archive/change.js';
import { YamlSource } from '../yaml/source.js';
import { serializeFrontMatter, serializeRecord } from '../records/serialize.js';
import type { RuleContext } from '../rules/legal.js';
import type { Data } from '../rules/finding.js';
import { loadCalendar } from '../archive/calendar-files.js';
import { hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics.js';
import { EXIT, UserError } from '../errors.js';
import { beginStep, itemList, stepTrailers, type StepContext } from './step-begin.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import type { Trailer } from '../git/repo.js';

export type { StepContext };

export interface StepItem {
  id: string;
  path: string;
  data: RecordData;
  body: string;
}

export interface StepResult {
  commit: string;
  items: StepItem[];
  warnings: Diagnostic[];
}

/**
 * Loads an item for a step; a record that does not validate cannot take a step. A correction
 * (`repair`) may load one whose front matter reads as a record of a known status: it is how the
 * record is mended, and what it writes is checked whole before anything is written.
 */
export function loadItem(root: string, ctx: RuleContext, id: string, { repair = false }: { repair?: boolean } = {}): StepItem {
  if (!isItemIdShape(id)) throw new UserError('item-tidak-ada', { id });
  const path = `${RECORDS_DIR}/${id}.md`;
  if (!existsSync(join(root, path))) throw new UserError('item-tidak-ada', { id });
  const parsed = readRecord(root, path);
  const problems = checkRecordFile(root, parsed, ctx);
  const d = parsed.data as Partial<RecordData> | undefined;
  const mendable = repair && d !== null && typeof d === 'object' && d.id === id && (STATUSES as readonly unknown[]).includes(d.status);
  if (hasErrors(problems) && !mendable)
    throw new UserError(
      'item-bergalat',
      { id, berkas: path },
      EXIT.INVALID,
      problems.filter((p) => p.severity === 'galat'),
    );
  return { id, path, data: parsed.data as RecordData, body: parsed.body };
}

/**
 * Schema + legal rules + attachments of a changed record, before anything is written; and its
 * dates against `today` (a step cannot record an event that has not happened).
 */
export function checkChanged(root: string, ctx: RuleContext, item: StepItem, today: string, pending?: ReadonlyMap<string, Buffer>): Diagnostic[] {
  const src = new YamlSource(item.path, '', serializeFrontMatter(item.data as unknown as Record<string, unknown>));
  const ds = [...checkRecordToWrite(item.data as unknown as Record<string, unknown>, src, ctx, today), ...checkAttachments(root, src, item.data, pending)];
  // Lines of a record that is not written yet mean nothing to the reader; the field does.
  for (const d of ds) {
    delete d.line;
    delete d.col;
    delete d.sourceLine;
  }
  return ds;
}

export interface StepSpec {
  ids: string[];
  /** The step's date: what it records may not lie after it. */
  today: string;
  /** Changes one item (returns the new data) or throws a UserError. */
  change: (item: StepItem, ctx: StepContext & { calendar: WorkingCalendar }) => RecordData;
  /** Files the step adds besides the records (attachments). */
  extraWrites?: (items: StepItem[], ctx: StepContext) => FileWrite[];
  /** The commit's body; a function is asked after the change (what changed is known then). */
  body?: string | (() => string);
  /** Trailers of the step's own besides the usual ones (`PPID-Alasan` of a correction). */
  trailers?: Trailer[];
  /** Items whose record does not validate may be loaded, to be mended (`edit`). */
  repair?: boolean;
  /** The text below the front matter after the change (default: as it was). */
  newBody?: (before: StepItem, after: RecordData) => string;
}

export async function runStep(root: string, config: Config, perintah: Perintah, spec: StepSpec): Promise<StepResult> {
  const { ctx, warnings } = await beginStep(root, config, perintah);
  const rules: RuleContext = { config, calendar: (await loadCalendar(root, config)).calendar };
  const ids = [...new Set(spec.ids)];
  const items = ids.map((id) => loadItem(root, rules, id, { repair: spec.repair === true }));
  for (const item of items) {
    if (!ctx.transition.dari.includes(item.data.status)) {
      const next = allowedNext(item.data.status);
      throw new UserError('langkah-tidak-sah', {
        id: item.id,
        status: item.data.status,
        perintah,
        boleh: next.length ? next.map((c) => `ppid ${c}`).join(', ') : '—',
      });
    }
  }
  const changed = items.map((item) => {
    const data = spec.change(item, { ...ctx, calendar: rules.calendar! });
    return { ...item, data, body: spec.newBody ? spec.newBody(item, data) : item.body };
  });
  const extra = spec.extraWrites?.(changed, ctx) ?? [];
  const pending = new Map(extra.map((w) => [w.path, Buffer.isBuffer(w.content) ? w.content : Buffer.from(w.content)]));
  const problems = changed.flatMap((item, i) =>
    checkChanged(root, { ...rules, before: items[i]!.data as unknown as Data }, item, spec.today, pending).map((d) => ({ ...d, file: item.path })),
  );
  if (hasErrors(problems)) throw new UserError('langkah-data-tidak-valid', { perintah }, EXIT.INVALID, sortDiagnostics(problems));
  const writes: FileWrite[] = [
    ...changed.map((i) => ({ path: i.path, content: serializeRecord(i.data as unknown as Record<string, unknown>, i.body) })),
    ...extra,
  ];
  const newStatus = ctx.transition.ke;
  const commit = await applyChange(root, writes, {
    subject: `Langkah ${ctx.transition.langkah} — ${ctx.transition.label.id}: ${itemList(ids)}`,
    ...(spec.body ? { body: typeof spec.body === 'function' ? spec.body() : spec.body } : {}),
    trailers: [...stepTrailers(ctx, ids, newStatus), ...(spec.trailers ?? [])],
  });
  return { commit, items: changed, warnings: [...warnings, ...problems.filter((p) => p.severity === 'peringatan')] };
}
