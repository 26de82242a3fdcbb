/** `ppid status` learns from history when each item was last published by a step-6 commit. */
import { describe, expect, it } from 'vitest';
import { lastPublished } from '../../src/reports/sop-status.js';
import type { HistoryCommit } from '../../src/history/read-history.js';

const commit = (waktu: string, trailers: Record<string, string[]>): HistoryCommit => ({
  hash: waktu,
  parents: [],
  nama: 'x',
  email: 'x@x',
  waktu,
  waktuCommit: waktu,
  subject: 's',
  trailers,
  changes: [],
});

describe('lastPublished', () => {
  it('keeps the latest day of a step-6 commit naming each item, and only step 6', () => {
    const got = lastPublished([
      commit('2026-03-02T09:00:00+07:00', { 'PPID-Langkah': ['6'], 'PPID-Perintah': ['publish'], 'PPID-Item': ['DIK-1', 'DIK-2'] }),
      commit('2026-05-04T09:00:00+07:00', { 'PPID-Langkah': ['6'], 'PPID-Perintah': ['publish'], 'PPID-Item': ['DIK-2'] }),
      commit('2026-06-01T09:00:00+07:00', { 'PPID-Langkah': ['3'], 'PPID-Item': ['DIK-1', 'DIK-3'] }),
      // Out of order (a merged branch): an earlier day never replaces a later one.
      commit('2026-04-01T09:00:00+07:00', { 'PPID-Langkah': ['6'], 'PPID-Perintah': ['publish'], 'PPID-Item': ['DIK-2'] }),
      // A commit that only says step 6 is no publication (issue 22: a claim nobody checked).
      commit('2026-07-01T09:00:00+07:00', { 'PPID-Langkah': ['6'], 'PPID-Item': ['DIK-1'] }),
    ]);
    expect(Object.fromEntries(got)).toEqual({ 'DIK-1': '2026-03-02', 'DIK-2': '2026-05-04' });
  });
});
