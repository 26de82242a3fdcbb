/** Turning `ppid add`'s flags and `--from` file into record data. */
import { existsSync, realpathSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { YamlSource } from '../yaml/source.js';
import { readYamlMap } from '../yaml/yaml-file.js';
import type { RecordData } from '../domain/record.js';
import type { Config } from '../domain/config.js';
import { UserError } from '../errors.js';
import {
  decreeFromFlags,
  inForceDecree,
  periodFromFlags,
  prune,
  splitList,
  testFromFlags,
  type InForceFlags,
  type PeriodFlags,
  type TestFlags,
} from './record-flags.js';

export interface AddFlags extends PeriodFlags, InForceFlags, TestFlags {
  from?: string;
  judul?: string;
  judulPublik?: string;
  unit?: string;
  pasal17?: string[];
  dasarHukum?: string[];
  tanggalUji?: string;
  saatUji?: string;
  dibuka?: string;
  ditutup?: string;
  kepentinganPublik?: string;
  cakupan?: string;
  bagian?: string[];
  catatan?: string;
}

type Data = Partial<RecordData> & Record<string, unknown>;

export function dataFromFlags(f: AddFlags, config?: Config): Data {
  const uji = testFromFlags(
    prune({ tanggal: f.tanggalUji, saat: f.saatUji, konsekuensi_dibuka: f.dibuka, konsekuensi_ditutup: f.ditutup, kepentingan_publik: f.kepentinganPublik }),
    f,
    config,
  );
  return prune({
    judul: f.judul,
    judul_publik: f.judulPublik,
    unit: f.unit,
    pasal17: splitList(f.pasal17, /[,\s]+/),
    // Statutes contain commas ("UU 14/2008, Pasal 17"), so each --dasar-hukum is one entry.
    dasar_hukum: f.dasarHukum?.map((s) => s.trim()).filter(Boolean),
    uji_konsekuensi: Object.keys(uji).length ? uji : undefined,
    jangka_waktu: periodFromFlags(f),
    cakupan: f.cakupan,
    bagian_dikecualikan: splitList(f.bagian, /;/),
    catatan: f.catatan,
    penetapan: decreeFromFlags(inForceDecree(f), config),
  }) as Data;
}

/** Flags given on the command line win over the same keys in the --from file; blocks merge. */
export function mergeInput(fromFile: Data, flags: Data): Data {
  const out: Data = { ...fromFile };
  for (const [k, v] of Object.entries(flags)) {
    const old = out[k];
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' && !Array.isArray(old) ? { ...old, ...v } : v;
  }
  return out;
}

export interface FromFile {
  data: Data;
  source: YamlSource;
  label: string;
}

export function readFromFile(cwd: string, path: string): FromFile {
  const abs = resolve(cwd, path);
  if (!existsSync(abs)) throw new UserError('berkas-tidak-ada', { berkas: path });
  // A --from file given as a link is read like any file; only the archive's own files may not be links.
  const { data, source } = readYamlMap(statSync(abs).isFile() ? realpathSync(abs) : abs, path);
  return { data: data as Data, source, label: path };
}

/** Keys `ppid add` needs before it can write a record (the rest the schema checks). */
export const REQUIRED_INPUT = ['judul', 'unit', 'pasal17', 'dasar_hukum', 'uji_konsekuensi', 'jangka_waktu', 'cakupan'] as const;

export function missingInput(d: Data): string[] {
  const miss: string[] = REQUIRED_INPUT.filter((k) => d[k] === undefined);
  const uji = d.uji_konsekuensi as Record<string, unknown> | undefined;
  if (uji) for (const k of ['tanggal', 'konsekuensi_dibuka', 'konsekuensi_ditutup']) if (uji[k] === undefined) miss.push(`uji_konsekuensi.${k}`);
  return miss;
}
