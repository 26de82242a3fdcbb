/**
 * The message catalogue for archive problems, keyed by code: the message and a hint how to
 * fix it, in Bahasa Indonesia and English. Rules only name codes; this file holds the words.
 */
import { fill, lang } from './lang.js';
import { ROLE_MESSAGES } from './ui-messages.js';
import { PASAL17_KODE } from '../domain/pasal17.js';
import { detailText } from './parser-details.js';

type Pair = readonly [id: string, en: string];
interface Entry {
  pesan: Pair;
  saran?: Pair;
}

const E = (pesan: Pair, saran?: Pair): Entry => ({ pesan, ...(saran ? { saran } : {}) });

// A table, one entry per line, reads best as it is written.
// prettier-ignore
const CATALOG = {
  // A step done without its role where ppid.yaml only warns (ppid.yaml: peran_tidak_sesuai).
  'peran-tidak-sesuai': E(ROLE_MESSAGES['peran-tidak-sesuai'], ROLE_MESSAGES['peran-tidak-sesuai.saran']),
  'pelaku-tidak-dikenal': E(ROLE_MESSAGES['pelaku-tidak-dikenal'], ROLE_MESSAGES['pelaku-tidak-dikenal.saran']),
  'berkas-hilang': E(['berkas tidak ada', 'the file does not exist'], ['periksa nama berkas dan foldernya', 'check the file\u2019s name and folder']),
  'berkas-symlink': E(['berkas ini tautan simbolik (symlink); arsip hanya memuat berkas biasa', 'this file is a symbolic link; the archive holds regular files only'], ['ganti tautan dengan salinan berkasnya', 'replace the link by a copy of the file']),
  'bukan-berkas': E(['ini folder atau perangkat, bukan berkas', 'this is a folder or a device, not a file'], ['pindahkan isinya; di folder informasi/ hanya ada berkas .md', 'move its contents away; informasi/ holds .md files only']),
  'berkas-terlalu-besar': E(['berkas {ukuran} MB, melebihi batas {batas} MB untuk berkas teks arsip', 'the file is {ukuran} MB, over the {batas} MB limit for the archive\u2019s text files'], ['dokumen besar dilampirkan dengan "ppid attach", bukan ditulis di record', 'attach large documents with "ppid attach" instead of writing them into the record']),
  'bukan-utf8': E(['berkas bukan teks UTF-8 (bita {bita} pada baris ini)', 'the file is not UTF-8 text (byte {bita} on this line)'], ['simpan ulang berkas sebagai UTF-8 (di Notepad: Simpan Sebagai → Pengodean UTF-8)', 'save the file again as UTF-8 (Notepad: Save As → Encoding UTF-8)']),
  'berkas-asing': E(['berkas ini ada di folder record tetapi bukan record (.md)', 'this file is in the records folder but is not a record (.md)'], ['pindahkan ke folder lain, atau lampirkan dengan "ppid attach"', 'move it elsewhere, or attach it with "ppid attach"']),
  'record-kosong': E(['berkas kosong', 'the file is empty'], ['isi berkas dengan front matter YAML di antara dua baris "---"', 'write YAML front matter between two "---" lines']),
  'front-matter-tidak-ada': E(['berkas tidak diawali front matter "---"', 'the file does not start with "---" front matter'],
    ['baris pertama harus "---", diikuti kunci-kunci record, lalu "---" lagi', 'the first line must be "---", then the record keys, then "---" again']),
  'front-matter-tidak-ditutup': E(['front matter tidak ditutup dengan baris "---"', 'the front matter is not closed by a "---" line'],
    ['tambahkan baris "---" setelah kunci terakhir', 'add a "---" line after the last key']),
  'front-matter-kosong': E(['front matter kosong', 'the front matter is empty'], ['isi kunci wajib: judul, unit, pasal17, dasar_hukum, uji_konsekuensi, jangka_waktu, cakupan', 'fill in the required keys: judul, unit, pasal17, dasar_hukum, uji_konsekuensi, jangka_waktu, cakupan']),
  'front-matter-bukan-peta': E(['front matter harus berisi pasangan kunci: nilai', 'the front matter must be a set of key: value pairs']),
  'yaml-kunci-ganda': E(['kunci ditulis dua kali ({detail})', 'a key is written twice ({detail})'], ['hapus salah satu; nilai yang mana yang berlaku tidak boleh ditebak', 'remove one of them; which value counts must not be guessed']),
  'yaml-indentasi': E(['YAML tidak dapat dibaca: indentasi atau tanda baca salah ({detail})', 'YAML cannot be read: wrong indentation or punctuation ({detail})'],
    ['periksa spasi di awal baris dan tanda ":" setelah kunci', 'check the leading spaces and the ":" after each key']),
  'yaml-kunci-multibaris': E(['kunci YAML terpotong ke beberapa baris ({detail})', 'a YAML key runs over several lines ({detail})'], ['beri tanda kutip pada teks yang mengandung ":"', 'quote text that contains ":"']),
  'yaml-tab': E(['YAML memakai tab untuk indentasi', 'YAML uses a tab for indentation'], ['ganti tab dengan spasi', 'replace tabs by spaces']),
  'yaml-alias-berlebihan': E(['YAML memakai alias (*nama) terlalu banyak sehingga tidak dibaca ({detail})', 'YAML uses too many aliases (*name) and is not read ({detail})'], ['tulis nilainya langsung; catatan ppid tidak memerlukan alias YAML', 'write the values out; ppid records need no YAML aliases']),
  // Reading spreadsheet cells (ppid import).
  'impor-pasal17-tidak-dikenal': E(['Pasal 17 "{kode}" tidak ada dalam UU 14/2008', 'Pasal 17 "{kode}" does not exist in UU 14/2008'], ['periksa huruf dan angkanya, mis. "Pasal 17 huruf h angka 2"', 'check the letter and number, e.g. "Pasal 17 huruf h angka 2"']),
  'impor-dasar-hukum-tak-terbaca': E(['dasar hukum "{teks}" tidak menyebut huruf Pasal 17 yang dapat dibaca', 'legal basis "{teks}" names no readable Pasal 17 letter'], ['tulis mis. "Pasal 17 huruf h angka 2 UU 14/2008"', 'write e.g. "Pasal 17 huruf h angka 2 UU 14/2008"']),
  'impor-pasal17-huruf-tidak-ada': E(['dasar hukum menyebut UU 14/2008 tetapi tidak menyebut huruf Pasal 17 ("{teks}")', 'the legal basis names UU 14/2008 but no Pasal 17 letter ("{teks}")'], ['UU 14/2008 saja tidak mengecualikan apa pun: tulis huruf Pasal 17 yang menjadi alasannya, mis. "UU 14/2008 Pasal 17 huruf h angka 2"', 'UU 14/2008 alone exempts nothing: write the Pasal 17 letter that is the reason, e.g. "UU 14/2008 Pasal 17 huruf h angka 2"']),
  'impor-dasar-hukum-uu-lain': E(['dasar hukum hanya menyebut {uu}, tanpa huruf Pasal 17 UU 14/2008', 'the legal basis names only {uu}, with no Pasal 17 letter of UU 14/2008'], ['bila undang-undang itu yang mengecualikan informasi ini, tulis "Pasal 17 huruf j UU 14/2008 jo. {uu}"; bila tidak, tulis huruf Pasal 17 yang berlaku — ppid tidak menebaknya', 'if that statute is what exempts this information, write "Pasal 17 huruf j UU 14/2008 jo. {uu}"; if not, write the Pasal 17 letter that applies — ppid does not guess it']),
  'impor-huruf-dari-kelompok': E(['huruf Pasal 17 {huruf} diambil dari baris kelompok {baris}, karena dasar hukum baris ini tidak menyebutnya', 'Pasal 17 letter {huruf} is taken from the group row {baris}, as this row\u2019s legal basis does not name it'], ['periksa bahwa huruf itu berlaku untuk butir ini, atau tulis hurufnya di sel dasar hukum', 'check that the letter applies to this item, or write the letter in its legal-basis cell']),
  'impor-jangka-waktu-kosong': E(['jangka waktu kosong', 'the period is empty'], ['isi jangka waktu, mis. "5 tahun"', 'fill in the period, e.g. "5 tahun"']),
  'impor-jangka-waktu-tak-terbaca': E(['jangka waktu "{teks}" tidak dapat dibaca', 'period "{teks}" cannot be read'], ['tulis mis. "5 tahun", "sampai 31 Desember 2030", "hingga putusan berkekuatan hukum tetap" atau "sampai ada persetujuan tertulis"', 'write e.g. "5 tahun", "sampai 31 Desember 2030", "hingga putusan berkekuatan hukum tetap" or "sampai ada persetujuan tertulis"']),
  'impor-jangka-waktu-bukan-jangka': E(['"{teks}" bukan jangka waktu: tidak menyebut lamanya, tanggalnya, atau peristiwa yang mengakhirinya', '"{teks}" is no period: it names no length, no date and no event that ends it'], ['UU 14/2008 Pasal 20 dan PP 61/2010 mewajibkan jangka waktu yang nyata: tulis mis. "5 tahun", "sampai 31 Desember 2030" atau "hingga putusan berkekuatan hukum tetap"', 'UU 14/2008 Art. 20 and PP 61/2010 require a real period: write e.g. "5 tahun", "sampai 31 Desember 2030" or "hingga putusan berkekuatan hukum tetap"']),
  'impor-jangka-waktu-ganda': E(['sel jangka waktu memuat {n} jangka waktu sekaligus: {daftar}', 'the period cell holds {n} periods at once: {daftar}'], ['satu butir, satu jangka waktu: pilih yang berlaku, atau pecah baris ini menjadi beberapa butir', 'one item, one period: choose the one that applies, or split this row into several items']),
  'impor-tanggal-tak-sah': E(['"{teks}" bukan tanggal yang sah', '"{teks}" is not a real date'], ['perbaiki tanggalnya', 'correct the date']),
  'impor-tinjau-ulang-diisi': E(['jangka waktu hingga suatu peristiwa wajib punya tanggal tinjau ulang; diisi {tanggal}', 'a period until an event needs a review date; set to {tanggal}'], ['ganti dengan tanggal tinjau ulang yang sebenarnya', 'replace it by the real review date']),
  'impor-mulai-tak-terbaca': E(['tanggal mulai "{teks}" tidak dapat dibaca; jangka waktu dihitung dari penetapan', 'start date "{teks}" cannot be read; the period runs from the determination'], ['tulis tanggal seperti "16 Februari 2026"', 'write the date like "16 Februari 2026"']),
  'impor-judul-kosong': E(['baris tanpa informasi (judul)', 'a row without the information (title)'], ['isi kolom informasi atau hapus barisnya', 'fill in the information column or delete the row']),
  'impor-unit-kosong': E(['unit kerja tidak diketahui untuk baris ini', 'no work unit is known for this row'], ['tambahkan kolom unit/satker, baris judul unit di atasnya, atau beri --unit', 'add a unit/satker column, a unit heading row above, or give --unit']),
  'impor-unit-tidak-dikenal': E(['unit "{unit}" tidak ada di ppid.yaml', 'unit "{unit}" is not in ppid.yaml'], ['tambahkan unit ke ppid.yaml atau perbaiki penulisannya', 'add the unit to ppid.yaml or correct its spelling']),
  'impor-konsekuensi-kosong': E(['konsekuensi "{kolom}" kosong', 'the "{kolom}" consequence is empty'], ['isi akibat bila informasi dibuka dan bila ditutup (uji konsekuensi)', 'fill in the consequences of opening and of closing (consequence test)']),
  'impor-tanpa-uji-konsekuensi': E(['tabel tidak memuat uji konsekuensi (kolom Dibuka dan Ditutup); tidak ada butir yang dibuat', 'the table holds no consequence test (Dibuka and Ditutup columns); no item is created'], ['UU 14/2008 Pasal 19 mewajibkan uji konsekuensi dan ppid tidak mengarangnya: tambahkan dua kolom berjudul "Dibuka" dan "Ditutup" berisi akibat bila informasi dibuka dan bila ditutup, lalu impor lagi', 'UU 14/2008 Art. 19 requires a consequence test and ppid does not invent one: add two columns headed "Dibuka" and "Ditutup" holding the consequences of opening and of closing, then import again']),
  'impor-xlsx-rusak': E(['buku kerja Excel tidak dapat dibaca ({detail})', 'the Excel workbook cannot be read ({detail})'], ['buka di Excel/LibreOffice dan simpan ulang sebagai .xlsx, atau simpan sebagai "CSV UTF-8"', 'open it in Excel/LibreOffice and save it again as .xlsx, or save as "CSV UTF-8"']),
  'impor-bukan-angka': E(['"{teks}" bukan bilangan bulat', '"{teks}" is not a whole number'], ['tulis angkanya saja, mis. 5', 'write the number only, e.g. 5']),
  'impor-status-dilewati': E(['butir berstatus "{status}" tidak diimpor: informasinya tidak lagi dikecualikan', 'an item with status "{status}" is not imported: it is no longer exempted'], ['riwayatnya tetap ada di arsip asal', 'its history stays in the archive it came from']),
  'impor-status-diubah': E(['status "{dari}" menjadi "{ke}": langkah SOP yang sudah dilalui tidak ikut terbawa', 'status "{dari}" becomes "{ke}": the SOP steps already taken do not come along'], ['lakukan lagi langkahnya dengan ppid clarify / ppid review', 'take the steps again with ppid clarify / ppid review']),
  'impor-status-bukan-koreksi': E(['{id}: status "{ke}" di lembar tidak diterapkan; di arsip butir ini "{dari}"', '{id}: the status "{ke}" in the sheet is not applied; in the archive this item is "{dari}"'], ['status berubah hanya lewat langkahnya (mis. ppid open, ppid reject); kolom lain baris ini tetap dikoreksi', 'a status changes only through its step (e.g. ppid open, ppid reject); the row\u2019s other cells are still corrected']),
  'impor-id-ganda': E(['{id} sudah dikoreksi oleh baris {baris}; satu butir, satu baris', '{id} is already corrected by row {baris}; one item, one row'], ['gabungkan koreksinya ke satu baris dan hapus yang lain', 'put the corrections into one row and delete the other']),
  'impor-ubah-tidak-boleh': E(['{id} berstatus {status}: {kolom} tidak dapat dikoreksi lewat impor', '{id} has status {status}: {kolom} cannot be corrected by an import'], ['kembalikan sel itu seperti di arsip; {jalan}', 'put the cell back as the archive has it; {jalan}']),
  'impor-kolom-tidak-dibaca': E(['kolom «{kolom}» {sebab}, tidak dibaca impor; perubahan di sel ini diabaikan', 'the column «{kolom}» {sebab} and is not read by the import; the change in this cell is ignored'], ['kembalikan sel itu, atau ubah kolom yang dibaca (mis. Mulai, Tahun, Sampai Dengan untuk jangka waktu)', 'put the cell back, or change the columns that are read (e.g. Mulai, Tahun, Sampai Dengan for the period)']),
  'impor-id-butir-lain': E(['baris ini mengubah {n} dari {sel} sel {id}, judulnya juga: mungkin butir lain, bukan koreksi {id}; tidak ada yang ditebak', 'this row changes {n} of the {sel} cells of {id}, its title too: it may be another item, not a correction of {id}; nothing is guessed'], ['koreksi lebih sedikit kolom sekaligus (impor beberapa kali), atau kosongkan sel ID agar baris ini didaftarkan sebagai butir baru', 'correct fewer columns at once (import more than once), or clear the ID cell to register this row as a new item']),
  'impor-id-diganti': E(['nomor {id} tidak dapat dipakai di arsip ini (pernah dipakai butir yang tidak ada lagi, atau berkas butirnya tidak terbaca); butir didaftarkan dengan nomor baru', 'id {id} cannot be used in this archive (an item no longer here had it, or its record file cannot be read); the item is registered with a new id'], ['catat nomor baru di dokumen asal', 'note the new id in the original document']),
  'lampiran-tidak-terenkripsi': E(['lampiran {berkas} tercatat terenkripsi tetapi berkasnya bukan berkas age', 'attachment {berkas} is recorded as encrypted but the file is not an age file'], ['lampirkan lagi dengan "ppid attach" agar dienkripsi', 'attach it again with "ppid attach" to have it encrypted']),
  'impor-baris-tersembunyi': E(['baris ini disembunyikan di Excel: tidak diimpor', 'this row is hidden in Excel: it is not imported'], ['tampilkan barisnya (klik kanan → Tampilkan) bila butir ini masih dikecualikan, lalu impor lagi; bila sudah dicabut atau dibuka, hapus barisnya', 'unhide the row (right-click → Unhide) if this item is still exempted, then import again; if it was withdrawn or opened, delete the row']),
  'impor-kolom-tersembunyi': E(['kolom {kolom} «{judul}» disembunyikan di Excel, tetapi dibaca sebagai {bidang}', 'column {kolom} «{judul}» is hidden in Excel, but is read as {bidang}'], ['tampilkan kolomnya dan periksa isinya; bila tidak dipakai lagi, hapus kolomnya atau beri --map yang tidak membacanya (mis. kolom: { keterangan: "" })', 'unhide the column and check what it holds; if it is no longer used, delete it or give a --map that does not read it (e.g. kolom: { keterangan: "" })']),
  'impor-sel-galat-rumus': E(['sel berisi galat rumus {galat}: nilainya tidak ada', 'the cell holds the formula error {galat}: its value is lost'], ['perbaiki rumusnya di Excel, atau ganti sel dengan teksnya (salin, lalu Tempel Spesial → Nilai), lalu impor lagi', 'fix the formula in Excel, or replace the cell by its text (copy, then Paste Special → Values), then import again']),
  'impor-csv-rusak': E(['CSV tidak dapat dibaca ({detail})', 'the CSV cannot be read ({detail})'], ['simpan ulang dari Excel sebagai "CSV UTF-8"', 'save it again from Excel as "CSV UTF-8"']),
  'impor-docx-rusak': E(['dokumen Word tidak dapat dibaca ({detail})', 'the Word document cannot be read ({detail})'], ['buka di Word/LibreOffice dan simpan ulang sebagai "Dokumen Word (.docx)", atau salin tabelnya ke Excel dan simpan sebagai .xlsx', 'open it in Word/LibreOffice and save it again as "Word Document (.docx)", or copy the table into Excel and save as .xlsx']),
  'impor-tanggal-uji-diisi': E(['tanggal uji konsekuensi tidak ada di lembar; diisi {tanggal}', 'the sheet has no consequence-test date; set to {tanggal}'], ['beri --tanggal-uji TTTT-BB-HH dengan tanggal uji yang sebenarnya', 'give --tanggal-uji YYYY-MM-DD with the real date of the test']),
  'yaml-rusak': E(['YAML tidak dapat dibaca ({detail})', 'YAML cannot be read ({detail})'], ['periksa tanda kutip, titik dua dan indentasi di sekitar baris ini', 'check quotes, colons and indentation around this line']),
  'sebagian-tanpa-bagian': E(['cakupan "sebagian" tetapi bagian yang dikecualikan tidak dicatat', 'scope is "sebagian" but the exempted parts are not recorded'],
    ['tambahkan bagian_dikecualikan: [..] (Pasal 22 ayat 7 huruf e: bagian itu dihitamkan, sisanya diberikan)', 'add bagian_dikecualikan: [..] (Art. 22(7)(e): those parts are blacked out, the rest is given)']),
  'sebagian-tanpa-salinan-disamarkan': E(['dikecualikan sebagian: dokumen asli dilampirkan tetapi salinan yang dihitamkan belum', 'partly exempt: the original is attached but not the blacked-out copy'],
    ['lampirkan salinan yang sudah dihitamkan: ppid attach ID berkas.pdf --jenis dokumen-disamarkan', 'attach the blacked-out copy: ppid attach ID file.pdf --jenis dokumen-disamarkan']),
  'status-butuh-blok': E(['status ini mensyaratkan blok "{blok}"', 'this status requires the "{blok}" block'], ['isi blok {blok} atau kembalikan status ke tahap sebelumnya', 'fill in the {blok} block or set the status back']),
  'penetapan-unsur-kurang': E(['penetapan tidak memuat unsur "{unsur}"', 'the determination lacks "{unsur}"'],
    ['PP 61/2010 Pasal 4 ayat (2): penetapan memuat jenis informasi, identitas pejabat PPID yang menetapkan, Badan Publik dan unit kerjanya, jangka waktu, alasan, tempat dan tanggal; persetujuan pimpinan: PP 61/2010 Pasal 3 ayat (2); nomor: bentuk keputusan (Perki 1/2017)', 'PP 61/2010 Art. 4(2): a determination holds the type of information, the determining PPID official, the body and its unit, the period, the reasons, place and date; the head\u2019s approval: PP 61/2010 Art. 3(2); the number: the decree\u2019s form (Perki 1/2017)']),
  'skema-wajib': E(['kunci wajib "{kunci}" tidak ada', 'required key "{kunci}" is missing'], ['tambahkan {kunci}: … di blok ini', 'add {kunci}: … to this block']),
  'skema-kunci-asing': E(['kunci "{kunci}" tidak dikenal', 'unknown key "{kunci}"'], ['hapus kunci ini, atau awali dengan x_ untuk kunci milik sendiri', 'remove it, or prefix it with x_ for a key of your own']),
  'skema-tipe': E(['nilai harus berupa {harus}', 'the value must be {harus}'], ['tulis nilai sesuai tipe: teks, angka bulat, atau daftar "- …"', 'write the value as the right type: text, a whole number or a "- …" list']),
  'pasal17-tidak-dikenal': E(['kode Pasal 17 "{kode}" tidak dikenal', 'unknown Pasal 17 code "{kode}"'], ['kode yang sah: ' + PASAL17_KODE.join(', '), 'valid codes: ' + PASAL17_KODE.join(', ')]),
  'skema-enum': E(['nilai "{nilai}" tidak diperbolehkan', 'value "{nilai}" is not allowed'], ['pilih salah satu: {pilihan}', 'choose one of: {pilihan}']),
  'skema-const': E(['nilai harus {nilai}', 'the value must be {nilai}']),
  'tanggal-tidak-valid': E(['"{nilai}" bukan tanggal yang sah', '"{nilai}" is not a real date'], ['tulis tanggal sebagai TTTT-BB-HH yang ada di kalender, mis. 2026-02-16', 'write a real calendar date as YYYY-MM-DD, e.g. 2026-02-16']),
  'skema-format': E(['format nilai tidak sesuai ({format})', 'the value is not a valid {format}']),
  'skema-pola': E(['nilai tidak sesuai pola {pola}', 'the value does not match {pola}']),
  'skema-daftar-kosong': E(['daftar tidak boleh kosong', 'the list must not be empty'], ['isi paling sedikit satu butir "- …"', 'give at least one "- …" item']),
  'skema-teks-kosong': E(['teks tidak boleh kosong dan harus berisi huruf atau angka', 'the text must not be empty and must hold a letter or digit']),
  'skema-ganda': E(['daftar berisi butir yang sama dua kali', 'the list holds the same item twice'], ['hapus butir yang berulang', 'remove the repeated item']),
  'skema-rentang': E(['nilai di luar batas ({batas})', 'value out of range ({batas})']),
  'skema-lain': E(['nilai tidak sah ({detail})', 'invalid value ({detail})']),
  'jalur-di-luar-arsip': E(['"{jalur}" harus berkas arsip ini sendiri: bukan di luar arsip, bukan lewat tautan, bukan di .git', '"{jalur}" must be a file of this archive: not outside it, not through a link, not in .git'], ['tulis jalur relatif ke akar arsip, mis. kalender.yaml, dan simpan berkasnya di arsip', 'write a path relative to the archive root, e.g. kalender.yaml, and keep the file in the archive']),
  'kunci-ssh-rusak': E(['kunci SSH ini rusak: isinya bukan kunci berjenis yang tertulis di depannya', 'this SSH key is damaged: its content is not a key of the type written before it'], ['salin ulang satu baris utuh dari berkas .pub pejabat ini (cat ~/.ssh/id_ed25519.pub)', 'copy the whole line of this official\u2019s .pub file again (cat ~/.ssh/id_ed25519.pub)']),
  'surel-ganda': E(['surel ini sudah tercatat untuk {nama}; dua pejabat dengan satu surel tidak dapat dibedakan di jejak audit', 'this e-mail is already recorded for {nama}; two officials with one e-mail cannot be told apart in the audit trail'], ['setiap pejabat memakai surelnya sendiri (identitas git-nya); gabungkan perannya pada satu pejabat', 'each official uses an e-mail of their own (their git identity); put the roles on one official']),
  'kunci-ssh-ganda': E(['kunci SSH ini sudah tercatat untuk {nama}; tanda tangan dengan kunci yang sama tidak dapat membedakan siapa pembuatnya', 'this SSH key is already recorded for {nama}; a signature by one key cannot tell which of them made it'], ['setiap pejabat menandatangani dengan kuncinya sendiri (ssh-keygen -t ed25519)', 'each official signs with a key of their own (ssh-keygen -t ed25519)']),
  'kalender-tidak-ada': E(['berkas kalender "{berkas}" yang disebut ppid.yaml tidak ada', 'the calendar file "{berkas}" named in ppid.yaml does not exist']),
  'periode-kosong': E(['jangka waktu tidak menyebut bentuk apa pun', 'the period states no form'],
    ['tulis salah satu: tahun/bulan (+ mulai), sampai, setelah + tahun, hingga + tinjau_ulang, hingga_persetujuan: true, tanpa_batas: true', 'write one of: tahun/bulan (+ mulai), sampai, setelah + tahun, hingga + tinjau_ulang, hingga_persetujuan: true, tanpa_batas: true']),
  'periode-ganda': E(['jangka waktu memuat lebih dari satu bentuk ({bentuk})', 'the period mixes several forms ({bentuk})'], ['pilih satu bentuk saja', 'keep one form only']),
  'periode-kunci-asing': E(['kunci "{kunci}" tidak dipakai dalam bentuk jangka waktu "{bentuk}"', 'key "{kunci}" does not belong to the period form "{bentuk}"'], ['hapus kunci ini atau pilih bentuk lain', 'remove the key or choose another form']),
  'periode-tanpa-tinjau-ulang': E(['jangka waktu berdasarkan peristiwa tanpa tanggal tinjau ulang', 'an event-based period without a review date'],
    ['tambahkan tinjau_ulang: TTTT-BB-HH agar butir tidak tertutup selamanya (atau tanggal_peristiwa bila peristiwa sudah terjadi)', 'add tinjau_ulang: YYYY-MM-DD so the item cannot stay closed forever (or tanggal_peristiwa once the event happened)']),
  'periode-kurang': E(['jangka waktu bentuk "{bentuk}" kurang: {kunci}', 'the "{bentuk}" period lacks: {kunci}']),
  'periode-a-f-permanen': E(['Pasal 17 huruf {huruf} tidak boleh dikecualikan tanpa batas waktu', 'Pasal 17 letter {huruf} may never be exempt without end'],
    ['UU 14/2008 Pasal 20 dan PP 61/2010 Pasal 5–9: huruf a–f selalu berjangka; tetapkan tahun, sampai, atau hingga + tinjau_ulang', 'UU 14/2008 Art. 20, PP 61/2010 Art. 5–9: letters a–f always have an end; state tahun, sampai, or hingga + tinjau_ulang']),
  'periode-tanpa-batas': E(['pengecualian tanpa batas waktu', 'open-ended exemption'], ['pastikan Undang-Undang yang dirujuk memang tidak membatasi waktunya', 'make sure the statute relied on really sets no time limit']),
  'periode-tanpa-batas-tanpa-tinjau': E(['pengecualian tanpa batas waktu dan tanpa tanggal tinjau ulang', 'open-ended exemption with no review date'], ['tambahkan tinjau_ulang: TTTT-BB-HH agar butir ini diperiksa lagi', 'add tinjau_ulang: YYYY-MM-DD so that the item is looked at again']),
  'periode-persetujuan-bukan-gh': E(['"hingga persetujuan tertulis" hanya untuk huruf g dan h, bukan {huruf}', '"until written consent" applies only to letters g and h, not {huruf}'], ['UU 14/2008 Pasal 18 ayat 2', 'UU 14/2008 Art. 18(2)']),
  'periode-melebihi-maksimum': E(['jangka waktu huruf {huruf} melebihi {tahun} tahun', 'the period for letter {huruf} exceeds {tahun} years'], ['{dasar}: paling lama {tahun} tahun', '{dasar}: at most {tahun} years']),
  'periode-melebihi-maksimum-sejak': E(['jangka waktu huruf {huruf} melewati {tahun} tahun sejak penetapan pertama ({sejak}): paling lama dikecualikan sampai dengan {batas}', 'the period for letter {huruf} runs past {tahun} years from the first determination ({sejak}): exempt up to {batas} at most'],
    ['{dasar}: batas {tahun} tahun dihitung sejak penetapan pertama, juga setelah uji konsekuensi ulang (riwayat_klasifikasi)', '{dasar}: the {tahun} years count from the first determination, reclassifications included (riwayat_klasifikasi)']),
  'periode-tinjau-melebihi-maksimum': E(['tanggal tinjau ulang melewati batas {tahun} tahun huruf {huruf} sejak penetapan pertama ({sejak}); paling lambat {batas}', 'the review date is past the {tahun}-year limit of letter {huruf} from the first determination ({sejak}); {batas} at the latest'],
    ['{dasar}: jangka waktu hingga suatu peristiwa pun berakhir paling lama {tahun} tahun sejak penetapan pertama; tinjau ulang sebelum batas itu', '{dasar}: a period until an event also ends {tahun} years after the first determination at most; review it before then']),
  'periode-nol': E(['jangka waktu nol: paling sedikit satu bulan', 'a period of zero: at least one month'], ['tulis lamanya, mis. tahun: 5 atau bulan: 6', 'write its length, e.g. tahun: 5 or bulan: 6']),
  'periode-sampai-sebelum-uji': E(['jangka waktu sampai dengan {sampai}, sebelum uji konsekuensi ({uji})', 'the period ends ({sampai}) before the consequence test ({uji})'], ['tidak ada yang dikecualikan oleh uji yang datang setelah jangka waktunya habis; periksa tanggalnya', 'a test made after the period ended exempts nothing; check the dates']),
  'tanggal-melewati-9999': E(['jangka waktu berakhir setelah tahun 9999', 'the period ends after the year 9999'], ['periksa tanggal dan lamanya', 'check the dates and the length']),
  'periode-tanpa-mulai': E(['butir berlaku tetapi jangka waktunya tidak punya tanggal mulai', 'the item is in force but its period has no start'], ['isi jangka_waktu.mulai atau tanggal penetapan', 'fill in jangka_waktu.mulai or the determination date']),
  'periode-sama-retensi': E(['jangka waktu pengecualian sama dengan retensi arsip ({tahun} tahun)', 'the exemption period equals the archive retention ({tahun} years)'], ['retensi JRA adalah jam yang berbeda; pastikan jangka waktu bukan salinan retensi', 'JRA retention is a different clock; make sure the period is not the retention copied']),
  'pasal17j-tanpa-undang-undang': E(['Pasal 17 huruf j tanpa menyebut Undang-Undang lain beserta pasalnya', 'Pasal 17 letter j without naming another statute (Undang-Undang) and its article'],
    ['tambahkan ke dasar_hukum mis. "UU 43/2009 Pasal 44" (UU atau Perppu, setingkat menurut UU 12/2011 Pasal 7 ayat 1); PP, Permen, Perda atau Perki tidak cukup walau judulnya menyebut Undang-Undang', 'add to dasar_hukum e.g. "UU 43/2009 Pasal 44" (a UU or a Perppu, the same rank under UU 12/2011 Art. 7(1)); a PP, Permen, Perda or Perki is not enough even when its title names a statute']),
  'jangka-waktu-menurut-undang-undang': E(['huruf {huruf}: jangka waktunya mengikuti undang-undang yang mengaturnya, tetapi dasar_hukum tidak menyebut peraturan selain UU 14/2008', 'letter {huruf}: its period follows the statute that governs it, but dasar_hukum cites nothing besides UU 14/2008'],
    ['{pasal}: sebut peraturan yang menetapkan jangka waktunya', '{pasal}: cite the law that sets the period']),
  'jangka-waktu-bukan-pimpinan-tertinggi': E(['huruf {huruf}: jangka waktu disetujui oleh "{jabatan}", bukan pimpinan tertinggi Badan Publik ({pimpinan})', 'letter {huruf}: the period was approved by "{jabatan}", not the body\u2019s highest leader ({pimpinan})'],
    ['PP 61/2010 Pasal 7 ayat (5): lamanya ditetapkan oleh pimpinan tertinggi Badan Publik', 'PP 61/2010 Art. 7(5): the length is set by the body\u2019s highest leader']),
  'pasal18-tidak-dapat-dikecualikan': E(['judul tampak seperti informasi yang tidak dapat dikecualikan (Pasal 18 ayat 1)', 'the title looks like information that can never be exempt (Art. 18(1))'],
    ['putusan pengadilan dan penghentian penyidikan/penuntutan wajib terbuka; periksa kembali', 'court decisions and orders stopping investigation or prosecution are always public; check again']),
  'unit-tidak-dikenal': E(['unit "{unit}" tidak ada di ppid.yaml', 'unit "{unit}" is not listed in ppid.yaml'], ['tambahkan unit ke ppid.yaml atau perbaiki penulisannya', 'add the unit to ppid.yaml or fix its spelling']),
  'penetapan-sebelum-uji': E(['penetapan ({penetapan}) lebih awal dari uji konsekuensi ({uji})', 'the determination ({penetapan}) is older than the consequence test ({uji})'], ['uji konsekuensi harus mendahului penetapan (UU 14/2008 Pasal 19; PP 61/2010 Pasal 3); periksa tanggalnya', 'the consequence test comes first (UU 14/2008 Art. 19; PP 61/2010 Art. 3); check the dates']),
  'urutan-langkah': E(['{peristiwa} bertanggal {tanggal}, lebih awal dari {sebelumnya} yang bertanggal {tanggal_sebelumnya}', '{peristiwa} is dated {tanggal}, before {sebelumnya}, dated {tanggal_sebelumnya}'],
    ['urutan SOP: uji konsekuensi (langkah 1), klarifikasi (langkah 2), pertimbangan tim (langkah 3), penetapan, pembukaan (langkah 4); periksa kedua tanggal — langkah yang dicatat belakangan diberi tanggal suratnya dengan --tanggal, tidak sebelum {tanggal_sebelumnya}', 'the SOP\u2019s order: consequence test (step 1), clarification (step 2), the team\u2019s opinion (step 3), determination, opening (step 4); check both dates — a step recorded later takes its letter\u2019s date with --tanggal, not before {tanggal_sebelumnya}']),
  'persetujuan-setelah-penetapan': E(['persetujuan pimpinan ({persetujuan}) setelah tanggal penetapan ({penetapan})', 'the head\u2019s approval ({persetujuan}) is after the determination ({penetapan})'], ['urutannya: uji konsekuensi, persetujuan pimpinan, lalu penetapan (PP 61/2010 Pasal 3 ayat 2)', 'the order is: consequence test, the head\u2019s approval, then the determination (PP 61/2010 Art. 3(2))']),
  'persetujuan-sebelum-uji': E(['persetujuan pimpinan ({persetujuan}) sebelum uji konsekuensi ({uji})', 'the head\u2019s approval ({persetujuan}) is before the consequence test ({uji})'], ['yang disetujui pimpinan adalah hasil uji; periksa tanggalnya', 'the head approves the test\u2019s result; check the dates']),
  'persetujuan-uji-sebelum-uji': E(['persetujuan pimpinan atas uji konsekuensi ({persetujuan}) sebelum uji itu ({uji})', 'the head\u2019s approval of the test ({persetujuan}) is before the test ({uji})']),
  'penetapan-setelah-berakhir': E(['penetapan {penetapan} dibuat ketika jangka waktunya sudah habis (dikecualikan sampai dengan {sampai})', 'determination {penetapan} was made when its period was already over (exempt up to {sampai})'],
    ['informasinya terbuka demi hukum pada tanggal itu (PP 61/2010 Pasal 11 ayat 3): penetapan ini tidak mengecualikan apa pun; periksa jangka waktu dan tanggal penetapan', 'the information was public by law on that day (PP 61/2010 Art. 11(3)): this determination exempts nothing; check the period and the decree\u2019s date']),
  'reklasifikasi-setelah-terbuka': E(['klasifikasi ini ditetapkan {penetapan}, padahal klasifikasi sebelumnya membuat informasinya terbuka demi hukum sejak {terbuka}', 'this classification was determined on {penetapan}, but the one before it made the information public by law from {terbuka}'],
    ['PP 61/2010 Pasal 11 ayat (3): informasi yang sudah terbuka tidak dapat ditutup kembali dengan reklasifikasi; pengecualian barunya memerlukan butir baru dengan uji konsekuensi baru', 'PP 61/2010 Art. 11(3): information already public cannot be closed again by reclassifying it; a new exemption needs a new item with a new consequence test']),
  'reklasifikasi-bercelah': E(['jangka waktu baru mulai {mulai}, padahal yang lama hanya sampai dengan {sampai}: sejak {terbuka} informasinya terbuka demi hukum', 'the new period starts on {mulai}, but the old one ran only up to {sampai}: from {terbuka} the information was public by law'],
    ['jangka waktu baru harus menyambung tanpa celah (mulai paling lambat {terbuka}); informasi yang sempat terbuka hanya dapat dikecualikan lagi sebagai butir baru (PP 61/2010 Pasal 11 ayat 3)', 'the new period must follow without a gap (starting on {terbuka} at the latest); information that was public can be exempted again only as a new item (PP 61/2010 Art. 11(3))']),
  'riwayat-diganti-sebelum-penetapan': E(['klasifikasi lama diganti ({diganti}) sebelum ditetapkan ({penetapan})', 'an old classification was replaced ({diganti}) before it was determined ({penetapan})']),
  'pembukaan-sebelum-penetapan': E(['pembukaan ({pembukaan}) sebelum penetapan ({penetapan})', 'the opening ({pembukaan}) is before the determination ({penetapan})'], ['yang dibuka adalah informasi yang telah ditetapkan dikecualikan; periksa tanggalnya', 'what is opened is information determined exempt before; check the dates']),
  'pembukaan-tanpa-persetujuan': E(['pembukaan tanpa persetujuan pimpinan', 'an opening without the head\u2019s approval'], ['SOP PPID langkah 4: pembukaan ditetapkan dengan persetujuan pimpinan; hanya informasi yang terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3) tidak memerlukannya', 'PPID SOP step 4: an opening is decided with the head\u2019s approval; only information public by law (PP 61/2010 Art. 11(3)) needs none']),
  'persetujuan-pembukaan-sebelum-penetapan': E(['persetujuan pembukaan ({persetujuan}) tidak setelah penetapan ({penetapan})', 'the approval of the opening ({persetujuan}) is not after the determination ({penetapan})']),
  'persetujuan-pembukaan-setelah-pembukaan': E(['persetujuan pembukaan ({persetujuan}) setelah tanggal pembukaan ({pembukaan})', 'the approval of the opening ({persetujuan}) is after the opening ({pembukaan})'], ['pimpinan menyetujui sebelum atau pada hari pembukaan', 'the head approves before or on the day of opening']),
  'alasan-pembukaan-bukan-huruf': E(['alasan "{alasan}" tidak berlaku untuk Pasal 17 huruf {huruf}', 'the reason "{alasan}" does not apply to Pasal 17 letter {huruf}'], ['{dasar}', '{dasar}']),
  'demi-hukum-tidak-sesuai': E(['tercatat terbuka demi hukum pada {tanggal}, padahal jangka waktunya membuatnya terbuka sejak {terbuka}', 'recorded as public by law on {tanggal}, but its period makes it public from {terbuka}'],
    ['terbuka demi hukum (PP 61/2010 Pasal 11 ayat 3) bertanggal hari sesudah hari terakhir jangka waktunya, dengan alasan jangka-waktu-berakhir', 'public by law (PP 61/2010 Art. 11(3)) is dated the day after the period\u2019s last day, for the reason jangka-waktu-berakhir']),
  'pembukaan-setelah-terbuka-demi-hukum': E(['pembukaan {pembukaan}: informasinya sudah terbuka demi hukum sejak {terbuka}', 'opening of {pembukaan}: the information was public by law from {terbuka}'],
    ['tidak ada yang dibuka lagi: catat sebagai terbuka demi hukum (demi_hukum: true, tanggal {terbuka}; PP 61/2010 Pasal 11 ayat 3)', 'nothing was left to open: record it as public by law (demi_hukum: true, dated {terbuka}; PP 61/2010 Art. 11(3))']),
  'pembukaan-tanpa-dasar': E(['pembukaan "{alasan}" tidak menyebut dasarnya', 'the opening "{alasan}" does not name its basis'], ['isi pembukaan.dasar: nomor dan tanggal putusan, sidang, atau uji konsekuensi barunya', 'fill in pembukaan.dasar: the number and date of the decision, the hearing, or the new consequence test']),
  'pembukaan-tanpa-akhir': E(['alasan "jangka waktu berakhir" untuk jangka waktu yang tidak punya tanggal akhir', 'the reason "period ended" for a period with no end date'], ['pilih alasan yang sebenarnya (mis. uji-konsekuensi-baru, putusan-komisi-informasi)', 'choose the true reason (e.g. uji-konsekuensi-baru, putusan-komisi-informasi)']),
  'pembukaan-terlalu-dini': E(['dibuka {pembukaan} dengan alasan "jangka waktu berakhir", padahal jangka waktunya sampai dengan {sampai}: alasan itu baru benar sejak {mulai}', 'opened on {pembukaan} for "period ended", but the period runs up to {sampai}: that reason holds only from {mulai}'],
    ['PP 61/2010 Pasal 11 ayat (2): pembukaan karena jangka waktu berakhir ditetapkan dalam 30 hari kerja sebelum berakhirnya jangka waktu; pembukaan lebih awal perlu dasarnya sendiri (uji konsekuensi baru, putusan Komisi Informasi atau pengadilan, persetujuan tertulis, jabatan publik, atau sidang terbuka untuk huruf a)', 'PP 61/2010 Art. 11(2): an opening because the period ends is decided within the 30 working days before the end; an earlier opening needs its own ground (a new consequence test, a Komisi Informasi or court decision, written consent, public office, or an open court session for letter a)']),
  'pembukaan-jendela-tanpa-kalender': E(['tahun {tahun} belum punya kalender hari libur, jadi 30 hari kerja itu dihitung hanya melewati Sabtu dan Minggu: dengan hari liburnya, jendela itu mulai sebelum {mulai}', '{tahun} has no holiday calendar, so those 30 working days skip only Saturdays and Sundays: with its holidays, the window starts before {mulai}'],
    ['tambahkan hari libur tahun itu ke kalender arsip dan cantumkan tahun_lengkap, lalu periksa lagi', 'add that year\u2019s holidays to the archive\u2019s calendar, list it under tahun_lengkap, and check again']),
  'persetujuan-tertulis-tanpa-pemberi': E(['pembukaan atas persetujuan tertulis tidak menyebut siapa yang menyetujui', 'an opening on written consent does not say who consented'], ['isi pembukaan.persetujuan_tertulis: nama, tanggal, keperluan, dan satu_orang: true', 'fill in pembukaan.persetujuan_tertulis: nama, tanggal, keperluan and satu_orang: true']),
  'persetujuan-tertulis-banyak-orang': E(['persetujuan tertulis membuka informasi satu orang saja; tidak tercatat bahwa butir ini hanya menyangkut orang itu', 'written consent opens one person\u2019s information only; it is not recorded that this item concerns that person alone'],
    ['UU 14/2008 Pasal 18 ayat (2): bila informasinya menyangkut lebih dari satu orang, butir tetap dikecualikan dan bagian milik orang itu diberikan atas permohonan; tulis satu_orang: true hanya bila butir ini memang hanya tentang dia', 'UU 14/2008 Art. 18(2): when the information concerns several people the item stays exempt and that person\u2019s part is given on request; write satu_orang: true only when the item is about that person alone']),
  'persetujuan-tertulis-setelah-pembukaan': E(['surat persetujuan ({persetujuan}) setelah pembukaan ({pembukaan})', 'the consent ({persetujuan}) is after the opening ({pembukaan})']),
  'persetujuan-tertulis-tanpa-surat': E(['pembukaan atas persetujuan tertulis tanpa surat persetujuannya', 'an opening on written consent without the consent letter'], ['lampirkan surat itu: ppid attach ID surat.pdf --jenis persetujuan-tertulis', 'attach the letter: ppid attach ID letter.pdf --jenis persetujuan-tertulis']),
  'teks-karakter-kendali': E(['teks memuat karakter kendali ({kode})', 'the text holds a control character ({kode})'], ['hapus karakter itu (sering terbawa dari salin-tempel); karakter kendali membuat git menganggap berkas biner dan dapat mengubah tampilan terminal', 'remove it (it often comes with copy and paste): control characters make git treat the file as binary and can rewrite a terminal\u2019s display']),
  'uji-unsur-kurang': E(['uji konsekuensi butir berlaku ini belum mencatat: {kunci}', 'the consequence test of this item in force does not record: {kunci}'],
    ['dokumen yang diuji (Perki 1/2021 Pasal 49 ayat 2 huruf a), peserta yang menandatangani lembar uji, dan persetujuan pimpinan atas uji (PP 61/2010 Pasal 3 ayat 2): lengkapi di blok uji_konsekuensi; untuk penetapan baru ketiganya wajib', 'the document tested (Perki 1/2021 Art. 49(2)(a)), the participants who sign the sheet, and the head\u2019s approval of the test (PP 61/2010 Art. 3(2)): complete them in the uji_konsekuensi block; new determinations require all three']),
  'penetapan-tanpa-unit-kerja': E(['penetapan tidak menyebut unit kerja pejabat PPID yang menetapkan', 'the determination does not name the determining PPID official\u2019s work unit'], ['PP 61/2010 Pasal 4 ayat (2) huruf c: isi penetapan.pejabat.unit_kerja, atau ppid.unit_kerja di ppid.yaml', 'PP 61/2010 Art. 4(2)(c): fill in penetapan.pejabat.unit_kerja, or ppid.unit_kerja in ppid.yaml']),
  'tanggal-masa-depan': E(['tanggal {tanggal} belum terjadi (hari ini {hari_ini})', 'the date {tanggal} has not happened yet (today is {hari_ini})'], ['peristiwa yang dicatat (uji, persetujuan, penetapan, pembukaan) tidak dapat bertanggal di masa depan; periksa tanggalnya', 'recorded events (tests, approvals, determinations, openings) cannot be dated in the future; check the date']),
  'pernah-dibuka': E(['informasi yang sama (judul dan unit) sudah pernah dibuka: {id}, terbuka sejak {tanggal}', 'the same information (title and unit) was opened before: {id}, public from {tanggal}'],
    ['informasi yang telah terbuka tidak dapat ditutup lagi dengan reklasifikasi (PP 61/2010 Pasal 11 ayat 3); pengecualian barunya sah hanya dengan uji konsekuensi baru — pastikan uji butir ini dibuat setelah pembukaan itu', 'public information cannot be closed again by reclassification (PP 61/2010 Art. 11(3)); a new exemption stands only on a new consequence test — make sure this item\u2019s test came after that opening']),
  'arsip-versi-lama': E(['arsip ditulis dengan format versi 1 (ppid 0.1): di sana "sampai" dibaca sebagai hari pertama terbuka, kini sebagai hari terakhir dikecualikan', 'the archive is in format 1 (ppid 0.1): there "sampai" was read as the first public day, now as the last exempt day'],
    ['jalankan "ppid migrate --dry-run" untuk melihat perubahan tiap butir, lalu "ppid migrate" (satu commit)', 'run "ppid migrate --dry-run" to see each item\u2019s change, then "ppid migrate" (one commit)']),
  'berakhir-tidak-cocok': E(['klarifikasi.berakhir (hari pertama terbuka) tercatat {tercatat}, hitungan jangka waktu {hitungan}', 'klarifikasi.berakhir (first public day) is {tercatat}, but the period gives {hitungan}'], ['klarifikasi ulang butir ini', 'clarify the item again']),
  'lampiran-di-luar-arsip': E(['lampiran "{berkas}" berada di luar arsip', 'attachment "{berkas}" lies outside the archive'], ['lampiran harus disimpan di folder lampiran/ arsip', 'attachments must be kept in the archive\u2019s lampiran/ folder']),
  'lampiran-bukan-miliknya': E(['lampiran {berkas} tidak berada di folder butir ini ({folder}); berkas butir lain tidak mendokumentasikan butir ini', 'attachment {berkas} is not in this item\u2019s folder ({folder}); another item\u2019s file does not document this one'], ['lampirkan berkasnya pada butir ini dengan "ppid attach"', 'attach the file to this item with "ppid attach"']),
  'lampiran-tidak-ada': E(['lampiran "{berkas}" tidak ada', 'attachment "{berkas}" does not exist'], ['salin berkasnya ke jalur itu atau perbaiki jalurnya', 'copy the file to that path or correct the path']),
  'lampiran-berubah': E(['isi lampiran "{berkas}" tidak sama dengan yang dicatat (SHA-256/ukuran berbeda)', 'attachment "{berkas}" differs from what was recorded (SHA-256/size)'],
    ['berkas telah diubah atau diganti sejak dilampirkan; kembalikan aslinya dari riwayat git atau lampirkan ulang dengan "ppid attach"', 'the file was changed or replaced after it was attached; restore it from git history or attach it again with "ppid attach"']),
  'lampiran-bukan-berkas': E(['lampiran "{berkas}" bukan berkas biasa', 'attachment "{berkas}" is not a regular file']),
  'id-tidak-cocok-nama-berkas': E(['id "{id}" tidak sesuai nama berkas', 'id "{id}" does not match the file name'], ['ganti nama berkas menjadi {harus}', 'rename the file to {harus}']),
  'id-ganda': E(['id "{id}" juga dipakai oleh {berkas}', 'id "{id}" is also used by {berkas}'], ['setiap butir harus punya id sendiri', 'every item needs its own id']),
  'id-pernah-dipakai': E(['id "{id}" sudah pernah dipakai sebuah butir yang berkasnya kemudian dikeluarkan dari arsip', 'id "{id}" was used before, by an item whose file was later taken out of the archive'],
    ['id tidak dipakai ulang, agar riwayat dua butir tidak tercampur: hapus kunci id, ppid memberi nomor baru; bila ini butir yang sama, kembalikan berkasnya dari riwayat git ("ppid log {id}" menunjukkan commit yang mengeluarkannya)', 'ids are never reused, so that two items\u2019 histories do not mix: drop the id key and ppid gives a new number; if this is the same item, restore its file from the git history ("ppid log {id}" shows the commit that took it out)']),
} satisfies Record<string, Entry>;

/** The dated events the SOP's order rule names (`peristiwa`, `sebelumnya`: src/rules/event-order.ts), said in the output's language. */
// prettier-ignore
const EVENT_NAMES: Record<string, Pair> = {
  uji: ['uji konsekuensi (langkah 1)', 'the consequence test (step 1)'],
  klarifikasi: ['klarifikasi (langkah 2)', 'the clarification (step 2)'],
  pertimbangan: ['pertimbangan tim (langkah 3)', 'the consideration team\u2019s opinion (step 3)'],
  penolakan: ['penolakan', 'the refusal'],
  penetapan: ['penetapan', 'the determination'],
  pembukaan: ['pembukaan (langkah 4)', 'the opening (step 4)'],
  'uji-lama': ['uji konsekuensi klasifikasi yang diganti', 'the test of a replaced classification'],
  'penetapan-lama': ['penetapan klasifikasi yang diganti', 'the determination of a replaced classification'],
  'uji-ulang': ['uji konsekuensi ulang (reklasifikasi)', 'the new consequence test (reclassification)'],
  'penetapan-ulang': ['penetapan ulang (reklasifikasi)', 'the new determination (reclassification)'],
};

/** A problem's code: a key of the catalogue, so that a code without a message does not compile. */
export type DiagnosticCode = keyof typeof CATALOG;

/** Every catalogued code (the golden error tests in test/errors/ check each has a case). */
export const DIAGNOSTIC_CODES = Object.keys(CATALOG) as DiagnosticCode[];

/** JSON Schema type names as an officer would say them. */
const TYPE_NAMES: Record<string, Pair> = {
  string: ['teks', 'text'],
  integer: ['bilangan bulat', 'a whole number'],
  number: ['angka', 'a number'],
  array: ['daftar', 'a list'],
  object: ['blok kunci: nilai', 'a block of key: value pairs'],
  boolean: ['true/false', 'true/false'],
};

export function diagnosticText(code: DiagnosticCode, raw: Record<string, string | number>): { pesan: string; saran?: string } {
  const e: Entry = CATALOG[code];
  const i = lang() === 'en' ? 1 : 0;
  const typed = code === 'skema-tipe' && TYPE_NAMES[String(raw.harus)] ? { ...raw, harus: TYPE_NAMES[String(raw.harus)]![i] } : raw;
  // A parser's finding is kept as a key (parser-details.ts): said in the output's language.
  const detailed = typeof typed.detail === 'string' ? { ...typed, detail: detailText(typed.detail, i) } : typed;
  const worded = code === 'urutan-langkah' ? eventNames(detailed, i) : detailed;
  // A fraction is written with a decimal comma in Bahasa Indonesia ("2,5 MB").
  const params = i
    ? worded
    : Object.fromEntries(Object.entries(worded).map(([k, v]) => [k, typeof v === 'number' && !Number.isInteger(v) ? String(v).replace('.', ',') : v]));
  const guess = params.saran !== undefined ? fill(i ? 'did you mean "{saran}"?' : 'mungkin maksudnya "{saran}"?', params) : undefined;
  const hint = [guess, e.saran ? fill(e.saran[i], params) : undefined].filter(Boolean).join(' — ');
  return { pesan: fill(e.pesan[i], params), ...(hint ? { saran: hint } : {}) };
}

/** The events a finding names (`peristiwa`, `sebelumnya`: keys of EVENT_NAMES) in words; a param not given stays a placeholder. */
function eventNames(params: Record<string, string | number>, i: 0 | 1): Record<string, string | number> {
  const out = { ...params };
  for (const p of ['peristiwa', 'sebelumnya']) {
    const k = String(params[p]);
    if (params[p] !== undefined && Object.hasOwn(EVENT_NAMES, k)) out[p] = EVENT_NAMES[k]![i];
  }
  return out;
}

/** Whether a string read from outside (a test, a JSON report) names a catalogued code. */
export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(CATALOG, code);
}
