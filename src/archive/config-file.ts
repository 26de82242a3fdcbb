/** Reading and checking `ppid.yaml`. */
import { existsSync } from 'node:fs';
import { readTextFile } from './text-file.js';
import { join } from 'node:path';
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { YamlSource } from '../records/source.js';
import { yamlProblems } from '../records/yaml-problems.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { EXIT, UserError } from '../errors.js';

export function readConfig(root: string): Config {
  const abs = join(root, CONFIG_FILE);
  if (!existsSync(abs)) throw new UserError('arsip-tanpa-ppid-yaml', { dir: root }, EXIT.ARCHIVE);
  const read = readTextFile(abs, CONFIG_FILE);
  if (!read.ok) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID, [read.problem]);
  const text = read.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
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
