/** Commands that make, convert, repair and export the archive, and its documents. */
import { Option, T, collect, collectIds, common, example, forceOption, inForceOptions, itemIds, type CommandContext } from './options.js';
import { DOC_KIND_NAMES } from '../documents/kinds.js';

const DOC_KIND_LIST = DOC_KIND_NAMES.join(', ');

const INIT_EXAMPLES = [
  'ppid init arsip-dik --nama "Pemerintah Kabupaten Sanggau" --unit "DISKOMINFO=Dinas Komunikasi dan Informatika"',
  'ppid init arsip-dik --nama "Pemerintah Kabupaten Sanggau" --unit "DISKOMINFO=Dinas Komunikasi dan Informatika" --tanda-tangan ssh',
];

/** `init --tanda-tangan ssh`: every step signed with its author's SSH key (docs/adr/0017-signed-trail.md). */
const signingOption = () =>
  new Option(
    '--tanda-tangan <cara>',
    T(
      'ssh: setiap langkah ditandatangani dengan kunci SSH pelakunya (ppid.yaml tanda_tangan; git: gpg.format, commit.gpgSign, user.signingKey, gpg.ssh.allowedSignersFile)',
      'ssh: every step is signed with its author\u2019s SSH key (ppid.yaml tanda_tangan; git: gpg.format, commit.gpgSign, user.signingKey, gpg.ssh.allowedSignersFile)',
    ),
  ).choices(['ssh']);

const keyOption = () =>
  new Option(
    '--kunci-ssh <berkas.pub>',
    T(
      'kunci publik SSH Anda, dicatat sebagai kunci_ssh Anda dan dipakai menandatangani (bawaan dengan --tanda-tangan: ~/.ssh/id_ed25519.pub)',
      'your SSH public key, recorded as your kunci_ssh and used to sign (default with --tanda-tangan: ~/.ssh/id_ed25519.pub)',
    ),
  );

function declareInit(c: CommandContext): void {
  example(
    common(
      c.program
        .command('init')
        .argument('[folder]', T('folder arsip baru (bawaan: folder ini)', 'new archive folder (default: here)'))
        .description(
          T(
            'membuat arsip baru: ppid.yaml, folder, repositori git dan commit pertama',
            'create an archive: ppid.yaml, folders, a git repository and a first commit',
          ),
        )
        .option('--nama <nama>', T('nama Badan Publik', 'name of the public body'))
        .option('--singkatan <teks>', T('singkatan Badan Publik', 'short name'))
        .option('--tempat <kota>', T('tempat penetapan bawaan', 'default place of determinations'))
        .option('--situs <url>', T('situs resmi PPID', 'official PPID website'))
        .option(
          '--unit <KODE=Nama[;age1…]>',
          T(
            'unit kerja, dengan kunci publik age-nya bila lampirannya dienkripsi (boleh berulang)',
            'work unit, with its age public key when its attachments are encrypted (repeatable)',
          ),
          collect,
        )
        .option('--ppid-utama <nama>', T('nama PPID Utama', 'name of the PPID Utama'))
        .option('--jabatan-ppid <jabatan>', T('jabatan PPID Utama', 'position of the PPID Utama'))
        .option('--email <surel>', T('surel PPID Utama', 'e-mail of the PPID Utama'))
        .option(
          '--unit-kerja-ppid <unit>',
          T('unit kerja PPID, mis. "Dinas Komunikasi dan Informatika" (dikutip di penetapan)', 'the PPID\u2019s work unit (cited in determinations)'),
        )
        .option('--sk-ppid <teks>', T('keputusan penunjukan PPID (dikutip di penetapan)', 'the decree appointing the PPID (cited in determinations)'))
        .option('--pimpinan <nama>', T('nama pimpinan Badan Publik', 'name of the head of the body'))
        .option('--jabatan-pimpinan <jabatan>', T('jabatan pimpinan', 'position of the head'))
        .option(
          // The layout is in the description: as a placeholder it left no room beside the options for any description.
          '--pejabat <uraian>',
          T(
            'pejabat lain dan perannya, sebagai "Nama;Jabatan;peran,peran;surel[;UNIT][;kunci…]": PPID Pembantu dengan kode unitnya; kuncinya bila ada: age1… dan/atau "ssh-ed25519 AAAA…" (boleh berulang)',
            'another official and their roles, as "Nama;Jabatan;peran,peran;surel[;UNIT][;kunci…]": a PPID Pembantu with its unit code; their keys if any: age1… and/or "ssh-ed25519 AAAA…" (repeatable)',
          ),
          collect,
        )
        .option(
          '--kunci-ppid <age1…>',
          T('kunci publik age PPID Utama: lampiran dienkripsi untuknya', 'the PPID Utama\u2019s age public key: attachments are encrypted to it'),
        )
        .option(
          '--peran-saya <peran>',
          T(
            'peran Anda sendiri (identitas git), dipisah koma; bawaan: petugas-teknis',
            'your own roles (git identity), comma-separated; default: petugas-teknis',
          ),
          collect,
        )
        .option('--jabatan-saya <jabatan>', T('jabatan Anda sendiri', 'your own position'))
        .addOption(signingOption())
        .addOption(keyOption())
        .option('--no-input', T('jangan bertanya, walau di terminal', 'never ask, even on a terminal')),
      { output: 'json' },
    ),
    INIT_EXAMPLES,
  ).action(c.wrap(async (folder: string | undefined, o) => (await import('../commands/init.js')).run(await c.ioFor(o), folder, o)));
}

function declareImport(c: CommandContext): void {
  example(
    common(
      inForceOptions(
        c.program
          .command('import')
          .argument(
            '<berkas>',
            T(
              'tabel DIK (.xlsx, .csv, atau .docx: tabel DIK pertama di dokumen Word)',
              'DIK table (.xlsx, .csv, or .docx: the first DIK table in a Word document)',
            ),
          )
          .description(
            T(
              'mengimpor DIK yang sudah ada dari lembar kerja sebagai butir usulan (SOP langkah 1), atau sebagai butir berlaku dengan --nomor-penetapan; satu commit',
              'import an existing DIK from a spreadsheet as proposed items (SOP step 1), or as items in force with --nomor-penetapan; one commit',
            ),
          )
          .option(
            '--dry-run',
            T(
              'tampilkan per baris apa yang akan dibuat dan semua masalah; tidak menulis apa pun',
              'show row by row what would be created and every problem; write nothing',
            ),
          )
          .option(
            '--sheet <nama>',
            T(
              'lembar kerja yang dibaca (bawaan: lembar tampak pertama yang dikenali sebagai DIK); untuk .docx: nomor tabel',
              "worksheet to read (default: the first visible one recognised as a DIK); for a .docx: the table's number",
            ),
          )
          .option(
            '--map <peta.yaml>',
            T(
              'peta kolom yang membetulkan pemetaan yang ditemukan (lihat --dry-run), per isian: judul kolom atau huruf kolom, mis. kolom: { ditutup: "F" }',
              'column map correcting the mapping found (see --dry-run), per field: a heading or a column letter, e.g. kolom: { ditutup: "F" }',
            ),
          )
          .option('--unit <unit>', T('unit kerja untuk baris tanpa unit', 'work unit for rows without one'))
          .option(
            '--tanggal-uji <TTTT-BB-HH>',
            T('tanggal uji konsekuensi (bawaan: hari ini, dengan peringatan)', 'date of the consequence test (default: today, with a warning)'),
          )
          .option(
            '--alasan <teks>',
            T(
              'alasan koreksi, wajib bila lembar (hasil "ppid export") mengubah butir yang sudah ada; koreksi menjadi satu commit "ppid edit"',
              'reason for the corrections, required when the sheet (from "ppid export") changes items already there; they become one "ppid edit" commit',
            ),
          ),
      ),
      { output: 'json' },
    ),
    [
      'ppid import dik-2024.xlsx --dry-run',
      'ppid import dik-2024.xlsx --dry-run --map peta.yaml   # ' +
        T('peta.yaml: kolom: { ditutup: "Pertimbangan Ditutup" }', 'peta.yaml: kolom: { ditutup: "Pertimbangan Ditutup" }'),
      'ppid import dik-2024.csv --tanggal-uji 2024-01-15',
      'ppid import "Lampiran SK DIK.docx" --dry-run   # ' + T('tabel DIK di lampiran SK', 'the DIK table in an SK\u2019s annex'),
      'ppid export --out register.xlsx   # ' + T('lalu koreksi di Excel, lihat dulu, lalu terapkan:', 'then correct it in Excel, look first, then apply:'),
      'ppid import register.xlsx --dry-run && ppid import register.xlsx --alasan "salah ketik judul dan dasar hukum"',
      'ppid import dik-2024.xlsx --tanggal-uji 2024-01-15 --nomor-penetapan 000.7.2/014/PPID/III/2024 --tanggal-penetapan 2024-03-10 \\\n      --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2024-03-09',
    ],
  ).action(c.wrap(async (file: string, o) => (await import('../commands/import.js')).run(await c.ioFor(o), file, o)));
}

function declareExport(c: CommandContext): void {
  example(
    common(
      c.program
        .command('export')
        .description(
          T(
            'register lengkap (termasuk data internal) sebagai .xlsx atau .csv untuk kerja kantor; dapat diimpor kembali',
            'the full register (internal data included) as .xlsx or .csv for office work; can be imported again',
          ),
        )
        .requiredOption('--out <berkas>', T('berkas tujuan (.xlsx atau .csv)', 'output file (.xlsx or .csv)'))
        .addOption(forceOption())
        .addOption(
          new Option('--format <format>', T('format (bawaan: dari akhiran --out)', 'format (default: from the --out extension)')).choices(['xlsx', 'csv']),
        )
        .option(
          '--csv-koma',
          T('CSV dengan pemisah koma untuk alat lain (bawaan: pemisah ; untuk Excel)', 'CSV with comma separators for tools (default: ; for Excel)'),
        )
        .option('--status <status>', T('saring status (boleh berulang)', 'filter by status (repeatable)'), collect)
        .option('--unit <unit>', T('saring unit kerja', 'filter by unit'), collect),
      { output: 'json' },
    ),
    ['ppid export --out register-dik.xlsx', 'ppid export --out register.csv --status ditetapkan', 'ppid export --out register.csv --csv-koma'],
  ).action(c.wrap(async (o) => (await import('../commands/export.js')).run(await c.ioFor(o), o)));
}

function declareDoc(c: CommandContext): void {
  example(
    common(
      c.program
        .command('doc')
        .argument('<jenis>', T(`jenis dokumen: ${DOC_KIND_LIST}`, `document kind: ${DOC_KIND_LIST}`))
        .argument('[id...]', T('nomor butir (bawaan: menurut jenisnya)', 'item ids (default: by kind)'))
        .description(
          T(
            'menyusun dokumen resmi sebagai Word (.docx) untuk diedit dan ditandatangani, atau HTML untuk dicetak',
            'draft the official documents as Word (.docx) to edit and sign, or HTML to print',
          ),
        )
        .option('--out <berkas>', T('berkas tujuan (.docx atau .html)', 'output file (.docx or .html)'))
        .addOption(forceOption())
        .addOption(
          new Option('--format <format>', T('format (bawaan: dari akhiran --out, atau docx)', 'format (default: from the --out extension, or docx)')).choices([
            'docx',
            'html',
          ]),
        )
        .option(
          '--nomor <nomor>',
          T(
            'penetapan: semua butir dengan nomor surat ini; pembukaan: nomor surat pembukaan',
            'decree: all items under this decree number; opening: number of the opening decree',
          ),
        ),
      { output: 'json' },
    ),
    [
      'ppid doc uji-konsekuensi DIK-2026-0004 --out uji-konsekuensi.docx',
      'ppid doc penetapan --nomor 000.7.2/014/PPID/III/2026 --out penetapan.docx',
      'ppid doc akan-berakhir --today 2026-11-02 --out akan-berakhir.docx',
      'ppid doc pembukaan --out pembukaan.docx        # ' + T('konsep untuk butir yang jatuh tempo', 'a draft for the items falling due'),
      'ppid doc pertimbangan DIK-2026-0004 --format html > pertimbangan.html',
    ],
  ).action(c.wrap(async (kind: string, ids: string[], o) => (await import('../commands/doc.js')).run(await c.ioFor(o), kind, itemIds(ids), o)));
}

function declareMigrate(c: CommandContext): void {
  example(
    common(
      c.program
        .command('migrate')
        .description(
          T(
            'mengubah arsip format 1 (ppid 0.1) ke format 2: "sampai" menjadi hari terakhir dikecualikan; satu commit',
            'turn a format 1 archive (ppid 0.1) into format 2: "sampai" becomes the last exempt day; one commit',
          ),
        )
        .option('--dry-run', T('tampilkan perubahan tiap butir tanpa menulis', 'show each item\u2019s change without writing'))
        .option(
          '--tetap <id>',
          T('biarkan tanggal "sampai" butir ini seperti tertulis (boleh berulang)', 'keep this item\u2019s "sampai" date as written (repeatable)'),
          collectIds,
        ),
    ),
    ['ppid migrate --dry-run', 'ppid migrate', 'ppid migrate --tetap DIK-2024-0003'],
  ).action(c.wrap(async (o) => (await import('../commands/migrate.js')).run(await c.ioFor(o), o)));
}

function declareConfig(c: CommandContext): void {
  example(
    common(
      c.program
        .command('config')
        .argument('<bagian>', T('unit, pejabat, set atau save', 'unit, pejabat, set or save'))
        .argument(
          '[aksi]',
          T('add, rename, remove (unit); add, remove, peran (pejabat); KUNCI (set)', 'add, rename, remove (unit); add, remove, peran (pejabat); KEY (set)'),
        )
        .argument('[nilai...]', T('kode dan nama unit, surel atau nama pejabat, nilai baru', 'unit code and name, official\u2019s e-mail or name, new value'))
        .description(
          T(
            'mengubah ppid.yaml lewat ppid (hanya PPID Utama): satu commit per perubahan, yang diperiksa "ppid audit"',
            'change ppid.yaml through ppid (the PPID Utama only): one commit per change, checked by "ppid audit"',
          ),
        )
        .option('--nama <nama>', T('nama pejabat baru', 'the new official\u2019s name'))
        .option('--jabatan <jabatan>', T('jabatan pejabat baru', 'the new official\u2019s position'))
        .option('--peran <peran,…>', T('peran pejabat baru, dipisah koma', 'the new official\u2019s roles, comma-separated'))
        .option('--email <surel>', T('surel pejabat (identitas git-nya)', 'the official\u2019s e-mail (their git identity)'))
        .option('--unit <kode>', T('kode unit PPID Pembantu', 'unit code of a PPID Pembantu'))
        .option('--nip <nip>', T('NIP pejabat', 'the official\u2019s NIP')),
      { output: 'json' },
    ),
    [
      'ppid config unit add DINKES "Dinas Kesehatan"',
      'ppid config unit rename DINKES "Dinas Kesehatan dan KB"',
      'ppid config pejabat add --nama "Andi" --jabatan "Petugas Teknis" --peran petugas-teknis --email andi@contoh.go.id',
      'ppid config pejabat peran andi@contoh.go.id petugas-teknis,ppid-pembantu',
      'ppid config set tenggat.jendela_berakhir 45',
      'ppid config save',
    ],
  ).action(
    c.wrap(async (bagian: string, aksi: string | undefined, nilai: string[], o) =>
      (await import('../commands/config.js')).run(await c.ioFor(o), bagian, aksi, nilai, o),
    ),
  );
}

function declareDoctor(c: CommandContext): void {
  example(
    common(
      c.program
        .command('doctor')
        .description(
          T(
            'membersihkan sisa perintah yang terputus (listrik padam, proses dimatikan) dengan aman',
            'safely clean up after an interrupted command (power cut, killed process)',
          ),
        ),
      { output: 'json' },
    ),
    ['ppid doctor'],
  ).action(c.wrap(async (o) => (await import('../commands/doctor.js')).run(await c.ioFor(o), o)));
}

function declareHook(c: CommandContext): void {
  const hook = example(c.program.command('hook').description(T('hook git untuk arsip', 'git hooks for the archive')), ['ppid hook install']);
  example(
    common(
      hook
        .command('install')
        .description(T('memasang hook pre-commit yang menjalankan "ppid validate"', 'install a pre-commit hook that runs "ppid validate"'))
        .option('--force', T('timpa hook pre-commit yang ada', 'overwrite an existing pre-commit hook')),
      { output: 'json' },
    ),
    ['ppid hook install'],
  ).action(c.wrap(async (o) => (await import('../commands/hook.js')).install(await c.ioFor(o), o)));
  example(
    common(
      hook
        .command('server')
        .argument('<repositori>', T('repositori bare arsip bersama di server', 'the shared archive\u2019s bare repository on the server'))
        .description(
          T(
            'memasang hook pre-receive yang menolak kiriman yang tidak lolos "ppid validate" atau "ppid audit"',
            'install a pre-receive hook that refuses pushes failing "ppid validate" or "ppid audit"',
          ),
        )
        .option('--force', T('timpa hook pre-receive yang ada', 'overwrite an existing pre-receive hook')),
      { output: 'json' },
    ),
    ['ppid hook server /srv/git/arsip-dik.git'],
  ).action(c.wrap(async (repo: string, o) => (await import('../commands/hook.js')).installServer(await c.ioFor(o), repo, o)));
}

export const SETUP = {
  init: declareInit,
  import: declareImport,
  export: declareExport,
  doc: declareDoc,
  migrate: declareMigrate,
  config: declareConfig,
  doctor: declareDoctor,
  hook: declareHook,
};
