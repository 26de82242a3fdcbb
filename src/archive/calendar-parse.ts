/**
 * Parsing the working-day calendar: the national lists shipped in `data/calendar/` (SKB 3
 * Menteri and Keppres, 2024–2027) plus the archive's own additions and removals. Loaded only
 * when the settings cache cannot answer (see calendar-files.ts).
 */
import { parse } from 'yaml';
import type { NonWorkingDay, RemovedDay } from '../rules/working-days.js';
import { shippedCalendarTexts } from './calendar-shipped.js';
import type { TextRead } from '../text-file.js';
import { YamlSource } from '../yaml/source.js';
import { yamlProblems } from '../yaml/yaml-problems.js';
import { checkAgainstSchema } from '../schema/validate.js';
import type { Diagnostic } from '../diagnostics.js';

interface ShippedYear {
  year: number;
  holidays: { date: string; name: string; kind: string }[];
}

interface ArchiveCalendarFile {
  tambah?: { tanggal: string; nama?: string; dasar?: string }[];
  hapus?: { tanggal: string; alasan?: string; dasar?: string }[];
  tahun_lengkap?: number[];
}

export function shippedCalendar(texts = shippedCalendarTexts()): { days: NonWorkingDay[]; years: number[] } {
  const days: NonWorkingDay[] = [];
  const years: number[] = [];
  for (const [, text] of texts) {
    const y = parse(text) as ShippedYear;
    years.push(y.year);
    for (const h of y.holidays) days.push({ tanggal: String(h.date), nama: h.name, jenis: h.kind, asal: 'bawaan' });
  }
  return { days, years };
}

/** What a WorkingCalendar is made of, and what is wrong with the archive's calendar file. */
export interface CalendarParts {
  days: NonWorkingDay[];
  removed: RemovedDay[];
  years: number[];
  problems: Diagnostic[];
}

/**
 * `own`: the archive's calendar file `rel` as read (undefined: there is none); `named`: ppid.yaml
 * names it (then it must exist).
 */
export function calendarParts(shippedTexts: Array<[string, string]>, rel: string, own: TextRead | undefined, named: boolean): CalendarParts {
  const base = shippedCalendar(shippedTexts);
  const problems: Diagnostic[] = [];
  let data: ArchiveCalendarFile = {};
  if (own) {
    const text = own.ok ? own.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : '';
    if (!own.ok) problems.push(own.problem);
    const src = new YamlSource(rel, text, text);
    problems.push(...yamlProblems(src));
    if (problems.length === 0) {
      const parsed = src.toJS() ?? {};
      const schemaProblems = checkAgainstSchema('kalender', parsed, src);
      problems.push(...schemaProblems);
      if (schemaProblems.length === 0) data = parsed as ArchiveCalendarFile;
    }
  } else if (named) {
    problems.push({ severity: 'galat', code: 'kalender-tidak-ada', params: { berkas: rel }, file: 'ppid.yaml' });
  }
  const days: NonWorkingDay[] = [
    ...base.days,
    ...(data.tambah ?? []).map((d) => ({ tanggal: d.tanggal, nama: d.nama ?? 'Hari libur daerah', jenis: 'daerah', asal: 'arsip' as const })),
  ];
  const removed: RemovedDay[] = (data.hapus ?? []).map((d) => ({ tanggal: d.tanggal, alasan: d.alasan ?? '' }));
  const years = [...new Set([...base.years, ...(data.tahun_lengkap ?? [])])];
  return { days, removed, years, problems };
}
