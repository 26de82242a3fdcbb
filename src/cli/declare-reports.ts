/** The reports and the public lists: they read the archive and change nothing (publish into the archive is step 6). */
import { T, collect, common, example, itemId, type CommandContext } from './options.js';

function declareValidate(c: CommandContext): void {
  example(
    common(
      c.program
        .command('validate')
        .description(
          T(
            'memeriksa seluruh arsip: skema dan aturan hukum, semua masalah sekaligus',
            'check the whole archive: schema and legal rules, every problem at once',
          ),
        )
        .option('--strict', T('peringatan juga dianggap gagal', 'warnings count as failures too'))
        .option(
          '--kunci <berkas>',
          T(
            'kunci age Anda: lampiran terenkripsi yang dapat Anda buka diperiksa isinya (sha256)',
            'your age key: encrypted attachments you can open are checked against their sha256',
          ),
        ),
    ),
    ['ppid validate', 'ppid validate --strict --json', 'ppid validate --kunci ~/kunci-ppid.txt'],
  ).action(c.wrap(async (o) => (await import('../commands/validate.js')).run(await c.ioFor(o), o)));
}

function declareList(c: CommandContext): void {
  example(
    common(
      c.program
        .command('list')
        .description(T('register urut tanggal berakhir pengecualian (SOP langkah 2)', 'the register ordered by end of exemption (SOP step 2)'))
        .option('--status <status>', T('saring status (boleh berulang)', 'filter by status (repeatable)'), collect)
        .option('--unit <unit>', T('saring unit kerja (nama, kode, atau sebagian nama)', 'filter by unit'), collect)
        .option('--pasal17 <kode>', T('saring kode Pasal 17 (huruf mencakup angkanya)', 'filter by Pasal 17 code (a letter covers its points)'), collect),
    ),
    ['ppid list', 'ppid list --status ditetapkan --pasal17 h --csv > register.csv', 'ppid list --csv-koma | cut -d, -f1'],
  ).action(c.wrap(async (o) => (await import('../commands/list.js')).run(await c.ioFor(o), o)));
}

function declareShow(c: CommandContext): void {
  example(common(c.program.command('show').argument('<id>', T('nomor butir', 'item id')).description(T('menampilkan satu butir', 'show one item'))), [
    'ppid show DIK-2026-0001',
    'ppid show DIK-2026-0001 --csv > butir.csv',
  ]).action(c.wrap(async (id: string, o) => (await import('../commands/show.js')).run(await c.ioFor(o), itemId(id), o)));
}

function declareExpiring(c: CommandContext): void {
  example(
    common(
      c.program
        .command('expiring')
        .description(T('butir yang lewat dan akan berakhir dalam 30 hari kerja (SOP langkah 4)', 'items overdue or ending within 30 working days (SOP step 4)'))
        .option('--within <n>', T('jendela dalam hari kerja (bawaan: ppid.yaml, 30)', 'window in working days (default: ppid.yaml, 30)'))
        .option(
          '--exit-code',
          T(
            'kode keluar untuk cron/Task Scheduler: 11 bila ada yang terlambat, 10 bila ada yang jatuh tempo dalam jendela, 0 bila tidak ada',
            'exit code for cron/Task Scheduler: 11 when something is late, 10 when something falls due within the window, 0 when nothing',
          ),
        ),
      { ics: true },
    ),
    [
      'ppid expiring',
      'ppid expiring --today 2026-11-02 --within 60 --json',
      'ppid expiring --ics > pengingat-ppid.ics',
      'ppid expiring --exit-code > laporan.txt || mail -s "Pengingat PPID" ppid@contoh.go.id < laporan.txt',
    ],
  ).action(c.wrap(async (o) => (await import('../commands/expiring.js')).run(await c.ioFor(o), o)));
}

function declareCalendar(c: CommandContext): void {
  example(
    common(
      c.program
        .command('calendar')
        .argument('[tahun]', T('tahun (bawaan: tahun ini)', 'year (default: this year)'))
        .description(T('hari libur nasional, cuti bersama dan penyesuaian arsip yang dipakai', 'the non-working days in use')),
    ),
    ['ppid calendar 2025'],
  ).action(c.wrap(async (year: string | undefined, o) => (await import('../commands/calendar.js')).run(await c.ioFor(o), year, o)));
}

function declarePublish(c: CommandContext): void {
  example(
    common(
      c.program
        .command('publish')
        .description(
          T(
            'menerbitkan DIK untuk publik: index.html, dibuka.html, dik.csv, dik.json, feed.xml (SOP langkah 6)',
            'publish the public lists: index.html, dibuka.html, dik.csv, dik.json, feed.xml (SOP step 6)',
          ),
        )
        .requiredOption('--out <folder>', T('folder keluaran', 'output folder'))
        .option(
          '--fragment',
          T(
            'hanya tabel, sebagai potongan HTML untuk ditempel di halaman situs yang ada (dik-fragmen.html)',
            'just the table, as an HTML fragment for an existing website page (dik-fragmen.html)',
          ),
        )
        .option(
          '--pratinjau',
          T(
            'pratinjau di folder di luar arsip, tidak dicatat sebagai langkah 6 (juga bila --today diberikan)',
            'a preview in a folder outside the archive, not recorded as step 6 (so is one with --today)',
          ),
        ),
      { output: 'json' },
    ),
    ['ppid publish --out situs/dik', 'ppid publish --out /var/www/ppid --fragment', 'ppid publish --out /tmp/coba --pratinjau'],
  ).action(c.wrap(async (o) => (await import('../commands/publish.js')).run(await c.ioFor(o), o)));
}

function declareStatus(c: CommandContext): void {
  example(
    common(
      c.program
        .command('status')
        .description(
          T(
            'di langkah SOP mana setiap butir, sejak kapan, dan apakah melewati batas waktunya',
            'which SOP step each item is at, since when, and whether it is late',
          ),
        )
        .option(
          '--exit-code',
          T(
            'kode keluar untuk cron/Task Scheduler: 11 bila ada langkah terlambat, 10 bila ada langkah yang menunggu, 0 bila tidak ada',
            'exit code for cron/Task Scheduler: 11 when a step is late, 10 when a step waits, 0 when none',
          ),
        ),
      { ics: true },
    ),
    ['ppid status', 'ppid status --json --today 2026-11-02', 'ppid status --ics > tenggat-sop.ics'],
  ).action(c.wrap(async (o) => (await import('../commands/status.js')).run(await c.ioFor(o), o)));
}

function declareLog(c: CommandContext): void {
  example(
    common(
      c.program
        .command('log')
        .argument('[id]', T('nomor butir (bawaan: semua)', 'item id (default: all)'))
        .description(
          T('riwayat butir dari git: langkah, pelaku, waktu, dan perubahan isian', 'an item\u2019s story from git: steps, who, when, and changed fields'),
        ),
    ),
    ['ppid log DIK-2026-0004', 'ppid log --json > riwayat.json', 'ppid log --csv > riwayat.csv'],
  ).action(c.wrap(async (id: string | undefined, o) => (await import('../commands/log.js')).run(await c.ioFor(o), id === undefined ? id : itemId(id), o)));
}

function declareAudit(c: CommandContext): void {
  example(
    common(
      c.program
        .command('audit')
        .description(
          T(
            'memeriksa riwayat git: suntingan tangan, status yang melompat, lampiran yang berubah',
            'check git history: hand edits, skipped steps, changed attachments',
          ),
        )
        .option(
          '--require-signed',
          T(
            'setiap commit harus bertanda tangan sah dengan kunci SSH pembuatnya (kunci_ssh di ppid.yaml yang berlaku sebelum commit itu)',
            'every commit must carry a sound signature by its author\u2019s SSH key (kunci_ssh in ppid.yaml as committed before it)',
          ),
        )
        .option(
          '--terima <commit>',
          T(
            'PPID Utama menerima temuan commit ini setelah meninjaunya (dicatat sebagai commit)',
            'the PPID Utama accepts this commit\u2019s findings after review (recorded as a commit)',
          ),
        )
        .option('--alasan <teks>', T('alasan menerima temuan (wajib dengan --terima)', 'the reason for accepting (required with --terima)'))
        .option(
          '--pelanggaran-saja',
          T(
            'hanya pelanggaran aturan yang menggagalkan (untuk hook server); temuan untuk ditinjau tetap ditampilkan',
            'only broken rules fail (for the server hook); findings for review are still shown',
          ),
        ),
    ),
    [
      'ppid audit',
      'ppid audit --csv > audit.csv',
      'ppid audit --require-signed',
      'ppid audit --terima 1a2b3c4d --alasan "lampiran dipindai ulang atas perintah Komisi Informasi"',
    ],
  ).action(c.wrap(async (o) => (await import('../commands/audit.js')).run(await c.ioFor(o), o)));
}

export const REPORTS = {
  validate: declareValidate,
  list: declareList,
  show: declareShow,
  expiring: declareExpiring,
  calendar: declareCalendar,
  publish: declarePublish,
  status: declareStatus,
  log: declareLog,
  audit: declareAudit,
};
