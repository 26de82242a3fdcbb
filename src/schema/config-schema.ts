/** JSON Schemas of `ppid.yaml` and the archive's `kalender.yaml`, built from the domain tables. */
import { ROLES, SOP_STEPS } from '../domain/lifecycle.js';
import { ARCHIVE_FORMATS, BATAS_KEPUTUSAN } from '../domain/config.js';
import { SSH_KEY_PATTERN } from '../git/ssh-key.js';

type Schema = Record<string, unknown>;

const text = (title: string, description?: string): Schema => ({ type: 'string', minLength: 1, title, ...(description ? { description } : {}) });

/** An age X25519 public key (bech32, "age1…"). */
const AGE_KEY: Schema = {
  type: 'string',
  pattern: '^age1[02-9ac-hj-np-z]{58}$',
  title: 'Kunci publik age',
  description: 'Lampiran dienkripsi untuk pemegang kunci ini (age-keygen -y kunci.txt).',
};

/** An OpenSSH public key, one line of a `.pub` file. */
const SSH_KEY: Schema = {
  type: 'string',
  pattern: SSH_KEY_PATTERN,
  title: 'Kunci publik SSH',
  description:
    'Kunci yang dipakai pejabat ini menandatangani langkahnya, satu baris berkas .pub, mis. "ssh-ed25519 AAAA… nama@komputer" (cat ~/.ssh/id_ed25519.pub). "ppid audit --require-signed" mencocokkan tanda tangan setiap commit dengan kunci pembuatnya.',
};

export function buildConfigSchema(): Schema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ppid.example/schemas/ppid.schema.json',
    title: 'Pengaturan arsip PPID (ppid.yaml)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      versi: {
        enum: [...ARCHIVE_FORMATS],
        title: 'Versi format arsip',
        description:
          '2: jangka_waktu.sampai adalah hari terakhir dikecualikan. 1: arsip ppid 0.1 (sampai dibaca sebagai hari pertama terbuka); ubah dengan "ppid migrate".',
      },
      bahasa: { enum: ['id', 'en'], title: 'Bahasa keluaran bawaan' },
      badan_publik: {
        type: 'object',
        title: 'Badan Publik',
        additionalProperties: false,
        required: ['nama'],
        properties: {
          nama: text('Nama Badan Publik', 'Mis. "Pemerintah Kabupaten Sanggau".'),
          singkatan: text('Singkatan'),
          alamat: text('Alamat'),
          situs: text('Situs resmi PPID'),
          tempat: text('Tempat penetapan bawaan', 'Kota tempat surat penetapan ditandatangani.'),
        },
      },
      ppid: {
        type: 'object',
        title: 'PPID',
        additionalProperties: false,
        properties: {
          unit_kerja: text(
            'Unit kerja PPID',
            'Unit kerja pejabat PPID yang menetapkan, mis. "Dinas Komunikasi dan Informatika" (PP 61/2010 Pasal 4 ayat 2 huruf c).',
          ),
          sk_penunjukan: text(
            'Keputusan penunjukan PPID',
            'Mis. "Keputusan Bupati Sanggau Nomor 100.3.3.2/45/2024 tentang Pejabat Pengelola Informasi dan Dokumentasi"; dikutip di dasar surat penetapan.',
          ),
        },
      },
      ...peopleProperties(),
      tenggat: deadlineSchema(),
      id_awalan: { type: 'string', pattern: '^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$', title: 'Awalan nomor butir', default: 'DIK' },
      kalender: text('Berkas kalender arsip', 'Jalur relatif ke berkas penambahan/penghapusan hari libur (bawaan: kalender.yaml).'),
      peran_tidak_sesuai: {
        enum: ['tolak', 'peringatan'],
        default: 'tolak',
        title: 'Langkah oleh orang tanpa perannya',
        description: 'tolak: langkah ditolak (bawaan); peringatan: langkah dicatat dengan peringatan. Orang dikenali dari surel identitas git-nya.',
      },
      ...signingProperties(),
    },
    required: ['versi', 'badan_publik', 'unit', 'pejabat'],
    additionalProperties: false,
  };
}

/** Whether every step is signed (ADR 17); the officials' keys are `pejabat[].kunci_ssh`. */
function signingProperties(): Record<string, Schema> {
  return {
    tanda_tangan: {
      enum: ['ssh'],
      title: 'Tanda tangan setiap langkah',
      description:
        'ssh: setiap commit ppid ditandatangani dengan kunci SSH pelakunya (kunci_ssh pejabat), di salinan arsip mana pun; "ppid init --tanda-tangan ssh" mengatur git untuk itu.',
    },
  };
}

/** The units and the officials with their roles (who may run which SOP step). */
function peopleProperties(): Record<string, Schema> {
  return {
    unit: {
      type: 'array',
      minItems: 1,
      title: 'Unit kerja',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['kode', 'nama'],
        properties: {
          kode: { type: 'string', pattern: '^[A-Z0-9][A-Z0-9-]*$', title: 'Kode unit', description: 'Huruf besar, angka dan tanda hubung.' },
          nama: text('Nama unit'),
          nama_lama: {
            type: 'array',
            items: text('Nama unit sebelumnya'),
            title: 'Nama sebelumnya',
            description: 'Nama unit sebelum diganti (ppid config unit rename): butir lama tetap memakai nama unit pada waktunya.',
          },
          kunci_age: AGE_KEY,
        },
      },
    },
    pejabat: {
      type: 'array',
      title: 'Pejabat dan perannya',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['nama', 'jabatan', 'peran'],
        properties: {
          nama: text('Nama'),
          jabatan: text('Jabatan'),
          nip: text('NIP'),
          email: { type: 'string', format: 'email', title: 'Surel (identitas git)' },
          peran: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: [...ROLES] }, title: 'Peran', description: ROLES.join(', ') },
          unit: {
            type: 'string',
            pattern: '^[A-Z0-9][A-Z0-9-]*$',
            title: 'Kode unit PPID Pembantu',
            description:
              'Butir yang diusulkan pejabat ini bernomor seri unitnya, mis. DIK-BKPSDM-2026-0001, sehingga kantor yang bekerja terpisah tidak memakai nomor yang sama.',
          },
          kunci_age: AGE_KEY,
          kunci_ssh: SSH_KEY,
        },
      },
    },
  };
}

/** Time limits in working days: the expiry window, the reading of the decision deadline, each SOP step. */
function deadlineSchema(): Schema {
  return {
    type: 'object',
    title: 'Tenggat',
    additionalProperties: false,
    properties: {
      jendela_berakhir: {
        type: 'integer',
        minimum: 1,
        maximum: 250,
        title: 'Jendela laporan berakhir (hari kerja)',
        description:
          'Berapa hari kerja ke depan dilihat "ppid expiring". PP 61/2010 Pasal 11 ayat (2): penetapan pembukaan paling lama 30 hari kerja sebelum berakhirnya jangka waktu pengecualian.',
      },
      batas_keputusan: {
        enum: [...BATAS_KEPUTUSAN],
        default: 'hari-kerja-terakhir',
        title: 'Tafsir batas keputusan pembukaan (PP 61/2010 Pasal 11 ayat 2)',
        description:
          'hari-kerja-terakhir (tafsir SOP, bawaan): pembukaan diputuskan dalam 30 hari kerja sebelum berakhir, paling lambat hari kerja terakhir sebelum informasi terbuka. awal-jendela (tafsir harfiah): paling lambat hari pertama dari 30 hari kerja itu.',
      },
      langkah: {
        type: 'object',
        title: 'Batas waktu langkah SOP (hari kerja)',
        additionalProperties: false,
        properties: Object.fromEntries(
          SOP_STEPS.map((s) => [
            `langkah_${s.langkah}`,
            {
              type: 'integer',
              minimum: 1,
              maximum: 250,
              title: `Langkah ${s.langkah}: ${s.label.id}`,
              default: s.batasHariKerja,
            },
          ]),
        ),
      },
    },
  };
}

export function buildCalendarSchema(): Schema {
  const day = (extra: Schema): Schema => ({
    type: 'object',
    additionalProperties: false,
    required: ['tanggal'],
    properties: { tanggal: { type: 'string', format: 'date', title: 'Tanggal' }, ...extra },
  });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://ppid.example/schemas/kalender.schema.json',
    title: 'Penyesuaian kalender hari kerja arsip',
    description: 'Menambah hari libur (mis. hari jadi daerah, revisi SKB) atau menghapusnya dari kalender bawaan.',
    type: 'object',
    additionalProperties: false,
    properties: {
      tambah: { type: 'array', title: 'Hari libur tambahan', items: day({ nama: { type: 'string', minLength: 1 }, dasar: { type: 'string' } }) },
      hapus: { type: 'array', title: 'Hari yang tetap hari kerja', items: day({ alasan: { type: 'string', minLength: 1 }, dasar: { type: 'string' } }) },
      tahun_lengkap: {
        type: 'array',
        title: 'Tahun yang daftarnya lengkap di berkas ini',
        description: 'Untuk tahun tanpa kalender bawaan: daftar di `tambah` dianggap lengkap.',
        items: { type: 'integer', minimum: 1900, maximum: 2200 },
      },
    },
  };
}
