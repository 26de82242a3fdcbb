/**
 * `ppid doc` as officers print and sign it, for every kind in Word and HTML: no template notes
 * (`<!-- … -->`) reach a document, the consequence-test sheet shows its table once, the Word
 * file is Indonesian, signatures stay with the text above them, diktum marks are never broken.
 */
import { cpSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanTempDirs, git, ROOT, tempDir, ppidInProcess } from '../helpers/cli.js';
import { EXAMPLE_PPID, on } from '../helpers/sop.js';
import { DOC_KIND_NAMES } from '../../src/documents/kinds.js';

afterAll(cleanTempDirs);
const EXAMPLE = join(ROOT, 'archive-example');
const TODAY = '2026-11-25';
const AS_PPID = EXAMPLE_PPID;
const ORDINALS = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM', 'KETUJUH', 'KEDELAPAN', 'KESEMBILAN', 'KESEPULUH'];

/** Each kind's own template (and the letterhead's) with a note for whoever edits it. */
const NOTED_TEMPLATES: Record<string, string> = {
  'kop.yaml': 'garis_kosong: "(............) <!-- CATATAN-KOP: garis untuk nama -->"\n',
  'uji-konsekuensi.yaml': 'judul_tanda_tangan: "Peserta Pengujian <!-- CATATAN-UJI -->"\n',
  'penetapan.yaml': `menetapkan: "<!-- CATATAN-PENETAPAN\\nlebih dari satu baris --> KEPUTUSAN PPID."\ndiktum:\n${ORDINALS.map((_, i) => `  - Diktum ke-${i + 1}.`).join('\n')}\n`,
  'akan-berakhir.yaml': 'mengetahui: "Mengetahui, <!-- CATATAN-BERAKHIR"\n',
  'pembukaan.yaml': 'menetapkan: "KEPUTUSAN PEMBUKAAN. <!-- CATATAN-PEMBUKAAN -->"\n',
  'pertimbangan.yaml': 'penutup: "Demikian pertimbangan ini. <!-- CATATAN-PERTIMBANGAN -->"\n',
};

let dir = '';
/** The item `ppid add` registers with the record template's body, notes and all. */
let added = '';

beforeAll(async () => {
  dir = join(tempDir(), 'arsip');
  cpSync(EXAMPLE, dir, { recursive: true });
  git(dir, ['init', '-q']);
  git(dir, ['add', '-A']);
  git(dir, ['commit', '-qm', 'awal']);
  const r = await ppidInProcess(
    [
      'add',
      '--judul',
      'Data uji baru',
      '--unit',
      'BKPSDM',
      '--pasal17',
      'h2',
      '--dasar-hukum',
      'UU 14/2008 Pasal 17 huruf h angka 2',
      '--dasar-hukum',
      'UU 17/2023 Pasal 4',
      '--tanggal-uji',
      '2026-11-20',
      '--dibuka',
      'Membuka riwayat kesehatan pegawai.',
      '--ditutup',
      'Melindungi privasi pegawai.',
      '--tahun',
      '1',
      '--cakupan',
      'seluruh',
    ],
    { cwd: dir, env: on(AS_PPID, '2026-11-20') },
  );
  expect(r.code, r.stderr).toBe(0);
  added = r.stdout.trim();
  expect(readFileSync(join(dir, 'informasi', `${added}.md`), 'utf8')).toContain('<!--');
  mkdirSync(join(dir, 'templates', 'dokumen'), { recursive: true });
  for (const [f, text] of Object.entries(NOTED_TEMPLATES)) writeFileSync(join(dir, 'templates', 'dokumen', f), text);
});

const ARGS: Record<string, () => string[]> = {
  'uji-konsekuensi': () => ['uji-konsekuensi', added],
  penetapan: () => ['penetapan', added],
  'akan-berakhir': () => ['akan-berakhir'],
  pembukaan: () => ['pembukaan'],
  pertimbangan: () => ['pertimbangan'],
};

interface Word {
  xml: string;
  styles: string;
  text: string;
}

async function word(args: string[]): Promise<Word> {
  const path = join(tempDir(), 'dok.docx');
  const r = await ppidInProcess(['doc', ...args, '--archive', dir, '--out', path, '--today', TODAY], { cwd: ROOT });
  expect(r.code, r.stderr).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('word/document.xml')!.async('string');
  const styles = await zip.file('word/styles.xml')!.async('string');
  const text = xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return { xml, styles, text };
}

async function html(args: string[]): Promise<string> {
  const r = await ppidInProcess(['doc', ...args, '--format', 'html', '--archive', dir, '--today', TODAY], { cwd: ROOT });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
}

/** The Word paragraphs (their XML) whose text contains `s`. */
const paragraphsWith = (xml: string, s: string): string[] =>
  (xml.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? []).filter((p) => p.replace(/<[^>]+>/g, '').includes(s));

describe('ppid doc — what officers print', () => {
  it('covers every kind ppid doc drafts', () => {
    expect(Object.keys(ARGS).sort()).toEqual([...DOC_KIND_NAMES].sort());
  });

  for (const kind of DOC_KIND_NAMES) {
    it(`${kind}: no template note reaches the Word or the HTML document; Word is in Indonesian; signatures keep together`, async () => {
      const d = await word(ARGS[kind]!());
      expect(d.text).not.toContain('<!--');
      expect(d.text).not.toContain('-->');
      expect(d.text).not.toMatch(/CATATAN-|lebih dari satu baris/);
      // The document's language, for spelling and hyphenation: in the run defaults every style inherits.
      expect(d.styles).toMatch(/<w:rPrDefault>(?:(?!<\/w:rPrDefault>)[\s\S])*<w:lang w:val="id-ID"\/>/);
      // Every line of a signature box is kept with what follows, so a box is never split from the next.
      const names = (d.xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*<w:u w:val="single"\/>[\s\S]*?<\/w:p>/g) ?? []).filter((p) => p.includes('<w:b/>'));
      expect(names.length).toBeGreaterThan(0);
      for (const p of names) expect(p).toContain('<w:keepNext/>');
      const page = await html(ARGS[kind]!());
      expect(page).not.toMatch(/<!--|&lt;!--|--&gt;|CATATAN-/);
      expect(page).toContain('<html lang="id">');
    });
  }

  it('the consequence-test sheet of a new item shows its table once, without the record template repeating it', async () => {
    const d = await word(['uji-konsekuensi', added]);
    for (const s of ['Data uji baru', 'Membuka riwayat kesehatan pegawai.', 'Melindungi privasi pegawai.', 'UU 17/2023 Pasal 4']) {
      expect(d.text.split(s).length - 1, s).toBe(1);
    }
    expect(d.text).not.toContain('Uraian Pengujian');
    expect(d.text).not.toContain('Lembar uji konsekuensi');
    expect(d.text).not.toContain('Peserta pengujian\n');
    const page = await html(['uji-konsekuensi', added]);
    expect(page.match(/<table class="isian">/g)).toHaveLength(1);
    expect(page.split('Membuka riwayat kesehatan pegawai.').length - 1).toBe(1);
  });

  it('an officer\u2019s own analysis in the body stays, under the template\u2019s heading', async () => {
    const d = await word(['uji-konsekuensi', 'DIK-2025-0001']);
    expect(d.text).toContain('Uraian Pengujian');
    expect(d.text).toContain('Dasar hukum dan analisisnya');
    expect(d.text).toContain('rahasia pribadi menurut Pasal 17');
  });

  it('the consequence-test sheet keeps its conclusion, place and date and heading with the signatures', async () => {
    const d = await word(['uji-konsekuensi', added]);
    for (const s of ['Berdasarkan pengujian konsekuensi tersebut', 'Tanjung Rawa, 20 November 2026', 'Peserta Pengujian', 'Menyetujui,']) {
      const [p] = paragraphsWith(d.xml, s);
      expect(p, s).toBeDefined();
      expect(p, s).toContain('<w:keepNext/>');
    }
    // Text further up runs freely.
    expect(paragraphsWith(d.xml, 'Pada hari ini')[0]).not.toContain('<w:keepNext/>');
  });

  it('the decree: diktum marks up to KESEPULUH fit their column in bold Arial 11 pt; the last diktum stays with the signatures', async () => {
    const d = await word(['penetapan', added]);
    // Arial Bold advance widths (per 1000 em) of K E S P U L H; 11 pt = 220 twips per em; 80 twips of cell margin each side.
    const W: Record<string, number> = {
      K: 722,
      E: 667,
      S: 667,
      P: 667,
      U: 722,
      L: 611,
      H: 722,
      T: 611,
      J: 556,
      D: 722,
      A: 722,
      M: 833,
      B: 722,
      I: 278,
      G: 778,
      N: 722,
      C: 722,
    };
    const need = (s: string) => ([...s].reduce((a, c) => a + W[c]!, 0) / 1000) * 220 + 160;
    for (const mark of ['KETUJUH', 'KESEPULUH']) {
      const cells = d.xml.match(new RegExp(`<w:tc>(?:(?!</w:tc>)[\\s\\S])*>${mark}<(?:(?!</w:tc>)[\\s\\S])*</w:tc>`, 'g'));
      expect(cells, mark).toHaveLength(1);
      const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>|<w:tcW w:w="(\d+)" w:type="dxa"\/>/.exec(cells![0]!)!.slice(1).find(Boolean));
      expect(width, mark).toBeGreaterThanOrEqual(need(mark));
    }
    // The grid Word lays the table out by says the same, and the table keeps it (fixed layout).
    const tbl = d.xml.match(/<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*KESEPULUH[\s\S]*?<\/w:tbl>/)![0];
    const grid = [...tbl.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid[2]).toBeGreaterThanOrEqual(need('KESEPULUH'));
    expect(tbl).toContain('<w:tblLayout w:type="fixed"/>');
    expect(paragraphsWith(d.xml, 'Diktum ke-10.')[0]).toContain('<w:keepNext/>');
    expect(paragraphsWith(d.xml, 'Diktum ke-9.')[0]).not.toContain('<w:keepNext/>');
    const page = await html(['penetapan', added]);
    expect(page).toMatch(/td\.tanda \{[^}]*white-space: nowrap/);
  });
});
