/** Daftar informasi yang akan berakhir (SOP step 4) for a date: the expiry report, ready to sign. */
import type { Config } from '../domain/config.js';
import type { ExpiryReport, ExpiryRow, ExpiryState } from '../reports/expiring.js';
import { lastExemptDay } from '../rules/period.js';
import { PASAL_11_AYAT_2 } from '../rules/opening-window.js';
import type { Block, Doc } from './model.js';
import { commonValues, fill, lines, type Template } from './templates.js';
import { jabatanLine, official, signature, tanggal } from './parts.js';

const KEADAAN: Record<ExpiryState, string> = {
  lewat: 'Terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)',
  'usulan-lewat': 'Usulan yang jangka waktunya sudah lewat (belum pernah ditetapkan; informasinya terbuka)',
  'akan-berakhir': 'Akan berakhir',
  'tinjau-ulang': 'Harus ditinjau ulang',
};

/** The row's date, said so that it cannot be misread: the last exempt day, or the first public one. */
function when(r: ExpiryRow): string {
  if (r.keadaan === 'tinjau-ulang') return `tinjau ulang ${tanggal(r.tinjauUlang)}`;
  if (r.keadaan === 'akan-berakhir') return tanggal(lastExemptDay(r.berakhir!));
  // Never determined: its period was only proposed, and the information was public all along.
  if (r.keadaan === 'usulan-lewat') return `jangka waktu usulan s.d. ${tanggal(lastExemptDay(r.berakhir!))}`;
  return `terbuka sejak ${tanggal(r.berakhir)}`;
}

export function expiringListDoc(report: ExpiryReport, config: Config, t: Template, kop: Template): Doc {
  const values = {
    ...commonValues(config),
    tanggal: tanggal(report.today),
    jendela: String(report.window),
    tafsir:
      report.reading === 'awal-jendela'
        ? `hari pertama dari 30 hari kerja sebelum informasi terbuka ("${PASAL_11_AYAT_2}", dibaca harfiah)`
        : 'hari kerja terakhir sebelum informasi terbuka (tafsir SOP: pembukaan ditetapkan dalam 30 hari kerja sebelum berakhirnya jangka waktu pengecualian)',
  };
  const ppid = official(config, 'ppid-utama');
  const head = official(config, 'pimpinan');
  const rows = report.rows.map((r, i) => {
    const d = r.record.data;
    return [
      String(i + 1),
      d.judul,
      d.unit,
      d.pasal17.join(', '),
      d.penetapan ? `${d.penetapan.nomor}, ${tanggal(d.penetapan.tanggal)}` : '—',
      when(r),
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
      ? {
          jenis: 'tabel',
          kepala: [
            'No',
            'Informasi',
            'Unit Kerja',
            'Pasal 17',
            'Penetapan',
            'Dikecualikan Sampai Dengan',
            'Sisa Hari Kerja',
            'Batas Keputusan Pembukaan',
            'Keadaan',
          ],
          lebar: [4, 22, 14, 7, 15, 11, 7, 11, 12],
          baris: rows,
        }
      : { jenis: 'paragraf', teks: fill(t.kosong, values), miring: true },
    ...(report.rows.some((r) => r.batasKeputusan) ? [{ jenis: 'paragraf', teks: fill(t.catatan_batas, values), miring: true } as Block] : []),
    {
      jenis: 'tanda-tangan',
      kolom: [
        signature(kop, config, [fill(t.mengetahui, values), jabatanLine(head, 'Pimpinan Badan Publik')], head),
        signature(
          kop,
          config,
          [`${config.badan_publik.tempat ?? ''}, ${values.tanggal}`.replace(/^, /, ''), jabatanLine(ppid, 'Pejabat Pengelola Informasi dan Dokumentasi')],
          ppid,
        ),
      ],
    },
  ];
  return { judul: `Daftar Informasi yang Akan Berakhir per ${values.tanggal}`, bagian: [{ lanskap: true, blok }] };
}
