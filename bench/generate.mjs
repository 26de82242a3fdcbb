/**
 * Seeded synthetic archives for the benchmark: N realistic records in every period form and
 * status, a ppid.yaml with twenty units, and a real git repository with history (the records
 * arrive in batches of commits, and some are changed later, as SOP steps would).
 *
 *   node bench/generate.mjs DIR N [SEED]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: small, fast, and the same numbers for the same seed everywhere. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const UNITS = [
  'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
  'Inspektorat Daerah',
  'Dinas Kesehatan',
  'Dinas Pendidikan dan Kebudayaan',
  'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Sekretariat Daerah',
  'Dinas Komunikasi dan Informatika',
  'Satuan Polisi Pamong Praja',
  'Dinas Lingkungan Hidup',
  'Dinas Perpustakaan dan Kearsipan',
  'Dinas Sosial',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pekerjaan Umum dan Penataan Ruang',
  'Dinas Perhubungan',
  'Rumah Sakit Umum Daerah',
  'Badan Penanggulangan Bencana Daerah',
  'Dinas Penanaman Modal dan PTSP',
  'Dinas Pertanian',
  'Bagian Pengadaan Barang dan Jasa',
];
const GROUNDS = [
  { kode: 'h2', dasar: ['UU 14/2008 Pasal 17 huruf h angka 2', 'UU 17/2023 tentang Kesehatan Pasal 4 ayat (1) huruf i'], judul: 'Rekam medis pegawai' },
  { kode: 'h3', dasar: ['UU 14/2008 Pasal 17 huruf h angka 3'], judul: 'Data rekening penerima bantuan' },
  { kode: 'h4', dasar: ['UU 14/2008 Pasal 17 huruf h angka 4'], judul: 'Hasil asesmen kompetensi pejabat' },
  { kode: 'a1', dasar: ['UU 14/2008 Pasal 17 huruf a angka 1'], judul: 'Laporan hasil audit investigatif' },
  { kode: 'c3', dasar: ['UU 14/2008 Pasal 17 huruf c angka 3'], judul: 'Rencana pengamanan objek vital' },
  { kode: 'i', dasar: ['UU 14/2008 Pasal 17 huruf i', 'UU 43/2009 tentang Kearsipan Pasal 44 ayat (1)'], judul: 'Memorandum internal rancangan kebijakan' },
  { kode: 'j', dasar: ['UU 14/2008 Pasal 17 huruf j', 'UU 43/2009 tentang Kearsipan Pasal 44 ayat (1)'], judul: 'Arsip statis yang dinyatakan tertutup' },
  { kode: 'g', dasar: ['UU 14/2008 Pasal 17 huruf g', 'UU 30/2004 jo. UU 2/2014 tentang Jabatan Notaris Pasal 54'], judul: 'Salinan akta hibah warga' },
  { kode: 'b', dasar: ['UU 14/2008 Pasal 17 huruf b', 'UU 30/2000 tentang Rahasia Dagang Pasal 3'], judul: 'Dokumen penawaran teknis peserta tender' },
  { kode: 'e2', dasar: ['UU 14/2008 Pasal 17 huruf e angka 2'], judul: 'Rencana awal pembelian tanah' },
];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const date = (y, m, d) => `${y}-${pad(m)}-${pad(Math.min(d, 28))}`;

/**
 * The day the archive is as of (the benchmark's --today). Statuses follow the SOP up to that
 * day, as in an archive that is kept: a period that has ended was mostly opened (a few items
 * are overdue, for the report to find), a passed review date was mostly reviewed and moved on,
 * and items still waiting for a step are mostly recent ones.
 */
export const AS_OF = '2026-11-25';
const AS_OF_YEAR = Number(AS_OF.slice(0, 4));

/** The period block, and its end and review dates where it has them. */
function period(r, g, start) {
  const [y, m, d] = start.split('-').map(Number);
  const letter = g.kode[0];
  const forms = ['tetap', 'tetap', 'tetap', 'sampai', 'setelah', 'hingga'];
  if ('gh'.includes(letter)) forms.push('persetujuan');
  if ('ghij'.includes(letter)) forms.push('tanpa');
  const f = forms[Math.floor(r() * forms.length)];
  let review = date(y + 1 + Math.floor(r() * 3), 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
  // Reviewed on time and given the next review date; a few reviews fall due now or are late.
  if (review <= AS_OF && r() >= 0.04) review = date(AS_OF_YEAR + 1 + Math.floor(r() * 2), 1 + Math.floor(r() * 12), 1 + Math.floor(r() * 28));
  switch (f) {
    case 'tetap': {
      const tahun = 1 + Math.floor(r() * 6);
      return { text: `jangka_waktu:\n  mulai: ${start}\n  tahun: ${tahun}\n`, end: date(y + tahun, m, d) };
    }
    case 'sampai': {
      const last = date(y + 1 + Math.floor(r() * 5), m, d);
      return { text: `jangka_waktu:\n  sampai: ${last}\n`, end: dayAfter(last) };
    }
    case 'setelah':
      return { text: `jangka_waktu:\n  tahun: ${1 + Math.floor(r() * 5)}\n  setelah: keputusan disiplin berkekuatan tetap\n  tinjau_ulang: ${review}\n` };
    case 'hingga':
      return { text: `jangka_waktu:\n  hingga: putusan pengadilan berkekuatan hukum tetap\n  tinjau_ulang: ${review}\n` };
    case 'persetujuan':
      return { text: 'jangka_waktu:\n  hingga_persetujuan: true\n' };
    default:
      return { text: `jangka_waktu:\n  tanpa_batas: true\n  tinjau_ulang: ${review}\n` };
  }
}

const pick = (r, weighted) => {
  let x = r() * weighted.reduce((a, [, w]) => a + w, 0);
  for (const [s, w] of weighted) if ((x -= w) < 0) return s;
  return weighted[0][0];
};
/** Items registered in the last weeks are still moving through the steps. */
const RECENT = [
  ['diusulkan', 30],
  ['diklarifikasi', 30],
  ['dipertimbangkan', 20],
  ['ditetapkan', 15],
  ['ditolak', 5],
];
/** Older items were decided; a few are still stuck at a step (the status report's late ones). */
const OLDER = [
  ['ditetapkan', 82],
  ['ditolak', 5],
  ['dibuka', 3],
  ['diusulkan', 4],
  ['diklarifikasi', 4],
  ['dipertimbangkan', 2],
];

const daysBetween = (a, b) => (Date.parse(b) - Date.parse(a)) / 86400000;
/** The day after (`sampai` is the last exempt day; the period's end is the first public one). */
const dayAfter = (iso) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);

export function recordText(r, id, year) {
  const g = GROUNDS[Math.floor(r() * GROUNDS.length)];
  const unit = UNITS[Math.floor(r() * UNITS.length)];
  const m = 1 + Math.floor(r() * 10);
  const d = 1 + Math.floor(r() * 27);
  const uji = date(year, m, d);
  const start = date(year, m + 1, d);
  const p = period(r, g, start);
  let status = pick(r, daysBetween(uji, AS_OF) < 45 ? RECENT : OLDER);
  // Nothing is decided on a day that has not come yet: a decree due after the day measured is still awaited.
  if (['ditetapkan', 'dibuka'].includes(status) && start >= AS_OF) status = 'dipertimbangkan';
  // A decided period that has ended was opened (step 4) — all but a few overdue ones.
  const ended = status === 'ditetapkan' && p.end !== undefined && p.end <= AS_OF && r() >= 0.03;
  if (ended) status = 'dibuka';
  const blocks = [];
  if (['diklarifikasi', 'dipertimbangkan', 'ditetapkan', 'dibuka'].includes(status)) blocks.push(`klarifikasi:\n  tanggal: ${date(year, m, d + 1)}\n`);
  if (['dipertimbangkan', 'ditetapkan', 'dibuka'].includes(status))
    blocks.push(`pertimbangan:\n  rekomendasi: setuju\n  nomor: ${pad(m)}/TP-PPID/${year}\n  tanggal: ${date(year, m, d + 2)}\n`);
  const approved = date(year, m + 1, Math.max(1, d - 1));
  // The head approves the test with the determination; an item not yet determined has neither.
  const decided = ['ditetapkan', 'dibuka'].includes(status);
  if (decided) {
    blocks.push(
      `penetapan:\n  nomor: 000.7.2/${pad(Math.floor(r() * 900) + 1, 3)}/PPID/${year}\n  tanggal: ${start}\n  tempat: Tanjung Rawa\n  pejabat:\n    nama: Rahmawati, S.Sos., M.Si.\n    jabatan: PPID Utama\n  persetujuan_pimpinan:\n    nama: H. Syarif Hidayat, S.H.\n    jabatan: Bupati Tanjung Rawa\n    tanggal: ${approved}\n`,
    );
  }
  if (status === 'dibuka') {
    // Lapsed: public by law from the first public day. Opened earlier: on a new test, with the head's approval.
    const on = [date(year + 1, m, d), AS_OF].sort()[0];
    blocks.push(
      ended
        ? `pembukaan:\n  tanggal: ${p.end}\n  alasan: jangka-waktu-berakhir\n  demi_hukum: true\n`
        : `pembukaan:\n  tanggal: ${on}\n  alasan: uji-konsekuensi-baru\n  dasar: Uji konsekuensi ulang ${on}\n  persetujuan_pimpinan:\n    nama: H. Syarif Hidayat, S.H.\n    jabatan: Bupati Tanjung Rawa\n    tanggal: ${on}\n`,
    );
  }
  if (status === 'ditolak') blocks.push(`penolakan:\n  tanggal: ${date(year, m, d + 3)}\n  alasan: Informasi ini terbuka menurut Pasal 11 UU 14/2008\n`);
  const fm = `---
id: ${id}
status: ${status}
judul: ${g.judul} ${unit.split(' ').slice(-2).join(' ')} nomor ${id.slice(-6)}
unit: ${unit}
pasal17: [${g.kode}]
dasar_hukum:
${g.dasar.map((x) => `  - ${x}`).join('\n')}
uji_konsekuensi:
  tanggal: ${uji}
  saat: sebelum-permohonan
  dokumen: ${g.judul} pada ${unit}
  konsekuensi_dibuka: Membuka informasi ini dapat merugikan pihak yang dilindungi dan menghambat tugas unit.
  konsekuensi_ditutup: Menutup informasi ini melindungi hak pihak yang bersangkutan dan kepentingan umum.
  peserta:
    - { nama: "Rahmawati, S.Sos., M.Si.", jabatan: PPID Utama }
${decided ? `  persetujuan_pimpinan:\n    nama: H. Syarif Hidayat, S.H.\n    jabatan: Bupati Tanjung Rawa\n    tanggal: ${approved}\n` : ''}${p.text}cakupan: seluruh
didaftarkan: ${uji}
${blocks.join('')}---
`;
  return `${fm}
## Lembar uji konsekuensi

Informasi ini diuji pada ${uji} oleh PPID bersama unit ${unit}. Dasar hukumnya ${g.dasar[0]}.
Akibat bila dibuka lebih besar daripada kepentingan publik yang dilindungi dengan membukanya.
`;
}

function git(dir, args, input) {
  // No automatic gc while the history is made (it would still be running when measuring starts).
  return execFileSync('git', ['-c', 'gc.auto=0', ...args], {
    cwd: dir,
    input,
    stdio: ['pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@uji.go.id', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@uji.go.id' },
  }).toString();
}

const CONFIG = `versi: 2
badan_publik:
  nama: Pemerintah Kabupaten Tanjung Rawa
  tempat: Tanjung Rawa
ppid:
  unit_kerja: Dinas Komunikasi dan Informatika
unit:
${UNITS.map((u, i) => `  - kode: U${pad(i + 1)}\n    nama: ${u}`).join('\n')}
pejabat:
  - nama: Rahmawati, S.Sos., M.Si.
    jabatan: PPID Utama
    email: bench@uji.go.id
    peran: [ppid-utama, petugas-teknis, tim-pertimbangan]
  - nama: H. Syarif Hidayat, S.H.
    jabatan: Bupati Tanjung Rawa
    peran: [pimpinan]
id_awalan: DIK
`;

/** Writes the archive and its history; returns the ids made. */
export function generate(dir, n, seed = 20261125) {
  const r = rng(seed + n);
  mkdirSync(join(dir, 'informasi'), { recursive: true });
  writeFileSync(join(dir, 'ppid.yaml'), CONFIG);
  git(dir, ['init', '-q']);
  git(dir, ['config', 'user.name', 'Bench']);
  git(dir, ['config', 'user.email', 'bench@uji.go.id']);
  git(dir, ['add', 'ppid.yaml']);
  git(dir, ['commit', '-qm', 'Arsip dibuat']);
  const ids = [];
  const perYear = new Map();
  // Ten batches of records, each one commit, as years of registration would add them.
  const batches = 10;
  for (let b = 0; b < batches; b++) {
    const count = Math.floor(n / batches) + (b < n % batches ? 1 : 0);
    for (let i = 0; i < count; i++) {
      const year = 2023 + Math.floor(((b * count + i) / n) * 4);
      const k = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, k);
      const id = `DIK-${year}-${pad(k, 6)}`;
      ids.push(id);
      writeFileSync(join(dir, 'informasi', `${id}.md`), recordText(r, id, year));
    }
    git(dir, ['add', '-A', 'informasi']);
    git(dir, ['commit', '-qm', `Langkah 1 — impor batch ${b + 1}`, '-m', 'PPID-Langkah: 1\nPPID-Perintah: add\nPPID-Peran: ppid-utama']);
  }
  // A repository in use is packed by git's automatic gc; packing once here keeps that gc from
  // starting in the background in the middle of a measurement (it did, and doubled a commit).
  git(dir, ['gc', '--quiet']);
  return ids;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, n, seed] = process.argv.slice(2);
  const t = Date.now();
  const ids = generate(dir, Number(n), seed ? Number(seed) : undefined);
  console.log(`${ids.length} records in ${dir} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
}
