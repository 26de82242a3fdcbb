/**
 * Builds `schemas/record.schema.json` from the domain tables (Pasal 17 codes, statuses,
 * period forms). The committed file is checked against this builder by a test.
 */
import { PASAL17 } from '../domain/pasal17.js';
import { STATUSES, STATUS_INFO } from '../domain/lifecycle.js';
import { PERIOD_FORM_SPECS, PERIOD_KEYS, type PeriodKey } from '../domain/period-forms.js';
import { ALASAN_PEMBUKAAN, CAKUPAN, ID_PATTERN, JENIS_LAMPIRAN, KEAMANAN_ARSIP, NASIB_RETENSI, REKOMENDASI, SAAT_UJI } from '../domain/record.js';

type Schema = Record<string, unknown>;

export const RECORD_SCHEMA_ID = 'https://ppid.example/schemas/record.schema.json';

/** Some letter or digit: "-", "..." or "—" say nothing a reader or an audit could use (ajv reads patterns with the u flag). */
export const NOT_BLANK = '[\\p{L}\\p{N}]';

const text = (title: string, description?: string): Schema => ({
  type: 'string',
  minLength: 1,
  pattern: NOT_BLANK,
  title,
  ...(description ? { description } : {}),
});
const date = (title: string, description?: string): Schema => ({
  type: 'string',
  format: 'date',
  title,
  ...(description ? { description } : {}),
});
const enumOf = (values: readonly string[], title: string, description?: string): Schema => ({
  type: 'string',
  enum: [...values],
  title,
  ...(description ? { description } : {}),
});
const obj = (title: string, properties: Record<string, Schema>, required: string[] = [], extra: Schema = {}): Schema => ({
  type: 'object',
  title,
  properties,
  required,
  additionalProperties: false,
  ...extra,
});

const orang = (title: string): Schema =>
  obj(
    title,
    {
      nama: text('Nama'),
      jabatan: text('Jabatan'),
      nip: text('NIP', 'Nomor Induk Pegawai (boleh kosong).'),
      unit_kerja: text('Unit kerja', 'Unit kerja orang ini sendiri; untuk pejabat PPID yang menetapkan: PP 61/2010 Pasal 4 ayat (2) huruf c.'),
    },
    ['nama', 'jabatan'],
  );

const persetujuan = (title: string): Schema =>
  obj(
    title,
    {
      nama: text('Nama'),
      jabatan: text('Jabatan'),
      nip: text('NIP'),
      tanggal: date('Tanggal persetujuan'),
    },
    ['nama', 'jabatan', 'tanggal'],
  );

const PERIOD_KEY_SCHEMAS: Record<PeriodKey, Schema> = {
  mulai: date('Mulai berlaku', 'Tanggal awal jangka waktu. Bila kosong dipakai tanggal penetapan.'),
  tahun: { type: 'integer', minimum: 0, maximum: 1000, title: 'Lama (tahun)' },
  bulan: { type: 'integer', minimum: 0, maximum: 1200, title: 'Lama (bulan)' },
  sampai: date(
    'Sampai dengan tanggal',
    'Hari TERAKHIR informasi dikecualikan ("sampai dengan 31 Desember 2030": 31 Desember masih dikecualikan); informasi terbuka sejak hari berikutnya.',
  ),
  setelah: text('Setelah peristiwa', 'Peristiwa yang memulai jangka waktu, mis. "keputusan disiplin".'),
  tanggal_peristiwa: date('Tanggal peristiwa', 'Diisi setelah peristiwa terjadi; menentukan tanggal berakhir.'),
  hingga: text('Hingga peristiwa', 'Mis. "putusan berkekuatan hukum tetap". Wajib disertai tanggal tinjau ulang.'),
  tinjau_ulang: date('Tanggal tinjau ulang', 'Tanggal pengecualian harus ditinjau kembali agar tidak tertutup selamanya.'),
  hingga_persetujuan: { const: true, title: 'Hingga ada persetujuan tertulis', description: 'Hanya untuk Pasal 17 huruf g dan h (Pasal 18 ayat 2).' },
  tanpa_batas: { const: true, title: 'Tanpa batas waktu', description: 'Hanya untuk Pasal 17 huruf g–j; huruf a–f tidak pernah permanen.' },
  keterangan: text('Keterangan', 'Rumusan jangka waktu sebagaimana tertulis di dokumen asal.'),
};

function periodSchema(): Schema {
  const oneOf = PERIOD_FORM_SPECS.map((spec) => {
    const allowed = new Set<string>([...spec.wajib, ...spec.salahSatu, ...spec.boleh]);
    const forbidden = PERIOD_KEYS.filter((k) => !allowed.has(k));
    const branch: Schema = {
      title: spec.label.id,
      required: [...spec.wajib],
      not: { anyOf: forbidden.map((k) => ({ required: [k] })) },
    };
    const anyOf: Schema[] = [];
    if (spec.salahSatu.length > 0) anyOf.push(...spec.salahSatu.map((k) => ({ required: [k] })));
    const allOf: Schema[] = [];
    if (anyOf.length > 0) allOf.push({ anyOf });
    if (spec.bentuk === 'setelah-peristiwa') allOf.push({ anyOf: [{ required: ['tanggal_peristiwa'] }, { required: ['tinjau_ulang'] }] });
    if (allOf.length > 0) branch.allOf = allOf;
    return branch;
  });
  return {
    type: 'object',
    title: 'Jangka waktu pengecualian',
    description: 'Tepat satu bentuk: ' + PERIOD_FORM_SPECS.map((s) => s.label.id).join('; ') + ' (UU 14/2008 Pasal 20; PP 61/2010 Pasal 5–9).',
    properties: PERIOD_KEY_SCHEMAS,
    additionalProperties: false,
    oneOf,
  };
}

export function buildRecordSchema(): Schema {
  const statusRequires = STATUSES.filter((s) => STATUS_INFO[s].wajibBlok.length > 0).map((s) => ({
    if: { properties: { status: { const: s } }, required: ['status'] },
    then: { required: [...STATUS_INFO[s].wajibBlok] },
  }));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: RECORD_SCHEMA_ID,
    title: 'Informasi yang dikecualikan',
    description: 'Satu butir Daftar Informasi yang Dikecualikan (DIK) menurut UU 14/2008 dan PP 61/2010; disimpan sebagai front matter YAML.',
    type: 'object',
    properties: {
      ...identityProperties(),
      ...stepProperties(),
      ...historyProperties(),
      ...archiveProperties(),
    },
    required: ['id', 'status', 'judul', 'unit', 'pasal17', 'dasar_hukum', 'uji_konsekuensi', 'jangka_waktu', 'cakupan'],
    patternProperties: { '^x_': { title: 'Kunci tambahan milik Badan Publik (diawali x_)' } },
    additionalProperties: false,
    allOf: [{ if: { properties: { cakupan: { const: 'sebagian' } }, required: ['cakupan'] }, then: { required: ['bagian_dikecualikan'] } }, ...statusRequires],
  };
}

/** What the item is and why it is exempt: set by `ppid add` (step 1). */
function identityProperties(): Record<string, Schema> {
  return {
    id: { type: 'string', pattern: ID_PATTERN, title: 'Nomor butir', description: 'Diberikan oleh `ppid add`, mis. DIK-2026-0007.' },
    status: enumOf(STATUSES, 'Status', 'Tahap butir dalam SOP: ' + STATUSES.join(', ') + '.'),
    judul: text('Informasi yang dikecualikan', 'Rumusan informasi yang dikecualikan, spesifik dan jelas.'),
    judul_publik: text('Judul untuk publikasi', 'Dipakai di DIK yang diumumkan bila judul asli sendiri membuka rahasia.'),
    unit: text('Unit kerja', 'Unit kerja yang menguasai informasi; sebaiknya salah satu unit di ppid.yaml.'),
    pasal17: {
      type: 'array',
      minItems: 1,
      uniqueItems: true,
      title: 'Dasar pengecualian (Pasal 17 UU 14/2008)',
      items: { type: 'string', enum: PASAL17.map((c) => c.kode), title: 'Kode Pasal 17' },
      description: PASAL17.map((c) => `${c.kode}: ${c.label.id}`).join('; '),
    },
    dasar_hukum: {
      type: 'array',
      minItems: 1,
      title: 'Dasar hukum',
      items: text('Peraturan', 'Mis. "UU 14/2008 Pasal 17 huruf h angka 2".'),
    },
    uji_konsekuensi: obj(
      'Uji konsekuensi (Pasal 19; PP 61/2010 Pasal 3)',
      {
        tanggal: date('Tanggal uji konsekuensi'),
        saat: enumOf(SAAT_UJI, 'Saat pengujian', 'Sebelum ada permohonan, atas permohonan, atau atas perintah Komisi Informasi.'),
        dokumen: text('Dokumen yang diuji'),
        konsekuensi_dibuka: text('Konsekuensi bila dibuka', 'Kerugian yang timbul bila informasi dibuka.'),
        konsekuensi_ditutup: text('Konsekuensi bila ditutup', 'Kepentingan yang dilindungi dengan menutup informasi.'),
        kepentingan_publik: text('Pertimbangan kepentingan publik (Pasal 2 ayat 4)'),
        peserta: { type: 'array', title: 'Peserta pengujian', items: orang('Peserta') },
        persetujuan_pimpinan: persetujuan('Persetujuan pimpinan atas uji konsekuensi'),
      },
      ['tanggal', 'konsekuensi_dibuka', 'konsekuensi_ditutup'],
    ),
    jangka_waktu: periodSchema(),
    cakupan: enumOf(
      CAKUPAN,
      'Cakupan pengecualian',
      'seluruh, atau sebagian (bagian yang dihitamkan dicatat di bagian_dikecualikan; Pasal 22 ayat 7 huruf e).',
    ),
    bagian_dikecualikan: { type: 'array', minItems: 1, title: 'Bagian yang dikecualikan', items: text('Bagian') },
    didaftarkan: date('Tanggal pendaftaran'),
  };
}

/** One block per later SOP step: clarification, consideration, determination, opening or refusal. */
function stepProperties(): Record<string, Schema> {
  return {
    klarifikasi: obj(
      'Klarifikasi (langkah 2)',
      {
        tanggal: date('Tanggal klarifikasi'),
        oleh: orang('Diklarifikasi oleh'),
        berakhir: date('Hari pertama terbuka', 'Hari pertama informasi tidak lagi dikecualikan (hari sesudah hari terakhir jangka waktu).'),
        tinjau_ulang: date('Tanggal tinjau ulang'),
        catatan: text('Catatan'),
      },
      ['tanggal'],
    ),
    pertimbangan: obj(
      'Pertimbangan Tim (langkah 3)',
      {
        rekomendasi: enumOf(REKOMENDASI, 'Rekomendasi'),
        nomor: text('Nomor surat pertimbangan'),
        tanggal: date('Tanggal surat pertimbangan'),
        catatan: text('Catatan'),
        oleh: orang('Dicatat oleh'),
      },
      ['rekomendasi', 'nomor', 'tanggal'],
    ),
    penetapan: obj(
      'Penetapan klasifikasi (PP 61/2010 Pasal 4 ayat 2)',
      {
        nomor: text('Nomor surat penetapan'),
        tanggal: date('Tanggal penetapan'),
        tempat: text('Tempat penetapan'),
        pejabat: orang('Pejabat PPID yang menetapkan'),
        persetujuan_pimpinan: persetujuan('Persetujuan pimpinan Badan Publik'),
      },
      ['nomor', 'tanggal', 'tempat', 'pejabat', 'persetujuan_pimpinan'],
    ),
    pembukaan: obj(
      'Pembukaan informasi (langkah 4; PP 61/2010 Pasal 11)',
      {
        tanggal: date('Tanggal pembukaan'),
        alasan: enumOf(ALASAN_PEMBUKAAN, 'Alasan pembukaan'),
        dasar: text('Dasar pembukaan', 'Mis. nomor putusan atau surat persetujuan.'),
        persetujuan_pimpinan: persetujuan('Persetujuan pimpinan'),
        demi_hukum: {
          type: 'boolean',
          title: 'Terbuka demi hukum',
          description: 'Jangka waktu berakhir sebelum pembukaan ditetapkan (PP 61/2010 Pasal 11 ayat 3).',
        },
        persetujuan_tertulis: obj(
          'Persetujuan tertulis (UU 14/2008 Pasal 18 ayat 2 huruf a)',
          {
            nama: text('Yang memberi persetujuan', 'Orang yang rahasianya diungkap. Tidak pernah diumumkan.'),
            tanggal: date('Tanggal surat persetujuan'),
            keperluan: text('Keperluan', 'Untuk apa persetujuan diberikan.'),
            satu_orang: {
              const: true,
              title: 'Hanya menyangkut orang ini',
              description: 'Persetujuan membuka informasi orang itu saja: butir dibuka seluruhnya hanya bila informasinya hanya tentang dia.',
            },
          },
          ['nama', 'tanggal', 'satu_orang'],
        ),
      },
      ['tanggal', 'alasan'],
    ),
    penolakan: obj(
      'Penolakan pengecualian',
      {
        tanggal: date('Tanggal penolakan'),
        alasan: text('Alasan', 'Mengapa informasi ini tidak dikecualikan (tetap terbuka).'),
        dasar: text('Dasar', 'Mis. nomor surat pertimbangan.'),
      },
      ['tanggal', 'alasan'],
    ),
  };
}

/** Classifications replaced by a new consequence test (PP 61/2010 Pasal 10). */
function historyProperties(): Record<string, Schema> {
  return {
    riwayat_klasifikasi: {
      type: 'array',
      title: 'Riwayat klasifikasi (PP 61/2010 Pasal 10)',
      description: 'Klasifikasi yang diganti oleh uji konsekuensi baru; teks lengkapnya tetap di riwayat git.',
      items: obj(
        'Klasifikasi lama',
        {
          pasal17: { type: 'array', title: 'Kode Pasal 17 lama', items: { type: 'string', enum: PASAL17.map((c) => c.kode) } },
          dasar_hukum: { type: 'array', title: 'Dasar hukum lama', items: { type: 'string' } },
          jangka_waktu: { ...periodSchema(), title: 'Jangka waktu lama' },
          uji_konsekuensi_tanggal: date('Tanggal uji konsekuensi lama'),
          penetapan_nomor: text('Nomor penetapan lama'),
          penetapan_tanggal: date('Tanggal penetapan lama'),
          diganti: date('Tanggal diganti'),
        },
        ['pasal17', 'dasar_hukum', 'jangka_waktu', 'uji_konsekuensi_tanggal', 'diganti'],
      ),
    },
  };
}

/** Records-management data, attachments and publication: beside the exemption, never part of it. */
function archiveProperties(): Record<string, Schema> {
  return {
    arsip: obj('Data kearsipan (UU 43/2009, PP 28/2012)', {
      kode_klasifikasi: text('Kode klasifikasi arsip'),
      keamanan: enumOf(KEAMANAN_ARSIP, 'Tingkat keamanan', 'B biasa/terbuka, T terbatas, R rahasia, SR sangat rahasia.'),
      retensi: obj('Retensi menurut JRA', {
        tahun: { type: 'integer', minimum: 0, title: 'Retensi (tahun)', description: 'Jam yang berbeda dari jangka waktu pengecualian.' },
        nasib: enumOf(NASIB_RETENSI, 'Nasib akhir'),
      }),
      lokasi: text('Lokasi arsip fisik', 'Mis. "Lemari 2 / Rak 3 / Boks 12".'),
    }),
    lampiran: {
      type: 'array',
      title: 'Lampiran',
      items: obj(
        'Lampiran',
        {
          jenis: enumOf(JENIS_LAMPIRAN, 'Jenis lampiran'),
          berkas: {
            type: 'string',
            minLength: 1,
            pattern: '^lampiran/',
            title: 'Berkas',
            description: 'Jalur relatif terhadap akar arsip, di dalam folder lampiran/.',
          },
          sha256: { type: 'string', pattern: '^[0-9a-f]{64}$', title: 'SHA-256' },
          ukuran: { type: 'integer', minimum: 0, title: 'Ukuran (bita)' },
          halaman: { type: 'integer', minimum: 0, title: 'Jumlah halaman' },
          terenkripsi: {
            const: true,
            title: 'Terenkripsi (age)',
            description: 'Berkas disimpan terenkripsi untuk PPID Utama dan unit pemiliknya; sha256 dan ukuran adalah isi aslinya.',
          },
          keterangan: text('Keterangan'),
        },
        ['jenis', 'berkas'],
      ),
    },
    publikasi: obj('Publikasi (langkah 6)', { terakhir: date('Terakhir diumumkan') }),
    catatan: text('Catatan internal', 'Tidak pernah diumumkan.'),
  };
}
