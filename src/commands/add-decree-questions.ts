/**
 * Whether the item is already in force, and if so its decree: the six elements of PP 61/2010
 * Pasal 4(2), with ppid.yaml's officials offered. The old answers are the defaults, so that
 * changing one element at the summary means pressing Enter through the others.
 */
import type { Config } from '../domain/config.js';
import type { Orang, Penetapan } from '../domain/record.js';
import { isi, pilih, required, T, yaTidak } from '../terminal/prompts.js';
import { dateCheck, type AskContext, type Data } from './add-questions.js';

export async function askPenetapan(d: Data, c: AskContext): Promise<void> {
  const old = d.penetapan as Partial<Penetapan> | undefined;
  const inForce = await yaTidak(
    T(
      'Sudah ditetapkan dengan surat penetapan klasifikasi (butir lama yang sudah berlaku)?',
      'Already determined by a classification decree (an existing item in force)?',
    ),
    old !== undefined,
  );
  if (inForce) d.penetapan = await askDetermination(c.config, c.today, old ?? {});
  else delete d.penetapan;
}

const OTHER = '\u0000lainnya';

async function person(config: Config, role: 'ppid-utama' | 'pimpinan', message: string, old: Partial<Orang> | undefined): Promise<Orang> {
  const known = config.pejabat.filter((x) => x.peran.includes(role));
  const oldKnown = known.find((x) => x.nama === old?.nama && x.jabatan === old?.jabatan);
  const chosen = known.length
    ? await pilih(
        message,
        [...known.map((x, i) => ({ name: `${x.nama} — ${x.jabatan}`, value: String(i) })), { name: T('lainnya…', 'someone else…'), value: OTHER }],
        oldKnown ? String(known.indexOf(oldKnown)) : old?.nama ? OTHER : undefined,
      )
    : OTHER;
  const x = chosen === OTHER ? undefined : known[Number(chosen)];
  if (x) return { nama: x.nama, jabatan: x.jabatan };
  const other = oldKnown ? undefined : old;
  return {
    nama: await isi(T('Nama:', 'Name:'), { default: other?.nama, validate: required }),
    jabatan: await isi(T('Jabatan:', 'Position:'), { default: other?.jabatan, validate: required }),
  };
}

async function askDetermination(config: Config, today: string, old: Partial<Penetapan>): Promise<Penetapan> {
  const nomor = await isi(T('Nomor surat penetapan:', 'Decree number:'), { default: old.nomor, validate: required });
  const tanggal = await isi(T('Tanggal penetapan:', 'Date of the decree:'), { default: old.tanggal ?? today, validate: dateCheck });
  const tempat = await isi(T('Tempat penetapan:', 'Place of the decree:'), { default: old.tempat ?? config.badan_publik.tempat ?? '', validate: required });
  const pejabat = await person(config, 'ppid-utama', T('Pejabat PPID yang menetapkan:', 'Determining PPID official:'), old.pejabat);
  const pimpinan = await person(config, 'pimpinan', T('Pimpinan yang menyetujui:', 'Head who approved:'), old.persetujuan_pimpinan);
  const setuju = await isi(T('Tanggal persetujuan pimpinan:', 'Date of the head\u2019s approval:'), {
    default: old.persetujuan_pimpinan?.tanggal ?? tanggal,
    validate: dateCheck,
  });
  return { nomor, tanggal, tempat, pejabat, persetujuan_pimpinan: { ...pimpinan, tanggal: setuju } };
}
