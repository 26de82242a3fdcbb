/** `ppid sync`: receive the other offices' steps and send this office's, safely (see src/sync/sync.ts). */
import type { Io } from '../terminal/io.js';
import { findArchiveRoot } from '../archive/find.js';
import { sync, SyncConflict } from '../sync/sync.js';
import { readConfig } from '../archive/config-file.js';
import { refreshAllowedSigners } from '../git/signing.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT } from '../errors.js';
import { json, listOption, type CommonOptions } from './context.js';

export interface SyncCommandOptions extends CommonOptions {
  remote?: string;
  pakaiRemote?: string[];
  pakaiLokal?: string[];
}

export async function run(io: Io, opts: SyncCommandOptions): Promise<number> {
  const root = findArchiveRoot(io.cwd, opts.archive);
  try {
    const r = await sync(root, { remote: opts.remote, takeRemote: listOption(opts.pakaiRemote), takeLocal: listOption(opts.pakaiLokal) });
    // git's list of the officials' keys, as the ppid.yaml just received has them. A failure only
    // leaves git's own display of signatures behind; the audit never reads the list.
    await readConfig(root)
      .then((config) => refreshAllowedSigners(root, config))
      .catch(() => undefined);
    if (opts.json) {
      io.stdout(
        json({
          remote: r.remote,
          cabang: r.branch,
          diterima: r.received,
          dikirim: r.sent,
          nomor_diganti: r.renumbered.map(([lama, baru]) => ({ lama, baru })),
          dipakai: r.settled,
          percobaan: r.attempts,
        }),
      );
      return EXIT.OK;
    }
    for (const [lama, baru] of r.renumbered) io.stderr(io.colorErr.yellow(ui('sync.nomor-diganti', { lama, baru })) + '\n');
    for (const s of r.settled) io.stderr(ui('sync.dipakai', { id: s.id, pakai: s.pakai }) + '\n');
    io.stderr(io.colorErr.green(ui('sync.selesai', { remote: r.remote, terima: r.received, kirim: r.sent })) + '\n');
    return EXIT.OK;
  } catch (e) {
    if (!(e instanceof SyncConflict)) throw e;
    if (opts.json) {
      io.stdout(json({ konflik: e.conflicts.map((c) => ({ id: c.id, berkas: c.paths, lokal: c.lokal })) }));
    } else {
      io.stderr(io.colorErr.red(`${ui('galat')}: ${ui('sinkron-konflik', { butir: e.conflicts.map((c) => c.id).join(', ') })}`) + '\n');
      for (const c of e.conflicts) io.stderr(`  ${ui('sync.konflik-butir', { id: c.id, lokal: c.lokal.join('; ') || '—' })}\n`);
      io.stderr(`${ui('saran')}: ${ui('sync.konflik-saran', { ids: e.conflicts.map((c) => c.id).join(',') })}\n`);
    }
    return EXIT.INVALID;
  }
}
