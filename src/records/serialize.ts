/** Record data → Markdown text, keys in the schema's order so diffs stay small and stable. */
import { stringify } from 'yaml';
import { buildRecordSchema } from '../schema/record-schema.js';
import type { RecordData } from '../domain/record.js';

let order: string[] | undefined;

function keyOrder(): string[] {
  order ??= Object.keys(buildRecordSchema().properties as object);
  return order;
}

export function orderRecord(data: Partial<RecordData> & Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // Own keys only, set as data: a key named like an Object member (`constructor`, `toString`,
  // `__proto__`) is a key like any other, and the schema then refuses it as unknown.
  const put = (k: string) => Object.defineProperty(out, k, { value: data[k], enumerable: true, writable: true, configurable: true });
  for (const k of keyOrder()) if (Object.hasOwn(data, k) && data[k] !== undefined) put(k);
  for (const k of Object.keys(data).sort()) if (!Object.hasOwn(out, k) && data[k] !== undefined) put(k);
  return out;
}

export function serializeFrontMatter(data: Record<string, unknown>): string {
  // No anchors or aliases: an officer reading the file must see every value where it applies.
  return stringify(orderRecord(data), { lineWidth: 0, schema: 'core', aliasDuplicateObjects: false });
}

export function serializeRecord(data: Record<string, unknown>, body: string): string {
  const b = body.replace(/^\n+/, '');
  return `---\n${serializeFrontMatter(data)}---\n${b ? `\n${b}${b.endsWith('\n') ? '' : '\n'}` : ''}`;
}
