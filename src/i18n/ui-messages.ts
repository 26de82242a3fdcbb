/** Words the commands print (headings, prompts, errors), in Bahasa Indonesia and English. */
import { fill, lang } from './lang.js';

type Pair = readonly [id: string, en: string];

const UI = {
  // errors (UserError codes)
  'arsip-folder-tidak-ada': ['folder arsip "{dir}" tidak ada', 'archive folder "{dir}" does not exist'],
  'arsip-tanpa-ppid-yaml': ['"{dir}" bukan arsip ppid: tidak ada ppid.yaml', '"{dir}" is not a ppid archive: no ppid.yaml'],
  'arsip-tidak-ditemukan': ['tidak ada arsip ppid (ppid.yaml) di "{dir}" maupun folder di atasnya', 'no ppid archive (ppid.yaml) in "{dir}" or any folder above it'],
  'arsip-tidak-ditemukan.saran': ['jalankan di folder arsip, beri --archive FOLDER, atau buat arsip baru dengan "ppid init FOLDER"', 'run inside an archive, pass --archive DIR, or create one with "ppid init DIR"'],
  'arsip-bukan-git': ['arsip "{dir}" bukan repositori git; perubahan harus tercatat di riwayat git', 'archive "{dir}" is not a git repository; changes must be recorded in git history'],
  'arsip-bukan-git.saran': ['jalankan "git init" di folder arsip lalu "git add -A && git commit -m \'Arsip awal\'", atau buat arsip baru dengan "ppid init"', 'run "git init" in the archive, then "git add -A && git commit -m \'Initial archive\'", or create a new one with "ppid init"'],
  'arsip-bukan-akar-git': ['arsip "{dir}" berada di dalam repositori git lain ({akar}); arsip yang diubah harus menjadi repositori git sendiri', 'archive "{dir}" lies inside another git repository ({akar}); an archive that is changed must be a git repository of its own'],
  'arsip-bukan-akar-git.saran': ['salin arsip ke folder sendiri lalu jalankan "git init" di sana (laporan tetap dapat dibaca di tempat ini)', 'copy the archive to a folder of its own and run "git init" there (reports still work where it is)'],
  'arsip-sudah-ada': ['"{dir}" sudah berisi arsip ppid (ppid.yaml); tidak ada yang ditimpa', '"{dir}" already holds a ppid archive (ppid.yaml); nothing was overwritten'],
  'git-identitas-kosong': ['identitas git belum diatur; setiap langkah dicatat atas nama pelakunya', 'no git identity is set; every step is recorded under its author\u2019s name'],
  'git-identitas-kosong.saran': ['git config --global user.name "Nama Anda" && git config --global user.email "anda@instansi.go.id"', 'git config --global user.name "Your Name" && git config --global user.email "you@agency.go.id"'],
  'git-gagal': ['git gagal: {detail}; arsip dikembalikan seperti semula', 'git failed: {detail}; the archive was restored as it was'],
  'ppid-yaml-tidak-valid': ['{berkas} tidak valid', '{berkas} is invalid'],
  'tanggal-hari-ini-salah': ['--today "{nilai}" bukan tanggal TTTT-BB-HH yang sah', '--today "{nilai}" is not a valid YYYY-MM-DD date'],
  'angka-salah': ['{opsi} "{nilai}" harus bilangan bulat positif', '{opsi} "{nilai}" must be a positive whole number'],
  'opsi-tidak-dikenal': ['nilai {opsi} "{nilai}" tidak dikenal; pilihan: {pilihan}', 'unknown {opsi} value "{nilai}"; choose from: {pilihan}'],
  'format-ganda': ['pilih salah satu: --json atau --csv', 'choose one of --json or --csv'],
  'item-tidak-ada': ['butir "{id}" tidak ada di arsip', 'item "{id}" is not in the archive'],
  'berkas-tidak-ada': ['berkas "{berkas}" tidak ada', 'file "{berkas}" does not exist'],
  'masukan-tidak-valid': ['masukan tidak valid; tidak ada yang ditulis', 'invalid input; nothing was written'],
  'masukan-kurang': ['data butir belum lengkap: {kunci}', 'the item is incomplete: {kunci}'],
  'masukan-kurang.saran': ['beri nilainya sebagai opsi (lihat "ppid add --help"), pakai --from BERKAS.yaml, atau jalankan di terminal untuk ditanya', 'give them as options (see "ppid add --help"), use --from FILE.yaml, or run in a terminal to be asked'],
  'from-bukan-peta': ['{berkas}: isi berkas harus berupa kunci-kunci record', '{berkas}: the file must hold record keys'],
  'arsip-ada-galat': ['arsip berisi {n} galat; perbaiki dahulu (lihat "ppid validate")', 'the archive has {n} errors; fix them first (see "ppid validate")'],
  'hook-sudah-ada': ['hook pre-commit sudah ada dan bukan buatan ppid: {berkas}', 'a pre-commit hook that ppid did not write already exists: {berkas}'],
  'hook-sudah-ada.saran': ['pindahkan atau gabungkan hook itu, lalu ulangi', 'move or merge that hook, then try again'],
  'out-di-dalam-informasi': ['--out tidak boleh berada di folder record atau lampiran', '--out must not be inside the records or attachments folder'],
  'tahun-salah': ['tahun "{nilai}" tidak sah', 'invalid year "{nilai}"'],
  'interaktif-dibatalkan': ['dibatalkan; tidak ada yang ditulis', 'cancelled; nothing was written'],
  'internal': ['galat internal ppid {versi}: {detail}', 'internal ppid {versi} error: {detail}'],
  'internal.saran': ['mohon laporkan ke pengembang ppid beserta perintah yang dijalankan; arsip tidak diubah', 'please report this to the ppid developers with the command you ran; the archive was not changed'],

  // labels
  galat: ['galat', 'error'],
  peringatan: ['peringatan', 'warning'],
  saran: ['Saran', 'Hint'],
  'validate.bersih': ['{n} butir diperiksa: tidak ada masalah', '{n} items checked: no problems'],
  'validate.ringkas': ['{n} butir diperiksa: {galat} galat, {peringatan} peringatan', '{n} items checked: {galat} errors, {peringatan} warnings'],
  'laporan.dilewati': ['{n} butir bergalat tidak dimuat; jalankan "ppid validate"', '{n} items with errors were left out; run "ppid validate"'],
  'kol.no': ['No', 'No'],
  'kol.id': ['ID', 'ID'],
  'kol.judul': ['Informasi', 'Information'],
  'kol.unit': ['Unit', 'Unit'],
  'kol.pasal17': ['Pasal 17', 'Pasal 17'],
  'kol.status': ['Status', 'Status'],
  'kol.jangka': ['Jangka waktu', 'Period'],
  'kol.berakhir': ['Berakhir', 'Ends'],
  'kol.sisa': ['Sisa hari kerja', 'Working days left'],
  'kol.batas': ['Putuskan paling lambat', 'Decide by'],
  'kol.tinjau': ['Tinjau ulang', 'Review'],
  'kol.keadaan': ['Keadaan', 'State'],
  'kol.tanggal': ['Tanggal', 'Date'],
  'kol.hari': ['Hari', 'Day'],
  'kol.nama': ['Keterangan', 'Name'],
  'kol.jenis': ['Jenis', 'Kind'],
  'kol.asal': ['Asal', 'Source'],
  'list.kosong': ['tidak ada butir yang cocok', 'no matching items'],
  'expiring.judul': ['Laporan informasi yang akan berakhir per {tanggal} (jendela {n} hari kerja)', 'Items whose exemption ends, as of {tanggal} (window {n} working days)'],
  'expiring.lewat': ['SUDAH LEWAT — terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3)', 'OVERDUE — public by law (PP 61/2010 Art. 11(3))'],
  'expiring.akan': ['AKAN BERAKHIR — tetapkan pembukaan sebelum batasnya', 'EXPIRING — decide the opening before the deadline'],
  'expiring.tinjau': ['PERLU DITINJAU ULANG', 'DUE FOR REVIEW'],
  'expiring.kosong': ['Tidak ada butir yang lewat atau akan berakhir dalam {n} hari kerja.', 'No item is overdue or ends within {n} working days.'],
  'expiring.tanpa-kalender': ['PERHATIAN: tahun {tahun} belum punya kalender hari libur; untuk tahun itu hanya Sabtu dan Minggu yang dilewati', 'WARNING: no holiday calendar for {tahun}; for that year only Saturdays and Sundays were skipped'],
  'expiring.tanpa-kalender.saran': ['tambahkan hari libur tahun itu ke {berkas} dan cantumkan tahun_lengkap: [{tahun}]', 'add that year\u2019s holidays to {berkas} and list it under tahun_lengkap: [{tahun}]'],
  'keadaan.lewat': ['lewat', 'overdue'],
  'keadaan.akan-berakhir': ['akan berakhir', 'expiring'],
  'keadaan.tinjau-ulang': ['tinjau ulang', 'review'],
  'add.terdaftar': ['Butir {id} terdaftar ({berkas}, status {status})', 'Item {id} registered ({berkas}, status {status})'],
  'init.selesai': ['Arsip dibuat di {dir}', 'Archive created in {dir}'],
  'init.langkah': ['Langkah berikutnya: ppid add --archive {dir}', 'Next: ppid add --archive {dir}'],
  'publish.selesai': ['DIK diterbitkan ke {dir}: {n} butir ({berkas})', 'DIK published to {dir}: {n} items ({berkas})'],
  'publish.lewat': ['{n} butir sudah lewat masa pengecualiannya dan tidak dimuat di DIK; jalankan "ppid expiring"', '{n} items are past their exemption period and are not in the DIK; run "ppid expiring"'],
  'hook.terpasang': ['hook pre-commit terpasang: {berkas}', 'pre-commit hook installed: {berkas}'],
  'calendar.judul': ['Hari tidak bekerja {tahun} (Sabtu/Minggu tidak dicantumkan)', 'Non-working days {tahun} (weekends not listed)'],
  'calendar.tanpa': ['Tahun {tahun} tidak punya kalender: hanya Sabtu dan Minggu yang dilewati', 'No calendar for {tahun}: only weekends are skipped'],
  'asal.bawaan': ['nasional', 'national'],
  'asal.arsip': ['arsip', 'archive'],
  'show.badan': ['Badan Publik', 'Public body'],
  membaca: ['membaca arsip', 'reading the archive'],
  'ringkasan.total': ['{n} butir', '{n} items'],
} satisfies Record<string, Pair>;

export type UiKey = keyof typeof UI;

export function ui(key: UiKey | string, params: Record<string, string | number> = {}): string {
  const pair = (UI as Record<string, Pair>)[key];
  if (!pair) return key;
  return fill(pair[lang() === 'en' ? 1 : 0], params);
}

export function hasUi(key: string): boolean {
  return key in UI;
}
