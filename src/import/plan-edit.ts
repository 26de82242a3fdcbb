/**
 * A register row (`ppid export`'s sheet) whose id names an item already in the archive: a
 * correction of that item, cell by cell. The cells are compared with the record as the export
 * wrote them; what differs becomes the item's change, refused at its row where the item's status
 * does not let a correction change it (`EDIT_FIELDS`). Writes nothing, prints nothing.
 */
import { isDeepStrictEqual } from 'node:util';
import type { RecordData } from '../domain/record.js';
import { cellValue, READ_BACK_COLUMNS, REGISTER_COLUMNS, setAt, valueAt, type RegisterColumn } from '../export/register-columns.js';
import { readDate } from '../rules/date-text.js';
import { changedKeys, editableKeys, fieldChanges, type FieldChange } from '../records/edit.js';
import { orderRecord } from '../records/serialize.js';

/** A dotted path of the record and its new value (undefined: the cell was emptied). */
export type CellSet = readonly [path: string, value: unknown];

export interface EditPlan {
  before: RecordData;
  after: RecordData;
  sets: CellSet[];
  berubah: FieldChange[];
}

/** A value as a cell holds it: text trimmed, empty lists and texts as nothing, "ya" flags true or nothing. */
function asCell(col: RegisterColumn, v: unknown): unknown {
  if (v === undefined || v === null) return undefined;
  if (col.jenis === 'ya') return v === true ? true : undefined;
  if (Array.isArray(v)) {
    const a = v.map((x) => (typeof x === 'string' ? x.trim() : x)).filter((x) => x !== '');
    return a.length ? a : undefined;
  }
  if (typeof v === 'string') return v.trim() || undefined;
  return v;
}

/** The sheet's cells against the record: those that differ, and how many the two share. Columns the sheet lacks are not compared. */
export function rowSets(record: RecordData, fields: Record<string, unknown>, sheetPaths: ReadonlySet<string>): { sets: CellSet[]; same: number } {
  let same = 0;
  const sets = READ_BACK_COLUMNS.filter((c) => c.path !== 'id' && sheetPaths.has(c.path!)).flatMap((col): CellSet[] => {
    const was = asCell(col, valueAt(record, col.path!));
    const now = asCell(col, valueAt(fields, col.path!));
    if (!isDeepStrictEqual(was, now)) return [[col.path!, now]];
    if (was !== undefined) same++;
    return [];
  });
  return { sets, same };
}

function unsetAt(o: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  const chain: Array<Record<string, unknown>> = [o];
  for (const k of keys.slice(0, -1)) {
    const next = chain.at(-1)![k];
    if (!next || typeof next !== 'object') return;
    chain.push(next as Record<string, unknown>);
  }
  delete chain.at(-1)![keys.at(-1)!];
  // A block left empty goes too: the schema knows no empty blocks.
  for (let i = chain.length - 1; i > 0; i--) if (Object.keys(chain[i]!).length === 0) delete chain[i - 1]![keys[i - 1]!];
}

/** The record with the cells' values in. */
export function applySets(record: RecordData, sets: readonly CellSet[]): RecordData {
  const out = structuredClone(record) as unknown as Record<string, unknown>;
  for (const [path, v] of sets) {
    if (v === undefined) unsetAt(out, path);
    else setAt(out, path, v);
  }
  return orderRecord(out) as unknown as RecordData;
}

/** Titles compared as an officer reads them: case and spacing aside. */
const sameTitle = (a: unknown, b: unknown): boolean =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase().replace(/\s+/g, ' ') === b.trim().toLowerCase().replace(/\s+/g, ' ');

/**
 * The correction a row asks of its item; `refused` names the cells the item's status keeps (as
 * paths). A row whose title differs and that keeps fewer than half of its item's filled cells
 * may be another item under a reused id: `another` (how many cells differ, of how many), never
 * a guess either way — the officer says which (fewer columns at once, or an empty ID cell).
 */
export function planEdit(
  record: RecordData,
  fields: Record<string, unknown>,
  sheetPaths: ReadonlySet<string>,
): { plan?: EditPlan; refused: string[]; another?: { berubah: number; sel: number } } {
  const { sets, same } = rowSets(record, fields, sheetPaths);
  if (sets.length === 0) return { refused: [] };
  if (!sameTitle(record.judul, fields.judul) && same * 2 < same + sets.length)
    return { refused: [], another: { berubah: sets.length, sel: same + sets.length } };
  const after = applySets(record, sets);
  const ok = editableKeys(record.status);
  const bad = changedKeys(record, after).filter((k) => !ok.includes(k));
  if (bad.length) return { refused: sets.map(([p]) => p).filter((p) => bad.includes(p.split('.')[0]!)) };
  return { plan: { before: record, after, sets, berubah: fieldChanges(record, after) }, refused: [] };
}

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * The cells of columns ppid writes but does not read (computed from other columns, or recorded
 * by a later step) that differ from what the export would write for the item: each said, since
 * the import leaves them as they are. `langkah` names the step that records the field, if one does.
 */
export function unreadEdits(
  record: RecordData,
  unread: ReadonlyArray<{ judul: string; column: string; text: string }>,
): Array<{ judul: string; column: string; langkah?: 'open' | 'add' }> {
  return unread.flatMap((cell) => {
    const col = REGISTER_COLUMNS.find((c) => c.judul === cell.judul);
    if (!col) return [];
    const was = cellValue(col, record);
    const same =
      col.jenis === 'tanggal'
        ? (cell.text === '' ? undefined : (readDate(cell.text.toLowerCase()) ?? cell.text)) === was
        : squeeze(cell.text) === squeeze(String(was ?? ''));
    if (same) return [];
    const langkah = col.path?.startsWith('pembukaan.') ? 'open' : col.path === 'didaftarkan' ? 'add' : undefined;
    return [{ judul: col.judul, column: cell.column, ...(langkah ? { langkah } : {}) }];
  });
}
