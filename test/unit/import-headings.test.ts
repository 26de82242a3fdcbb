/** Headings read by meaning: every variant offices publish, and what is not a heading. */
import { describe, expect, it } from 'vitest';
import { findHeader, meaningOf } from '../../src/import/headings.js';
import { layoutFromMap, partialLayout } from '../../src/import/layouts.js';

describe('a heading cell by its meaning', () => {
  it.each([
    ['Informasi', 'judul'],
    ['Judul Informasi', 'judul'],
    ['Jenis Informasi (yang Dikecualikan)', 'judul'],
    ['JENIS KLASIFIKASI INFORMASI YANG DIKECUALIKAN', 'judul'],
    ['Uraian Informasi', 'judul'],
    ['Esensi Informasi', 'judul'],
    ['Konten Informasi', 'konten'],
    ['Dasar Hukum', 'dasar_hukum'],
    ['Dasar Hukum Pengecualian (Informasi)', 'dasar_hukum'],
    ['Alasan / Dasar Hukum\nPengecualian', 'dasar_hukum'],
    ['Konsekuensi / Pertimbangan bagi Publik', 'konsekuensi'],
    ['Alasan Dikecualikan', 'konsekuensi'],
    ['Konsekuensi', 'konsekuensi'],
    ['Dibuka', 'dibuka'],
    ['Ditutup.', 'ditutup'],
    ['Akibat bila info dibuka', 'dibuka'],
    ['Akibat bila informasi ditutup', 'ditutup'],
    ['Manfaat bila informasi ditutup', 'ditutup'],
    ['Jangka Waktu (Pengecualian)', 'jangka_waktu'],
    ['BATAS WAKTU PENGECUALIAN. ', 'jangka_waktu'],
    ['Masa Pengecualian', 'jangka_waktu'],
    ['No.', 'no'],
    ['SATKER', 'unit'],
    ['Keterangan', 'keterangan'],
    ['Pejabat / Unit yang Menguasai Informasi', 'unit'],
    ['Perangkat Daerah', 'unit'],
    ['Divisi', 'unit'],
    ['Bagian / Fakultas', 'unit'],
    ['Pasal 17 UU KIP', 'pasal17'],
    ['Klasifikasi Informasi (Pasal 17)', 'pasal17'],
    ['Dasar Hukum (Pasal 17 UU KIP)', 'dasar_hukum'],
  ])('%j → %s', (heading, field) => {
    expect(meaningOf(heading)).toBe(field);
  });

  it('data and title lines are no headings', () => {
    expect(meaningOf('Data kesehatan pegawai')).toBeUndefined();
    expect(meaningOf('5 (lima) tahun')).toBeUndefined();
    expect(meaningOf('PEMERINTAH KABUPATEN TANJUNG RAWA')).toBeUndefined();
    expect(meaningOf('Bentuk Informasi (Softcopy / Hardcopy)')).toBeUndefined();
    expect(meaningOf('Jika informasi ini dibuka maka dapat mengganggu privasi dan martabat pegawai yang bersangkutan')).toBeUndefined();
  });
});

describe('the header in the top rows', () => {
  const header = ['No', 'Ringkasan Isi Informasi', 'Dasar Hukum', 'Jangka Waktu', 'Konsekuensi', ''];
  it('a lone "isi informasi" column is the information; a row of column numbers is part of the header', () => {
    const rows = [
      ['DAFTAR INFORMASI YANG DIKECUALIKAN'],
      header,
      ['', '', '', '', 'Dibuka', 'Ditutup'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['1', 'x', 'y', 'z', 'a', 'b'],
    ];
    expect(findHeader(rows).found).toEqual({ start: 1, end: 3, columns: { no: 0, judul: 1, dasar_hukum: 2, jangka_waktu: 3, dibuka: 4, ditutup: 5 } });
  });
  it('the first data row is never taken for a second header row', () => {
    const rows = [
      ['Informasi', 'Dasar Hukum', 'Jangka Waktu', 'Konsekuensi Dibuka', 'Keterangan'],
      ['Data gaji', '17 h.3', '5 tahun', 'Akibat bila dibuka', 'Ditutup'],
    ];
    expect(findHeader(rows).found).toEqual({ start: 0, end: 0, columns: { judul: 0, dasar_hukum: 1, jangka_waktu: 2, dibuka: 3, keterangan: 4 } });
  });
});

describe('a map over a header only partly understood', () => {
  it('finds its headings on the header row though the title above named more', () => {
    const rows = [
      ['KLASIFIKASI INFORMASI YANG DIKECUALIKAN', 'Keterangan'],
      ['Nama Dokumen', 'Landasan', 'Masa', 'Catatan'],
      ['x', 'y', 'z', ''],
    ];
    expect(layoutFromMap(rows, { judul: 'Nama Dokumen', dasar_hukum: 'Landasan', jangka_waktu: 'C' }, undefined, partialLayout(rows))).toEqual({
      name: 'peta',
      headerStart: 1,
      headerEnd: 1,
      columns: { judul: 0, dasar_hukum: 1, jangka_waktu: 2 },
    });
  });
});

describe('headings about the information are not the information', () => {
  it.each([
    'Penanggung Jawab Informasi',
    'Pejabat yang Menguasai Informasi',
    'Pengelola Informasi',
    'Pihak yang Menguasai Informasi',
    'Lokasi Penyimpanan Informasi',
    'Tempat Penyimpanan',
    'Jangka Waktu Penyimpanan',
    'Masa Retensi',
    'Sumber Informasi',
    'Kode Klasifikasi Informasi',
    'Tanggal Pembuatan Informasi',
    'Tahun Informasi',
    'Sifat Informasi',
    'Status Informasi',
    'Media Informasi',
    'Format Informasi',
  ])('%j → not read', (heading) => {
    expect(meaningOf(heading)).toBeUndefined();
  });

  it('a holder heading that names a unit is the unit; the information keeps its words', () => {
    expect(meaningOf('Unit Pengolah')).toBe('unit');
    expect(meaningOf('Pejabat / Unit yang Menguasai Informasi')).toBe('unit');
    expect(meaningOf('Jenis Klasifikasi Informasi yang Dikecualikan')).toBe('judul');
    expect(meaningOf('Jangka Waktu Pengecualian')).toBe('jangka_waktu');
  });

  it('an official beside the information is never its detail (konten), before or after it', () => {
    const rows = [
      ['No', 'Pejabat yang Menguasai Informasi', 'Informasi', 'Penanggung Jawab Informasi', 'Dasar Hukum', 'Jangka Waktu'],
      ['1', 'Kabid', 'Data gaji', 'Kasubbid', 'Pasal 17 huruf h', '5 tahun'],
    ];
    expect(findHeader(rows).found?.columns).toEqual({ no: 0, judul: 2, dasar_hukum: 4, jangka_waktu: 5 });
  });
});

describe('a lone "Alasan Pengecualian"', () => {
  it('is the legal basis when the table has no other, beside Dibuka | Ditutup too', () => {
    const rows = [['No', 'Informasi', 'Alasan Pengecualian', 'Dibuka', 'Ditutup', 'Jangka Waktu']];
    expect(findHeader(rows).found?.columns).toEqual({ no: 0, judul: 1, dasar_hukum: 2, dibuka: 3, ditutup: 4, jangka_waktu: 5 });
    expect(findHeader([['Informasi', 'Alasan Dikecualikan', 'Masa Pengecualian']]).found?.columns).toEqual({ judul: 0, dasar_hukum: 1, jangka_waktu: 2 });
  });
  it('beside a legal basis it is not read; over Dibuka | Ditutup it stays the consequence group', () => {
    expect(findHeader([['Informasi', 'Dasar Hukum', 'Alasan Pengecualian', 'Jangka Waktu']]).found?.columns).toEqual({
      judul: 0,
      dasar_hukum: 1,
      jangka_waktu: 3,
    });
    const merged = [
      ['Informasi', 'Dasar Hukum', 'Alasan Pengecualian', '', 'Jangka Waktu'],
      ['', '', 'Dibuka', 'Ditutup', ''],
    ];
    expect(findHeader(merged).found?.columns).toEqual({ judul: 0, dasar_hukum: 1, dibuka: 2, ditutup: 3, jangka_waktu: 4 });
    const alone = [
      ['Informasi', 'Jangka Waktu', 'Alasan Dikecualikan', ''],
      ['', '', 'Dibuka', 'Ditutup'],
      ['x', 'y', 'a', 'b'],
    ];
    expect(findHeader(alone).found).toBeUndefined();
  });
});

describe('a heading naming the information keeps it beside a word about it', () => {
  it.each([
    ['Judul Informasi (Tahun Pembuatan)', 'judul'],
    ['Jenis Informasi / Kode Arsip', 'judul'],
    ['Uraian Informasi dan Tanggal', 'judul'],
  ])('%j → %s', (heading, field) => {
    expect(meaningOf(heading)).toBe(field);
  });
});

describe('a unit named in the first data row is data, not a second header row', () => {
  it('"FAKULTAS HUKUM" or "Bidang Akademik" under the header names a unit or a group; "Divisi" alone heads the unit column', () => {
    expect(meaningOf('Fakultas Hukum')).toBeUndefined();
    expect(meaningOf('Bidang Akademik')).toBeUndefined();
    const rows = [
      ['No', 'Informasi', 'Dasar Hukum', 'Dibuka', 'Ditutup', 'Jangka Waktu'],
      ['', 'FAKULTAS HUKUM', '', '', '', ''],
      ['1', 'Data nilai mahasiswa', 'Pasal 17 huruf h UU 14/2008', 'Membuka nilai.', 'Melindungi.', '5 tahun'],
    ];
    expect(findHeader(rows).found).toEqual({ start: 0, end: 0, columns: { no: 0, judul: 1, dasar_hukum: 2, dibuka: 3, ditutup: 4, jangka_waktu: 5 } });
  });
});
