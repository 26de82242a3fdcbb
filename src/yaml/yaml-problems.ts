/**
 * The `yaml` package's errors as our diagnostics. Apart from the record parser, so that
 * reading ppid.yaml and the calendars does not load gray-matter.
 */
import type { YamlSource } from './source.js';
import type { Diagnostic } from '../diagnostics.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';
import { yamlDetail } from '../i18n/parser-details.js';

/** YAML error codes of the `yaml` package → our message codes. */
function yamlErrorCode(code: string): DiagnosticCode {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'yaml-kunci-ganda';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return 'yaml-indentasi';
    case 'MULTILINE_IMPLICIT_KEY':
      return 'yaml-kunci-multibaris';
    case 'TAB_AS_INDENT':
      return 'yaml-tab';
    default:
      return 'yaml-rusak';
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
      params: { detail: yamlDetail(e.code, e.message) },
      file: source.file,
      line: pos.line,
      col: pos.col,
      sourceLine: source.line(pos.line),
    };
  });
}
