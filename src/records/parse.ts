/**
 * Markdown record text → front matter data + body. No file system here: the archive reader
 * passes text in, so this is trivially testable.
 */
import matter from 'gray-matter';
import { YamlSource } from '../yaml/source.js';
import type { Diagnostic } from '../diagnostics.js';
import { yamlProblems } from '../yaml/yaml-problems.js';
import { ownCopy } from '../unshared-copy.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface ParsedRecord {
  file: string;
  source?: YamlSource;
  /** Front matter as plain data (undefined when it could not be read). */
  data: unknown;
  body: string;
  problems: Diagnostic[];
}

const OPENING = /^\uFEFF?---[^\S\r\n]*(yaml)?[^\S\r\n]*\r?\n/;
const CLOSING = /\r?\n---[^\S\r\n]*(\r?\n|$)/;

export function parseRecordText(file: string, raw: string): ParsedRecord {
  // Windows editors save CRLF; lines stay where they were, only the line ends change.
  const text = raw.replace(/\r\n?/g, '\n');
  const fail = (code: DiagnosticCode, line = 1): ParsedRecord => {
    const sourceLine = text.split(/\r?\n/)[line - 1];
    return {
      file,
      data: undefined,
      body: '',
      problems: [{ severity: 'galat', code, params: {}, file, line, col: 1, sourceLine: sourceLine === undefined ? undefined : ownCopy(sourceLine) }],
    };
  };
  if (text.trim() === '') return fail('record-kosong');
  if (!OPENING.test(text)) return fail('front-matter-tidak-ada');
  const afterOpening = text.replace(OPENING, '');
  if (!CLOSING.test('\n' + afterOpening)) return fail('front-matter-tidak-ditutup');

  let source: YamlSource | undefined;
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(text, {
      engines: {
        // One YAML dialect everywhere: the `yaml` package, not gray-matter's js-yaml (which
        // would silently turn an unquoted 2026-02-16 into a Date).
        yaml: (fm: string) => {
          source = new YamlSource(file, text.replace(/^\uFEFF/, ''), fm);
          if (source.doc.errors.length > 0 || source.evaluationProblem()) return {};
          return source.toJS() as object;
        },
      },
    });
  } catch (e) {
    return {
      file,
      data: undefined,
      body: '',
      problems: [{ severity: 'galat', code: 'yaml-rusak', params: { detail: 'yaml.lain' }, file, line: 1, col: 1 }],
    };
  }
  if (!source) {
    // gray-matter skips the engine for a block of only comments or blanks.
    return fail('front-matter-kosong');
  }
  const src: YamlSource = source;
  const problems = yamlProblems(src);
  if (problems.length > 0) return { file, source: src, data: undefined, body: parsed.content, problems };
  const data = parsed.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { file, source: src, data: undefined, body: parsed.content, problems: [src.diagnostic('galat', 'front-matter-bukan-peta', {})] };
  }
  return { file, source: src, data, body: parsed.content, problems: [] };
}
