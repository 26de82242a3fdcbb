/**
 * The command line: declares commands and flags only. Each command's module is loaded when
 * that command runs, so `ppid --help` starts fast.
 */
import { createRequire } from 'node:module';
import type * as CommanderModule from 'commander';
import { processStreams, type Io, type Streams } from './terminal/io.js';
import { lang, resolveLang, setLang } from './i18n/lang.js';
import { EXIT, UserError } from './errors.js';
import { DOC_KIND_NAMES } from './documents/kinds.js';
import { packageVersion } from './package.js';
import { ALASAN_PEMBUKAAN_DIPILIH, JENIS_LAMPIRAN } from './domain/record.js';

// commander is CommonJS: required directly it skips the ESM wrapper and Node's scan of its
// source for export names, a measurable share of `ppid --help`'s start-up.
const { Command, CommanderError, Help, Option } = createRequire(import.meta.url)('commander') as typeof CommanderModule;
type Command = CommanderModule.Command;

const T = (id: string, en: string) => (lang() === 'en' ? en : id);

/** Loaded by a command that reads the records; what it started and no scan took is dropped when the command ends. */
let scanStart: Promise<typeof import('./store/prefetch.js')> | undefined;
const loadScanStart = () => (scanStart ??= import('./store/prefetch.js'));

/**
 * The commands that read every record: git is asked about the records as soon as one is named
 * (`readingCommand`), or else when commander has parsed it, before its modules load.
 */
const READING = new Set(['validate', 'list', 'show', 'expiring', 'publish', 'status', 'inbox', 'export', 'doc', 'decrypt']);

/**
 * The archive option of a record-reading command named first on the command line (`ppid list
 * --archive X`), before commander has parsed anything; undefined for anything else, help included
 * (a guess that misses only means that git is asked a little later, when the command runs).
 */
function readingCommand(args: string[]): { archive?: string } | undefined {
  if (!READING.has(args[0] ?? '') || args.some((a) => a === '--help' || a === '-h')) return undefined;
  const k = args.findIndex((a) => a === '--archive' || a.startsWith('--archive='));
  if (k < 0) return {};
  const archive = args[k]!.includes('=') ? args[k]!.slice('--archive='.length) : args[k + 1];
  return archive === undefined ? {} : { archive };
}

function langFromArgv(argv: string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** commander's titles in Bahasa Indonesia. */
const TITLES: Record<string, string> = { 'Usage:': 'Penggunaan:', 'Options:': 'Opsi:', 'Commands:': 'Perintah:', 'Arguments:': 'Argumen:', 'Global Options:': 'Opsi global:' };
const idTerm = (s: string) => s.replace('[options]', '[opsi]').replace('[command]', '[perintah]');

/**
 * commander's own words in help, in Bahasa Indonesia. They are put in as the help is laid out,
 * not replaced afterwards: the columns are measured on the words that are printed.
 */
const HELP_ID: Partial<CommanderModule.Help> = {
  styleTitle: (s) => TITLES[s] ?? s,
  subcommandTerm(cmd) {
    return idTerm(Help.prototype.subcommandTerm.call(this, cmd));
  },
  commandUsage(cmd) {
    return idTerm(Help.prototype.commandUsage.call(this, cmd));
  },
  optionDescription(option) {
    return Help.prototype.optionDescription.call(this, option).replace('(default: ', '(bawaan: ');
  },
};

/** commander's error messages, in the output language. */
function translateErrors(s: string): string {
  if (lang() === 'en') return s;
  return s
    .replace(/^error: unknown option '(.+)'/m, "galat: opsi tidak dikenal '$1'")
    .replace(/^error: unknown command '(.+)'/m, "galat: perintah tidak dikenal '$1'")
    .replace(/^error: missing required argument '(.+)'/m, "galat: argumen wajib '$1' tidak ada")
    .replace(/^error: required option '(.+)' not specified/m, "galat: opsi wajib '$1' tidak diberikan")
    .replace(/^error: option '(.+)' argument missing/m, "galat: opsi '$1' perlu nilai")
    .replace(/^error: too many arguments.*$/m, 'galat: argumen terlalu banyak')
    .replace(/\(Did you mean (.+)\?\)/, '(maksudnya $1?)')
    .replace(/^error:/m, 'galat:');
}

const DOC_KIND_LIST = DOC_KIND_NAMES.join(', ');
const collect = (v: string, prev: string[] = []) => [...prev, v];

function common(cmd: Command, { formats = true }: { formats?: boolean } = {}): Command {
  cmd.option('--archive <folder>', T('folder arsip (bawaan: folder terdekat ke atas yang berisi ppid.yaml)', 'archive folder (default: nearest folder upward holding ppid.yaml)'));
  // Every command takes --today, so scripts and tests can pin the date everywhere.
  cmd.option('--today <TTTT-BB-HH>', T('tanggal "hari ini" untuk perhitungan (juga PPID_TODAY)', 'the date to compute as of (also PPID_TODAY)'));
  if (formats) {
    cmd.option('--json', T('keluaran JSON untuk mesin', 'JSON output for machines'));
    cmd.option('--csv', T('keluaran CSV', 'CSV output'));
  }
  cmd.option('--lang <id|en>', T('bahasa keluaran (juga LANG=en*)', 'output language (also LANG=en*)'));
  cmd.option('--no-color', T('tanpa warna (juga NO_COLOR)', 'no colour (also NO_COLOR)'));
  return cmd;
}

function periodOptions(cmd: Command): Command {
  return cmd
    .option('--tahun <n>', T('lama pengecualian (tahun)', 'length in years'))
    .option('--bulan <n>', T('lama pengecualian (bulan)', 'length in months'))
    .option('--mulai <TTTT-BB-HH>', T('awal jangka waktu', 'start of the period'))
    .option('--sampai <TTTT-BB-HH>', T('dikecualikan sampai dengan tanggal ini (hari terakhir dikecualikan)', 'exempt up to and including this date (the last exempt day)'))
    .option('--setelah <peristiwa>', T('jangka waktu dihitung setelah peristiwa', 'length counted after an event'))
    .option('--tanggal-peristiwa <TTTT-BB-HH>', T('tanggal peristiwa itu', 'date of that event'))
    .option('--hingga <peristiwa>', T('dikecualikan hingga peristiwa', 'exempt until an event'))
    .option('--tinjau-ulang <TTTT-BB-HH>', T('tanggal tinjau ulang', 'review date'))
    .option('--hingga-persetujuan', T('hingga persetujuan tertulis (huruf g/h)', 'until written consent (letters g/h)'))
    .option('--tanpa-batas', T('tanpa batas waktu (huruf g–j)', 'open-ended (letters g–j)'))
    .option('--keterangan-jangka <teks>', T('rumusan jangka waktu di dokumen asal', 'the period as worded in the source'));
}

function approvalOptions(cmd: Command): Command {
  return cmd
    .option('--pimpinan <nama>', T('pimpinan yang menyetujui (jabatan diambil dari ppid.yaml)', 'head who approved (position from ppid.yaml)'))
    .option('--jabatan-pimpinan <jabatan>', T('jabatan pimpinan', 'position of the head'))
    .option('--tanggal-persetujuan <TTTT-BB-HH>', T('tanggal persetujuan pimpinan', 'date of the head\u2019s approval'));
}

/** The determining official: name, position and own work unit (PP 61/2010 Pasal 4(2)(b)–(c)). */
function officialOptions(cmd: Command): Command {
  return cmd
    .option('--pejabat <nama>', T('pejabat PPID yang menetapkan (jabatan diambil dari ppid.yaml)', 'determining PPID official (position from ppid.yaml)'))
    .option('--jabatan-pejabat <jabatan>', T('jabatan pejabat itu', 'that official\u2019s position'))
    .option('--unit-kerja-pejabat <unit>', T('unit kerja pejabat itu (bawaan: ppid.yaml, ppid.unit_kerja)', 'that official\u2019s work unit (default: ppid.yaml, ppid.unit_kerja)'));
}

/** What the consequence test of a new determination must show (Perki 1/2021 Pasal 49(2)(a); PP 61/2010 Pasal 3). */
function testOptions(cmd: Command): Command {
  return cmd
    .option('--dokumen-uji <teks>', T('dokumen yang diuji', 'the document tested'))
    .option('--peserta-uji <"Nama;Jabatan">', T('peserta uji konsekuensi (boleh berulang)', 'a participant of the consequence test (repeatable)'), collect)
    .option('--tanggal-persetujuan-uji <TTTT-BB-HH>', T('tanggal persetujuan pimpinan (--pimpinan) atas uji konsekuensi', 'date the head (--pimpinan) approved the consequence test'));
}

/** The determination of an item already in force when registered (`add`, `import`). */
function inForceOptions(cmd: Command): Command {
  return approvalOptions(officialOptions(cmd
    .option('--nomor-penetapan <nomor>', T('nomor surat penetapan (butir yang sudah berlaku)', 'decree number (an item already in force)'))
    .option('--tanggal-penetapan <TTTT-BB-HH>', T('tanggal penetapan', 'date of the decree'))
    .option('--tempat-penetapan <kota>', T('tempat penetapan (bawaan: ppid.yaml)', 'place of the decree (default: ppid.yaml)'))));
}

function decreeOptions(cmd: Command): Command {
  return testOptions(approvalOptions(officialOptions(cmd
    .option('--nomor <nomor>', T('nomor surat penetapan', 'decree number'))
    .option('--tanggal <TTTT-BB-HH>', T('tanggal penetapan', 'date of the decree'))
    .option('--tempat <kota>', T('tempat penetapan (bawaan: ppid.yaml)', 'place (default: ppid.yaml)')))));
}

function stepCommand(program: Command, name: string, args: string, id: string, en: string): Command {
  return program.command(name).argument(args, T('nomor butir', 'item ids')).description(T(id, en));
}

function example(cmd: Command, lines: string[]): Command {
  return cmd.addHelpText('after', `\n${T('Contoh', 'Examples')}:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`);
}

export function buildProgram(io: Streams, version: string, setExit: (code: number) => void): Command {
  const program = new Command('ppid');
  const wrap = <A extends unknown[]>(fn: (...args: A) => Promise<number>) => async (...args: A) => setExit(await fn(...args));
  // Colour is loaded with the command (never for --help), and is off with --no-color.
  const ioFor = async (o: { color?: boolean }): Promise<Io> => (await import('./terminal/color.js')).withColor(io, o.color !== false);
  // A command that reads the records has git look at them while the command's modules load.
  program.hook('preAction', async (_program, command) => {
    if (READING.has(command.name())) (await loadScanStart()).startScanAt(io.cwd, (command.opts() as { archive?: string }).archive);
  });

  program
    .description(T(
      'Daftar Informasi yang Dikecualikan (DIK) sebagai arsip git, menurut UU 14/2008 dan PP 61/2010.',
      'The list of exempted information (DIK) as a git archive, under UU 14/2008 and PP 61/2010.',
    ))
    .helpOption('-h, --help', T('tampilkan bantuan', 'display help'))
    .helpCommand('help [perintah]', T('bantuan untuk satu perintah', 'help for a command'))
    .version(version, '-V, --version', T('tampilkan versi', 'display the version'))
    .showSuggestionAfterError(true)
    .configureHelp(lang() === 'en' ? {} : HELP_ID)
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(translateErrors(s)) })
    .exitOverride();
  example(program, [
    'ppid init arsip-dik          # ' + T('arsip baru', 'a new archive'),
    'ppid add                     # ' + T('daftarkan butir, ditanya satu per satu', 'register an item, asked step by step'),
    'ppid expiring --archive archive-example --today 2026-11-02',
    'ppid publish --out situs/dik',
  ]);

  example(common(program.command('init').argument('[folder]', T('folder arsip baru (bawaan: folder ini)', 'new archive folder (default: here)'))
    .description(T('membuat arsip baru: ppid.yaml, folder, repositori git dan commit pertama', 'create an archive: ppid.yaml, folders, a git repository and a first commit'))
    .option('--nama <nama>', T('nama Badan Publik', 'name of the public body'))
    .option('--singkatan <teks>', T('singkatan Badan Publik', 'short name'))
    .option('--tempat <kota>', T('tempat penetapan bawaan', 'default place of determinations'))
    .option('--situs <url>', T('situs resmi PPID', 'official PPID website'))
    .option('--unit <KODE=Nama[;age1…]>', T('unit kerja, dengan kunci publik age-nya bila lampirannya dienkripsi (boleh berulang)', 'work unit, with its age public key when its attachments are encrypted (repeatable)'), collect)
    .option('--ppid-utama <nama>', T('nama PPID Utama', 'name of the PPID Utama'))
    .option('--jabatan-ppid <jabatan>', T('jabatan PPID Utama', 'position of the PPID Utama'))
    .option('--email <surel>', T('surel PPID Utama', 'e-mail of the PPID Utama'))
    .option('--unit-kerja-ppid <unit>', T('unit kerja PPID, mis. "Dinas Komunikasi dan Informatika" (dikutip di penetapan)', 'the PPID\u2019s work unit (cited in determinations)'))
    .option('--sk-ppid <teks>', T('keputusan penunjukan PPID (dikutip di penetapan)', 'the decree appointing the PPID (cited in determinations)'))
    .option('--pimpinan <nama>', T('nama pimpinan Badan Publik', 'name of the head of the body'))
    .option('--jabatan-pimpinan <jabatan>', T('jabatan pimpinan', 'position of the head'))
    .option('--pejabat <"Nama;Jabatan;peran,peran;surel[;UNIT[;age1…]]">', T('pejabat lain dan perannya; PPID Pembantu dengan kode unitnya (boleh berulang)', 'another official and their roles; a PPID Pembantu with its unit code (repeatable)'), collect)
    .option('--kunci-ppid <age1…>', T('kunci publik age PPID Utama: lampiran dienkripsi untuknya', 'the PPID Utama\u2019s age public key: attachments are encrypted to it'))
    .option('--peran-saya <peran>', T('peran Anda sendiri (identitas git), dipisah koma; bawaan: petugas-teknis', 'your own roles (git identity), comma-separated; default: petugas-teknis'), collect)
    .option('--jabatan-saya <jabatan>', T('jabatan Anda sendiri', 'your own position'))
    .option('--no-input', T('jangan bertanya, walau di terminal', 'never ask, even on a terminal')), { formats: false })
    .option('--json', T('keluaran JSON', 'JSON output')), [
    'ppid init arsip-dik --nama "Pemerintah Kabupaten Sanggau" --unit "DISKOMINFO=Dinas Komunikasi dan Informatika"',
  ]).action(wrap(async (folder: string | undefined, o) => (await import('./commands/init.js')).run(await ioFor(o), folder, o)));

  example(common(testOptions(inForceOptions(periodOptions(program.command('add')
    .description(T('mendaftarkan informasi yang dikecualikan (SOP langkah 1); satu berkas, satu commit', 'register an exempted item (SOP step 1); one file, one commit'))
    .option('--from <berkas.yaml>', T('ambil kunci record dari berkas YAML (penetapan di dalamnya = sudah berlaku)', 'take the record keys from a YAML file (a determination in it = already in force)'))
    .option('--judul <teks>', T('informasi yang dikecualikan', 'the exempted information'))
    .option('--judul-publik <teks>', T('judul aman untuk publikasi', 'a safe title for publication'))
    .option('--unit <nama>', T('unit kerja yang menguasai informasi', 'work unit holding it'))
    .option('--pasal17 <kode>', T('kode Pasal 17, mis. h2 (boleh berulang atau dipisah koma)', 'Pasal 17 code, e.g. h2 (repeatable or comma-separated)'), collect)
    .option('--dasar-hukum <teks>', T('peraturan yang menjadi dasar (boleh berulang)', 'statute relied on (repeatable)'), collect)
    .option('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi', 'date of the consequence test'))
    .addOption(new Option('--saat-uji <saat>', T('saat pengujian', 'moment of the test')).choices(['sebelum-permohonan', 'atas-permohonan', 'perintah-komisi-informasi']))
    .option('--dibuka <teks>', T('konsekuensi bila dibuka', 'consequence if opened'))
    .option('--ditutup <teks>', T('konsekuensi bila ditutup', 'consequence if closed'))
    .option('--kepentingan-publik <teks>', T('pertimbangan kepentingan publik', 'public-interest consideration'))
    .addOption(new Option('--cakupan <cakupan>', T('seluruh atau sebagian', 'whole or partial')).choices(['seluruh', 'sebagian']))
    .option('--bagian <teks>', T('bagian yang dikecualikan bila sebagian (pisah ";")', 'exempted parts when partial (";"-separated)'), collect)
    .option('--catatan <teks>', T('catatan internal (tidak diumumkan)', 'internal note (never published)'))
    .option('--no-input', T('jangan bertanya, walau di terminal', 'never ask, even on a terminal'))))), { formats: false })
    .option('--json', T('cetak hasil sebagai JSON', 'print the result as JSON')), [
    'ppid add                       # ' + T('ditanya satu per satu', 'asked step by step'),
    'ppid add --from butir.yaml',
    'ppid add --judul "Rekam medis pegawai" --unit BKPSDM --pasal17 h2 --dasar-hukum "UU 14/2008 Pasal 17 huruf h angka 2" \\\n      --tanggal-uji 2026-02-02 --dibuka "..." --ditutup "..." --tahun 5 --mulai 2026-02-16 --cakupan seluruh',
  ]).action(wrap(async (o) => (await import('./commands/add.js')).run(await ioFor(o), o)));

  example(common(inForceOptions(program.command('import')
    .argument('<berkas>', T('tabel DIK (.xlsx atau .csv)', 'DIK table (.xlsx or .csv)'))
    .description(T('mengimpor DIK yang sudah ada dari lembar kerja sebagai butir usulan (SOP langkah 1), atau sebagai butir berlaku dengan --nomor-penetapan; satu commit', 'import an existing DIK from a spreadsheet as proposed items (SOP step 1), or as items in force with --nomor-penetapan; one commit'))
    .option('--dry-run', T('tampilkan per baris apa yang akan dibuat dan semua masalah; tidak menulis apa pun', 'show row by row what would be created and every problem; write nothing'))
    .option('--sheet <nama>', T('lembar kerja yang dibaca (bawaan: lembar pertama yang tampak)', 'worksheet to read (default: the first visible one)'))
    .option('--map <peta.yaml>', T('peta judul kolom untuk tata letak lain', 'heading map for any other layout'))
    .option('--unit <unit>', T('unit kerja untuk baris tanpa unit', 'work unit for rows without one'))
    .option('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi (bawaan: hari ini, dengan peringatan)', 'date of the consequence test (default: today, with a warning)'))
    .option('--json', T('cetak hasil sebagai JSON', 'print the result as JSON'))), { formats: false }), [
    'ppid import dik-2024.xlsx --dry-run', 'ppid import dik-2024.csv --tanggal-uji 2024-01-15',
    'ppid import dik-2024.xlsx --tanggal-uji 2024-01-15 --nomor-penetapan 000.7.2/014/PPID/III/2024 --tanggal-penetapan 2024-03-10 \\\n      --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2024-03-09',
  ]).action(wrap(async (file: string, o) => (await import('./commands/import.js')).run(await ioFor(o), file, o)));

  example(common(program.command('export')
    .description(T('register lengkap (termasuk data internal) sebagai .xlsx atau .csv untuk kerja kantor; dapat diimpor kembali', 'the full register (internal data included) as .xlsx or .csv for office work; can be imported again'))
    .requiredOption('--out <berkas>', T('berkas tujuan (.xlsx atau .csv)', 'output file (.xlsx or .csv)'))
    .addOption(new Option('--format <format>', T('format (bawaan: dari akhiran --out)', 'format (default: from the --out extension)')).choices(['xlsx', 'csv']))
    .option('--status <status>', T('saring status (boleh berulang)', 'filter by status (repeatable)'), collect)
    .option('--unit <unit>', T('saring unit kerja', 'filter by unit'), collect)
    .option('--json', T('cetak ringkasan sebagai JSON', 'print a summary as JSON')), { formats: false }), [
    'ppid export --out register-dik.xlsx', 'ppid export --out register.csv --status ditetapkan',
  ]).action(wrap(async (o) => (await import('./commands/export.js')).run(await ioFor(o), o)));

  example(common(program.command('doc')
    .argument('<jenis>', T(`jenis dokumen: ${DOC_KIND_LIST}`, `document kind: ${DOC_KIND_LIST}`))
    .argument('[id...]', T('nomor butir (bawaan: menurut jenisnya)', 'item ids (default: by kind)'))
    .description(T('menyusun dokumen resmi sebagai Word (.docx) untuk diedit dan ditandatangani, atau HTML untuk dicetak', 'draft the official documents as Word (.docx) to edit and sign, or HTML to print'))
    .option('--out <berkas>', T('berkas tujuan (.docx atau .html)', 'output file (.docx or .html)'))
    .addOption(new Option('--format <format>', T('format (bawaan: dari akhiran --out, atau docx)', 'format (default: from the --out extension, or docx)')).choices(['docx', 'html']))
    .option('--nomor <nomor>', T('penetapan: semua butir dengan nomor surat ini; pembukaan: nomor surat pembukaan', 'decree: all items under this decree number; opening: number of the opening decree'))
    .option('--json', T('cetak ringkasan sebagai JSON', 'print a summary as JSON')), { formats: false }), [
    'ppid doc uji-konsekuensi DIK-2026-0004 --out uji-konsekuensi.docx',
    'ppid doc penetapan --nomor 000.7.2/014/PPID/III/2026 --out penetapan.docx',
    'ppid doc akan-berakhir --today 2026-11-02 --out akan-berakhir.docx',
    'ppid doc pembukaan --out pembukaan.docx        # ' + T('konsep untuk butir yang jatuh tempo', 'a draft for the items falling due'),
    'ppid doc pertimbangan DIK-2026-0004 --format html > pertimbangan.html',
  ]).action(wrap(async (kind: string, ids: string[], o) => (await import('./commands/doc.js')).run(await ioFor(o), kind, ids, o)));

  example(common(program.command('inbox')
    .description(T('usulan yang menunggu PPID Utama: siapa mengusulkan, dari unit dan salinan mana, kapan', 'proposals waiting for the PPID Utama: who proposed, from which unit and copy, when'))), [
    'ppid inbox', 'ppid inbox --json',
  ]).action(wrap(async (o) => (await import('./commands/inbox.js')).run(await ioFor(o), o)));

  example(common(program.command('remote')
    .argument('[aksi]', T('"add" untuk menyambung', '"add" to connect'))
    .argument('[alamat]', T('alamat arsip bersama (git)', 'address of the shared archive (git)'))
    .description(T('sambungan ke arsip bersama antar-kantor; tanpa argumen: menampilkannya', 'the connection to the shared archive between offices; without arguments: show it'))
    .option('--nama <nama>', T('nama sambungan', 'remote name'), 'origin')
    .option('--klon <nama>', T('nama salinan ini di jejak audit (bawaan: nama komputer)', 'this copy\u2019s name in the audit trail (default: the computer\u2019s name)'))
    .option('--json', T('keluaran JSON', 'JSON output')), { formats: false }), [
    'ppid remote add https://git.sanggau.go.id/ppid/arsip-dik.git --klon bkpsdm', 'ppid remote',
  ]).action(wrap(async (action: string | undefined, url: string | undefined, o) => (await import('./commands/remote.js')).run(await ioFor(o), action, url, o)));

  example(common(program.command('clone')
    .argument('<alamat>', T('alamat arsip bersama (git)', 'address of the shared archive (git)'))
    .argument('[folder]', T('folder salinan baru', 'folder of the new copy'))
    .description(T('membuat salinan arsip bersama untuk kantor ini', 'make this office\u2019s copy of the shared archive'))
    .option('--klon <nama>', T('nama salinan ini di jejak audit', 'this copy\u2019s name in the audit trail'))
    .option('--json', T('keluaran JSON', 'JSON output')), { formats: false }), [
    'ppid clone https://git.sanggau.go.id/ppid/arsip-dik.git arsip-dik --klon bkpsdm',
  ]).action(wrap(async (url: string, folder: string | undefined, o) => (await import('./commands/clone.js')).run(await ioFor(o), url, folder, o)));

  example(common(program.command('sync')
    .description(T('menerima langkah kantor lain dan mengirim langkah kantor ini ke arsip bersama; gagal = tidak ada yang berubah', 'receive the other offices\u2019 steps and send this office\u2019s; on failure nothing changes'))
    .option('--remote <nama>', T('sambungan yang dipakai (bawaan: origin)', 'remote to use (default: origin)'))
    .option('--pakai-remote <id>', T('butir yang berkonflik: pakai versi kantor lain (boleh berulang)', 'conflicting item: keep the other office\u2019s version (repeatable)'), collect)
    .option('--pakai-lokal <id>', T('butir yang berkonflik: pakai versi di sini (boleh berulang)', 'conflicting item: keep this copy\u2019s version (repeatable)'), collect)
    .option('--json', T('keluaran JSON', 'JSON output')), { formats: false }), [
    'ppid sync', 'ppid sync --pakai-remote DIK-BKPSDM-2026-0003',
  ]).action(wrap(async (o) => (await import('./commands/sync.js')).run(await ioFor(o), o)));

  example(common(program.command('decrypt')
    .argument('<id>', T('nomor butir', 'item id'))
    .argument('[berkas]', T('lampiran tertentu (bawaan: semua yang terenkripsi)', 'one attachment (default: every encrypted one)'))
    .description(T('salinan terbaca lampiran terenkripsi untuk pemegang kunci, diperiksa dengan sidik sha256-nya', 'a readable copy of encrypted attachments for a key holder, checked against their sha256'))
    .requiredOption('--kunci <berkas>', T('berkas kunci rahasia age Anda', 'your age secret key file'))
    .requiredOption('--out <folder>', T('folder tujuan salinan (di luar arsip)', 'folder for the copies (outside the archive)'))
    .option('--json', T('keluaran JSON', 'JSON output')), { formats: false }), [
    'ppid decrypt DIK-BKPSDM-2026-0003 --kunci ~/kunci-ppid.txt --out ~/salinan',
  ]).action(wrap(async (id: string, file: string | undefined, o) => (await import('./commands/decrypt.js')).run(await ioFor(o), id, file, o)));

  example(common(program.command('keygen')
    .description(T('membuat pasangan kunci age: kunci rahasia ke berkas, kunci publik dicetak untuk ppid.yaml', 'make an age key pair: the secret key to a file, the public key printed for ppid.yaml'))
    .requiredOption('--out <berkas>', T('berkas kunci rahasia baru', 'new secret key file'))
    .option('--json', T('keluaran JSON', 'JSON output')), { formats: false }), [
    'ppid keygen --out ~/kunci-ppid.txt',
  ]).action(wrap(async (o) => (await import('./commands/decrypt.js')).keygen(await ioFor(o), o)));

  example(common(program.command('validate')
    .description(T('memeriksa seluruh arsip: skema dan aturan hukum, semua masalah sekaligus', 'check the whole archive: schema and legal rules, every problem at once'))
    .option('--strict', T('peringatan juga dianggap gagal', 'warnings count as failures too'))
    .option('--kunci <berkas>', T('kunci age Anda: lampiran terenkripsi yang dapat Anda buka diperiksa isinya (sha256)', 'your age key: encrypted attachments you can open are checked against their sha256')), {}), [
    'ppid validate', 'ppid validate --strict --json', 'ppid validate --kunci ~/kunci-ppid.txt',
  ]).action(wrap(async (o) => (await import('./commands/validate.js')).run(await ioFor(o), o)));

  example(common(program.command('list')
    .description(T('register urut tanggal berakhir pengecualian (SOP langkah 2)', 'the register ordered by end of exemption (SOP step 2)'))
    .option('--status <status>', T('saring status (boleh berulang)', 'filter by status (repeatable)'), collect)
    .option('--unit <unit>', T('saring unit kerja (nama, kode, atau sebagian nama)', 'filter by unit'), collect)
    .option('--pasal17 <kode>', T('saring kode Pasal 17 (huruf mencakup angkanya)', 'filter by Pasal 17 code (a letter covers its points)'), collect)), [
    'ppid list', 'ppid list --status ditetapkan --pasal17 h --csv > register.csv',
  ]).action(wrap(async (o) => (await import('./commands/list.js')).run(await ioFor(o), o)));

  example(common(program.command('show').argument('<id>', T('nomor butir', 'item id'))
    .description(T('menampilkan satu butir', 'show one item')), { formats: false })
    .option('--json', 'JSON'), ['ppid show DIK-2026-0001'])
    .action(wrap(async (id: string, o) => (await import('./commands/show.js')).run(await ioFor(o), id, o)));

  example(common(program.command('expiring')
    .description(T('butir yang lewat dan akan berakhir dalam 30 hari kerja (SOP langkah 4)', 'items overdue or ending within 30 working days (SOP step 4)'))
    .option('--within <n>', T('jendela dalam hari kerja (bawaan: ppid.yaml, 30)', 'window in working days (default: ppid.yaml, 30)'))), [
    'ppid expiring', 'ppid expiring --today 2026-11-02 --within 60 --json',
  ]).action(wrap(async (o) => (await import('./commands/expiring.js')).run(await ioFor(o), o)));

  example(common(program.command('calendar').argument('[tahun]', T('tahun (bawaan: tahun ini)', 'year (default: this year)'))
    .description(T('hari libur nasional, cuti bersama dan penyesuaian arsip yang dipakai', 'the non-working days in use'))), [
    'ppid calendar 2025',
  ]).action(wrap(async (year: string | undefined, o) => (await import('./commands/calendar.js')).run(await ioFor(o), year, o)));

  example(common(program.command('publish')
    .description(T('menerbitkan DIK untuk publik: index.html, dibuka.html, dik.csv, dik.json, feed.xml (SOP langkah 6)', 'publish the public lists: index.html, dibuka.html, dik.csv, dik.json, feed.xml (SOP step 6)'))
    .requiredOption('--out <folder>', T('folder keluaran', 'output folder'))
    .option('--fragment', T('hanya tabel, sebagai potongan HTML untuk ditempel di halaman situs yang ada (dik-fragmen.html)', 'just the table, as an HTML fragment for an existing website page (dik-fragmen.html)')), { formats: false })
    .option('--json', T('cetak ringkasan sebagai JSON', 'print a summary as JSON')), [
    'ppid publish --out situs/dik',
    'ppid publish --out /var/www/ppid --fragment',
  ]).action(wrap(async (o) => (await import('./commands/publish.js')).run(await ioFor(o), o)));

  example(common(periodOptions(stepCommand(program, 'clarify', '<id...>',
    'langkah 2: mengonfirmasi jangka waktu, menyimpan tanggal berakhir atau tinjau ulang', 'step 2: confirm the period, store its end or review date')
    .option('--tanggal <TTTT-BB-HH>', T('tanggal klarifikasi (bawaan: hari ini)', 'date of the clarification (default: today)'))
    .option('--catatan <teks>', T('catatan klarifikasi', 'note'))), { formats: false })
    .option('--json', 'JSON'), [
    'ppid clarify DIK-2026-0004 DIK-2026-0005',
    'ppid clarify DIK-2026-0004 --tahun 4 --mulai 2026-03-01   # ' + T('jangka waktu dikoreksi', 'period corrected'),
  ]).action(wrap(async (ids: string[], o) => (await import('./commands/clarify.js')).run(await ioFor(o), ids, o)));

  example(common(stepCommand(program, 'review', '<id...>',
    'langkah 3: pendapat tertulis Tim Pertimbangan', 'step 3: the consideration team\u2019s written opinion')
    .addOption(new Option('--rekomendasi <r>', T('rekomendasi tim', 'the team\u2019s advice')).choices(['setuju', 'tolak', 'ubah']).makeOptionMandatory())
    .requiredOption('--nomor <nomor>', T('nomor surat pertimbangan', 'number of the letter'))
    .option('--tanggal <TTTT-BB-HH>', T('tanggal surat (bawaan: hari ini)', 'date of the letter (default: today)'))
    .option('--catatan <teks>', T('catatan tim', 'the team\u2019s note'))
    .option('--surat <berkas.pdf>', T('pindaian surat pertimbangan, dilampirkan', 'scan of the letter, attached')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid review DIK-2026-0004 --rekomendasi setuju --nomor 01/TP-PPID/III/2026 --tanggal 2026-03-05 --surat pertimbangan.pdf',
  ]).action(wrap(async (ids: string[], o) => (await import('./commands/review.js')).run(await ioFor(o), ids, o)));

  example(common(decreeOptions(stepCommand(program, 'decree', '<id...>',
    'penetapan klasifikasi (PP 61/2010 Pasal 4 ayat 2); satu surat dapat mencakup banyak butir', 'the determination (PP 61/2010 Art. 4(2)); one decree may cover many items')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid decree DIK-2026-0004 DIK-2026-0005 --nomor 000.7.2/014/PPID/III/2026 --tanggal 2026-03-10 --tempat Sanggau \\\n      --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-03-09',
  ]).action(wrap(async (ids: string[], o) => (await import('./commands/decree.js')).run(await ioFor(o), ids, o)));

  example(common(stepCommand(program, 'reject', '<id...>',
    'pengecualian ditolak: informasi tetap terbuka', 'the exemption is refused: the information stays public')
    .requiredOption('--alasan <teks>', T('alasan penolakan', 'reason'))
    .option('--tanggal <TTTT-BB-HH>', T('tanggal (bawaan: hari ini)', 'date (default: today)'))
    .option('--dasar <teks>', T('dasar, mis. nomor surat pertimbangan', 'basis, e.g. the letter\u2019s number')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid reject DIK-2026-0016 --alasan "Belanja APBD wajib terbuka"',
  ]).action(wrap(async (ids: string[], o) => (await import('./commands/reject.js')).run(await ioFor(o), ids, o)));

  example(common(approvalOptions(stepCommand(program, 'open', '<id...>',
    'langkah 4: informasi menjadi terbuka, dengan persetujuan pimpinan, untuk alasan yang benar pada harinya', 'step 4: the item becomes public, with the head\u2019s approval, for a reason true on the day')
    .addOption(new Option('--alasan <alasan>', T('alasan pembukaan; "jangka-waktu-berakhir" hanya dalam 30 hari kerja sebelum informasi terbuka (PP 61/2010 Pasal 11 ayat 2)', 'reason for opening; "jangka-waktu-berakhir" only within the 30 working days before the item is public (PP 61/2010 Art. 11(2))'))
      .choices([...ALASAN_PEMBUKAAN_DIPILIH]))
    .option('--tanggal <TTTT-BB-HH>', T('tanggal pembukaan (bawaan: hari ini)', 'date of opening (default: today)'))
    .option('--dasar <teks>', T('dasar, mis. nomor putusan (tidak diumumkan untuk persetujuan tertulis)', 'basis, e.g. the decision\u2019s number (not published for written consent)'))
    .option('--pemberi-persetujuan <nama>', T('persetujuan tertulis: nama orang yang rahasianya diungkap (tidak diumumkan)', 'written consent: the person whose secret it is (never published)'))
    .option('--tanggal-surat-persetujuan <TTTT-BB-HH>', T('persetujuan tertulis: tanggal suratnya', 'written consent: the date of the letter'))
    .option('--surat-persetujuan <berkas.pdf>', T('persetujuan tertulis: pindaian suratnya, dilampirkan', 'written consent: the scanned letter, attached'))
    .option('--keperluan <teks>', T('persetujuan tertulis: apa yang disetujui; pembukaan membuat informasi terbuka untuk siapa saja, jadi persetujuan untuk satu keperluan saja (mis. klaim asuransi) dilayani sebagai permohonan informasi, bukan pembukaan', 'written consent: what was consented to; an opening makes the information public to anyone, so consent for one purpose only (e.g. an insurance claim) is served as an information request, not an opening'))
    .option('--satu-orang', T('persetujuan tertulis: informasi butir ini hanya tentang orang itu (tanpanya pembukaan ditolak)', 'written consent: the item\u2019s information is about that person alone (without it the opening is refused)'))), { formats: false })
    .option('--json', 'JSON'), [
    'ppid open DIK-2025-0003 --alasan jangka-waktu-berakhir --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-11-10',
    'ppid open DIK-2023-0009    # ' + T('jangka waktu sudah lewat: dicatat terbuka demi hukum', 'period already over: recorded as public by law'),
    'ppid open DIK-2025-0012 --alasan persetujuan-tertulis --pemberi-persetujuan "Nama" --tanggal-surat-persetujuan 2026-04-27 \\\n      --surat-persetujuan persetujuan.pdf --keperluan "dibuka untuk umum" --satu-orang --pimpinan "Nama Bupati" --tanggal-persetujuan 2026-04-30',
  ]).action(wrap(async (ids: string[], o) => (await import('./commands/open.js')).run(await ioFor(o), ids, o)));

  example(common(decreeOptions(periodOptions(program.command('reclassify').argument('<id>', T('nomor butir', 'item id'))
    .description(T('uji konsekuensi baru yang mengubah dasar atau jangka waktu (PP 61/2010 Pasal 10)', 'a new consequence test that changes the grounds or the period (PP 61/2010 Art. 10)'))
    .requiredOption('--tanggal-uji <TTTT-BB-HH>', T('tanggal uji konsekuensi baru', 'date of the new test'))
    .requiredOption('--dibuka <teks>', T('konsekuensi bila dibuka', 'consequence if opened'))
    .requiredOption('--ditutup <teks>', T('konsekuensi bila ditutup', 'consequence if closed'))
    .option('--kepentingan-publik <teks>', T('pertimbangan kepentingan publik', 'public-interest consideration'))
    .option('--pasal17 <kode>', T('kode Pasal 17 baru', 'new Pasal 17 codes'), collect)
    .option('--dasar-hukum <teks>', T('dasar hukum baru (boleh berulang)', 'new legal basis (repeatable)'), collect))), { formats: false })
    .option('--json', 'JSON'), [
    'ppid reclassify DIK-2025-0011 --tanggal-uji 2027-01-10 --dibuka "..." --ditutup "..." --mulai 2027-02-01 --tahun 1 \\\n      --nomor 000.7.2/003/PPID/II/2027 --tanggal 2027-02-01 --pejabat "Nama PPID" --pimpinan "Nama Bupati" --tanggal-persetujuan 2027-01-28',
  ]).action(wrap(async (id: string, o) => (await import('./commands/reclassify.js')).run(await ioFor(o), id, o)));

  example(common(program.command('attach').argument('<id>', T('nomor butir', 'item id')).argument('[berkas]', T('berkas yang dilampirkan', 'file to attach'))
    .description(T('langkah 5: menyimpan dokumen (SHA-256, ukuran, halaman) dan lokasi arsip fisiknya', 'step 5: keep a document (SHA-256, size, pages) and the hard copy\u2019s place'))
    .addOption(new Option('--jenis <jenis>', T('jenis lampiran', 'kind of attachment')).choices([...JENIS_LAMPIRAN]))
    .option('--keterangan <teks>', T('keterangan lampiran', 'description'))
    .option('--lokasi <tempat>', T('lokasi arsip fisik, mis. "Lemari 2 / Rak 3 / Boks 12"', 'place of the hard copy')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid attach DIK-2026-0004 uji-konsekuensi.pdf --jenis uji-konsekuensi --lokasi "Lemari 2 / Rak 3 / Boks 12"',
    'ppid attach DIK-2026-0010 salinan-dihitamkan.pdf --jenis dokumen-disamarkan',
  ]).action(wrap(async (id: string, file: string | undefined, o) => (await import('./commands/attach.js')).run(await ioFor(o), id, file, o)));

  example(common(program.command('status')
    .description(T('di langkah SOP mana setiap butir, sejak kapan, dan apakah melewati batas waktunya', 'which SOP step each item is at, since when, and whether it is late'))), [
    'ppid status', 'ppid status --json --today 2026-11-02',
  ]).action(wrap(async (o) => (await import('./commands/status.js')).run(await ioFor(o), o)));

  example(common(program.command('log').argument('[id]', T('nomor butir (bawaan: semua)', 'item id (default: all)'))
    .description(T('riwayat butir dari git: langkah, pelaku, waktu, dan perubahan isian', 'an item\u2019s story from git: steps, who, when, and changed fields')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid log DIK-2026-0004', 'ppid log --json > riwayat.json',
  ]).action(wrap(async (id: string | undefined, o) => (await import('./commands/log.js')).run(await ioFor(o), id, o)));

  example(common(program.command('audit')
    .description(T('memeriksa riwayat git: suntingan tangan, status yang melompat, lampiran yang berubah', 'check git history: hand edits, skipped steps, changed attachments'))
    .option('--require-signed', T('setiap commit harus bertanda tangan (tanda tangan git)', 'every commit must be signed (git signatures)')), { formats: false })
    .option('--json', 'JSON'), [
    'ppid audit', 'ppid audit --require-signed',
  ]).action(wrap(async (o) => (await import('./commands/audit.js')).run(await ioFor(o), o)));

  example(common(program.command('migrate')
    .description(T('mengubah arsip format 1 (ppid 0.1) ke format 2: "sampai" menjadi hari terakhir dikecualikan; satu commit', 'turn a format 1 archive (ppid 0.1) into format 2: "sampai" becomes the last exempt day; one commit'))
    .option('--dry-run', T('tampilkan perubahan tiap butir tanpa menulis', 'show each item\u2019s change without writing'))
    .option('--tetap <id>', T('biarkan tanggal "sampai" butir ini seperti tertulis (boleh berulang)', 'keep this item\u2019s "sampai" date as written (repeatable)'), collect)), [
    'ppid migrate --dry-run', 'ppid migrate', 'ppid migrate --tetap DIK-2024-0003',
  ]).action(wrap(async (o) => (await import('./commands/migrate.js')).run(await ioFor(o), o)));

  example(common(program.command('doctor')
    .description(T('membersihkan sisa perintah yang terputus (listrik padam, proses dimatikan) dengan aman', 'safely clean up after an interrupted command (power cut, killed process)')), { formats: false })
    .option('--json', 'JSON'), ['ppid doctor'])
    .action(wrap(async (o) => (await import('./commands/doctor.js')).run(await ioFor(o), o)));

  const hook = example(program.command('hook').description(T('hook git untuk arsip', 'git hooks for the archive')), ['ppid hook install']);
  example(common(hook.command('install')
    .description(T('memasang hook pre-commit yang menjalankan "ppid validate"', 'install a pre-commit hook that runs "ppid validate"'))
    .option('--force', T('timpa hook pre-commit yang ada', 'overwrite an existing pre-commit hook')), { formats: false })
    .option('--json', 'JSON'), ['ppid hook install'])
    .action(wrap(async (o) => (await import('./commands/hook.js')).install(await ioFor(o), o)));
  example(common(hook.command('server')
    .argument('<repositori>', T('repositori bare arsip bersama di server', 'the shared archive\u2019s bare repository on the server'))
    .description(T('memasang hook pre-receive yang menolak kiriman yang tidak lolos "ppid validate" atau "ppid audit"', 'install a pre-receive hook that refuses pushes failing "ppid validate" or "ppid audit"'))
    .option('--force', T('timpa hook pre-receive yang ada', 'overwrite an existing pre-receive hook')), { formats: false })
    .option('--json', 'JSON'), ['ppid hook server /srv/git/arsip-dik.git'])
    .action(wrap(async (repo: string, o) => (await import('./commands/hook.js')).installServer(await ioFor(o), repo, o)));

  return program;
}

async function reportError(streams: Streams, e: unknown, version: string, wantColor: boolean): Promise<number> {
  const io = (await import('./terminal/color.js')).withColor(streams, wantColor);
  const c = io.colorErr;
  const { hasUi, ui } = await import('./i18n/ui-messages.js');
  if (e instanceof UserError) {
    if (e.diagnostics.length > 0) {
      const { formatDiagnostic } = await import('./terminal/diagnostic-format.js');
      for (const d of e.diagnostics) io.stderr(formatDiagnostic(d, c) + '\n');
    }
    io.stderr(`ppid: ${c.red.bold(ui('galat'))}: ${ui(e.code, e.params)}\n`);
    if (hasUi(`${e.code}.saran`)) io.stderr(`  ${c.cyan(ui('saran'))}: ${ui(`${e.code}.saran`, e.params)}\n`);
    return e.exitCode;
  }
  // One line, whatever went wrong inside: what, the version, and a request to report it.
  const detail = (e instanceof Error ? e.message : String(e)).split('\n')[0];
  io.stderr(`ppid: ${c.red.bold(ui('galat'))}: ${ui('internal', { versi: version, detail: detail ?? '' })} — ${ui('internal.saran')}\n`);
  if (io.env.PPID_DEBUG && e instanceof Error && e.stack) io.stderr(e.stack + '\n');
  return EXIT.INTERNAL;
}

export async function main(argv: string[], io: Streams | Io = processStreams()): Promise<number> {
  const early = readingCommand(argv.slice(2));
  if (early) void loadScanStart().then((m) => m.startScanAt(io.cwd, early.archive));
  try {
    return await run(argv, io);
  } finally {
    // What was started for the records and not used is not left for a later command in this process.
    if (scanStart) (await scanStart).dropScanStarts();
    scanStart = undefined;
  }
}

async function run(argv: string[], io: Streams | Io): Promise<number> {
  const chosen = resolveLang(langFromArgv(argv.slice(2)), io.env);
  setLang(chosen.lang, chosen.explicit);
  const version = packageVersion();
  let code: number = EXIT.OK;
  const program = buildProgram(io, version, (c) => (code = c));
  try {
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.OK : EXIT.USAGE;
    }
    return reportError(io, e, version, !argv.includes('--no-color'));
  }
}
