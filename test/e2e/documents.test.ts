/**
 * `ppid doc`: the five official documents for archive-example, opened as what they are (a
 * .docx is a zip of XML) and checked for the elements the law asks of each; converted to PDF
 * by LibreOffice where it is installed (`.ci/run` installs it, so in CI it must run).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync, mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, ROOT, tempDir, ppidInProcess } from '../helpers/cli.js';

afterAll(cleanTempDirs);
const EXAMPLE = join(ROOT, 'archive-example');
const TODAY = '2026-11-02'; // the README's reference date: one overdue, two expiring
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));

interface Rendered {
  path: string;
  text: string;
  xml: string;
  files: string[];
}

async function docx(args: string[], archive = EXAMPLE): Promise<Rendered> {
  const path = join(tempDir(), `${args[0]}.docx`);
  const r = await ppidInProcess(['doc', ...args, '--archive', archive, '--out', path, '--today', TODAY], { cwd: ROOT });
  expect(r.code, r.stderr).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  // The words as Word shows them: the text runs, with paragraph ends as new lines.
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:br\/>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
  return { path, text, xml, files: Object.keys(zip.files) };
}

describe('ppid doc — Word documents for archive-example', () => {
  it('lembar pengujian konsekuensi: the item, its grounds and analysis, every participant\u2019s signature line and the head\u2019s approval', async () => {
    const d = await docx(['uji-konsekuensi', 'DIK-2025-0001']);
    expect(d.files).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']));
    for (const s of [
      'LEMBAR PENGUJIAN KONSEKUENSI',
      'Rekam medis hasil pemeriksaan kesehatan berkala pegawai ASN',
      'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
      'Pasal 17 huruf h angka 2 UU 14/2008',
      'UU 17/2023 tentang Kesehatan Pasal 4 ayat (1) huruf i',
      'Membuka riwayat dan kondisi kesehatan pribadi pegawai',
      'Melindungi hak atas privasi',
      'Rekapitulasi statistik tanpa identitas',
      // Five years from 3 March 2025 are exempt up to and including 2 March 2030 (never "berakhir 3 Maret").
      '5 tahun sejak 3 Maret 2025 (sampai dengan 2 Maret 2030)',
      'Pada hari ini, Kamis tanggal 20 Februari 2025',
      'Tanjung Rawa, 20 Februari 2025',
      // Both participants of the record sign; the head approves.
      'Rahmawati, S.Sos., M.Si.',
      'NIP 197805122003122004',
      'dr. Maria Ulfa',
      'Menyetujui,',
      'H. Syarif Hidayat, S.H.',
      // The body's own reasoning comes along.
      'Dasar hukum dan analisisnya',
    ])
      expect(d.text).toContain(s);
    expect(d.text).not.toContain('berakhir 3 Maret 2030');
    expect(d.text).toContain('informasi di atas merupakan informasi yang dikecualikan');
  });

  it('the consequence-test sheet of a refused item concludes that the information is public', async () => {
    const d = await docx(['uji-konsekuensi', 'DIK-2026-0016']);
    expect(d.text).toContain('INFORMASI YANG TIDAK DIKECUALIKAN');
    expect(d.text).toContain('informasi di atas tidak dikecualikan dan merupakan informasi publik');
    expect(d.text).not.toContain('informasi di atas merupakan informasi yang dikecualikan');
    expect(d.text).not.toContain('INFORMASI YANG DIKECUALIKAN\n');
    expect(d.text).not.toContain('Jangka waktu pengecualian');
  });

  it('surat penetapan klasifikasi: the six elements of PP 61/2010 Pasal 4(2), the head\u2019s approval, and the DIK as a landscape annex', async () => {
    const d = await docx(['penetapan', '--nomor', '000.7.2/052/PPID/XI/2025']);
    const annex = d.text.slice(d.text.indexOf('LAMPIRAN KEPUTUSAN'));
    // 1 the type of information, in the annex
    expect(annex).toContain('Rencana operasi penegakan Peraturan Daerah (jadwal, sasaran dan personel razia)');
    // (a) the type of exempted information, also in words beside its citation
    expect(annex).toContain('Jenis Pengecualian');
    expect(annex).toContain(
      'Pasal 17 huruf a angka 1 UU 14/2008 — menghambat proses penegakan hukum: menghambat proses penyelidikan dan penyidikan suatu tindak pidana',
    );
    // (b) the determining PPID official and (c) the body with that official's own work unit
    expect(d.text).toMatch(/PPID Utama Kabupaten Tanjung Rawa\s*\nDinas Komunikasi dan Informatika,\s*\n[\s\S]*Rahmawati, S\.Sos\., M\.Si\./);
    expect(d.text).toContain('PEMERINTAH KABUPATEN TANJUNG RAWA');
    expect(annex).toContain('Satuan Polisi Pamong Praja');
    // (d) the period, as the last exempt day, (e) the reasons (consequences and statute)
    expect(annex).toContain('1 tahun sejak 16 November 2025 (sampai dengan 15 November 2026)');
    expect(annex).not.toMatch(/berakhir \d{1,2} [A-Z][a-z]+ 20\d\d/);
    expect(annex).toContain('Pasal 17 huruf a');
    expect(annex).toContain('Konsekuensi Bila Dibuka');
    // The considerations: the decree's own format, the PPID's appointment, the statutes with their gazette numbers.
    for (const s of [
      'Peraturan Komisi Informasi Nomor 1 Tahun 2017 tentang Pengklasifikasian Informasi Publik',
      'Keputusan Bupati Tanjung Rawa Nomor 100.3.3.2/45/2024 tentang Pejabat Pengelola Informasi dan Dokumentasi',
      'Lembaran Negara Republik Indonesia Tahun 2008 Nomor 61, Tambahan Lembaran Negara Republik Indonesia Nomor 4846',
      'Lembaran Negara Republik Indonesia Tahun 2010 Nomor 99, Tambahan Lembaran Negara Republik Indonesia Nomor 5149',
    ])
      expect(d.text.replace(/\s+/g, ' ')).toContain(s);
    // 6 place and date, in Indonesian form
    expect(d.text).toContain('Ditetapkan di Tanjung Rawa');
    expect(d.text).toMatch(/pada tanggal \d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 2025/);
    expect(d.text).toContain('NOMOR 000.7.2/052/PPID/XI/2025');
    expect(d.text).toContain('Menyetujui,');
    expect(d.text).toContain('Bupati Tanjung Rawa');
    for (const s of ['Menimbang', 'Mengingat', 'MEMUTUSKAN:', 'KESATU', 'Undang-Undang Nomor 14 Tahun 2008']) expect(d.text).toContain(s);
    expect(d.xml).toContain('w:orient="landscape"');
    expect(d.text).not.toContain('KONSEP');
  });

  it('a decree for items not yet determined is a draft (KONSEP) with blanks for number and date; items of different decrees are refused', async () => {
    const d = await docx(['penetapan', 'DIK-2026-0006']);
    const zip = await JSZip.loadAsync(readFileSync(d.path));
    const headers = await Promise.all(
      Object.keys(zip.files)
        .filter((f) => /^word\/header\d*\.xml$/.test(f))
        .map((f) => zip.file(f)!.async('string')),
    );
    expect(headers.join('')).toContain('KONSEP — BELUM DITETAPKAN');
    expect(d.text).toContain('NOMOR …………');
    expect(d.text).toContain('pada tanggal …………');
    const mixed = await ppidInProcess(['doc', 'penetapan', 'DIK-2025-0001', 'DIK-2025-0003', '--archive', EXAMPLE, '--out', join(tempDir(), 'x.docx')], {
      cwd: ROOT,
    });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('000.7.2/014/PPID/III/2025');
  });

  it('daftar informasi yang akan berakhir for a date: overdue, expiring (with working days left and the last day to decide), review', async () => {
    const d = await docx(['akan-berakhir']);
    for (const s of [
      'YANG AKAN BERAKHIR JANGKA WAKTU PENGECUALIANNYA',
      'PER 2 NOVEMBER 2026',
      'Memorandum internal pembahasan rancangan rotasi pejabat struktural',
      'Terbuka demi hukum',
      'terbuka sejak 15 Oktober 2026',
      // Pasal 11(2) quoted as it reads, and the deadline column said to be a reading of it.
      'paling lama 30 (tiga puluh) hari kerja sebelum berakhirnya Jangka Waktu Pengecualian',
      'adalah tafsir Badan Publik atas Pasal 11 ayat (2)',
      'Dikecualikan Sampai Dengan',
      '15 November 2026',
      'Rencana operasi penegakan Peraturan Daerah',
      'Korespondensi dengan Konsulat Jenderal',
      'Akan berakhir',
      'Harus ditinjau ulang',
      'Sisa Hari Kerja',
      'Batas Keputusan Pembukaan',
      'Mengetahui,',
      'Tanjung Rawa, 2 November 2026',
    ])
      expect(d.text).toContain(s);
  });

  it('penetapan pembukaan: by default a draft for the items falling due; an opened item gives its reason', async () => {
    const due = await docx(['pembukaan']);
    for (const s of [
      'PENETAPAN INFORMASI YANG DIKECUALIKAN MENJADI INFORMASI PUBLIK',
      'Memorandum internal pembahasan rancangan rotasi',
      'Rencana operasi penegakan Peraturan Daerah',
      'Jangka waktu pengecualian berakhir',
      '000.7.2/052/PPID/XI/2025',
    ]) {
      expect(due.text).toContain(s);
    }
    const flat = due.text.replace(/\s+/g, ' ');
    // The head's approval comes from the SOP; opened items go to the list available on request.
    expect(flat).toContain('menurut Standar Operasional Prosedur PPID (langkah 4), penetapan ini dilakukan dengan persetujuan pimpinan Badan Publik');
    expect(flat).toContain('daftar informasi yang dapat diakses berdasarkan permintaan (Penjelasan Pasal 11 ayat (1)');
    expect(flat).not.toMatch(/Pasal 11 Peraturan Pemerintah Nomor 61 Tahun 2010, PPID dengan persetujuan pimpinan/);
    // The lapsed item is said to be public by law since the day after its last exempt day.
    expect(flat).toContain('Terbuka demi hukum sejak 15 Oktober 2026 (PP 61/2010 Pasal 11 ayat 3)');
    const opened = await docx(['pembukaan', 'DIK-2025-0012', '--nomor', '000.7.2/021/PPID/V/2026']);
    expect(opened.text).toContain('Rekam medis perawatan jiwa pasien pelapor');
    expect(opened.text).toContain('Persetujuan tertulis pihak yang bersangkutan');
    expect(opened.text).toContain('pada tanggal 4 Mei 2026');
    expect(opened.text).toContain('NOMOR 000.7.2/021/PPID/V/2026');
  });

  it('surat pertimbangan: by default the items waiting for the Tim Pertimbangan, with a recommendation to tick', async () => {
    const d = await docx(['pertimbangan']);
    for (const s of [
      'SURAT PERTIMBANGAN',
      'TIM PERTIMBANGAN',
      'Kode sumber dan dokumentasi teknis aplikasi perizinan milik penyedia (DIK-2026-0013)',
      'setuju / tolak / ubah',
      'Perihal',
    ]) {
      expect(d.text).toContain(s);
    }
    expect(d.text).not.toContain('DIK-2025-0001');
  });

  it('usage: a kind that does not exist, a decree without ids, a docx without --out, a broken id', async () => {
    const run = async (args: string[]) => await ppidInProcess(['doc', ...args, '--archive', EXAMPLE], { cwd: ROOT });
    const a = await run(['surat-cinta']);
    expect(a.code).toBe(2);
    expect(a.stderr).toContain('uji-konsekuensi, penetapan, akan-berakhir, pembukaan, pertimbangan');
    expect((await run(['penetapan', '--out', join(tempDir(), 'x.docx')])).stderr).toContain('perlu nomor butir');
    expect((await run(['akan-berakhir'])).code).toBe(2);
    const missing = await run(['uji-konsekuensi', 'DIK-2099-0001', '--out', join(tempDir(), 'x.docx')]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('DIK-2099-0001');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('ppid doc — printable HTML', () => {
  it('every kind renders as one self-contained page with the same content', async () => {
    for (const args of [['uji-konsekuensi', 'DIK-2025-0001'], ['penetapan', 'DIK-2025-0001'], ['akan-berakhir'], ['pembukaan'], ['pertimbangan']]) {
      const r = await ppidInProcess(['doc', ...args, '--format', 'html', '--archive', EXAMPLE, '--today', TODAY], { cwd: ROOT });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/^<!DOCTYPE html>/);
      expect(r.stdout).toContain('@page');
      expect(r.stdout).toContain('PEMERINTAH KABUPATEN TANJUNG RAWA');
      // Nothing is fetched from elsewhere when it is printed.
      expect(r.stdout).not.toMatch(/(src|href)="(https?:)?\/\//);
    }
  });
});

describe('templates overridable per archive', () => {
  it('the archive\u2019s own letterhead and logo replace ppid\u2019s; a logo outside the archive is refused', async () => {
    const dir = join(tempDir(), 'arsip');
    cpSync(EXAMPLE, dir, { recursive: true });
    git(dir, ['init', '-q']);
    git(dir, ['add', '-A']);
    git(dir, ['commit', '-qm', 'awal']);
    mkdirSync(join(dir, 'templates', 'dokumen'), { recursive: true });
    // A 1×1 PNG.
    writeFileSync(
      join(dir, 'templates', 'dokumen', 'logo.png'),
      Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64'),
    );
    writeFileSync(
      join(dir, 'templates', 'dokumen', 'kop.yaml'),
      'baris:\n  - { teks: "DINAS KOMUNIKASI DAN INFORMATIKA", tebal: true, ukuran: 14 }\n  - { teks: "{BADAN_PUBLIK}" }\nlogo: templates/dokumen/logo.png\n',
    );
    writeFileSync(join(dir, 'templates', 'dokumen', 'uji-konsekuensi.yaml'), 'judul: [BERITA ACARA UJI KONSEKUENSI]\n');
    const d = await docx(['uji-konsekuensi', 'DIK-2025-0001'], dir);
    expect(d.text).toContain('DINAS KOMUNIKASI DAN INFORMATIKA');
    expect(d.text).toContain('BERITA ACARA UJI KONSEKUENSI');
    // Keys the archive did not set keep ppid's wording.
    expect(d.text).toContain('Berdasarkan pengujian konsekuensi tersebut');
    expect(d.text).not.toContain('PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)');
    expect(d.files.some((f) => /^word\/media\/.+\.png$/.test(f))).toBe(true);
    const html = await ppidInProcess(['doc', 'uji-konsekuensi', 'DIK-2025-0001', '--format', 'html', '--archive', dir], { cwd: ROOT });
    expect(html.stdout).toContain('src="data:image/png;base64,');

    writeFileSync(join(dir, 'templates', 'dokumen', 'kop.yaml'), 'logo: ../../../etc/passwd\n');
    const bad = await ppidInProcess(['doc', 'uji-konsekuensi', 'DIK-2025-0001', '--archive', dir, '--out', join(tempDir(), 'x.docx')], { cwd: ROOT });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('templates/dokumen/kop.yaml');
    // A link inside the archive that points out of it is refused the same way.
    const outside = join(tempDir(), 'luar.png');
    writeFileSync(outside, readFileSync(join(dir, 'templates', 'dokumen', 'logo.png')));
    symlinkSync(outside, join(dir, 'templates', 'dokumen', 'tautan.png'));
    writeFileSync(join(dir, 'templates', 'dokumen', 'kop.yaml'), 'logo: templates/dokumen/tautan.png\n');
    const linked = await ppidInProcess(['doc', 'uji-konsekuensi', 'DIK-2025-0001', '--archive', dir, '--out', join(tempDir(), 'x.docx')], { cwd: ROOT });
    expect(linked.code).toBe(1);
    expect(linked.stderr).toContain('tautan.png');
    writeFileSync(join(dir, 'templates', 'dokumen', 'kop.yaml'), 'baris: [\n');
    const broken = await ppidInProcess(['doc', 'uji-konsekuensi', 'DIK-2025-0001', '--archive', dir, '--out', join(tempDir(), 'x.docx')], { cwd: ROOT });
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/kop\.yaml:\d+/);
  });
});

describe.skipIf(!SOFFICE && !process.env.CI)('LibreOffice opens every document (headless conversion to PDF)', () => {
  it('converts all five .docx to PDF', async () => {
    const made = await Promise.all(
      [['uji-konsekuensi', 'DIK-2025-0001'], ['penetapan', 'DIK-2025-0001'], ['akan-berakhir'], ['pembukaan'], ['pertimbangan']].map((a) => docx(a)),
    );
    const out = tempDir();
    // A private profile: a LibreOffice running elsewhere on the machine must not take the job.
    const r = spawnSync(
      SOFFICE ?? 'soffice',
      [`-env:UserInstallation=file://${tempDir()}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...made.map((m) => m.path)],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const pdfs = readdirSync(out)
      .filter((f) => f.endsWith('.pdf'))
      .sort();
    expect(pdfs).toEqual(['akan-berakhir.pdf', 'pembukaan.pdf', 'penetapan.pdf', 'pertimbangan.pdf', 'uji-konsekuensi.pdf']);
    for (const f of pdfs) {
      const pdf = readFileSync(join(out, f));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.length).toBeGreaterThan(5000);
    }
  }, 180_000);
});
