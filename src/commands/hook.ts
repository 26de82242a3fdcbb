/** `ppid hook install`: a git pre-commit hook that runs `ppid validate`. */
import { chmodSync, existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from '../terminal/io.js';
import { requireOwnWorkTree } from '../git/repo.js';
import { git } from '../git/simple-git.js';
import { writeFileAtomic } from '../archive/atomic.js';
import { packagePath, readPackageFile } from '../package.js';
import { ui } from '../i18n/ui-messages.js';
import { EXIT, UserError } from '../errors.js';
import { json, openArchive, type CommonOptions } from './context.js';

const MARK = 'ppid: periksa arsip';
const SERVER_MARK = 'ppid: periksa kiriman';

export async function install(io: Io, opts: CommonOptions & { force?: boolean }): Promise<number> {
  const a = await openArchive(io, opts);
  await requireOwnWorkTree(a.root);
  // Honour core.hooksPath: ask git where its hooks live.
  const rel = await git(a.root).raw(['rev-parse', '--git-path', 'hooks/pre-commit']);
  const path = resolve(a.root, rel.trim());
  if (existsSync(path) && !readFileSync(path, 'utf8').includes(MARK) && !opts.force) {
    throw new UserError('hook-sudah-ada', { berkas: path }, EXIT.INVALID);
  }
  const text = readPackageFile('templates/pre-commit').replace('{{node}}', process.execPath).replace('{{ppid}}', packagePath('bin/ppid.js'));
  writeFileAtomic(path, text);
  chmodSync(path, 0o755);
  if (opts.json) io.stdout(json({ hook: path }));
  else io.stdout(ui('hook.terpasang', { berkas: path }) + '\n');
  return EXIT.OK;
}

/**
 * `ppid hook server BARE.git`: the pre-receive hook of the shared archive's server, refusing
 * pushes that fail `ppid validate` or `ppid audit` (templates/pre-receive).
 */
export async function installServer(io: Io, repo: string, opts: CommonOptions & { force?: boolean }): Promise<number> {
  const dir = resolve(io.cwd, repo);
  let gitDir: string;
  try {
    gitDir = resolve(dir, (await git(dir).raw(['rev-parse', '--git-dir'])).trim());
  } catch {
    throw new UserError('hook-bukan-repositori', { folder: repo }, EXIT.USAGE);
  }
  const path = resolve(gitDir, 'hooks', 'pre-receive');
  if (existsSync(path) && !readFileSync(path, 'utf8').includes(SERVER_MARK) && !opts.force) {
    throw new UserError('hook-sudah-ada', { berkas: path }, EXIT.INVALID);
  }
  const text = readPackageFile('templates/pre-receive').replace('{{ppid}}', `${process.execPath} ${packagePath('bin/ppid.js')}`);
  writeFileAtomic(path, text);
  chmodSync(path, 0o755);
  // git itself refuses rewritten history and deleted branches too, before the hook runs.
  await git(dir).raw(['config', 'receive.denyNonFastForwards', 'true']);
  await git(dir).raw(['config', 'receive.denyDeletes', 'true']);
  if (opts.json) io.stdout(json({ hook: path }));
  else io.stdout(ui('hook.server-terpasang', { berkas: path }) + '\n');
  return EXIT.OK;
}
