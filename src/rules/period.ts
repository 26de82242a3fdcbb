/**
 * When an exemption ends and when it must be reviewed (docs/domain.md §4). `berakhir` is the
 * first day the item is no longer exempt; `sampai` is the last exempt day ("sampai dengan
 * 31 Desember 2030": 31 December is still exempt), so its `berakhir` is the day after.
 * People never read `berakhir` as such: reports/text.ts words it as "sampai dengan D−1" or
 * "terbuka sejak D".
 */
import { classifyPeriod, type PeriodForm } from '../domain/period-forms.js';
import type { JangkaWaktu, RecordData } from '../domain/record.js';
import { addDays, addPeriod, isIsoDate } from './dates.js';

export interface PeriodFacts {
  bentuk?: PeriodForm;
  /** The start of the period, where the form has one and it is known. */
  mulai?: string;
  /** The first day the item is no longer exempt. */
  berakhir?: string;
  tinjauUlang?: string;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

export function periodFacts(rec: Pick<RecordData, 'jangka_waktu'> & { penetapan?: { tanggal?: string } }): PeriodFacts {
  const jw = (rec.jangka_waktu ?? {}) as JangkaWaktu & Record<string, unknown>;
  const c = classifyPeriod(jw);
  if (!c.ok) return {};
  const tinjau = isIsoDate(jw.tinjau_ulang) ? { tinjauUlang: jw.tinjau_ulang } : {};
  switch (c.spec.bentuk) {
    case 'panjang-tetap': {
      const start = isIsoDate(jw.mulai) ? jw.mulai : isIsoDate(rec.penetapan?.tanggal) ? rec.penetapan!.tanggal : undefined;
      if (!start) return { bentuk: c.spec.bentuk, ...tinjau };
      return { bentuk: c.spec.bentuk, mulai: start, berakhir: addPeriod(start, num(jw.tahun), num(jw.bulan)), ...tinjau };
    }
    case 'tanggal-akhir':
      return {
        bentuk: c.spec.bentuk,
        ...(isIsoDate(jw.mulai) ? { mulai: jw.mulai } : {}),
        ...(isIsoDate(jw.sampai) ? { berakhir: addDays(jw.sampai, 1) } : {}),
        ...tinjau,
      };
    case 'setelah-peristiwa':
      return isIsoDate(jw.tanggal_peristiwa)
        ? { bentuk: c.spec.bentuk, mulai: jw.tanggal_peristiwa, berakhir: addPeriod(jw.tanggal_peristiwa, num(jw.tahun), num(jw.bulan)), ...tinjau }
        : { bentuk: c.spec.bentuk, ...tinjau };
    default:
      return { bentuk: c.spec.bentuk, ...tinjau };
  }
}

/**
 * The first day the item's information is public: the day it was opened, for an opened item
 * (which may be before its period's end), else the end of its period.
 */
export function firstPublicDay(
  rec: Pick<RecordData, 'jangka_waktu' | 'status'> & { penetapan?: { tanggal?: string }; pembukaan?: { tanggal?: string } },
  facts = periodFacts(rec),
): string | undefined {
  return rec.status === 'dibuka' && isIsoDate(rec.pembukaan?.tanggal) ? rec.pembukaan!.tanggal : facts.berakhir;
}

/** The last exempt day of a period whose first public day is `berakhir`. */
export const lastExemptDay = (berakhir: string): string => addDays(berakhir, -1);

/** Length of the period in months, for the forms that state one. */
export function periodMonths(jw: JangkaWaktu): number | undefined {
  if (jw.tahun === undefined && jw.bulan === undefined) return undefined;
  return num(jw.tahun) * 12 + num(jw.bulan);
}
