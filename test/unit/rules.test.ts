import { describe, expect, it } from 'vitest';
import { codes, problemsOf, validRecord } from '../helpers/records.js';

describe('legal rules (docs/domain.md §5)', () => {
  it('a valid record in force has no problems', () => {
    expect(codes(validRecord())).toEqual([]);
  });

  it('unknown Pasal 17 code', () => {
    const r = validRecord();
    r.pasal17 = ['h2', 'k'];
    const ps = problemsOf(r);
    expect(ps.map((p) => p.code)).toEqual(['pasal17-tidak-dikenal']);
    expect(ps[0]).toMatchObject({ field: 'pasal17[1]', params: { kode: 'k' } });
  });

  it('a–f with an open-ended period', () => {
    const r = validRecord();
    r.pasal17 = ['c1'];
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf c angka 1'];
    r.jangka_waktu = { tanpa_batas: true };
    expect(codes(r)).toContain('galat:periode-a-f-permanen');
    r.jangka_waktu = { hingga_persetujuan: true };
    expect(codes(r)).toContain('galat:periode-persetujuan-bukan-gh');
  });

  it('open-ended g–j is a warning, not an error', () => {
    const r = validRecord();
    r.jangka_waktu = { tanpa_batas: true };
    expect(codes(r)).toEqual(['peringatan:periode-tanpa-batas-tanpa-tinjau']);
  });

  it('`a` longer than 30 years', () => {
    const r = validRecord();
    r.pasal17 = ['a1'];
    r.jangka_waktu = { mulai: '2026-01-01', tahun: 30, bulan: 1 };
    expect(codes(r)).toContain('galat:periode-melebihi-maksimum');
    r.jangka_waktu = { mulai: '2026-01-01', tahun: 30 };
    expect(codes(r)).not.toContain('galat:periode-melebihi-maksimum');
    // `sampai` is the last exempt day: 30 years from 1 January 2026 end with 31 December 2055.
    r.jangka_waktu = { mulai: '2026-01-01', sampai: '2056-01-01' };
    expect(codes(r)).toContain('galat:periode-melebihi-maksimum-sejak');
    r.jangka_waktu = { mulai: '2026-01-01', sampai: '2055-12-31' };
    expect(codes(r)).not.toContain('galat:periode-melebihi-maksimum-sejak');
  });

  it('`j` without another statute and its article', () => {
    const r = validRecord();
    r.pasal17 = ['j'];
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf j', 'Perda 3/2020 Pasal 5'];
    expect(codes(r)).toContain('galat:pasal17j-tanpa-undang-undang');
    r.dasar_hukum = ['UU 14/2008 Pasal 17 huruf j', 'UU 43/2009 Pasal 44'];
    expect(codes(r)).not.toContain('galat:pasal17j-tanpa-undang-undang');
    r.dasar_hukum = ['UU 43/2009'];
    expect(codes(r)).toContain('galat:pasal17j-tanpa-undang-undang');
  });

  it('an event-based period without a review date', () => {
    const r = validRecord();
    r.jangka_waktu = { hingga: 'putusan inkrah' };
    expect(codes(r)).toContain('galat:periode-tanpa-tinjau-ulang');
    r.jangka_waktu = { setelah: 'keputusan disiplin', tahun: 5 };
    expect(codes(r)).toContain('galat:periode-tanpa-tinjau-ulang');
    r.jangka_waktu = { setelah: 'keputusan disiplin', tahun: 5, tanggal_peristiwa: '2026-03-01' };
    expect(codes(r)).toEqual([]);
  });

  it('an item in force whose period has no start', () => {
    const r = validRecord();
    r.jangka_waktu = { tahun: 5 };
    delete r.penetapan.tanggal;
    const c = codes(r);
    expect(c).toContain('galat:periode-tanpa-mulai');
    expect(c).toContain('galat:penetapan-unsur-kurang');
  });

  it('a determination missing any of its elements (PP 61/2010 Pasal 4(2))', () => {
    for (const k of ['nomor', 'tanggal', 'tempat', 'pejabat', 'persetujuan_pimpinan']) {
      const r = validRecord();
      delete r.penetapan[k];
      const ps = problemsOf(r).filter((p) => p.code === 'penetapan-unsur-kurang');
      expect(ps, k).toHaveLength(1);
      expect(ps[0]!.params.unsur).toBe(k);
    }
    const r = validRecord();
    delete r.penetapan;
    expect(codes(r)).toContain('galat:status-butuh-blok');
  });

  it('an impossible date', () => {
    const r = validRecord();
    r.uji_konsekuensi.tanggal = '2026-02-30';
    expect(problemsOf(r)).toMatchObject([{ code: 'tanggal-tidak-valid', field: 'uji_konsekuensi.tanggal', params: { nilai: '2026-02-30' } }]);
  });

  it('partial exemption must say which parts', () => {
    const r = validRecord();
    r.cakupan = 'sebagian';
    expect(codes(r)).toEqual(['galat:sebagian-tanpa-bagian']);
    r.bagian_dikecualikan = ['nama pasien'];
    expect(codes(r)).toEqual([]);
  });

  it('unknown keys are named with a guess', () => {
    const r = validRecord();
    r.dasar_hukumm = ['x'];
    const ps = problemsOf(r);
    expect(ps).toMatchObject([{ code: 'skema-kunci-asing', params: { kunci: 'dasar_hukumm', saran: 'dasar_hukum' } }]);
  });

  it('warnings stay apart from errors', () => {
    const r = validRecord();
    r.unit = 'Dinas Tak Dikenal';
    r.judul = 'Salinan putusan pengadilan negeri';
    expect(codes(r).sort()).toEqual(['peringatan:pasal18-tidak-dapat-dikecualikan', 'peringatan:unit-tidak-dikenal']);
  });

  it('locates problems at their line and column', () => {
    const r = validRecord();
    r.jangka_waktu = { mulai: '2026-02-16', tahun: 'lima' };
    const [p] = problemsOf(r);
    expect(p).toMatchObject({ code: 'skema-tipe', field: 'jangka_waktu.tahun' });
    expect(p!.sourceLine).toBe('  tahun: lima');
    expect(p!.col).toBe(10);
  });
});
