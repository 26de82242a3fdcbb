/** The words of the calendar reminders (`--ics`) and of `--exit-code`, in Bahasa Indonesia and English. */
import type { Pair } from './pair.js';

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const REMINDER_MESSAGES = {
  'format-ganda-ics': ['pilih salah satu: --json, --csv atau --ics', 'choose one of --json, --csv or --ics'],
  'ics.kalender': ['Pengingat PPID — {badan}', 'PPID reminders — {badan}'],
  'ics.jendela': ['Mulai 30 hari kerja pembukaan {id}: {judul}', 'Opening window starts {id}: {judul}'],
  'ics.jendela.isi': ['Hari pertama dari 30 hari kerja sebelum informasi terbuka (PP 61/2010 Pasal 11 ayat 2): sejak hari ini pembukaan karena jangka waktu berakhir dapat ditetapkan, dengan persetujuan pimpinan.', 'The first of the 30 working days before the item is public (PP 61/2010 Art. 11(2)): from this day the opening because the period ends can be decided, with the head\u2019s approval.'],
  'ics.keputusan': ['Batas keputusan pembukaan {id}: {judul}', 'Opening decision due {id}: {judul}'],
  'ics.keputusan.isi': ['Tetapkan pembukaan dengan persetujuan pimpinan paling lambat {batas} ({tafsir}; PP 61/2010 Pasal 11 ayat 2).', 'Decide the opening, with the head\u2019s approval, by {batas} ({tafsir}; PP 61/2010 Art. 11(2)).'],
  'ics.keputusan.lewat': ['TERLAMBAT: batas keputusan pembukaan {id}: {judul}', 'LATE: opening decision {id}: {judul}'],
  'ics.demi-hukum': ['TERLAMBAT: {id} terbuka demi hukum, catat pembukaannya: {judul}', 'LATE: {id} is public by law, record the opening: {judul}'],
  'ics.demi-hukum.isi': ['Jangka waktu pengecualian sudah berakhir: informasi terbuka demi hukum sejak {sejak} (PP 61/2010 Pasal 11 ayat 3) dan belum dicatat.', 'The exemption period is over: the information has been public by law since {sejak} (PP 61/2010 Art. 11(3)) and this is not recorded yet.'],
  'ics.usulan-lewat': ['TERLAMBAT: usulan {id} lewat jangka waktunya: {judul}', 'LATE: proposal {id} is past its period: {judul}'],
  'ics.usulan-lewat.isi': ['Usulan ini belum pernah ditetapkan dan jangka waktu yang diusulkan berakhir {sejak}: informasinya tetap terbuka. Tolak usulan, atau uji ulang dengan jangka waktu baru.', 'This proposal was never determined and its proposed period ended on {sejak}: the information stayed public. Refuse the proposal, or test it again with a new period.'],
  'ics.tinjau': ['Tinjau ulang {id}: {judul}', 'Review {id}: {judul}'],
  'ics.tinjau.lewat': ['TERLAMBAT: tinjau ulang {id}: {judul}', 'LATE: review {id}: {judul}'],
  'ics.tinjau.isi': ['Tanggal tinjau ulang jangka waktu pengecualian: {tanggal}. Periksa apakah peristiwa yang ditunggu sudah terjadi; bila sudah, catat tanggalnya, bila belum, tetapkan tanggal tinjau ulang berikutnya.', 'The exemption period\u2019s review date: {tanggal}. Check whether the awaited event has happened; if so, record its date; if not, set the next review date.'],
  'ics.langkah': ['Langkah {langkah} ({nama}) {id}: {judul}', 'Step {langkah} ({nama}) {id}: {judul}'],
  'ics.langkah.lewat': ['TERLAMBAT: langkah {langkah} ({nama}) {id}: {judul}', 'LATE: step {langkah} ({nama}) {id}: {judul}'],
  'ics.langkah.isi': ['Langkah SOP {langkah}: {nama}. Menunggu sejak {sejak}; batas {batas} hari kerja; tenggat {tenggat}.', 'SOP step {langkah}: {nama}. Waiting since {sejak}; limit {batas} working days; deadline {tenggat}.'],
  'ics.dipindah': ['Tenggat {tenggat} sudah lewat: pengingat ini ditaruh pada hari laporan ({hari}) agar tetap muncul.', 'The deadline {tenggat} has passed: this reminder is put on the report\u2019s day ({hari}) so that it still shows.'],
  'ics.informasi': ['Informasi: {judul}', 'Information: {judul}'],
  'ics.unit': ['Unit: {unit}', 'Unit: {unit}'],
  'ics.periode': ['Dikecualikan sampai dengan {sampai}; terbuka sejak {sejak}.', 'Exempt up to and including {sampai}; public from {sejak}.'],
  'ics.perintah': ['Jalankan: {perintah}', 'Run: {perintah}'],
  'ics.sumber': ['Dibuat oleh "ppid {laporan}" per {tanggal}.', 'Made by "ppid {laporan}" as of {tanggal}.'],
  'ics.pengingat': ['Pengingat PPID: {ringkasan}', 'PPID reminder: {ringkasan}'],
} satisfies Record<string, Pair>;
