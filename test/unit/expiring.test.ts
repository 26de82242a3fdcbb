import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../src/archive/calendar-parse.js';
import { WorkingCalendar } from '../../src/rules/working-days.js';
import { expiryReport } from '../../src/reports/expiring.js';
import type { ArchiveRecord } from '../../src/domain/record.js';
import { validRecord } from '../helpers/records.js';

const base = shippedCalendar();
const cal = new WorkingCalendar(base.days, [], new Set(base.years));

function rec(id: string, jangka: Record<string, unknown>, status = 'ditetapkan'): ArchiveRecord {
  return { path: `informasi/${id}.md`, body: '', data: { ...validRecord(), id, status, jangka_waktu: jangka } as any };
}

describe('expiry report (docs/domain.md §4.3)', () => {
  const today = '2026-11-02';
  // `sampai` is the last exempt day: berakhir, the first public day, is the day after.
  const records = [
    rec('A-2026-0001', { sampai: '2026-11-01' }),
    rec('A-2026-0002', { sampai: '2026-09-30' }, 'diusulkan'),
    rec('A-2026-0003', { sampai: '2026-11-15' }),
    rec('A-2026-0004', { sampai: '2029-12-31' }),
    rec('A-2026-0005', { sampai: '2026-09-30' }, 'dibuka'),
    rec('A-2026-0006', { hingga: 'putusan', tinjau_ulang: '2026-12-01' }),
    rec('A-2026-0007', { sampai: '2026-11-19' }, 'diusulkan'),
    // A review date on a fixed length is a review date like any other (issue 20, item 9).
    rec('A-2026-0008', { mulai: '2026-01-05', tahun: 5, tinjau_ulang: '2026-11-20' }),
  ];
  const r = expiryReport(records, cal, today, 30);

  it('lists overdue first (in force, berakhir ≤ today, not opened), lapsed proposals apart, then expiring by date, then reviews', () => {
    expect(r.rows.map((x) => `${x.keadaan}:${x.record.data.id}`)).toEqual([
      'lewat:A-2026-0001',
      'usulan-lewat:A-2026-0002',
      'akan-berakhir:A-2026-0003',
      'tinjau-ulang:A-2026-0008',
      'tinjau-ulang:A-2026-0006',
    ]);
  });

  it('a proposal never determined is never public by law, whatever its proposed period says', () => {
    const lapsed = r.rows.find((x) => x.record.data.id === 'A-2026-0002')!;
    expect(lapsed.keadaan).toBe('usulan-lewat');
    expect(r.rows.filter((x) => x.keadaan === 'lewat').map((x) => x.record.data.status)).toEqual(['ditetapkan']);
  });

  it('counts working days today ≤ d < berakhir and the decision deadline', () => {
    const x = r.rows.find((y) => y.record.data.id === 'A-2026-0003')!;
    expect(x.sisaHariKerja).toBe(10);
    expect(x.batasKeputusan).toBe('2026-11-13');
  });

  it('the window edge: exactly N working days left is expiring, N+1 is not', () => {
    // From Mon 2 Nov 2026, 10 working days end before Mon 16 Nov; 11 before Tue 17 Nov.
    const edge = [rec('B-2026-0001', { sampai: '2026-11-15' }), rec('B-2026-0002', { sampai: '2026-11-16' })];
    expect(expiryReport(edge, cal, today, 10).rows.map((x) => x.record.data.id)).toEqual(['B-2026-0001']);
    expect(expiryReport(edge, cal, today, 11).rows.map((x) => x.record.data.id)).toEqual(['B-2026-0001', 'B-2026-0002']);
    // On a Saturday the window counts from the next Monday.
    expect(expiryReport(edge, cal, '2026-11-07', 5).rows.map((x) => x.record.data.id)).toEqual(['B-2026-0001']);
  });

  it('says when the count reaches a year with no calendar', () => {
    expect(r.uncoveredYears).toEqual([]);
    expect(expiryReport([], cal, '2027-12-10', 30).uncoveredYears).toEqual([2028]);
  });
});
