/** The words of corrections (`ppid edit`, and `ppid import` of a corrected register), part of the UI catalogue. */
import type { Pair } from './pair.js';

// A table, one entry per line, reads best as it is written.
// prettier-ignore
export const EDIT_MESSAGES = {
  'edit-tanpa-alasan': ['koreksi perlu alasan: beri --alasan "…" (dicatat di commit, dibaca "ppid log")', 'a correction needs a reason: give --alasan "…" (recorded in the commit, shown by "ppid log")'],
  'alasan-tanpa-kata': ['alasan "{alasan}" tidak berisi satu kata pun: tulis mengapa koreksi ini dibuat (mis. --alasan "salah ketik nomor SK")', 'the reason "{alasan}" holds no word: write why this correction is made (e.g. --alasan "typo in the decree number")'],
  'edit-tanpa-masukan': ['tidak ada yang dikoreksi: beri kolom yang diubah (mis. --judul "…"), --from BERKAS.yaml, atau --editor', 'nothing to correct: give the fields to change (e.g. --judul "…"), --from FILE.yaml, or --editor'],
  'edit-kolom-tidak-boleh': ['{id} berstatus {status}: {kolom} tidak dikoreksi dengan "ppid edit" (yang dapat dikoreksi: {boleh})', '{id} has status {status}: {kolom} is not corrected with "ppid edit" (what may be corrected: {boleh})'],
  'edit-kolom-tidak-boleh.saran': ['kolom lain dicatat oleh langkahnya sendiri (clarify, review, decree, open, attach); lihat README, bagian tentang "ppid edit" (apa yang dapat dikoreksi dan mengapa)', 'other fields are recorded by their own steps (clarify, review, decree, open, attach); see the README, "What ppid edit may change, and why"'],
  'edit-perlu-reklasifikasi': ['{id} sudah ditetapkan: {kolom} hanya berubah dengan uji konsekuensi baru, bukan koreksi', '{id} is determined: {kolom} changes only with a new consequence test, not a correction'],
  'edit-perlu-reklasifikasi.saran': ['ppid reclassify {id} --tanggal-uji … --dibuka … --ditutup … (PP 61/2010 Pasal 10); sebelum penetapan teks usulan masih dapat dikoreksi', 'ppid reclassify {id} --tanggal-uji … --dibuka … --ditutup … (PP 61/2010 Art. 10); before the determination the proposal’s text can still be corrected'],
  'edit-tanpa-perubahan': ['{id}: tidak ada yang berubah; tidak ada commit', '{id}: nothing changed; no commit'],
  'edit-editor-gagal': ['editor "{editor}" berhenti dengan kode {kode}; tidak ada yang ditulis', 'the editor "{editor}" stopped with code {kode}; nothing was written'],
  'edit-editor-gagal.saran': ['atur EDITOR (mis. EDITOR=nano), atau beri kolom yang diubah sebagai opsi', 'set EDITOR (e.g. EDITOR=nano), or give the fields to change as flags'],
  'edit-editor-dan-kolom': ['--editor tidak dipakai bersama kolom yang diubah ({kolom}): pilih salah satu, editor atau opsi kolom', '--editor is not used together with fields to change ({kolom}): choose one, the editor or the field options'],
  'edit-editor-tanpa-editor': ['--editor di luar terminal perlu EDITOR atau VISUAL; tanpa keduanya tidak ada editor yang dapat dibuka di sini', '--editor outside a terminal needs EDITOR or VISUAL; without them no editor can be opened here'],
  'edit-editor-tanpa-editor.saran': ['atur EDITOR (mis. EDITOR=nano), jalankan di terminal, atau beri kolom yang diubah sebagai opsi', 'set EDITOR (e.g. EDITOR=nano), run it on a terminal, or give the fields to change as options'],
  'edit-editor-lagi': ['buka editor lagi untuk memperbaikinya?', 'open the editor again to fix it?'],
  'edit-editor-kepala': ['Koreksi {id} ({status}). Ubah nilai di bawah, simpan, lalu tutup editor.\nHapus sebuah kunci untuk mengosongkannya. Kolom lain tidak dapat dikoreksi pada status ini.\nAlasan: {alasan}', 'Correction of {id} ({status}). Change the values below, save, then close the editor.\nDelete a key to empty it. Other fields cannot be corrected at this status.\nReason: {alasan}'],
  'edit-dikoreksi': ['{id} dikoreksi: {n} kolom, satu commit', '{id} corrected: {n} fields, one commit'],
  'impor-koreksi-tanpa-alasan': ['lembar ini mengoreksi {n} butir yang sudah ada; koreksi perlu --alasan "…"', 'this sheet corrects {n} items already in the archive; a correction needs --alasan "…"'],
  'impor-koreksi-tanpa-alasan.saran': ['lihat dulu perubahannya dengan --dry-run, lalu ulangi dengan --alasan "…"', 'see the changes first with --dry-run, then run again with --alasan "…"'],
  // What the officer can do about a cell an import may not correct, by the item's status (EDIT_FIELDS).
  'impor.jalan.diusulkan': ['kolom langkah lain (klarifikasi, penetapan, pembukaan) dicatat oleh langkahnya sendiri', 'other steps’ fields (clarification, decree, opening) are recorded by their own steps'],
  'impor.jalan.diklarifikasi': ['jangka waktu sudah dikonfirmasi pada klarifikasi (langkah 2) dan tidak dikoreksi lagi; bila salah, PPID Utama dapat menolak usulan ("ppid reject {id}") agar diusulkan kembali, atau mengubahnya setelah penetapan dengan uji konsekuensi ulang ("ppid reclassify {id}")', 'the period was confirmed at clarification (step 2) and is not corrected again; if it is wrong, the PPID Utama can refuse the proposal ("ppid reject {id}") so it is proposed again, or change it after the decree with a new consequence test ("ppid reclassify {id}")'],
  'impor.jalan.dipertimbangkan': ['kode Pasal 17 dan jangka waktu sudah dipertimbangkan tim (langkah 3) dan tidak dikoreksi lagi; bila salah, PPID Utama dapat menolak usulan ("ppid reject {id}") agar diusulkan kembali, atau mengubahnya setelah penetapan dengan uji konsekuensi ulang ("ppid reclassify {id}")', 'the Pasal 17 codes and the period were considered by the team (step 3) and are not corrected again; if they are wrong, the PPID Utama can refuse the proposal ("ppid reject {id}") so it is proposed again, or change them after the decree with a new consequence test ("ppid reclassify {id}")'],
  'impor.jalan.ditetapkan': ['setelah penetapan, dasar, jangka waktu dan uji konsekuensi hanya berubah dengan "ppid reclassify {id}", kolom langkah lain dengan langkahnya', 'after the determination the grounds, the period and the test change only with "ppid reclassify {id}", other steps’ fields with their steps'],
  'impor.jalan.dibuka': ['keputusan butir yang sudah dibuka tetap seperti tercatat; hanya kolom administratif yang dikoreksi', 'an opened item’s decisions stay as recorded; only its clerical fields are corrected'],
  'impor.jalan.ditolak': ['keputusan butir yang ditolak tetap seperti tercatat; hanya kolom administratif yang dikoreksi (usulkan butir baru bila perlu)', 'a refused item’s decisions stay as recorded; only its clerical fields are corrected (propose a new item if needed)'],
  'impor.sebab.dihitung': ['dihitung dari kolom lain', 'is computed from other columns'],
  'impor.sebab.open': ['dicatat oleh langkah pembukaan ("ppid open {id}")', 'is recorded by the opening step ("ppid open {id}")'],
  'impor.sebab.add': ['dicatat saat pendaftaran', 'is recorded at registration'],
  'impor.lembar-dibaca': ['membaca lembar \'{dibaca}\'; lembar \'{cetak}\' hanya untuk dicetak, perubahan di sana tidak dibaca', 'reading the sheet \'{dibaca}\'; the sheet \'{cetak}\' is for printing only, changes there are not read'],
  'impor.ubah': ['{id} — dikoreksi', '{id} — corrected'],
  'impor.ubah-kolom': ['{id}: {kolom}: {dari} → {ke}', '{id}: {kolom}: {dari} → {ke}'],
  'impor.ringkas-koreksi': ['{ubah} dikoreksi, {sama} tanpa perubahan', '{ubah} corrected, {sama} unchanged'],
  'impor.dikoreksi': ['{n} butir dikoreksi dalam satu commit', '{n} items corrected in one commit'],
  'impor.baris-banyak': ['baris {baris}', 'rows {baris}'],
  'impor.baris-jumlah': ['{daftar} ({n} baris)', '{daftar} ({n} rows)'],
  'impor.membaca': ['mengimpor', 'importing'],
  'log.alasan': ['alasan: {alasan}', 'reason: {alasan}'],
} satisfies Record<string, Pair>;
