import { describe, expect, it } from 'vitest';
import { PASAL17, PASAL17_KODE } from '../../src/domain/pasal17.js';
import { PASAL17_KATA, searchPasal17 } from '../../src/domain/pasal17-search.js';

const codes = (term: string) => searchPasal17(term).map((c) => c.kode);

describe('finding a Pasal 17 ground by what an officer types', () => {
  it('a code names that code; a letter names its letter and points, not the letters inside words', () => {
    expect(codes('h4')).toEqual(['h4']);
    expect(codes('H4')).toEqual(['h4']);
    expect(codes('a')).toEqual(['a', 'a1', 'a2', 'a3', 'a4', 'a5']);
    expect(codes('h')).toEqual(['h', 'h1', 'h2', 'h3', 'h4', 'h5']);
    expect(codes('huruf h angka 4')).toEqual(['h4']);
    expect(codes('Pasal 17 huruf j')).toEqual(['j']);
  });

  it('by the statute’s words and by everyday words, each word the beginning of a word', () => {
    expect(codes('rekam medis')).toEqual(['h2']);
    expect(codes('psikotes')).toEqual(['h4']);
    expect(codes('kapabilitas')).toEqual(['h4']);
    expect(codes('gaji')).toEqual(['h3']);
    // A point is a case of its letter: "rahasia pribadi" (h) finds every point of h.
    expect(codes('pribadi')).toEqual(['g', 'h', 'h1', 'h2', 'h3', 'h4', 'h5']);
    expect(codes('rahasia pribadi')).toEqual(['h', 'h1', 'h2', 'h3', 'h4', 'h5']);
    // English words find the English wording.
    expect(codes('health')).toEqual(['h2']);
    expect(codes('zzz')).toEqual([]);
  });

  it('nothing typed lists every ground, in the statute’s order', () => {
    expect(codes('')).toEqual(PASAL17.map((c) => c.kode));
    expect(codes('   ')).toEqual(PASAL17.map((c) => c.kode));
  });

  it('the everyday words belong to real codes', () => {
    for (const k of Object.keys(PASAL17_KATA)) expect(PASAL17_KODE).toContain(k);
  });
});
