/** Parsing and checking the text of `ppid.yaml` (loaded only when the settings cache cannot answer). */
import { CONFIG_FILE, type Config } from '../domain/config.js';
import { YamlSource } from '../yaml/source.js';
import { yamlProblems } from '../yaml/yaml-problems.js';
import { checkAgainstSchema } from '../schema/validate.js';
import { EXIT, UserError } from '../errors.js';
import { plainArchivePath } from './archive-path.js';
import { parseSshKey } from '../git/ssh-key.js';
import type { Diagnostic } from '../diagnostics.js';

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
    if (problems.length === 0) problems = sshKeyProblems(data as Config, src);
  }
  if (problems.length > 0) throw new UserError('ppid-yaml-tidak-valid', { berkas: CONFIG_FILE }, EXIT.INVALID, problems);
  return data as Config;
}

/**
 * Keys the schema's pattern lets through but no signature can match: a blob that is not the key
 * its type names. And one key for two officials: a signature by it could be either's (ADR 17).
 */
function sshKeyProblems(config: Config, src: YamlSource): Diagnostic[] {
  const problems: Diagnostic[] = [...emailProblems(config, src)];
  const owners = new Map<string, string>();
  config.pejabat.forEach((p, i) => {
    if (p.kunci_ssh === undefined) return;
    const key = parseSshKey(p.kunci_ssh);
    if (!key) return void problems.push(src.diagnostic('galat', 'kunci-ssh-rusak', {}, ['pejabat', i, 'kunci_ssh']));
    const other = owners.get(key.fingerprint);
    if (other !== undefined) problems.push(src.diagnostic('galat', 'kunci-ssh-ganda', { nama: other }, ['pejabat', i, 'kunci_ssh']));
    else owners.set(key.fingerprint, p.nama);
  });
  return problems;
}

/** One e-mail, one official: the e-mail is who a commit's author is, and roles are looked up by it. */
function emailProblems(config: Config, src: YamlSource): Diagnostic[] {
  const owners = new Map<string, string>();
  const problems: Diagnostic[] = [];
  config.pejabat.forEach((p, i) => {
    const email = p.email?.toLowerCase();
    if (email === undefined) return;
    const other = owners.get(email);
    if (other !== undefined) problems.push(src.diagnostic('galat', 'surel-ganda', { nama: other }, ['pejabat', i, 'email']));
    else owners.set(email, p.nama);
  });
  return problems;
}
