/**
 * `ppid migrate [--dry-run] [--tetap ID…]` — an archive of format 1 (ppid 0.1, `sampai` = first
 * public day) becomes format 2 (`sampai` = last exempt day) in one commit, every change listed
 * first (archive/migrate-sampai.ts).
 */
import type { Io } from '../terminal/io.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAllRecords } from '../archive/read.js';
import { applyChange, openForStep } from '../archive/change.js';
import { configAtFormat, planMigration, type SampaiChange } from '../archive/migrate-sampai.js';
import { packageVersion } from '../package.js';
import { currentActor } from '../workflow/actor.js';
import { ARCHIVE_FORMAT, CONFIG_FILE } from '../domain/config.js';
import { action } from '../domain/lifecycle.js';
import { renderCsv, writeTable, type Column } from '../terminal/table.js';
import type { CsvDialect } from '../export/csv.js';
import { longDate } from '../reports/text.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, listOption, openArchive, outputFormat, csvDialect, stepDay, type CommonOptions } from './context.js';

export interface MigrateOptions extends CommonOptions {
  dryRun?: boolean;
  tetap?: string[];
}

/** The data migrated is the archive's own record of legal dates: the PPID Utama or its technical officer. */
const MIGRATE_ROLES = action('migrate').peran;

function show(io: Io, changes: SampaiChange[], format: 'json' | 'csv' | 'text', done: { commit?: string; dryRun: boolean; csv: CsvDialect }): void {
  if (format === 'json') {
    io.stdout(json({ versi_baru: ARCHIVE_FORMAT, uji_coba: done.dryRun, commit: done.commit ?? null, perubahan: changes }));
    return;
  }
  const cols: Column<SampaiChange>[] = [
    { key: 'id', header: ui('kol.id'), value: (c) => c.id },
    { key: 'kolom', header: ui('migrate.kolom'), value: (c) => c.kolom },
    { key: 'lama', header: ui('migrate.lama'), value: (c) => (format === 'csv' ? c.lama : longDate(c.lama)) },
    { key: 'baru', header: ui('migrate.baru'), value: (c) => (format === 'csv' ? c.baru : longDate(c.baru)) },
    { key: 'alasan', header: ui('migrate.alasan'), value: (c) => (format === 'csv' ? c.alasan : ui(`migrate.${c.alasan}`)) },
  ];
  if (format === 'csv') {
    io.stdout(renderCsv(cols, changes, done.csv));
    return;
  }
  if (changes.length > 0) writeTable(io.stdout, cols, changes, io.color.bold);
  io.stdout(ui(done.dryRun ? 'migrate.uji-coba' : 'migrate.selesai', { n: changes.length, versi: ARCHIVE_FORMAT }) + '\n');
}

export async function run(io: Io, opts: MigrateOptions): Promise<number> {
  const format = outputFormat(opts);
  // A migration is a commit, dated as commits are (its --dry-run is a report of it).
  if (!opts.dryRun) await stepDay(opts, io.env, io.cwd);
  const a = await openArchive(io, opts);
  if (a.config.versi === ARCHIVE_FORMAT) {
    io.stderr(ui('migrate.sudah', { versi: ARCHIVE_FORMAT }) + '\n');
    return EXIT.OK;
  }
  if (!opts.dryRun) await openForStep(a.root);
  const records = readAllRecords(a.root);
  const keep = new Set(listOption(opts.tetap) ?? []);
  // A mistyped id would otherwise move a date the officer meant to keep.
  const ids = new Set(records.map((r) => (r.data as { id?: unknown } | undefined)?.id));
  const unknown = [...keep].filter((id) => !ids.has(id));
  if (unknown.length > 0) throw new UserError('item-tidak-ada', { id: unknown.join(', ') }, EXIT.USAGE);
  const plan = planMigration(records, keep, (path) => readFileSync(join(a.root, path)));
  if (plan.unreadable.length > 0) {
    throw new UserError(
      'migrate-tidak-terbaca',
      { berkas: plan.unreadable.map((r) => r.file).join(', ') },
      EXIT.INVALID,
      plan.unreadable.flatMap((r) => r.problems),
    );
  }
  if (opts.dryRun) {
    show(io, plan.changes, format, { dryRun: true, csv: csvDialect(opts) });
    return EXIT.OK;
  }
  const actor = await currentActor(a.root, a.config);
  const peran = MIGRATE_ROLES.find((r) => actor.pejabat?.peran.includes(r));
  if (!peran && (a.config.peran_tidak_sesuai ?? 'tolak') === 'tolak') {
    throw new UserError(
      actor.pejabat ? 'peran-tidak-sesuai' : 'pelaku-tidak-dikenal',
      { nama: actor.nama, email: actor.email, perintah: 'migrate', peran: MIGRATE_ROLES.join(', ') },
      EXIT.INVALID,
    );
  }
  const config = configAtFormat(readFileSync(join(a.root, CONFIG_FILE), 'utf8'), ARCHIVE_FORMAT);
  // What is committed must read back as the new format, or nothing is written.
  const { parseConfig } = await import('../archive/config-parse.js');
  if (parseConfig(config).versi !== ARCHIVE_FORMAT) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID);
  const commit = await applyChange(a.root, [{ path: CONFIG_FILE, content: config }, ...plan.writes], {
    subject: `Arsip diubah ke format ${ARCHIVE_FORMAT}: "sampai" adalah hari terakhir dikecualikan`,
    ...(plan.changes.length ? { body: plan.changes.map((c) => `${c.id} ${c.kolom}.sampai: ${c.lama} → ${c.baru} (${c.alasan})`).join('\n') } : {}),
    trailers: [
      ['PPID-Perintah', 'migrate'],
      ['PPID-Peran', peran ?? 'tanpa-peran'],
      ...[...new Set(plan.changes.map((c) => c.id))].map((id) => ['PPID-Item', id] as const),
      ['PPID-Versi', packageVersion()],
    ],
  });
  show(io, plan.changes, format, { commit, dryRun: false, csv: csvDialect(opts) });
  return EXIT.OK;
}
