/**
 * The two determinations, in the form of a decree: the classification (surat penetapan
 * klasifikasi, PP 61/2010 Pasal 4(2)) with the DIK as its annex, and the opening of items
 * whose exemption ends (PP 61/2010 Pasal 11). Items not yet determined give a draft (KONSEP)
 * with blanks for the number and date.
 */
import type { Config } from '../domain/config.js';
import type { ArchiveRecord, Orang, Persetujuan } from '../domain/record.js';
import { ALASAN_PEMBUKAAN_TEKS } from '../domain/record.js';
import { periodFacts } from '../rules/period.js';
import { tooEarlyForExpiry } from '../rules/opening-rules.js';
import type { WorkingCalendar } from '../rules/working-days.js';
import { EXIT, UserError } from '../errors.js';
import { PLACEHOLDER, type Block, type Doc } from './model.js';
import { commonValues, fill, lines, type Template } from './templates.js';
import { diktumMarks, exemptionType, jabatanLine, legalBasis, official, periodOf, signature, tanggal } from './parts.js';

interface DecreeFacts {
  nomor?: string;
  tanggal?: string;
  tempat?: string;
  pejabat?: Orang;
  pimpinan?: Partial<Persetujuan>;
}

function decreeDoc(
  title: string,
  t: Template,
  kop: Template,
  config: Config,
  f: DecreeFacts,
  annex: { kepala: string[]; baris: string[][]; lebar: number[] },
): Doc {
  const values = { ...commonValues(config), nomor: f.nomor ?? PLACEHOLDER, tanggal: tanggal(f.tanggal) };
  const tempat = f.tempat ?? config.badan_publik.tempat ?? PLACEHOLDER;
  const pejabat = f.pejabat ?? official(config, 'ppid-utama');
  const head: Partial<Persetujuan> | undefined = f.pimpinan ?? official(config, 'pimpinan');
  const diktum = lines(t.diktum, values);
  const konsep = !f.nomor || !f.tanggal ? fill(t.konsep, values) : undefined;
  const main: Block[] = [
    { jenis: 'kop' },
    { jenis: 'judul', baris: lines(t.judul, values) },
    { jenis: 'judul', baris: [fill(t.nomor, values)] },
    { jenis: 'judul', baris: lines(t.tentang, values) },
    { jenis: 'butir', label: 'Menimbang', isi: lines(t.menimbang, values), penanda: 'huruf' },
    { jenis: 'butir', label: 'Mengingat', isi: lines(t.mengingat, values), penanda: 'angka' },
    { jenis: 'judul', baris: ['MEMUTUSKAN:'] },
    { jenis: 'butir', label: 'Menetapkan', isi: [fill(t.menetapkan, values)], penanda: [''] },
    { jenis: 'butir', label: '', isi: diktum, penanda: diktumMarks(diktum.length) },
    {
      jenis: 'tanda-tangan',
      kolom: [
        signature(
          kop,
          config,
          ['Menyetujui,', jabatanLine(head as Orang | undefined, 'Pimpinan Badan Publik'), ...(head?.tanggal ? [`tanggal ${tanggal(head.tanggal)}`] : [])],
          head as Orang | undefined,
        ),
        signature(kop, config, [`Ditetapkan di ${tempat}`, `pada tanggal ${tanggal(f.tanggal)}`, ...officialLines(pejabat, config)], pejabat),
      ],
    },
  ];
  const lampiran: Block[] = [
    {
      jenis: 'paragraf',
      teks: `LAMPIRAN KEPUTUSAN PPID ${config.badan_publik.nama.toUpperCase()}\nNOMOR ${values.nomor}\nTANGGAL ${values.tanggal}`,
      rata: 'kanan',
    },
    { jenis: 'judul', baris: lines(t.judul_lampiran, values) },
    { jenis: 'tabel', ...annex },
    { jenis: 'tanda-tangan', kolom: [signature(kop, config, officialLines(pejabat, config), pejabat)] },
  ];
  return { judul: title, ...(konsep ? { konsep } : {}), bagian: [{ blok: main }, { lanskap: true, blok: lampiran }] };
}

/**
 * The determining official's position and own work unit (PP 61/2010 Pasal 4(2)(c)): the unit
 * recorded with the decree, else the PPID's unit in ppid.yaml; said once when the position
 * already names it.
 */
function officialLines(pejabat: Orang | undefined, config: Config): string[] {
  const jabatan = jabatanLine(pejabat, 'Pejabat Pengelola Informasi dan Dokumentasi');
  const unit = pejabat?.unit_kerja ?? config.ppid?.unit_kerja;
  return unit && !jabatan.toLowerCase().includes(unit.toLowerCase()) ? [jabatan.replace(/,$/, ''), `${unit},`] : [jabatan];
}

/** The decree the items share; items under different decrees cannot be one document. */
function sharedDecree(records: ArchiveRecord[]): DecreeFacts {
  const numbers = new Set(records.map((r) => r.data.penetapan?.nomor ?? ''));
  if (numbers.size > 1) throw new UserError('dok-penetapan-berbeda', { nomor: [...numbers].map((n) => n || '(belum ditetapkan)').join(', ') }, EXIT.USAGE);
  const p = records[0]?.data.penetapan;
  return p ? { nomor: p.nomor, tanggal: p.tanggal, tempat: p.tempat, pejabat: p.pejabat, pimpinan: p.persetujuan_pimpinan } : {};
}

export function classificationDoc(records: ArchiveRecord[], config: Config, t: Template, kop: Template): Doc {
  const f = sharedDecree(records);
  return decreeDoc(`Penetapan Klasifikasi Informasi yang Dikecualikan ${f.nomor ?? '(konsep)'}`, t, kop, config, f, {
    kepala: [
      'No',
      'Informasi yang Dikecualikan',
      'Unit Kerja',
      'Jenis Pengecualian',
      'Dasar Hukum Pengecualian',
      'Konsekuensi Bila Dibuka',
      'Konsekuensi Bila Ditutup',
      'Jangka Waktu',
    ],
    lebar: [4, 16, 10, 14, 14, 15, 15, 12],
    baris: records.map((r, i) => [
      String(i + 1),
      r.data.judul,
      r.data.unit,
      exemptionType(r.data),
      legalBasis(r.data),
      r.data.uji_konsekuensi.konsekuensi_dibuka,
      r.data.uji_konsekuensi.konsekuensi_ditutup,
      periodOf(r.data),
    ]),
  });
}

/** What a draft says of an item not opened yet, on `today`: public by law, due for the period's end, or a ground still to be named. */
function draftOpening(berakhir: string | undefined, today: string, cal: WorkingCalendar): { sejak: string; alasan: string } {
  if (berakhir !== undefined && berakhir <= today)
    return { sejak: tanggal(berakhir), alasan: `Terbuka demi hukum sejak ${tanggal(berakhir)} (PP 61/2010 Pasal 11 ayat 3)` };
  // "The period ends" is a true ground only within the 30 working days (PP 61/2010 Pasal 11(2)).
  const due = berakhir !== undefined && !tooEarlyForExpiry(cal, berakhir, today);
  return { sejak: PLACEHOLDER, alasan: due ? ALASAN_PEMBUKAAN_TEKS['jangka-waktu-berakhir'] : PLACEHOLDER };
}

export function openingDoc(
  records: ArchiveRecord[],
  config: Config,
  t: Template,
  kop: Template,
  nomor: string | undefined,
  today: string,
  cal: WorkingCalendar,
): Doc {
  // Opened items carry their opening; items still in force give a draft for the PPID to sign.
  const opened = records.filter((r) => r.data.pembukaan);
  const dates = new Set(opened.map((r) => r.data.pembukaan!.tanggal));
  const f: DecreeFacts =
    opened.length === records.length && dates.size === 1
      ? { tanggal: [...dates][0], ...(nomor ? { nomor } : {}), pimpinan: opened[0]!.data.pembukaan!.persetujuan_pimpinan }
      : { ...(nomor ? { nomor } : {}) };
  return decreeDoc(`Penetapan Pembukaan Informasi ${nomor ?? '(konsep)'}`, t, kop, config, f, {
    kepala: ['No', 'Informasi', 'Unit Kerja', 'Penetapan Semula', 'Jangka Waktu', 'Terbuka Sejak', 'Dasar Pembukaan'],
    lebar: [4, 24, 14, 16, 18, 10, 14],
    baris: records.map((r, i) => {
      const d = r.data;
      const p = d.pembukaan;
      // As recorded; a lapsed item was public by law from the day after its last exempt day.
      const opened = p && {
        sejak: tanggal(p.tanggal),
        alasan: p.demi_hukum ? `Terbuka demi hukum sejak ${tanggal(p.tanggal)} (PP 61/2010 Pasal 11 ayat 3)` : ALASAN_PEMBUKAAN_TEKS[p.alasan],
      };
      const { sejak, alasan } = opened ?? draftOpening(periodFacts(d).berakhir, today, cal);
      return [String(i + 1), d.judul, d.unit, d.penetapan ? `${d.penetapan.nomor}, ${tanggal(d.penetapan.tanggal)}` : '—', periodOf(d), sejak, alasan];
    }),
  });
}
