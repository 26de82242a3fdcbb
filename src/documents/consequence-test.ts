/** Lembar Pengujian Konsekuensi (UU 14/2008 Pasal 19; PP 61/2010 Pasal 3): one sheet per item, every participant's signature line. */
import type { Config } from '../domain/config.js';
import type { ArchiveRecord, RecordData } from '../domain/record.js';
import { weekday } from '../reports/text.js';
import type { Block, Doc, Section } from './model.js';
import { commonValues, fill, lines, type Template } from './templates.js';
import { testAnalysis } from './record-body.js';
import { groundsText, legalBasis, official, periodOf, signature, tanggal } from './parts.js';

const SAAT: Record<string, string> = {
  'sebelum-permohonan': 'Sebelum ada permohonan informasi',
  'atas-permohonan': 'Atas permohonan informasi',
  'perintah-komisi-informasi': 'Atas perintah Komisi Informasi dalam penyelesaian sengketa',
};

function scope(d: RecordData): string {
  if (d.cakupan !== 'sebagian') return 'Seluruh dokumen';
  return `Sebagian (UU 14/2008 Pasal 22 ayat 7 huruf e): ${(d.bagian_dikecualikan ?? []).join('; ')}`;
}

function sheet(rec: ArchiveRecord, config: Config, t: Template, kop: Template): Section {
  const d = rec.data;
  const u = d.uji_konsekuensi;
  const values = { ...commonValues(config), tanggal: tanggal(u.tanggal), hari: weekday(u.tanggal, 'id') };
  // The sheet says what the test concluded: a refused exemption is public information.
  const refused = d.status === 'ditolak';
  const rows: Array<[string, string]> = [
    ['Nomor butir', d.id],
    [refused ? 'Informasi yang diuji' : 'Informasi yang dikecualikan', d.judul],
    ['Unit kerja', d.unit],
    ...(u.dokumen ? [['Dokumen', u.dokumen] as [string, string]] : []),
    ...(refused ? [] : [['Cakupan pengecualian', scope(d)] as [string, string]]),
    ...(u.saat ? [['Saat pengujian', SAAT[u.saat] ?? u.saat] as [string, string]] : []),
    [refused ? 'Dasar pengecualian yang diusulkan' : 'Dasar pengecualian', groundsText(d)],
    ['Peraturan yang dirujuk', legalBasis(d)],
    ['Konsekuensi bila dibuka', u.konsekuensi_dibuka],
    ['Konsekuensi bila ditutup', u.konsekuensi_ditutup],
    ['Kepentingan publik (Pasal 2 ayat 4)', u.kepentingan_publik ?? '—'],
    ...(refused ? [] : [['Jangka waktu pengecualian', periodOf(d)] as [string, string]]),
    ...(refused && d.penolakan ? [['Alasan tidak dikecualikan', d.penolakan.alasan] as [string, string]] : []),
  ];
  const body = testAnalysis(
    rec.body,
    rows.map(([, v]) => v),
    d,
  );
  // Every participant signs (PP 61/2010 Pasal 3); with none recorded, the PPID Utama and an empty line.
  const peserta = u.peserta?.length ? u.peserta : [official(config, 'ppid-utama'), undefined];
  const head = u.persetujuan_pimpinan ?? official(config, 'pimpinan');
  const blok: Block[] = [
    { jenis: 'kop' },
    { jenis: 'judul', baris: lines(refused ? t.judul_ditolak : t.judul, values) },
    { jenis: 'paragraf', teks: fill(t.pembuka, values), rata: 'penuh' },
    { jenis: 'isian', baris: rows },
    ...(body.length ? [{ jenis: 'paragraf', teks: fill(t.judul_uraian, values), tebal: true } as Block] : []),
    ...body.map((p): Block => ({ jenis: 'paragraf', teks: p.teks, ...(p.judul ? { tebal: true } : { rata: 'penuh' as const }) })),
    { jenis: 'paragraf', teks: fill(refused ? t.kesimpulan_ditolak : t.kesimpulan, values), rata: 'penuh' },
    { jenis: 'paragraf', teks: `${config.badan_publik.tempat ?? ''}${config.badan_publik.tempat ? ', ' : ''}${tanggal(u.tanggal)}`, rata: 'kanan' },
    { jenis: 'paragraf', teks: fill(t.judul_tanda_tangan, values), tebal: true },
    { jenis: 'tanda-tangan', kolom: peserta.map((p, i) => signature(kop, config, [`${i + 1}. ${p?.jabatan ?? 'Peserta'}`], p)) },
    { jenis: 'tanda-tangan', kolom: [signature(kop, config, [fill(t.menyetujui, values), `${head?.jabatan ?? 'Pimpinan Badan Publik'},`], head)] },
  ];
  return { blok };
}

export function consequenceTestDoc(records: ArchiveRecord[], config: Config, t: Template, kop: Template): Doc {
  return {
    judul: `Lembar Pengujian Konsekuensi — ${records.map((r) => r.data.id).join(', ')}`,
    bagian: records.map((r) => sheet(r, config, t, kop)),
  };
}
