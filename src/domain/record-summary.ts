/**
 * What the reports (expiring, list, status, inbox) read of a record, and nothing more: the
 * record cache keeps this small view of every record apart from the full front matter and
 * body, so that a report over 100,000 unchanged records loads a few tens of megabytes rather
 * than the whole archive. The reports are typed against it: a report that starts reading
 * another field does not compile until the field is added here (and FORMAT in the cache
 * is bumped), so a summary can never silently lack what a report needs.
 */
import type { JangkaWaktu, Lampiran, RecordData } from './record.js';

/**
 * What `validate` needs of every record to check across records and against today, without
 * reading them: the latest date of an event the record holds (YYYYMMDD, 0: none: checked
 * against today, which the cached checks cannot know) and a hash of its title and unit (0:
 * none: the same information opened before). Only records these single out are read again.
 */
export interface RecordMarks {
  terakhir: number;
  kunci: number;
}

export interface RecordSummary {
  id: string;
  status: RecordData['status'];
  judul: string;
  judul_publik?: string;
  unit: string;
  pasal17: string[];
  jangka_waktu: JangkaWaktu;
  cakupan: RecordData['cakupan'];
  didaftarkan?: string;
  klarifikasi?: { tanggal: string };
  pertimbangan?: { tanggal: string };
  penetapan?: { nomor: string; tanggal: string };
  pembukaan?: { tanggal: string };
  lampiran?: Array<Pick<Lampiran, 'jenis'>>;
  arsip?: { lokasi?: string };
  publikasi?: { terakhir?: string };
}

/** What a report may choose records by before any summary is read: status and period dates. */
export interface ReportKeys {
  status: RecordData['status'];
  berakhir?: string;
  tinjauUlang?: string;
}

/** A record as the reports see it; a full `ArchiveRecord` is one too. */
export interface SummaryRecord {
  path: string;
  data: RecordSummary;
}

const pick = <T extends object, K extends keyof T>(o: T | undefined, keys: readonly K[]): Pick<T, K> | undefined => {
  if (!o || typeof o !== 'object') return undefined;
  const out = {} as Pick<T, K>;
  for (const k of keys) if (o[k] !== undefined) out[k] = o[k];
  return out;
};

/** The summary of a record that passed the schema (only such records reach the reports). */
export function summarize(d: RecordData): RecordSummary {
  const s: RecordSummary = {
    id: d.id,
    status: d.status,
    judul: d.judul,
    unit: d.unit,
    pasal17: d.pasal17,
    jangka_waktu: d.jangka_waktu,
    cakupan: d.cakupan,
  };
  if (d.judul_publik !== undefined) s.judul_publik = d.judul_publik;
  if (d.didaftarkan !== undefined) s.didaftarkan = d.didaftarkan;
  if (d.klarifikasi) s.klarifikasi = pick(d.klarifikasi, ['tanggal'])!;
  if (d.pertimbangan) s.pertimbangan = pick(d.pertimbangan, ['tanggal'])!;
  if (d.penetapan) s.penetapan = pick(d.penetapan, ['nomor', 'tanggal'])!;
  if (d.pembukaan) s.pembukaan = pick(d.pembukaan, ['tanggal'])!;
  if (d.lampiran) s.lampiran = d.lampiran.map((l) => ({ jenis: l.jenis }));
  if (d.arsip) s.arsip = pick(d.arsip, ['lokasi'])!;
  if (d.publikasi) s.publikasi = pick(d.publikasi, ['terakhir'])!;
  return s;
}
