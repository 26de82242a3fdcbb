/**
 * Markdown record text → front matter data + body. No file system here: the archive reader
 * passes text in, so this is trivially testable.
 */
import matter from 'gray-matter';
import { YamlSource } from './source.js';
import type { Diagnostic } from '../diagnostics.js';

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

/** YAML error codes of the `yaml` package → our message codes. */
function yamlErrorCode(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY': return 'yaml-kunci-ganda';
    case 'BAD_INDENT': case 'MISSING_CHAR': case 'BLOCK_AS_IMPLICIT_KEY': return 'yaml-indentasi';
    case 'MULTILINE_IMPLICIT_KEY': return 'yaml-kunci-multibaris';
    case 'TAB_AS_INDENT': return 'yaml-tab';
    default: return 'yaml-rusak';
  }
}

/**
 * The parser notices an unclosed `[` or `{` only on a later line; the officer's mistake is
 * on the line that opened it, so point there.
 */
function openingLine(source: YamlSource, line: number): number {
  for (let n = line; n >= Math.max(1, line - 20); n--) {
    const text = (source.line(n) ?? '').replace(/(["'])(?:\\.|(?!\1).)*\1/g, '');
    const open = (text.match(/[[{]/g) ?? []).length;
    const close = (text.match(/[\]}]/g) ?? []).length;
    if (open > close) return n;
  }
  return line;
}

export function yamlProblems(source: YamlSource): Diagnostic[] {
  const unusable = source.evaluationProblem();
  if (unusable) return [unusable];
  return source.doc.errors.map((e) => {
    let pos = source.positionOf(e.pos[0]);
    if (/^Flow (sequence|mapping|map|seq)\b/.test(e.message)) {
      const n = openingLine(source, pos.line);
      if (n !== pos.line) pos = { line: n, col: (source.line(n) ?? '').search(/[[{]/) + 1 };
    }
    return {
      severity: 'galat' as const,
      code: yamlErrorCode(e.code),
      params: { detail: e.message.split('\n')[0] ?? e.code },
      file: source.file,
      line: pos.line,
      col: pos.col,
      sourceLine: source.line(pos.line),
    };
  });
}

export function parseRecordText(file: string, raw: string): ParsedRecord {
  // Windows editors save CRLF; lines stay where they were, only the line ends change.
  const text = raw.replace(/\r\n?/g, '\n');
  const fail = (code: string, line = 1): ParsedRecord => ({
    file, data: undefined, body: '',
    problems: [{ severity: 'galat', code, params: {}, file, line, col: 1, sourceLine: text.split(/\r?\n/)[line - 1] }],
  });
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
      file, data: undefined, body: '',
      problems: [{ severity: 'galat', code: 'yaml-rusak', params: { detail: (e as Error).message.split('\n')[0] ?? '' }, file, line: 1, col: 1 }],
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
