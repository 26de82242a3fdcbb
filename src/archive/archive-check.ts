/**
 * What only the archive as a whole can tell — one id per item — and the records fit for
 * reports. Imports no parser: a record is read again only to point at a duplicate id.
 */
import { basename } from 'node:path';
import type { RecordData } from '../domain/record.js';
import { hasErrors } from '../diagnostics.js';
import type { CheckedRecord } from './check.js';

/** The checks across records — one id per item — and the records fit for reports. */
export async function completeArchiveCheck<D>(root: string, checked: CheckedRecord<D>[]): Promise<CheckedRecord<D>[]> {
  const idOf = (c: CheckedRecord<D>): string | undefined => {
    const data = c.parsed.data as Partial<RecordData> | undefined;
    return data && typeof data.id === 'string' && !hasErrors(c.parsed.problems) ? data.id : undefined;
  };
  // File names in one folder differ, so records whose ids are their own file names never share
  // one: every duplicate involves a record named otherwise, and only those ids are looked up.
  const suspect = new Set<string>();
  for (const c of checked) {
    const id = idOf(c);
    if (id !== undefined && basename(c.parsed.file) !== `${id}.md`) suspect.add(id);
  }
  const byId = new Map<string, CheckedRecord<D>[]>();
  if (suspect.size > 0) {
    for (const c of checked) {
      const id = idOf(c);
      if (id === undefined || !suspect.has(id)) continue;
      const list = byId.get(id) ?? [];
      list.push(c);
      byId.set(id, list);
    }
  }
  for (const [id, list] of byId) {
    if (list.length < 2) continue;
    for (const c of list) {
      const others = list
        .filter((o) => o !== c)
        .map((o) => o.parsed.file)
        .join(', ');
      // A record taken from the cache has no positions: read it again to point at its id.
      const source = c.parsed.source ?? (await import('./read.js')).readRecord(root, c.parsed.file).source;
      if (source) c.problems.push(source.diagnostic('galat', 'id-ganda', { id, berkas: others }, ['id']));
      else c.problems.push({ severity: 'galat', code: 'id-ganda', params: { id, berkas: others }, file: c.parsed.file, field: 'id' });
    }
  }
  for (const c of checked) {
    if (!c.unloaded && !hasErrors(c.problems)) {
      c.record = { path: c.parsed.file, data: c.parsed.data as D, body: c.parsed.body };
    }
  }
  return checked;
}
