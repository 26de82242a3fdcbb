/**
 * Changing a few front-matter values of an existing record in place, keeping the officer's
 * comments, key order and layout (the yaml package's document model), rather than rewriting
 * the whole file.
 */
import { parseDocument } from 'yaml';

const OPENING = /^(\uFEFF?---[^\S\r\n]*(?:yaml)?[^\S\r\n]*\r?\n)/;
const CLOSING = /\r?\n---[^\S\r\n]*(\r?\n|$)/;

export function setFrontMatterValues(text: string, values: ReadonlyArray<readonly [path: string[], value: unknown]>): string {
  const open = OPENING.exec(text);
  if (!open) throw new Error('no front matter');
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec('\n' + rest);
  if (!close) throw new Error('front matter not closed');
  const fmEnd = close.index; // in `rest` terms, the closing newline starts at index - 1 + 1
  const fm = rest.slice(0, fmEnd);
  const after = rest.slice(fmEnd);
  const doc = parseDocument(fm, { schema: 'core' });
  for (const [path, value] of values) doc.setIn(path, value);
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return open[0] + out.replace(/\n$/, '') + (after.startsWith('\n') || after.startsWith('\r\n') ? '' : '\n') + after;
}
