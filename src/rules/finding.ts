/** How the rules say what they find: located, catalogued diagnostics in one list. */
import type { Diagnostic } from '../diagnostics.js';
import type { YamlSource } from '../yaml/source.js';
import type { RecordData } from '../domain/record.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

/** A record as the rules see it: possibly incomplete or ill-typed (the schema says so separately). */
export type Data = Partial<RecordData> & Record<string, unknown>;

type Params = Record<string, string | number>;
type Path = Array<string | number>;

export interface Findings {
  err(code: DiagnosticCode, params: Params, path: Path, target?: 'key' | 'value'): void;
  warn(code: DiagnosticCode, params: Params, path: Path, target?: 'key' | 'value'): void;
}

export function findings(src: YamlSource, out: Diagnostic[]): Findings {
  return {
    err: (code, params, path, target = 'value') => out.push(src.diagnostic('galat', code, params, path, target)),
    warn: (code, params, path, target = 'value') => out.push(src.diagnostic('peringatan', code, params, path, target)),
  };
}
