/** The record body under the consequence-test sheet's table: notes gone, the table not repeated, the officer's words kept. */
import { describe, expect, it } from 'vitest';
import { testAnalysis } from '../../src/documents/record-body.js';
import { withoutComments } from '../../src/documents/templates.js';
import type { RecordData } from '../../src/domain/record.js';

const TABLE = ['Data gaji pegawai', 'UU 14/2008 Pasal 17 huruf h\nUU 5/2014 Pasal 3', 'Membuka data pribadi.', '1 tahun sejak ditetapkan'];
const RECORD = {
  judul: 'Data gaji pegawai',
  dasar_hukum: ['UU 14/2008 Pasal 17 huruf h', 'UU 5/2014 Pasal 3'],
  uji_konsekuensi: { konsekuensi_dibuka: 'Membuka data pribadi.', konsekuensi_ditutup: 'Privasi terjaga.' },
  jangka_waktu: { tahun: 1 },
} as unknown as RecordData;

describe('the consequence-test body', () => {
  it('notes go, closed or left open, across lines', () => {
    expect(withoutComments('a <!-- satu\ndua --> b <!-- terbuka\nsampai akhir')).toBe('a  b ');
  });

  it('a body that is still the template adds nothing', () => {
    const body = [
      '## Lembar uji konsekuensi',
      '### Informasi dan dokumen yang diuji',
      'Data gaji pegawai',
      '### Dasar hukum dan analisisnya',
      '- UU 14/2008 Pasal 17 huruf h\n- UU 5/2014 Pasal 3',
      '<!-- Uraikan mengapa pasal di atas berlaku. -->',
      '### Konsekuensi bila dibuka',
      'Membuka   data\npribadi.',
      '### Jangka waktu',
      '1 tahun sejak ditetapkan',
      '### Peserta pengujian',
      '<!-- Nama, jabatan. -->',
    ].join('\n\n');
    expect(testAnalysis(body, TABLE, RECORD)).toEqual([]);
  });

  it('what the officer wrote stays, under its heading; their own headings stay even when empty', () => {
    const body = [
      '## Lembar uji konsekuensi',
      '### Dasar hukum dan analisisnya',
      '- UU 14/2008 Pasal 17 huruf h\n- UU 5/2014 Pasal 3',
      'Gaji per orang mengungkap <!-- catatan --> keadaan keuangan pribadi.',
      '### Konsekuensi bila dibuka',
      'Membuka data pribadi.',
      '### Catatan rapat',
    ].join('\n\n');
    expect(testAnalysis(body, TABLE, RECORD)).toEqual([
      { teks: 'Dasar hukum dan analisisnya', judul: true },
      { teks: 'Gaji per orang mengungkap keadaan keuangan pribadi.', judul: false },
      { teks: 'Catatan rapat', judul: true },
    ]);
  });

  it('the period the body was given before the decree is still a repeat once the decree dates it', () => {
    const decreed = { ...RECORD, penetapan: { tanggal: '2026-12-10' } } as unknown as RecordData;
    const dated = ['Data gaji pegawai', '1 tahun sejak 10 Desember 2026 (sampai dengan 9 Desember 2027)'];
    const body = '### Jangka waktu\n\n1 tahun sejak ditetapkan\n\n### Konsekuensi bila ditutup dan kepentingan publik\n\nPrivasi terjaga.';
    expect(testAnalysis(body, dated, decreed)).toEqual([]);
  });
});
