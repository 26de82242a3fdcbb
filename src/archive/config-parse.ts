/** Parsing and checking the text of `ppid.yaml` (loaded only when the settings cache cannot answer). */
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { YamlSource } from '../yaml/source.js';
import { yamlProblems } from '../yaml/yaml-problems.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { EXIT, UserError } from '../errors.js';
import { plainArchivePath } from './archive-path.js';

export function parseConfig(raw: string): Config {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const src = new YamlSource(CONFIG_FILE, text, text);
  let problems = yamlProblems(src);
  let data: unknown;
  if (problems.length === 0) {
    data = src.toJS();
    problems = checkAgainstSchema('config', data ?? {}, src);
    const kalender = (data as Partial<Config> | undefined)?.kalender;
    // The calendar is read and its lines quoted in messages: only ever the archive's own file.
    if (problems.length === 0 && typeof kalender === 'string' && !plainArchivePath(kalender)) {
      problems = [src.diagnostic('galat', 'jalur-di-luar-arsip', { jalur: kalender }, ['kalender'])];
    }
  }
  if (problems.length > 0) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID, problems);
  return data as Config;
}
