/** Locating the archive: `--archive DIR`, or the nearest folder upward holding ppid.yaml. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CONFIG_FILE } from '../domain/config.js';
import { EXIT, UserError } from '../errors.js';

export function findArchiveRoot(cwd: string, explicit?: string): string {
  if (explicit !== undefined) {
    const dir = resolve(cwd, explicit);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UserError('arsip-folder-tidak-ada', { dir }, EXIT.ARCHIVE);
    if (!existsSync(join(dir, CONFIG_FILE))) throw new UserError('arsip-tanpa-ppid-yaml', { dir }, EXIT.ARCHIVE);
    return dir;
  }
  let dir = resolve(cwd);
  for (;;) {
    if (existsSync(join(dir, CONFIG_FILE))) return dir;
    const up = dirname(dir);
    if (up === dir) throw new UserError('arsip-tidak-ditemukan', { dir: resolve(cwd) }, EXIT.ARCHIVE);
    dir = up;
  }
}
