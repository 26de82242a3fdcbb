/**
 * A problem found in the archive. Domain code creates these with a message code and
 * parameters; the catalogue in `i18n/` turns them into Indonesian or English text, so
 * the rules never print and every message can be tested by its code.
 */
import type { DiagnosticCode } from './i18n/diagnostic-messages.js';

export type Severity = 'galat' | 'peringatan';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  params: Record<string, string | number>;
  /** Path relative to the archive root (or as given, for files outside it). */
  file: string;
  line?: number;
  col?: number;
  /** Dotted field path, e.g. `jangka_waktu.tahun` or `pasal17[1]`. */
  field?: string;
  /** The offending line as written, for quoting. */
  sourceLine?: string;
}

export function hasErrors(ds: readonly Diagnostic[], strict = false): boolean {
  return ds.some((d) => d.severity === 'galat' || (strict && d.severity === 'peringatan'));
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.col ?? 0) - (b.col ?? 0));
}

export function fieldPath(segments: ReadonlyArray<string | number>): string {
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out ? `.${s}` : s;
  return out;
}
