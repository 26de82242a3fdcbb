/**
 * The elements a determination (surat penetapan klasifikasi) must hold, PP 61/2010 Pasal
 * 4(2): the type of information, the determining PPID official, the body and its unit, the
 * period, the reasons, place and date — plus the head's approval (PP 61/2010 Pasal 3).
 */
import type { Config } from '../domain/config.js';
import type { RecordData } from '../domain/record.js';
import { classifyPeriod } from '../domain/period-forms.js';
import { isIsoDate } from './dates.js';

export const DETERMINATION_ELEMENTS = [
  'jenis-informasi', 'pejabat-ppid', 'badan-publik-dan-unit', 'jangka-waktu', 'alasan', 'tempat-dan-tanggal', 'persetujuan-pimpinan',
] as const;
export type DeterminationElement = (typeof DETERMINATION_ELEMENTS)[number];

const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

export function missingDeterminationElements(d: Partial<RecordData>, config: Config): DeterminationElement[] {
  const p = d.penetapan;
  const has: Record<DeterminationElement, boolean> = {
    'jenis-informasi': filled(d.judul) && Array.isArray(d.pasal17) && d.pasal17.length > 0,
    'pejabat-ppid': filled(p?.pejabat?.nama) && filled(p?.pejabat?.jabatan),
    'badan-publik-dan-unit': filled(config.badan_publik?.nama) && filled(d.unit),
    'jangka-waktu': d.jangka_waktu !== undefined && classifyPeriod(d.jangka_waktu as Record<string, unknown>).ok,
    alasan: filled(d.uji_konsekuensi?.konsekuensi_dibuka) && filled(d.uji_konsekuensi?.konsekuensi_ditutup) && Array.isArray(d.dasar_hukum) && d.dasar_hukum.length > 0,
    'tempat-dan-tanggal': filled(p?.tempat) && isIsoDate(p?.tanggal),
    'persetujuan-pimpinan': filled(p?.persetujuan_pimpinan?.nama) && filled(p?.persetujuan_pimpinan?.jabatan) && isIsoDate(p?.persetujuan_pimpinan?.tanggal),
  };
  return DETERMINATION_ELEMENTS.filter((e) => !has[e]);
}
