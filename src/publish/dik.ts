/** Which items make up the public DIK on a given day. */
import type { ArchiveRecord } from '../domain/record.js';
import { STATUS_INFO } from '../domain/lifecycle.js';
import { register } from '../reports/register.js';
import { toPublicItem, type PublicItem } from './allowlist.js';

export interface Dik {
  items: PublicItem[];
  /** In force on paper but past their period: public by law, so not listed as exempt. */
  pastPeriod: number;
}

export function buildDik(records: ArchiveRecord[], today: string): Dik {
  const rows = register(records.filter((r) => STATUS_INFO[r.data.status].berlaku));
  const live = rows.filter((r) => r.facts.berakhir === undefined || r.facts.berakhir > today);
  return { items: live.map((r, i) => toPublicItem(r.record, i + 1)), pastPeriod: rows.length - live.length };
}
