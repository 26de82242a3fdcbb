/** Reading and checking `ppid.yaml`. */
import { existsSync } from 'node:fs';
import { readTextFile } from '../text-file.js';
import { join } from 'node:path';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { EXIT, UserError } from '../errors.js';
import { remembered } from './settings-cache.js';

export async function readConfig(root: string): Promise<Config> {
  const abs = join(root, CONFIG_FILE);
  if (!existsSync(abs)) throw new UserError('arsip-tanpa-ppid-yaml', { dir: root }, EXIT.ARCHIVE);
  const read = readTextFile(abs, CONFIG_FILE);
  if (!read.ok) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID, [read.problem]);
  // The parser and the checks are loaded only for a text not met before.
  return remembered(root, 'ppid-yaml', [read.text], async () => (await import('./config-parse.js')).parseConfig(read.text));
}
