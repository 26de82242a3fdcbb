/**
 * A parsed YAML document that remembers where every value came from, so that schema and
 * rule problems can be reported as FILE:LINE:COL with the line quoted.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { fieldPath, type Diagnostic, type Severity } from '../diagnostics.js';
import { ownCopy } from '../unshared-copy.js';
import type { DiagnosticCode } from '../i18n/diagnostic-messages.js';

export interface Position {
  line: number;
  col: number;
}

export class YamlSource {
  readonly doc: Document;
  private readonly lines: LineCounter;

  constructor(
    readonly file: string,
    /** The full file text (for quoting lines). */
    readonly fileText: string,
    /** The front matter as parsed; node ranges count from its start. */
    readonly yamlText: string,
    /** Lines of the file that come before `yamlText` starts. */
    private readonly lineOffset = 0,
  ) {
    this.lines = new LineCounter();
    // `uniqueKeys` makes a duplicated key an error instead of a silent overwrite; the core
    // schema (YAML 1.2) keeps `2026-02-16` a string rather than a Date.
    this.doc = parseDocument(yamlText, { lineCounter: this.lines, uniqueKeys: true, prettyErrors: false, schema: 'core' });
  }

  private js: { value: unknown } | { error: Error } | undefined;

  /** Front matter as plain data; aliases are capped so that an alias bomb cannot exhaust memory. */
  toJS(): unknown {
    const r = this.evaluate();
    if ('error' in r) throw r.error;
    return r.value;
  }

  private evaluate(): { value: unknown } | { error: Error } {
    if (!this.js) {
      try {
        this.js = { value: this.doc.toJS({ maxAliasCount: 50 }) };
      } catch (e) {
        this.js = { error: e as Error };
      }
    }
    return this.js;
  }

  /**
   * A document that parses but cannot become data: in practice a YAML alias bomb (a few lines
   * that expand into millions of values). Reported at its first alias.
   */
  evaluationProblem(): Diagnostic | undefined {
    if (this.doc.errors.length > 0) return undefined;
    const r = this.evaluate();
    if (!('error' in r)) return undefined;
    let at: number | undefined;
    visit(this.doc, {
      Alias(_, node) {
        at = node.range?.[0];
        return visit.BREAK;
      },
    });
    const pos = at !== undefined ? this.positionOf(at) : { line: 1 + this.lineOffset, col: 1 };
    return {
      severity: 'galat',
      code: 'yaml-alias-berlebihan',
      // The yaml package's words are English: ours are chosen when the problem is printed.
      params: { detail: /alias/i.test(r.error.message) ? 'yaml.RESOURCE_EXHAUSTION' : 'yaml.lain' },
      file: this.file,
      line: pos.line,
      col: pos.col,
      sourceLine: this.line(pos.line),
    };
  }

  positionOf(offset: number): Position {
    const p = this.lines.linePos(offset);
    return { line: p.line + this.lineOffset, col: p.col };
  }

  line(n: number): string | undefined {
    const line = this.fileText.split(/\r?\n/)[n - 1];
    // Quoted in a problem that may outlive the file's text.
    return line === undefined ? undefined : ownCopy(line);
  }

  /**
   * Where the value at `path` is written; for a path that does not exist, the nearest parent
   * that does (so a missing key points at the block it is missing from).
   */
  locate(path: ReadonlyArray<string | number>, target: 'key' | 'value' = 'value'): Position {
    let node: unknown = this.doc.contents;
    let best: number | undefined = (node as Node | null)?.range?.[0];
    for (let i = 0; i < path.length; i++) {
      const seg = path[i]!;
      if (isMap(node)) {
        const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
        if (!pair) break;
        const keyNode = pair.key as Node;
        const last = i === path.length - 1;
        if (last && target === 'key') {
          best = keyNode.range?.[0] ?? best;
          break;
        }
        best = keyNode.range?.[0] ?? best;
        node = pair.value;
        const vr = (node as Node | null)?.range?.[0];
        if (last && vr !== undefined) best = vr;
      } else if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg] as Node | undefined;
        if (!item) break;
        node = item;
        best = item.range?.[0] ?? best;
      } else break;
    }
    if (best === undefined) return { line: 1 + this.lineOffset, col: 1 };
    return this.positionOf(best);
  }

  diagnostic(
    severity: Severity,
    code: DiagnosticCode,
    params: Record<string, string | number>,
    path: ReadonlyArray<string | number> = [],
    target: 'key' | 'value' = 'value',
  ): Diagnostic {
    const pos = path.length > 0 ? this.locate(path, target) : { line: 1, col: 1 };
    return {
      severity,
      code,
      params,
      file: this.file,
      line: pos.line,
      col: pos.col,
      ...(path.length > 0 ? { field: fieldPath(path) } : {}),
      sourceLine: this.line(pos.line),
    };
  }
}
