/** `ppid remote add URL` connects this archive to the shared one; `ppid remote` shows where it is connected. */
import type { Io } from '../terminal/io.js';
import { findArchiveRoot } from '../archive/find.js';
import { requireOwnWorkTree } from '../git/repo.js';
import { addRemote, listRemotes } from '../sync/remote.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, type CommonOptions } from './context.js';

export interface RemoteOptions extends CommonOptions {
  nama?: string;
  klon?: string;
}

export async function run(io: Io, action: string | undefined, url: string | undefined, opts: RemoteOptions): Promise<number> {
  const root = findArchiveRoot(io.cwd, opts.archive);
  await requireOwnWorkTree(root);
  if (action === undefined) {
    const remotes = await listRemotes(root);
    if (opts.json) io.stdout(json(remotes));
    else io.stdout(remotes.length ? remotes.map((r) => `${r.nama}\t${r.alamat}`).join('\n') + '\n' : ui('remote.kosong') + '\n');
    return EXIT.OK;
  }
  if (action !== 'add' || url === undefined)
    throw new UserError('opsi-tidak-dikenal', { opsi: 'ppid remote', nilai: [action, url].filter(Boolean).join(' '), pilihan: 'add ALAMAT' }, EXIT.USAGE);
  const r = await addRemote(root, url, opts.nama, opts.klon);
  if (opts.json) io.stdout(json({ nama: r.remote, alamat: url, klon: r.klon }));
  else io.stderr(io.colorErr.green(ui('remote.ditambah', { alamat: url, nama: r.remote, klon: r.klon })) + '\n');
  return EXIT.OK;
}
