/**
 * A correction of a record (`ppid edit`, and `ppid import` of an edited register): the fields
 * given replace the record's, and what changed is told field by field. Which fields may change
 * is the lifecycle table's (`EDIT_FIELDS`); nothing here reads files or prints.
 */
import { isDeepStrictEqual } from 'node:util';
import { EDIT_FIELDS, transition, type Status } from '../domain/lifecycle.js';
import { UserError } from '../errors.js';
import type { RecordData } from '../domain/record.js';
import { newRecordBody } from '../documents/record-body.js';
import { orderRecord } from './serialize.js';

/** The text below the front matter, as the lifecycle table and the audit name it. */
export const BODY_KEY = '(isi)';

/** Every front matter key a correction can change, for an item of some status. */
export const EDITABLE_KEYS: readonly string[] = [...new Set(Object.values(EDIT_FIELDS).flat())].filter((k) => k !== BODY_KEY);

/** The front matter keys a correction may change of an item with this status. */
export const editableKeys = (status: Status): string[] => EDIT_FIELDS[status].filter((k) => k !== BODY_KEY);

/** Top-level key → its new value; `null` (or an empty text) takes the key out of the record. */
export type EditChanges = Record<string, unknown>;

/** Keys whose change this status does not allow (never allowed ones included). */
export function refusedKeys(status: Status, changes: EditChanges): string[] {
  const ok = editableKeys(status);
  return Object.keys(changes).filter((k) => !ok.includes(k));
}

const isBlock = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const removes = (v: unknown): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * The record with the changes in. The consequence test is merged key by key (a flag corrects
 * one text of it); the period is replaced whole, since its keys only mean something together.
 */
export function applyEdit(data: RecordData, changes: EditChanges): RecordData {
  const out: Record<string, unknown> = { ...data };
  for (const [k, v] of Object.entries(changes)) {
    if (removes(v)) delete out[k];
    else if (k === 'uji_konsekuensi' && isBlock(v) && isBlock(out[k])) {
      const merged: Record<string, unknown> = { ...out[k], ...v };
      for (const [kk, vv] of Object.entries(v)) if (removes(vv)) delete merged[kk];
      out[k] = merged;
    } else out[k] = v;
  }
  return orderRecord(out) as unknown as RecordData;
}

/** Top-level keys whose values differ. */
export function changedKeys(a: RecordData, b: RecordData): string[] {
  const x = a as unknown as Record<string, unknown>;
  const y = b as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => !isDeepStrictEqual(x[k], y[k]));
}

export interface FieldChange {
  /** Dotted path: `judul`, `uji_konsekuensi.konsekuensi_dibuka`; lists whole. */
  kolom: string;
  dari: unknown;
  ke: unknown;
}

/** What changed, down to the field inside a block. */
export function fieldChanges(a: unknown, b: unknown, path = ''): FieldChange[] {
  if (isDeepStrictEqual(a, b)) return [];
  if (isBlock(a) && isBlock(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => fieldChanges(a[k], b[k], path ? `${path}.${k}` : k));
  }
  return [{ kolom: path, dari: a ?? null, ke: b ?? null }];
}

/**
 * The consequence-test sheet below the front matter follows the corrected fields when it is
 * still as ppid made it; a sheet someone wrote in is theirs and stays as it is.
 */
export function correctedBody(before: RecordData, after: RecordData, body: string): string {
  let made: string;
  try {
    made = newRecordBody(before);
  } catch {
    return body;
  }
  return made.trim() === body.trim() ? newRecordBody(after) : body;
}

/** A value as one line of a diff: «text», a list joined with "; ". */
export function shownValue(v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return `«${v.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ')}»`;
  return typeof v === 'string' ? `«${v}»` : JSON.stringify(v);
}

/** The corrected record, or a refusal naming the fields this status does not let a correction change. */
export function corrected(id: string, data: RecordData, changes: EditChanges): { after: RecordData; keys: string[] } {
  const after = applyEdit(data, changes);
  const keys = changedKeys(data, after);
  const status: Status = data.status;
  const ok = editableKeys(status);
  const refused = keys.filter((k) => !ok.includes(k));
  if (refused.length) {
    // What the decree fixed changes only with a new test (PP 61/2010 Pasal 10).
    const reclassify = transition('reclassify');
    const needsTest = status === 'ditetapkan' && refused.every((k) => reclassify.mengubah.includes(k));
    throw new UserError(needsTest ? 'edit-perlu-reklasifikasi' : 'edit-kolom-tidak-boleh', {
      id,
      status,
      kolom: refused.join(', '),
      boleh: ok.join(', '),
    });
  }
  return { after, keys };
}
