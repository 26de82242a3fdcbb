/** Which items make up the public lists on a given day. */
import type { ArchiveRecord } from '../domain/record.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import { register } from '../reports/register.js';
import { toOpenedItem, toPublicItem, type OpenedItem, type PublicItem } from './allowlist.js';

export interface Dik {
  /** Exempt and in force: the DIK. */
  items: PublicItem[];
  /** Exemption over, available on request: opened items, and items public by law. */
  opened: OpenedItem[];
  /** In force on paper but past their period: public by law, so not listed as exempt. */
  pastPeriod: number;
}

export function buildDik(records: ArchiveRecord[], today: string): Dik {
  const rows = register(
    records.filter((r) => STATUS_INFO[r.data.status].berlaku || r.data.status === 'dibuka'),
    {},
    today,
  );
  const live = rows.filter((r) => STATUS_INFO[r.record.data.status].berlaku && !r.demiHukum);
  const past = rows.filter((r) => r.demiHukum);
  const opened = [
    ...rows.filter((r) => r.record.data.status === 'dibuka').map((r) => ({ r, berakhir: undefined })),
    ...past.map((r) => ({ r, berakhir: r.facts.berakhir })),
  ]
    .map(({ r, berakhir }) => toOpenedItem(r.record, 0, berakhir))
    .sort((a, b) => b.dibuka.localeCompare(a.dibuka) || a.id.localeCompare(b.id))
    .map((o, i) => ({ ...o, no: i + 1 }));
  return { items: live.map((r, i) => toPublicItem(r.record, i + 1)), opened, pastPeriod: past.length };
}
