/** Command-line values → record blocks, shared by the commands that take the same flags. */
import type { Config } from '../domain/config.js';
import { EXIT, UserError } from '../errors.js';
import type { JangkaWaktu, Orang, Penetapan, Persetujuan, UjiKonsekuensi } from '../domain/record.js';

export interface PeriodFlags {
  mulai?: string;
  tahun?: string;
  bulan?: string;
  sampai?: string;
  setelah?: string;
  tanggalPeristiwa?: string;
  hingga?: string;
  tinjauUlang?: string;
  hinggaPersetujuan?: boolean;
  tanpaBatas?: boolean;
  keteranganJangka?: string;
}

export interface ApprovalFlags {
  pimpinan?: string;
  jabatanPimpinan?: string;
  tanggalPersetujuan?: string;
}

export interface DecreeFlags extends ApprovalFlags {
  nomor?: string;
  tanggal?: string;
  tempat?: string;
  pejabat?: string;
  jabatanPejabat?: string;
  /** The determining official's own work unit (PP 61/2010 Pasal 4(2)(c)); default: ppid.yaml `ppid.unit_kerja`. */
  unitKerjaPejabat?: string;
}

/** What a consequence test must show for a new determination, given with the step that makes it. */
export interface TestFlags {
  dokumenUji?: string;
  /** "Nama;Jabatan", one per participant. */
  pesertaUji?: string[];
  /** The head's approval of the test; the head is the one named by --pimpinan. */
  tanggalPersetujuanUji?: string;
}

/** The determination of an item that is already in force when it is registered (`add`, `import`). */
export interface InForceFlags {
  nomorPenetapan?: string;
  tanggalPenetapan?: string;
  tempatPenetapan?: string;
  pejabat?: string;
  jabatanPejabat?: string;
  unitKerjaPejabat?: string;
  pimpinan?: string;
  jabatanPimpinan?: string;
  tanggalPersetujuan?: string;
}

export const inForceDecree = (f: InForceFlags): DecreeFlags => ({
  nomor: f.nomorPenetapan,
  tanggal: f.tanggalPenetapan,
  tempat: f.tempatPenetapan,
  pejabat: f.pejabat,
  jabatanPejabat: f.jabatanPejabat,
  unitKerjaPejabat: f.unitKerjaPejabat,
  pimpinan: f.pimpinan,
  jabatanPimpinan: f.jabatanPimpinan,
  tanggalPersetujuan: f.tanggalPersetujuan,
});

/** A whole number stays a number; anything else is kept as written for the schema to reject by name. */
export const intOrText = (v: string | undefined): number | string | undefined => (v === undefined ? undefined : /^-?\d+$/.test(v.trim()) ? Number(v) : v);

export const splitList = (v: string[] | undefined, sep: RegExp): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .flatMap((s) => s.split(sep))
        .map((s) => s.trim())
        .filter(Boolean);

export function prune<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

const nonEmpty = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? o : undefined);

export function periodFromFlags(f: PeriodFlags): JangkaWaktu | undefined {
  return nonEmpty(
    prune({
      mulai: f.mulai,
      tahun: intOrText(f.tahun),
      bulan: intOrText(f.bulan),
      sampai: f.sampai,
      setelah: f.setelah,
      tanggal_peristiwa: f.tanggalPeristiwa,
      hingga: f.hingga,
      tinjau_ulang: f.tinjauUlang,
      hingga_persetujuan: f.hinggaPersetujuan ? true : undefined,
      tanpa_batas: f.tanpaBatas ? true : undefined,
      keterangan: f.keteranganJangka,
    }) as JangkaWaktu,
  );
}

/** Positions come from ppid.yaml when the name is an official listed there. */
function jabatanOf(config: Config | undefined, nama: string | undefined): string | undefined {
  return config?.pejabat.find((p) => p.nama === nama)?.jabatan;
}

export function approvalFromFlags(f: ApprovalFlags, config?: Config): Persetujuan | undefined {
  return nonEmpty(prune({ nama: f.pimpinan, jabatan: f.jabatanPimpinan ?? jabatanOf(config, f.pimpinan), tanggal: f.tanggalPersetujuan }) as Persetujuan);
}

export function decreeFromFlags(f: DecreeFlags, config?: Config): Penetapan | undefined {
  // The head's name alone may be for the test's approval (--tanggal-persetujuan-uji): no decree yet.
  const given = [f.nomor, f.tanggal, f.tempat, f.pejabat, f.tanggalPersetujuan].some((v) => v !== undefined);
  if (!given) return undefined;
  return prune({
    nomor: f.nomor,
    tanggal: f.tanggal,
    tempat: f.tempat ?? config?.badan_publik.tempat,
    pejabat: nonEmpty(
      prune({ nama: f.pejabat, jabatan: f.jabatanPejabat ?? jabatanOf(config, f.pejabat), unit_kerja: f.unitKerjaPejabat ?? config?.ppid?.unit_kerja }),
    ),
    persetujuan_pimpinan: approvalFromFlags(f, config),
  }) as Penetapan;
}

/** "Nama;Jabatan" → a participant: the record of the test names each one with their position. */
function participant(spec: string): Orang {
  const [nama = '', jabatan = '', ...rest] = spec.split(';').map((x) => x.trim());
  if (!nama || !jabatan || rest.length > 0) throw new UserError('peserta-uji-format', { nilai: spec }, EXIT.USAGE);
  return { nama, jabatan };
}

/**
 * The consequence test with what the flags add to it: the document, the participants, and the
 * head's approval of the test. What the record already holds stays unless a flag says otherwise.
 */
export function testFromFlags(uji: Record<string, unknown>, f: TestFlags & ApprovalFlags, config?: Config): Partial<UjiKonsekuensi> {
  const approval = f.tanggalPersetujuanUji !== undefined ? approvalFromFlags({ ...f, tanggalPersetujuan: f.tanggalPersetujuanUji }, config) : undefined;
  return prune({
    ...uji,
    ...(f.dokumenUji !== undefined ? { dokumen: f.dokumenUji } : {}),
    ...(f.pesertaUji?.length ? { peserta: f.pesertaUji.map(participant) } : {}),
    ...(approval ? { persetujuan_pimpinan: approval } : {}),
  }) as Partial<UjiKonsekuensi>;
}
