/**
 * `ppid add --contoh`: a commented record to fill in for `ppid add --from`, made for this
 * archive (its first unit, today's date), so that as printed it is already a valid proposal and
 * the officer only changes what is theirs. The words are in templates/butir.yaml.
 */
import type { Io } from '../terminal/io.js';
import { readPackageFile } from '../package.js';
import { EXIT } from '../errors.js';
import { openArchive, resolveToday, stepDay, type CommonOptions } from './context.js';

export async function printSample(io: Io, opts: CommonOptions): Promise<number> {
  const a = await openArchive(io, opts);
  const units = a.config.unit;
  const fill: Record<string, string> = {
    unit: units[0]?.kode ?? 'KODE-UNIT',
    unit_daftar: units.map((u) => `${u.kode} = ${u.nama}`).join(', ') || '—',
    // The day the record will be registered on (its commit's), unless a report day is asked for.
    hari_ini: opts.today !== undefined || io.env.PPID_TODAY ? resolveToday(opts, io.env) : await stepDay(opts, io.env, io.cwd),
  };
  io.stdout(readPackageFile('templates/butir.yaml').replace(/\{\{(\w+)\}\}/g, (m, k: string) => fill[k] ?? m));
  return EXIT.OK;
}
