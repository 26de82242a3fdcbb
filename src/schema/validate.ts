/**
 * JSON Schema validation (ajv + ajv-formats) with every error turned into a located,
 * catalogued diagnostic. Period-form errors are left to `classifyPeriod`, which reads the
 * same table the schema's `oneOf` was generated from and can say precisely what is wrong.
 */
import type { Ajv2020, ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { buildRecordSchema, NOT_BLANK } from './record-schema.js';
import { buildCalendarSchema, buildConfigSchema } from './config-schema.js';
import type { YamlSource } from '../yaml/source.js';
import type { Diagnostic } from '../diagnostics.js';
import { closest } from '../rules/closest.js';
import { createRequire } from 'node:module';

export type SchemaKind = 'record' | 'config' | 'kalender';

export const AJV_OPTIONS = { allErrors: true, strict: true, strictRequired: false, strictTypes: false, allowUnionTypes: true } as const;

export const builders: Record<SchemaKind, () => Record<string, unknown>> = {
  record: buildRecordSchema,
  config: buildConfigSchema,
  kalender: buildCalendarSchema,
};

const require = createRequire(import.meta.url);

/** ajv itself is loaded only where schemas are compiled: the build, and runs from the sources. */
export function newAjv(extra: Record<string, unknown> = {}): Ajv2020 {
  const { Ajv2020: Ajv } = require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js');
  const addFormats = require('ajv-formats') as (ajv: Ajv2020) => Ajv2020;
  return addFormats(new Ajv({ ...AJV_OPTIONS, ...extra }));
}

let ajv: Ajv2020 | undefined;
const compiled = new Map<SchemaKind, ValidateFunction>();

/**
 * The build compiles the schemas once into plain code (dist/schema/validators.cjs), so that a
 * command does not spend most of its start-up compiling them again. Running from the sources
 * (the unit tests), that file is not there and ajv compiles as before.
 */
function precompiled(kind: SchemaKind): ValidateFunction | undefined {
  try {
    const mod = require('./validators.cjs') as Record<string, ValidateFunction>;
    return mod[kind];
  } catch {
    return undefined;
  }
}

function validator(kind: SchemaKind): ValidateFunction {
  let v = compiled.get(kind);
  if (!v) {
    v = precompiled(kind);
    if (!v) {
      ajv ??= newAjv();
      v = ajv.compile(builders[kind]());
    }
    compiled.set(kind, v);
  }
  return v;
}

function segments(instancePath: string): (string | number)[] {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => {
      const k = s.replace(/~1/g, '/').replace(/~0/g, '~');
      return /^\d+$/.test(k) ? Number(k) : k;
    });
}

function schemaProperties(kind: SchemaKind, path: (string | number)[]): string[] {
  let s: Record<string, unknown> | undefined = builders[kind]();
  for (const seg of path) {
    if (!s) return [];
    if (typeof seg === 'number') s = s.items as Record<string, unknown> | undefined;
    else s = (s.properties as Record<string, Record<string, unknown>> | undefined)?.[seg];
  }
  return Object.keys((s?.properties as object | undefined) ?? {});
}

function toDiagnostic(kind: SchemaKind, e: ErrorObject, src: YamlSource): Diagnostic | undefined {
  const path = segments(e.instancePath);
  const p = e.params as Record<string, unknown>;
  const inStatusRule = /\/allOf\/\d+\/then\//.test(e.schemaPath);
  // Period-form branches: reported by classifyPeriod with a precise message instead.
  if (path[0] === 'jangka_waktu' && path.length === 1 && /\/oneOf/.test(e.schemaPath)) return undefined;
  switch (e.keyword) {
    case 'if':
    case 'oneOf':
    case 'anyOf':
    case 'not':
    case 'allOf':
      return undefined;
    case 'required': {
      const key = String(p.missingProperty);
      if (kind === 'record' && inStatusRule && path.length === 0) {
        return key === 'bagian_dikecualikan'
          ? src.diagnostic('galat', 'sebagian-tanpa-bagian', {}, ['cakupan'])
          : src.diagnostic('galat', 'status-butuh-blok', { blok: key }, ['status']);
      }
      if (kind === 'record' && path.length === 1 && path[0] === 'penetapan') {
        return src.diagnostic('galat', 'penetapan-unsur-kurang', { unsur: key }, path, 'key');
      }
      return src.diagnostic('galat', 'skema-wajib', { kunci: key }, path, path.length ? 'key' : 'value');
    }
    case 'additionalProperties': {
      const key = String(p.additionalProperty);
      const guess = closest(key, schemaProperties(kind, path));
      return src.diagnostic('galat', 'skema-kunci-asing', { kunci: key, ...(guess ? { saran: guess } : {}) }, [...path, key], 'key');
    }
    case 'type':
      return src.diagnostic('galat', 'skema-tipe', { harus: String(p.type) }, path);
    case 'enum': {
      const allowed = (p.allowedValues as unknown[]).map(String);
      const value = String(src.doc.getIn(path) ?? '');
      if (kind === 'record' && path[0] === 'pasal17') {
        const guess = closest(value, allowed);
        return src.diagnostic('galat', 'pasal17-tidak-dikenal', { kode: value, ...(guess ? { saran: guess } : {}) }, path);
      }
      return src.diagnostic('galat', 'skema-enum', { nilai: value, pilihan: allowed.join(', ') }, path);
    }
    case 'const':
      return src.diagnostic('galat', 'skema-const', { nilai: JSON.stringify(p.allowedValue) }, path);
    case 'format':
      return p.format === 'date'
        ? src.diagnostic('galat', 'tanggal-tidak-valid', { nilai: String(src.doc.getIn(path) ?? '') }, path)
        : src.diagnostic('galat', 'skema-format', { format: String(p.format) }, path);
    case 'pattern':
      // Text of only spaces is empty text, said as such.
      return p.pattern === NOT_BLANK
        ? src.diagnostic('galat', 'skema-teks-kosong', {}, path)
        : src.diagnostic('galat', 'skema-pola', { pola: String(p.pattern) }, path);
    case 'minItems':
      return src.diagnostic('galat', 'skema-daftar-kosong', {}, path);
    case 'minLength':
      return src.diagnostic('galat', 'skema-teks-kosong', {}, path);
    case 'uniqueItems':
      return src.diagnostic('galat', 'skema-ganda', {}, path);
    case 'minimum':
    case 'maximum':
      return src.diagnostic('galat', 'skema-rentang', { batas: `${e.keyword === 'minimum' ? '≥' : '≤'} ${String(p.limit)}` }, path);
    default:
      return src.diagnostic('galat', 'skema-lain', { detail: e.message ?? e.keyword }, path);
  }
}

/** All schema problems of `data`, located in `src`. */
export function checkAgainstSchema(kind: SchemaKind, data: unknown, src: YamlSource): Diagnostic[] {
  const v = validator(kind);
  if (v(data)) return [];
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const e of v.errors ?? []) {
    const d = toDiagnostic(kind, e, src);
    if (!d) continue;
    const key = `${d.code}|${d.field ?? ''}|${JSON.stringify(d.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** Does the schema accept this period? Used by tests to keep schema and classifier in step. */
export function schemaAcceptsPeriod(jw: unknown): boolean {
  const v = validator('record');
  v({ jangka_waktu: jw });
  return !(v.errors ?? []).some((e) => e.instancePath.startsWith('/jangka_waktu'));
}
