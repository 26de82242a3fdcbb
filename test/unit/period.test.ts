import { describe, expect, it } from 'vitest';
import { classifyPeriod, PERIOD_FORM_SPECS } from '../../src/domain/period-forms.js';
import { periodFacts } from '../../src/rules/period.js';
import { schemaAcceptsPeriod } from '../../src/schema/validate.js';
import { addPeriod, isIsoDate } from '../../src/rules/dates.js';

describe('period forms (docs/domain.md §4.1)', () => {
  it('fixed length from a start date', () => {
    expect(periodFacts({ jangka_waktu: { mulai: '2026-02-16', tahun: 5 } })).toMatchObject({ bentuk: 'panjang-tetap', berakhir: '2031-02-16' });
    expect(periodFacts({ jangka_waktu: { mulai: '2025-09-15', bulan: 18 } }).berakhir).toBe('2027-03-15');
    expect(periodFacts({ jangka_waktu: { mulai: '2025-01-31', tahun: 1, bulan: 1 } }).berakhir).toBe('2026-02-28');
  });

  it('takes the determination date when there is no start', () => {
    expect(periodFacts({ jangka_waktu: { tahun: 3 }, penetapan: { tanggal: '2026-10-05' } }).berakhir).toBe('2029-10-05');
    expect(periodFacts({ jangka_waktu: { tahun: 3 } }).berakhir).toBeUndefined();
  });

  it('keeps day and month when adding years: 29 Feb → 28 Feb', () => {
    expect(addPeriod('2024-02-29', 1)).toBe('2025-02-28');
    expect(addPeriod('2024-02-29', 4)).toBe('2028-02-29');
    expect(periodFacts({ jangka_waktu: { mulai: '2024-02-29', tahun: 5 } }).berakhir).toBe('2029-02-28');
  });

  it('fixed end, length after an event, until an event, consent, open-ended', () => {
    // "sampai dengan 28 Desember 2026": the 28th is still exempt, the 29th is the first public day.
    expect(periodFacts({ jangka_waktu: { sampai: '2026-12-28' } }).berakhir).toBe('2026-12-29');
    expect(periodFacts({ jangka_waktu: { setelah: 'keputusan disiplin', tahun: 5, tanggal_peristiwa: '2024-06-10' } }).berakhir).toBe('2029-06-10');
    expect(periodFacts({ jangka_waktu: { setelah: 'seleksi', tahun: 2, tinjau_ulang: '2027-06-30' } })).toEqual({
      bentuk: 'setelah-peristiwa',
      tinjauUlang: '2027-06-30',
    });
    expect(periodFacts({ jangka_waktu: { hingga: 'putusan inkrah', tinjau_ulang: '2026-12-07' } })).toEqual({
      bentuk: 'hingga-peristiwa',
      tinjauUlang: '2026-12-07',
    });
    expect(periodFacts({ jangka_waktu: { hingga_persetujuan: true } })).toEqual({ bentuk: 'hingga-persetujuan' });
    expect(periodFacts({ jangka_waktu: { tanpa_batas: true } })).toEqual({ bentuk: 'tanpa-batas' });
  });

  it('says precisely what is wrong with a period', () => {
    expect(classifyPeriod({})).toEqual({ ok: false, masalah: 'kosong' });
    expect(classifyPeriod({ sampai: '2027-01-01', tanpa_batas: true })).toMatchObject({ ok: false, masalah: 'ganda' });
    expect(classifyPeriod({ hingga: 'x' })).toMatchObject({ ok: false, masalah: 'kurang', kunci: ['tinjau_ulang'] });
    expect(classifyPeriod({ setelah: 'x', tahun: 2 })).toMatchObject({ ok: false, masalah: 'kurang', kunci: ['tinjau_ulang'] });
    expect(classifyPeriod({ setelah: 'x', tinjau_ulang: '2027-01-01' })).toMatchObject({ ok: false, masalah: 'kurang', kunci: ['tahun', 'bulan'] });
    expect(classifyPeriod({ tanpa_batas: true, tahun: 5 })).toMatchObject({ ok: false, masalah: 'kunci-asing', kunci: ['tahun'] });
    expect(classifyPeriod({ mulai: '2026-01-01' })).toMatchObject({ ok: false, masalah: 'kurang' });
  });

  it('the JSON Schema and the classifier agree on every sample', () => {
    const samples: Record<string, unknown>[] = [
      {},
      { tahun: 5 },
      { bulan: 6 },
      { mulai: '2026-01-01', tahun: 5 },
      { mulai: '2026-01-01' },
      { sampai: '2027-01-01' },
      { sampai: '2027-01-01', mulai: '2026-01-01' },
      { sampai: '2027-01-01', tahun: 1 },
      { setelah: 'x', tahun: 1 },
      { setelah: 'x', tahun: 1, tanggal_peristiwa: '2026-01-01' },
      { setelah: 'x', bulan: 3, tinjau_ulang: '2027-01-01' },
      { setelah: 'x', tinjau_ulang: '2027-01-01' },
      { hingga: 'x' },
      { hingga: 'x', tinjau_ulang: '2027-01-01' },
      { hingga: 'x', tinjau_ulang: '2027-01-01', tahun: 2 },
      { hingga_persetujuan: true },
      { hingga_persetujuan: true, sampai: '2027-01-01' },
      { tanpa_batas: true },
      { tanpa_batas: true, tinjau_ulang: '2029-01-01' },
      { tanpa_batas: true, mulai: '2026-01-01' },
      { tahun: 5, keterangan: '5 tahun sejak ditetapkan' },
      { tahun: 5, tanggal_peristiwa: '2026-01-01' },
    ];
    for (const s of samples) expect(schemaAcceptsPeriod(s), JSON.stringify(s)).toBe(classifyPeriod(s).ok);
    expect(PERIOD_FORM_SPECS).toHaveLength(6);
  });

  it('rejects impossible dates', () => {
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
});
