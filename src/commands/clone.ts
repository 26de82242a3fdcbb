/** `ppid clone URL [folder]`: an office's own copy of the shared archive, ready for `ppid sync`. */
import { basename, resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { cloneArchive } from '../sync/remote.js';
import { goneIds } from '../archive/gone-ids.js';
import { headCommit } from '../git/repo.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT } from '../errors.js';
import { json, type CommonOptions } from './context.js';

export interface CloneOptions extends CommonOptions {
  klon?: string;
}

export async function run(io: Io, url: string, folder: string | undefined, opts: CloneOptions): Promise<number> {
  const dir = resolve(io.cwd, folder ?? basename(url.replace(/\/+$/, '')).replace(/\.git$/, ''));
  const r = await cloneArchive(url, dir, opts.klon);
  // The ids the history took out are read once here, where a wait is expected (reading every
  // commit costs less than git's own clone of it), not at the first step (src/archive/gone-ids.ts).
  const head = await headCommit(r.dir);
  if (head) await goneIds(r.dir, [head]);
  if (opts.json) io.stdout(json({ folder: r.dir, klon: r.klon }));
  else io.stderr(io.colorErr.green(ui('clone.selesai', { folder: r.dir, klon: r.klon })) + '\n');
  return EXIT.OK;
}
