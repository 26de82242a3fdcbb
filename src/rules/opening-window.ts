/**
 * PP 61/2010 Pasal 11(2): the PPID determines that an expiring item is public "paling lama 30
 * (tiga puluh) hari kerja sebelum berakhirnya Jangka Waktu Pengecualian". The 30 working days
 * are the law's; when within them the decision is due is a reading (`tenggat.batas_keputusan`
 * in ppid.yaml, documented in docs/adr/0002-batas-keputusan-pembukaan.md).
 */
import type { BatasKeputusan, Config } from '../domain/config.js';
import type { WorkingCalendar } from './working-days.js';

/** The working days before the end within which the opening is decided (PP 61/2010 Pasal 11(2)). */
export const PASAL_11_HARI_KERJA = 30;

export const PASAL_11_AYAT_2 = 'paling lama 30 (tiga puluh) hari kerja sebelum berakhirnya Jangka Waktu Pengecualian';

export function batasKeputusanOf(config: Pick<Config, 'tenggat'> | undefined): BatasKeputusan {
  return config?.tenggat?.batas_keputusan ?? 'hari-kerja-terakhir';
}

/**
 * The first of the 30 working days before `berakhir` (the first public day): from this day on,
 * "the period ends" is a true reason to open the item.
 */
export function openingWindowStart(cal: WorkingCalendar, berakhir: string): string {
  return cal.addWorkingDays(berakhir, -PASAL_11_HARI_KERJA);
}

/** The last day on which the opening is decided in time, by the archive's reading of Pasal 11(2). */
export function decisionDeadline(cal: WorkingCalendar, berakhir: string, reading: BatasKeputusan): string {
  return reading === 'awal-jendela' ? openingWindowStart(cal, berakhir) : cal.previousWorkingDay(berakhir);
}
