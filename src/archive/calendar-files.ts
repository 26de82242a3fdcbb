/**
 * Loading the working-day calendar: the national lists shipped in `data/calendar/`
 * (SKB 3 Menteri and Keppres, 2024–2027) plus the archive's own additions and removals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { DEFAULT_CALENDAR_FILE, type Config } from '../domain/config.js';
import { WorkingCalendar, type NonWorkingDay, type RemovedDay } from '../rules/working-days.js';
import { packagePath } from './package-files.js';
import { readTextFile } from './text-file.js';
import { YamlSource } from '../records/source.js';
import { yamlProblems } from '../records/yaml-problems.js';
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

let shipped: { days: NonWorkingDay[]; years: number[] } | undefined;

export function shippedCalendar(): { days: NonWorkingDay[]; years: number[] } {
  if (shipped) return shipped;
  const dir = packagePath('data/calendar/');
  const days: NonWorkingDay[] = [];
  const years: number[] = [];
  for (const f of readdirSync(dir).filter((n) => /^\d{4}\.yaml$/.test(n)).sort()) {
    const y = parse(readFileSync(join(dir, f), 'utf8')) as ShippedYear;
    years.push(y.year);
    for (const h of y.holidays) days.push({ tanggal: String(h.date), nama: h.name, jenis: h.kind, asal: 'bawaan' });
  }
  shipped = { days, years };
  return shipped;
}

export function calendarFilePath(config: Config): string {
  return config.kalender ?? DEFAULT_CALENDAR_FILE;
}

export interface LoadedCalendar {
  calendar: WorkingCalendar;
  problems: Diagnostic[];
}

export function loadCalendar(root: string, config: Config): LoadedCalendar {
  const base = shippedCalendar();
  const rel = calendarFilePath(config);
  const abs = join(root, rel);
  const problems: Diagnostic[] = [];
  let own: ArchiveCalendarFile = {};
  if (existsSync(abs)) {
    const read = readTextFile(abs, rel);
    const text = read.ok ? read.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') : '';
    if (!read.ok) problems.push(read.problem);
    const src = new YamlSource(rel, text, text);
    problems.push(...yamlProblems(src));
    if (problems.length === 0) {
      const data = src.toJS() ?? {};
      const schemaProblems = checkAgainstSchema('kalender', data, src);
      problems.push(...schemaProblems);
      if (schemaProblems.length === 0) own = data as ArchiveCalendarFile;
    }
  } else if (config.kalender !== undefined) {
    problems.push({ severity: 'galat', code: 'kalender-tidak-ada', params: { berkas: rel }, file: 'ppid.yaml' });
  }
  const days: NonWorkingDay[] = [
    ...base.days,
    ...(own.tambah ?? []).map((d) => ({ tanggal: d.tanggal, nama: d.nama ?? 'Hari libur daerah', jenis: 'daerah', asal: 'arsip' as const })),
  ];
  const removed: RemovedDay[] = (own.hapus ?? []).map((d) => ({ tanggal: d.tanggal, alasan: d.alasan ?? '' }));
  const years = new Set([...base.years, ...(own.tahun_lengkap ?? [])]);
  return { calendar: new WorkingCalendar(days, removed, years), problems };
}
