/** `writeJsonArray` writes in parts exactly what one JSON.stringify of the whole list gives. */
import { describe, expect, it } from 'vitest';
import { json, writeJsonArray } from '../../src/commands/context.js';

const item = (i: number) => ({ id: `DIK-${i}`, judul: `Data "${i}"\nbaris`, pasal17: i % 3 ? ['h3'] : [], ada: i % 2 === 0 ? null : { a: [1, { b: 'c' }] } });

describe('writeJsonArray', () => {
  it.each([0, 1, 2, 999, 1000, 1001, 2500])('%i items: the same bytes as json(), in parts', (n) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const parts: string[] = [];
    writeJsonArray((s) => parts.push(s), items, item);
    expect(parts.join('')).toBe(json(items.map(item)));
    expect(parts.length).toBe(Math.max(1, Math.ceil(n / 1000)));
  });
});
