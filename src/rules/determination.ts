/**
 * What a determination (surat penetapan klasifikasi) must hold. PP 61/2010 Pasal 4(2): (a) the
 * type of exempted information, (b) the identity of the determining PPID official, (c) the
 * public body including the official's work unit, (d) the period, (e) the reasons, (f) place and
 * date — with the head's approval (PP 61/2010 Pasal 3(2)). A new determination made through ppid
 * also needs what the consequence test must show (Perki 1/2021 Pasal 49(2)(a); PP 61/2010 Pasal
 * 3): the tested document, the test's participants and the head's approval of the test. Records
 * determined before ppid asked for these are warned about, not refused.
 */
import type { Config } from '../domain/config.js';
import type { RecordData } from '../domain/record.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import { classifyPeriod } from '../domain/period-forms.js';
import { isIsoDate } from './dates.js';
import type { Data, Findings } from './finding.js';

export const DETERMINATION_ELEMENTS = [
  'jenis-informasi',
  'pejabat-ppid',
  'badan-publik-dan-unit',
  'jangka-waktu',
  'alasan',
  'tempat-dan-tanggal',
  'persetujuan-pimpinan',
] as const;
/** What the consequence test of a new determination must show. */
export const TEST_ELEMENTS = ['dokumen-uji', 'peserta-uji', 'persetujuan-uji'] as const;
/** Where each is kept in the record. */
const TEST_KEYS: Record<(typeof TEST_ELEMENTS)[number], string> = {
  'dokumen-uji': 'dokumen',
  'peserta-uji': 'peserta',
  'persetujuan-uji': 'persetujuan_pimpinan',
};
export type DeterminationElement = (typeof DETERMINATION_ELEMENTS)[number] | (typeof TEST_ELEMENTS)[number];

const filled = (v: unknown): boolean => typeof v === 'string' && v.trim() !== '';

/** The determining official's work unit: recorded with the decree, else the PPID's in ppid.yaml. */
export function officialUnit(d: Partial<RecordData>, config: Config | undefined): string | undefined {
  const own = d.penetapan?.pejabat?.unit_kerja;
  return filled(own) ? own : filled(config?.ppid?.unit_kerja) ? config!.ppid!.unit_kerja : undefined;
}

export function missingTestElements(d: Partial<RecordData>): Array<(typeof TEST_ELEMENTS)[number]> {
  const u = d.uji_konsekuensi;
  const a = u?.persetujuan_pimpinan;
  const has = {
    'dokumen-uji': filled(u?.dokumen),
    'peserta-uji': Array.isArray(u?.peserta) && u.peserta.length > 0,
    'persetujuan-uji': filled(a?.nama) && filled(a?.jabatan) && isIsoDate(a?.tanggal),
  };
  return TEST_ELEMENTS.filter((e) => !has[e]);
}

/** `baru`: a determination being made now, which must also show its consequence test whole. */
export function missingDeterminationElements(d: Partial<RecordData>, config: Config, opts: { baru?: boolean } = {}): DeterminationElement[] {
  const p = d.penetapan;
  const has: Record<(typeof DETERMINATION_ELEMENTS)[number], boolean> = {
    'jenis-informasi': filled(d.judul) && Array.isArray(d.pasal17) && d.pasal17.length > 0,
    'pejabat-ppid': filled(p?.pejabat?.nama) && filled(p?.pejabat?.jabatan),
    'badan-publik-dan-unit': filled(config.badan_publik?.nama) && officialUnit(d, config) !== undefined,
    'jangka-waktu': d.jangka_waktu !== undefined && classifyPeriod(d.jangka_waktu as Record<string, unknown>).ok,
    alasan:
      filled(d.uji_konsekuensi?.konsekuensi_dibuka) &&
      filled(d.uji_konsekuensi?.konsekuensi_ditutup) &&
      Array.isArray(d.dasar_hukum) &&
      d.dasar_hukum.length > 0,
    'tempat-dan-tanggal': filled(p?.tempat) && isIsoDate(p?.tanggal),
    'persetujuan-pimpinan': filled(p?.persetujuan_pimpinan?.nama) && filled(p?.persetujuan_pimpinan?.jabatan) && isIsoDate(p?.persetujuan_pimpinan?.tanggal),
  };
  return [...DETERMINATION_ELEMENTS.filter((e) => !has[e]), ...(opts.baru ? missingTestElements(d) : [])];
}

/** Warnings for a record in force (or opened) whose determination predates these requirements. */
export function checkDeterminationRecord(data: Data, config: Config | undefined, f: Findings): void {
  const status = data.status as Status | undefined;
  if (!status || !(STATUS_INFO[status]?.berlaku || status === 'dibuka') || !data.penetapan || typeof data.penetapan !== 'object') return;
  const missing = missingTestElements(data);
  if (missing.length > 0) f.warn('uji-unsur-kurang', { kunci: missing.map((e) => TEST_KEYS[e]).join(', ') }, ['uji_konsekuensi']);
  if (config && officialUnit(data, config) === undefined) f.warn('penetapan-tanpa-unit-kerja', {}, ['penetapan', 'pejabat']);
}
