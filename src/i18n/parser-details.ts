/**
 * What a parser (yaml, csv-parse, exceljs/JSZip) found wrong, in our words and both languages:
 * their own messages are English whatever the output's language. A problem's `detail` holds the
 * key of one of these (`yaml.BAD_INDENT`), or a key and what it names (`yaml.BAD_SCALAR_START|@`);
 * the words are chosen when the problem is printed, in the language of the output.
 */
import type { Pair } from './pair.js';

// A table, one entry per line, reads best as it is written.
// prettier-ignore
const DETAILS: Record<string, Pair> = {
  'yaml.DUPLICATE_KEY': ['kunci yang sama hanya boleh sekali dalam satu bagian', 'a key may appear only once in a block'],
  'yaml.BAD_INDENT': ['baris ini tidak sejajar dengan kunci lain di bagiannya', 'this line does not line up with the other keys of its block'],
  'yaml.BAD_INDENT.sejajar': ['semua kunci dalam satu bagian harus mulai di kolom yang sama', 'all keys of a block must start in the same column'],
  'yaml.MISSING_CHAR.kutip': ['tanda kutip pembuka tidak pernah ditutup', 'an opening quote is never closed'],
  'yaml.MISSING_CHAR.kurung': ['kurung [ atau { tidak ditutup, atau koma di antara isinya hilang', 'a [ or { is not closed, or a comma between its items is missing'],
  'yaml.MISSING_CHAR': ['ada tanda baca yang hilang', 'a punctuation mark is missing'],
  'yaml.BLOCK_AS_IMPLICIT_KEY': ['bagian bertingkat ditulis di tempat sebuah kunci', 'a nested block stands where a key should be'],
  'yaml.MULTILINE_IMPLICIT_KEY': ['kunci harus satu baris; teks yang memuat ":" perlu tanda kutip', 'a key must be on one line; text containing ":" needs quotes'],
  'yaml.TAB_AS_INDENT': ['tab dipakai untuk indentasi', 'a tab is used for indentation'],
  'yaml.BAD_SCALAR_START': ['nilai tanpa tanda kutip tidak boleh diawali "{x}"', 'a value without quotes cannot start with "{x}"'],
  'yaml.BAD_DQ_ESCAPE': ['garis miring terbalik (\\) di dalam tanda kutip ganda tidak dikenal', 'an unknown backslash (\\) escape inside double quotes'],
  'yaml.BLOCK_IN_FLOW': ['bagian bertingkat di dalam [ ] atau { }', 'a nested block inside [ ] or { }'],
  'yaml.UNEXPECTED_TOKEN': ['ada tanda baca yang tidak pada tempatnya', 'a punctuation mark out of place'],
  'yaml.MULTIPLE_DOCS': ['lebih dari satu bagian depan (---)', 'more than one front matter (---)'],
  'yaml.KEY_OVER_1024_CHARS': ['kunci lebih dari 1024 karakter', 'a key longer than 1024 characters'],
  'yaml.BAD_ALIAS': ['alias (*nama) tanpa jangkar (&nama)', 'an alias (*name) without its anchor (&name)'],
  'yaml.RESOURCE_EXHAUSTION': ['alias (*nama) yang memperbanyak isi terlalu banyak kali', 'aliases (*name) that multiply the content too many times'],
  'yaml.lain': ['susunan YAML tidak sah', 'not valid YAML'],
  'csv.CSV_QUOTE_NOT_CLOSED': ['tanda kutip " dibuka tetapi tidak ditutup sampai akhir berkas', 'a " is opened but not closed before the end of the file'],
  'csv.CSV_INVALID_CLOSING_QUOTE': ['ada teks tepat setelah tanda kutip " penutup', 'text follows a closing " directly'],
  'csv.CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE': ['ada teks tepat setelah tanda kutip " penutup', 'text follows a closing " directly'],
  'csv.CSV_MAX_RECORD_SIZE': ['satu baris terlalu panjang', 'a row is too long'],
  'csv.lain': ['susunan CSV tidak sah', 'not valid CSV'],
  'xlsx.xls-lama': ['ini berkas .xls dari Excel 97–2003, bukan .xlsx', 'this is an .xls file from Excel 97–2003, not .xlsx'],
  'xlsx.bukan-zip': ['isinya bukan buku kerja .xlsx, bahkan bukan berkas zip', 'its content is not an .xlsx workbook, not even a zip file'],
  'xlsx.zip-rusak': ['berkas zip-nya rusak atau terpotong', 'its zip is damaged or cut short'],
  'xlsx.bukan-buku-kerja': ['berkas zip ini bukan buku kerja Excel', 'this zip file is not an Excel workbook'],
  'xlsx.tanpa-lembar': ['tidak ada lembar kerja di dalamnya', 'it holds no worksheet'],
  'docx.doc-lama': ['ini berkas .doc dari Word 97–2003, bukan .docx', 'this is a .doc file from Word 97–2003, not .docx'],
  'docx.bukan-zip': ['isinya bukan dokumen .docx, bahkan bukan berkas zip', 'its content is not a .docx document, not even a zip file'],
  'docx.zip-rusak': ['berkas zip-nya rusak atau terpotong', 'its zip is damaged or cut short'],
  'docx.bukan-dokumen': ['berkas zip ini bukan dokumen Word', 'this zip file is not a Word document'],
  'docx.terlalu-besar': ['isinya setelah diekstrak melebihi 64 MB', 'its content exceeds 64 MB once extracted'],
  'docx.tabel-terlalu-lebar': ['sebuah tabel mengaku lebih dari 1.000 kolom (Word paling banyak 63)', 'a table claims more than 1,000 columns (Word has at most 63)'],
  'docx.xml-rusak': ['isi word/document.xml bukan XML yang sah', 'word/document.xml is not valid XML'],
};

/** A parser's problem as a detail key: its code when we have words for it, else the family's general words. */
export function detailKey(family: 'yaml' | 'csv', code: string | undefined, arg?: string): string {
  const key = `${family}.${code ?? ''}`;
  if (!(key in DETAILS)) return `${family}.lain`;
  return arg === undefined ? key : `${key}|${arg}`;
}

/** The words of a detail key in the language asked for; anything else (ours already) as it is. */
export function detailText(raw: string, i: 0 | 1): string {
  const bar = raw.indexOf('|');
  const key = bar < 0 ? raw : raw.slice(0, bar);
  const pair = Object.hasOwn(DETAILS, key) ? DETAILS[key] : undefined;
  if (!pair) return raw;
  return pair[i].replace('{x}', bar < 0 ? '' : raw.slice(bar + 1));
}

/** The detail key of a `yaml` package error: its code, sharpened by what its message says. */
export function yamlDetail(code: string, message: string): string {
  if (code === 'BAD_INDENT' && /same column/.test(message)) return 'yaml.BAD_INDENT.sejajar';
  if (code === 'MISSING_CHAR')
    return /quote/i.test(message) ? 'yaml.MISSING_CHAR.kutip' : /flow/i.test(message) ? 'yaml.MISSING_CHAR.kurung' : 'yaml.MISSING_CHAR';
  if (code === 'BAD_SCALAR_START') return detailKey('yaml', code, /character (\S+)/.exec(message)?.[1] ?? '');
  return detailKey('yaml', code);
}
