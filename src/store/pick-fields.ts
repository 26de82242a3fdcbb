/**
 * A record's front matter cut down to named fields (dotted paths: `penetapan.nomor`), for a
 * command that reads only those of every record: at 100,000 records the whole front matter and
 * body of each are most of a gigabyte.
 */
import type { FullEntry } from './cache-format.js';

/** Of a command that reads these front matter fields of every record, and no body. */
export interface Fields {
  fields: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * `data` with only the values at `paths`. A path that meets a value that is not a mapping
 * before its end takes that value whole, so a record keeps its shape, wrong or right.
 * `pool`: the strings of the values kept are shared through it, one copy of each text for all
 * records (units, legal bases, dates and statuses repeat across thousands of records; parsing
 * makes a copy of each for every record).
 */
export function pickPaths(data: unknown, paths: readonly string[], pool?: Map<string, string>): unknown {
  if (!isObject(data)) return data;
  const keep = pool ? (v: unknown) => shared(v, pool) : (v: unknown) => v;
  const out: Record<string, unknown> = {};
  for (const path of paths) {
    const keys = path.split('.');
    let from: Record<string, unknown> = data;
    let to = out;
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      if (!(k in from)) break;
      const v = from[k];
      if (i === keys.length - 1 || !isObject(v)) {
        to[k] = keep(v);
        break;
      }
      if (!isObject(to[k])) to[k] = {};
      to = to[k] as Record<string, unknown>;
      from = v;
    }
  }
  return out;
}

/** `v` with every string in it replaced by the pool's copy of the same text. */
function shared(v: unknown, pool: Map<string, string>): unknown {
  if (typeof v === 'string') {
    const known = pool.get(v);
    if (known !== undefined) return known;
    pool.set(v, v);
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => shared(x, pool));
  if (isObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = shared(x, pool);
    return out;
  }
  return v;
}

export const pickEntry = (e: FullEntry, want: Fields, pool?: Map<string, string>): FullEntry => ({
  sig: e.sig,
  data: pickPaths(e.data, want.fields, pool),
  body: '',
});
