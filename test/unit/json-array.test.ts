/** `writeJsonArray` writes in parts exactly what one JSON.stringify of the whole list gives. */
import { describe, expect, it } from 'vitest';
import { json, writeJsonArray, writeJsonWithArray } from '../../src/commands/context.js';

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

describe('writeJsonWithArray', () => {
  it.each([0, 1, 1001, 2500])('%i items inside an object, between other keys: the same bytes as json()', (n) => {
    const items = Array.from({ length: n }, (_, i) => i);
    const around = { tanggal: '2026-11-26', butir: [] as unknown[], per_langkah: [{ langkah: 1, butir: n }], catatan: 'a\u0000b' };
    const parts: string[] = [];
    writeJsonWithArray((s) => parts.push(s), around, 'butir', items, item);
    expect(parts.join('')).toBe(json({ ...around, butir: items.map(item) }));
  });
});
