/** Daftar informasi yang akan berakhir (SOP step 4) for a date: the expiry report, ready to sign. */
import type { Config } from '../domain/config.js';
import type { ExpiryReport, ExpiryState } from '../reports/expiring.js';
import type { Block, Doc } from './model.js';
import { commonValues, fill, lines, type Template } from './templates.js';
import { jabatanLine, official, signature, tanggal } from './parts.js';

const KEADAAN: Record<ExpiryState, string> = {
  lewat: 'Telah lewat — terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)',
  'akan-berakhir': 'Akan berakhir',
  'tinjau-ulang': 'Harus ditinjau ulang',
};

export function expiringListDoc(report: ExpiryReport, config: Config, t: Template, kop: Template): Doc {
  const values = { ...commonValues(config), tanggal: tanggal(report.today), jendela: String(report.window) };
  const ppid = official(config, 'ppid-utama');
  const head = official(config, 'pimpinan');
  const rows = report.rows.map((r, i) => {
    const d = r.record.data;
    return [
      String(i + 1), d.judul, d.unit, d.pasal17.join(', '), d.penetapan ? `${d.penetapan.nomor}, ${tanggal(d.penetapan.tanggal)}` : '—',
      r.berakhir ? tanggal(r.berakhir) : `tinjau ulang ${tanggal(r.tinjauUlang)}`,
      r.sisaHariKerja !== undefined ? String(r.sisaHariKerja) : '—',
      r.batasKeputusan ? tanggal(r.batasKeputusan) : '—',
      KEADAAN[r.keadaan],
    ];
  });
  const blok: Block[] = [
    { jenis: 'kop' },
    { jenis: 'judul', baris: lines(t.judul, values) },
    { jenis: 'judul', baris: [`PER ${values.tanggal.toUpperCase()}`], tebal: false },
    { jenis: 'paragraf', teks: fill(t.pembuka, values), rata: 'penuh' },
    rows.length
      ? { jenis: 'tabel', kepala: ['No', 'Informasi', 'Unit Kerja', 'Pasal 17', 'Penetapan', 'Berakhir', 'Sisa Hari Kerja', 'Batas Keputusan Pembukaan', 'Keadaan'], lebar: [4, 22, 14, 7, 15, 11, 7, 11, 12], baris: rows }
      : { jenis: 'paragraf', teks: fill(t.kosong, values), miring: true },
    {
      jenis: 'tanda-tangan', kolom: [
        signature(kop, config, [fill(t.mengetahui, values), jabatanLine(head, 'Pimpinan Badan Publik')], head),
        signature(kop, config, [`${config.badan_publik.tempat ?? ''}, ${values.tanggal}`.replace(/^, /, ''), jabatanLine(ppid, 'Pejabat Pengelola Informasi dan Dokumentasi')], ppid),
      ],
    },
  ];
  return { judul: `Daftar Informasi yang Akan Berakhir per ${values.tanggal}`, bagian: [{ lanskap: true, blok }] };
}
