/** A YAML file that must hold a mapping, read strictly: one dialect, located errors, no alias bombs. */
import { readTextFile } from '../text-file.js';
import { EXIT, UserError } from '../errors.js';
import { yamlProblems } from './yaml-problems.js';
import { YamlSource } from './source.js';

export interface YamlMap {
  data: Record<string, unknown>;
  source: YamlSource;
}

/** `abs` is read as it is: a link is refused (follow it first where links are allowed). */
export function readYamlMap(abs: string, shown: string): YamlMap {
  const read = readTextFile(abs, shown);
  if (!read.ok) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [read.problem]);
  const text = read.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const source = new YamlSource(shown, text, text);
  const problems = yamlProblems(source);
  if (problems.length > 0) throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, problems);
  const data = source.toJS();
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new UserError('masukan-tidak-valid', {}, EXIT.INVALID, [source.diagnostic('galat', 'front-matter-bukan-peta', {})]);
  }
  return { data: data as Record<string, unknown>, source };
}
