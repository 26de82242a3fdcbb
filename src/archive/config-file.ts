/** Reading and checking `ppid.yaml`. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { YamlSource } from '../records/source.js';
import { yamlProblems } from '../records/parse.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { EXIT, UserError } from '../errors.js';

export function readConfig(root: string): Config {
  const abs = join(root, CONFIG_FILE);
  if (!existsSync(abs)) throw new UserError('arsip-tanpa-ppid-yaml', { dir: root }, EXIT.ARCHIVE);
  const text = readFileSync(abs, 'utf8').replace(/^\uFEFF/, '');
  const src = new YamlSource(CONFIG_FILE, text, text);
  let problems = yamlProblems(src);
  let data: unknown;
  if (problems.length === 0) {
    data = src.toJS();
    problems = checkAgainstSchema('config', data ?? {}, src);
  }
  if (problems.length > 0) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID, problems);
  return data as Config;
}
