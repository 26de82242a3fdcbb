/** The SOP steps: each changes records and makes one commit. */
import {
  Option,
  T,
  approvalOptions,
  collect,
  common,
  decreeOptions,
  example,
  inForceOptions,
  periodOptions,
  stepCommand,
  testOptions,
  itemId,
  itemIds,
  type CommandContext,
} from './options.js';
import { ALASAN_PEMBUKAAN_DIPILIH, CAKUPAN, JENIS_LAMPIRAN, SAAT_UJI } from '../domain/record.js';

/** The record's own lists (src/domain/record.ts) are the choices: `add` and `edit` offer the same ones. */
const saatUjiOption = () => new Option('--saat-uji <saat>', T('saat pengujian', 'moment of the test')).choices([...SAAT_UJI]);
const cakupanOption = () => new Option('--cakupan <cakupan>', T('seluruh atau sebagian', 'whole or partial')).choices([...CAKUPAN]);

function declareAdd(c: CommandContext): void {
  example(
    common(
      testOptions(
        inForceOptions(
          periodOptions(
            c.program
              .command('add')
              .description(
                T(
                  'mendaftarkan informasi yang dikecualikan (SOP langkah 1); satu berkas, satu commit',
                  'register an exempted item (SOP step 1); one file, one commit',
                ),
              )
              .option(
                '--contoh',
                T(
                  'cetak contoh berkas butir berkomentar untuk --from (ppid add --contoh > butir.yaml)',
                  'print a commented sample record for --from (ppid add --contoh > butir.yaml)',
                ),
              )
              .option(
                '--from <berkas.yaml>',
                T(
                  'ambil kunci record dari berkas YAML (penetapan di dalamnya = sudah berlaku)',
                  'take the record keys from a YAML file (a determination in it = already in force)',
                ),
              )
              .option('--judul <teks>', T('informasi yang dikecualikan', 'the exempted information'))
              .option('--judul-publik <teks>', T('judul aman untuk publikasi', 'a safe title for publication'))
              .option('--unit <nama>', T('unit kerja yang menguasai informasi', 'work unit holding it'))
              .option(
                '--pasal17 <kode>',
                T('kode Pasal 17, mis. h2 (boleh berulang atau dipisah koma)', 'Pasal 17 code, e.g. h2 (repeatable or comma-separated)'),
                collect,
              )
              .option('--dasar-hukum <teks>', T('peraturan yang menjadi dasar (boleh berulang)', 'statute relied on (repeatable)'), collect)
              .option('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi', 'date of the consequence test'))
              .addOption(saatUjiOption())
              .option('--dibuka <teks>', T('konsekuensi bila dibuka', 'consequence if opened'))
              .option('--ditutup <teks>', T('konsekuensi bila ditutup', 'consequence if closed'))
              .option('--kepentingan-publik <teks>', T('pertimbangan kepentingan publik', 'public-interest consideration'))
              .addOption(cakupanOption())
              .option('--bagian <teks>', T('bagian yang dikecualikan bila sebagian (pisah ";")', 'exempted parts when partial (";"-separated)'), collect)
              .option('--catatan <teks>', T('catatan internal (tidak diumumkan)', 'internal note (never published)'))
              .option('--no-input', T('jangan bertanya, walau di terminal', 'never ask, even on a terminal')),
          ),
        ),
      ),
      { output: 'json' },
    ),
    [
      'ppid add                       # ' + T('ditanya satu per satu', 'asked step by step'),
      'ppid add --contoh > butir.yaml',
      'ppid add --from butir.yaml',
      'ppid add --judul "Rekam medis pegawai" --unit BKPSDM --pasal17 h2 --dasar-hukum "UU 14/2008 Pasal 17 huruf h angka 2" \\\n      --tanggal-uji 2026-02-02 --dibuka "..." --ditutup "..." --tahun 5 --mulai 2026-02-16 --cakupan seluruh',
    ],
  ).action(c.wrap(async (o) => (await import('../commands/add.js')).run(await c.ioFor(o), o)));
}

function declareClarify(c: CommandContext): void {
  example(
    common(
      periodOptions(
        stepCommand(
          c.program,
          'clarify',
          '<id...>',
          'langkah 2: mengonfirmasi jangka waktu, menyimpan tanggal berakhir atau tinjau ulang',
          'step 2: confirm the period, store its end or review date',
        )
          .option('--tanggal <TTTT-BB-HH>', T('tanggal klarifikasi (bawaan: hari ini)', 'date of the clarification (default: today)'))
          .option('--catatan <teks>', T('catatan klarifikasi', 'note')),
      ),
      { output: 'json' },
    ),
    [
      'ppid clarify DIK-2026-0004 DIK-2026-0005',
      'ppid clarify DIK-2026-0004 --tahun 4 --mulai 2026-03-01   # ' + T('jangka waktu dikoreksi', 'period corrected'),
    ],
  ).action(c.wrap(async (ids: string[], o) => (await import('../commands/clarify.js')).run(await c.ioFor(o), itemIds(ids), o)));
}

function declareReview(c: CommandContext): void {
  example(
    common(
      stepCommand(c.program, 'review', '<id...>', 'langkah 3: pendapat tertulis Tim Pertimbangan', 'step 3: the consideration team\u2019s written opinion')
        .addOption(new Option('--rekomendasi <r>', T('rekomendasi tim', 'the team\u2019s advice')).choices(['setuju', 'tolak', 'ubah']).makeOptionMandatory())
        .requiredOption('--nomor <nomor>', T('nomor surat pertimbangan', 'number of the letter'))
        .option('--tanggal <TTTT-BB-HH>', T('tanggal surat (bawaan: hari ini)', 'date of the letter (default: today)'))
        .option('--catatan <teks>', T('catatan tim', 'the team\u2019s note'))
        .option('--surat <berkas.pdf>', T('pindaian surat pertimbangan, dilampirkan', 'scan of the letter, attached')),
      { output: 'json' },
    ),
    ['ppid review DIK-2026-0004 --rekomendasi setuju --nomor 01/TP-PPID/III/2026 --tanggal 2026-03-05 --surat pertimbangan.pdf'],
  ).action(c.wrap(async (ids: string[], o) => (await import('../commands/review.js')).run(await c.ioFor(o), itemIds(ids), o)));
}

function declareDecree(c: CommandContext): void {
  example(
    common(
      decreeOptions(
        stepCommand(
          c.program,
          'decree',
          '<id...>',
          'penetapan klasifikasi (PP 61/2010 Pasal 4 ayat 2); satu surat dapat mencakup banyak butir',
          'the determination (PP 61/2010 Art. 4(2)); one decree may cover many items',
        ),
      ),
      { output: 'json' },
    ),
    [
      'ppid decree DIK-2026-0004 DIK-2026-0005 --nomor 000.7.2/014/PPID/III/2026 --tanggal 2026-03-10 --tempat Sanggau \\\n      --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-03-09',
    ],
  ).action(c.wrap(async (ids: string[], o) => (await import('../commands/decree.js')).run(await c.ioFor(o), itemIds(ids), o)));
}

function declareReject(c: CommandContext): void {
  example(
    common(
      stepCommand(c.program, 'reject', '<id...>', 'pengecualian ditolak: informasi tetap terbuka', 'the exemption is refused: the information stays public')
        .requiredOption('--alasan <teks>', T('alasan penolakan', 'reason'))
        .option('--tanggal <TTTT-BB-HH>', T('tanggal (bawaan: hari ini)', 'date (default: today)'))
        .option('--dasar <teks>', T('dasar, mis. nomor surat pertimbangan', 'basis, e.g. the letter\u2019s number')),
      { output: 'json' },
    ),
    ['ppid reject DIK-2026-0016 --alasan "Belanja APBD wajib terbuka"'],
  ).action(c.wrap(async (ids: string[], o) => (await import('../commands/reject.js')).run(await c.ioFor(o), itemIds(ids), o)));
}

function declareOpen(c: CommandContext): void {
  example(
    common(
      approvalOptions(
        stepCommand(
          c.program,
          'open',
          '<id...>',
          'langkah 4: informasi menjadi terbuka, dengan persetujuan pimpinan, untuk alasan yang benar pada harinya',
          'step 4: the item becomes public, with the head\u2019s approval, for a reason true on the day',
        )
          .addOption(
            new Option(
              '--alasan <alasan>',
              T(
                'alasan pembukaan; "jangka-waktu-berakhir" hanya dalam 30 hari kerja sebelum informasi terbuka (PP 61/2010 Pasal 11 ayat 2)',
                'reason for opening; "jangka-waktu-berakhir" only within the 30 working days before the item is public (PP 61/2010 Art. 11(2))',
              ),
            ).choices([...ALASAN_PEMBUKAAN_DIPILIH]),
          )
          .option('--tanggal <TTTT-BB-HH>', T('tanggal pembukaan (bawaan: hari ini)', 'date of opening (default: today)'))
          .option(
            '--dasar <teks>',
            T(
              'dasar, mis. nomor putusan (tidak diumumkan untuk persetujuan tertulis)',
              'basis, e.g. the decision\u2019s number (not published for written consent)',
            ),
          )
          .option(
            '--pemberi-persetujuan <nama>',
            T(
              'persetujuan tertulis: nama orang yang rahasianya diungkap (tidak diumumkan)',
              'written consent: the person whose secret it is (never published)',
            ),
          )
          .option('--tanggal-surat-persetujuan <TTTT-BB-HH>', T('persetujuan tertulis: tanggal suratnya', 'written consent: the date of the letter'))
          .option(
            '--surat-persetujuan <berkas.pdf>',
            T('persetujuan tertulis: pindaian suratnya, dilampirkan', 'written consent: the scanned letter, attached'),
          )
          .option(
            '--keperluan <teks>',
            T(
              'persetujuan tertulis: apa yang disetujui; pembukaan membuat informasi terbuka untuk siapa saja, jadi persetujuan untuk satu keperluan saja (mis. klaim asuransi) dilayani sebagai permohonan informasi, bukan pembukaan',
              'written consent: what was consented to; an opening makes the information public to anyone, so consent for one purpose only (e.g. an insurance claim) is served as an information request, not an opening',
            ),
          )
          .option(
            '--satu-orang',
            T(
              'persetujuan tertulis: informasi butir ini hanya tentang orang itu (tanpanya pembukaan ditolak)',
              'written consent: the item\u2019s information is about that person alone (without it the opening is refused)',
            ),
          ),
      ),
      { output: 'json' },
    ),
    [
      'ppid open DIK-2025-0003 --alasan jangka-waktu-berakhir --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-11-10',
      'ppid open DIK-2023-0009    # ' + T('jangka waktu sudah lewat: dicatat terbuka demi hukum', 'period already over: recorded as public by law'),
      'ppid open DIK-2025-0012 --alasan persetujuan-tertulis --pemberi-persetujuan "Nama" --tanggal-surat-persetujuan 2026-04-27 \\\n      --surat-persetujuan persetujuan.pdf --keperluan "dibuka untuk umum" --satu-orang --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-04-30',
    ],
  ).action(c.wrap(async (ids: string[], o) => (await import('../commands/open.js')).run(await c.ioFor(o), itemIds(ids), o)));
}

function declareReclassify(c: CommandContext): void {
  example(
    common(
      decreeOptions(
        periodOptions(
          c.program
            .command('reclassify')
            .argument('<id>', T('nomor butir', 'item id'))
            .description(
              T(
                'uji konsekuensi baru yang mengubah dasar atau jangka waktu (PP 61/2010 Pasal 10)',
                'a new consequence test that changes the grounds or the period (PP 61/2010 Art. 10)',
              ),
            )
            .requiredOption('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi baru', 'date of the new test'))
            .requiredOption('--dibuka <teks>', T('konsekuensi bila dibuka', 'consequence if opened'))
            .requiredOption('--ditutup <teks>', T('konsekuensi bila ditutup', 'consequence if closed'))
            .option('--kepentingan-publik <teks>', T('pertimbangan kepentingan publik', 'public-interest consideration'))
            .option('--pasal17 <kode>', T('kode Pasal 17 baru', 'new Pasal 17 codes'), collect)
            .option('--dasar-hukum <teks>', T('dasar hukum baru (boleh berulang)', 'new legal basis (repeatable)'), collect),
        ),
      ),
      { output: 'json' },
    ),
    [
      'ppid reclassify DIK-2025-0011 --tanggal-uji 2027-01-10 --dibuka "..." --ditutup "..." --mulai 2027-02-01 --tahun 1 \\\n      --nomor 000.7.2/003/PPID/II/2027 --tanggal 2027-02-01 --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2027-01-28',
    ],
  ).action(c.wrap(async (id: string, o) => (await import('../commands/reclassify.js')).run(await c.ioFor(o), itemId(id), o)));
}

function declareAttach(c: CommandContext): void {
  example(
    common(
      c.program
        .command('attach')
        .argument('<id>', T('nomor butir', 'item id'))
        .argument('[berkas]', T('berkas yang dilampirkan', 'file to attach'))
        .description(
          T(
            'langkah 5: menyimpan dokumen (SHA-256, ukuran, halaman) dan lokasi arsip fisiknya',
            'step 5: keep a document (SHA-256, size, pages) and the hard copy\u2019s place',
          ),
        )
        .addOption(new Option('--jenis <jenis>', T('jenis lampiran', 'kind of attachment')).choices([...JENIS_LAMPIRAN]))
        .option('--keterangan <teks>', T('keterangan lampiran', 'description'))
        .option('--lokasi <tempat>', T('lokasi arsip fisik, mis. "Lemari 2 / Rak 3 / Boks 12"', 'place of the hard copy')),
      { output: 'json' },
    ),
    [
      'ppid attach DIK-2026-0004 uji-konsekuensi.pdf --jenis uji-konsekuensi --lokasi "Lemari 2 / Rak 3 / Boks 12"',
      'ppid attach DIK-2026-0010 salinan-dihitamkan.pdf --jenis dokumen-disamarkan',
    ],
  ).action(c.wrap(async (id: string, file: string | undefined, o) => (await import('../commands/attach.js')).run(await c.ioFor(o), itemId(id), file, o)));
}

function declareEdit(c: CommandContext): void {
  example(
    common(
      periodOptions(
        c.program
          .command('edit')
          .argument('<id>', T('nomor butir', 'item id'))
          .description(
            T(
              'mengoreksi teks butir (salah ketik judul, konsekuensi, dasar hukum) dengan alasan; satu commit. Setelah penetapan hanya kolom administratif: dasar, jangka waktu dan uji konsekuensi berubah lewat "ppid reclassify"',
              'correct an item\u2019s text (a typo in the title, a consequence, a statute) with a reason; one commit. After the determination only clerical fields: the grounds, the period and the test change through "ppid reclassify"',
            ),
          )
          .option('--alasan <teks>', T('alasan koreksi (wajib; dicatat di commit)', 'reason for the correction (required; recorded in the commit)'))
          .option(
            '--from <berkas.yaml>',
            T('kunci yang dikoreksi dari berkas YAML (null = kosongkan)', 'the keys to correct from a YAML file (null = empty it)'),
          )
          .option('--editor', T('buka $EDITOR pada butir, juga bila bukan di terminal', 'open $EDITOR on the item, also when not on a terminal'))
          .option('--judul <teks>', T('informasi yang dikecualikan', 'the exempted information'))
          .option('--judul-publik <teks>', T('judul aman untuk publikasi ("" = kosongkan)', 'a safe title for publication ("" = empty it)'))
          .option('--unit <nama>', T('unit kerja yang menguasai informasi', 'work unit holding it'))
          .option('--pasal17 <kode>', T('kode Pasal 17 (hanya sebelum pertimbangan tim)', 'Pasal 17 codes (only before the team\u2019s opinion)'), collect)
          .option('--dasar-hukum <teks>', T('dasar hukum, menggantikan semuanya (boleh berulang)', 'legal basis, replacing all of it (repeatable)'), collect)
          .option('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi (sebelum penetapan)', 'date of the consequence test (before the determination)'))
          .addOption(saatUjiOption())
          .option('--dibuka <teks>', T('konsekuensi bila dibuka (sebelum penetapan)', 'consequence if opened (before the determination)'))
          .option('--ditutup <teks>', T('konsekuensi bila ditutup (sebelum penetapan)', 'consequence if closed (before the determination)'))
          .option('--kepentingan-publik <teks>', T('pertimbangan kepentingan publik', 'public-interest consideration'))
          .addOption(cakupanOption())
          .option('--bagian <teks>', T('bagian yang dikecualikan bila sebagian (pisah ";")', 'exempted parts when partial (";"-separated)'), collect)
          .option('--catatan <teks>', T('catatan internal ("" = kosongkan)', 'internal note ("" = empty it)')),
      ),
      { output: 'json' },
    ),
    [
      'ppid edit DIK-2026-0003 --judul "Rekam medis pegawai" --alasan "salah ketik pada judul"',
      'ppid edit DIK-2026-0003 --dasar-hukum "UU 14/2008 Pasal 17 huruf h angka 2" --alasan "nomor pasal salah kutip"',
      'ppid edit DIK-2026-0003 --alasan "koreksi teks uji"      # ' + T('di terminal: membuka $EDITOR', 'on a terminal: opens $EDITOR'),
      'ppid edit DIK-2026-0003 --from koreksi.yaml --alasan "…"',
    ],
  ).action(c.wrap(async (id: string, o) => (await import('../commands/edit.js')).run(await c.ioFor(o), id, o)));
}

export const STEPS = {
  add: declareAdd,
  clarify: declareClarify,
  review: declareReview,
  decree: declareDecree,
  reject: declareReject,
  open: declareOpen,
  reclassify: declareReclassify,
  attach: declareAttach,
  edit: declareEdit,
};
