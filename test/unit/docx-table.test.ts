/** Word tables read as rows of cell text: merges, numbering, and documents that must not be trusted. */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { DocxProblem, MAX_DOCX_XML_BYTES, readDocxTables, tablesOf } from '../../src/import/docx-table.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const body = (inner: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${inner}</w:body></w:document>`;
const p = (text: string, num = '') => `<w:p>${num}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const tc = (inner: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${inner}</w:tc>`;

async function docx(documentXml: string, parts: Record<string, string> = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('word/document.xml', documentXml);
  for (const [name, xml] of Object.entries(parts)) zip.file(name, xml);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function problemOf(data: Buffer): Promise<string | undefined> {
  try {
    await readDocxTables(data);
    return undefined;
  } catch (e) {
    return e instanceof DocxProblem ? e.detail : String(e);
  }
}

describe('tablesOf', () => {
  it('a row that starts later (w:gridBefore) keeps its cells under their columns; tabs, breaks and entities read as text', () => {
    const xml = body(
      `<w:tbl><w:tr>${tc(p('No'))}${tc(p('Informasi'))}${tc(p('Jangka Waktu'))}</w:tr>` +
        `<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>${tc('<w:p><w:r><w:t>Data</w:t><w:tab/><w:t>A &amp; B</w:t><w:br/><w:t>lagi</w:t></w:r></w:p>')}${tc(p('5 tahun'))}</w:tr></w:tbl>`,
    );
    expect(tablesOf(xml).map((t) => t.rows)).toEqual([
      [
        ['No', 'Informasi', 'Jangka Waktu'],
        ['', 'Data A & B\nlagi', '5 tahun'],
      ],
    ]);
  });

  it('numbering without numbering.xml is still numbered, each list (numId) counting on its own', () => {
    const num = (id: string, lvl = 0) => `<w:pPr><w:numPr><w:ilvl w:val="${lvl}"/><w:numId w:val="${id}"/></w:numPr></w:pPr>`;
    const xml = body(`<w:tbl><w:tr>${tc(p('UU 14/2008', num('3')) + p('PP 61/2010', num('3')))}${tc(p('lain', num('4')))}</w:tr></w:tbl>`);
    expect(tablesOf(xml)[0]!.rows[0]).toEqual(['1. UU 14/2008\n2. PP 61/2010', '1. lain']);
  });

  it('a paragraph numbered by its style (Word\'s "List Number", or a style based on one) is numbered; its own numbering wins', () => {
    const styles =
      `<w:styles ${W}><w:style w:type="paragraph" w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="DasarHukum"><w:basedOn w:val="ListNumber"/></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Loop"><w:basedOn w:val="Loop"/></w:style></w:styles>`;
    const styled = (text: string, style: string, own = '') => `<w:p><w:pPr><w:pStyle w:val="${style}"/>${own}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
    const xml = body(
      `<w:tbl><w:tr>${tc(styled('UU 14/2008', 'ListNumber') + styled('PP 61/2010', 'DasarHukum'))}` +
        `${tc(styled('lain', 'DasarHukum', '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr>') + styled('biasa', 'Loop'))}</w:tr></w:tbl>`,
    );
    expect(tablesOf(xml, undefined, styles)[0]!.rows[0]).toEqual(['1. UU 14/2008\n2. PP 61/2010', '1. lain\nbiasa']);
    expect(tablesOf(xml)[0]!.rows[0]).toEqual(['UU 14/2008\nPP 61/2010', '1. lain\nbiasa']);
  });

  it('a text box in a cell is read once, not again from its fallback for older Words', () => {
    const box = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const alt = `<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps">${box('kotak')}</mc:Choice><mc:Fallback>${box('kotak')}</mc:Fallback></mc:AlternateContent></w:r></w:p>`;
    expect(tablesOf(body(`<w:tbl><w:tr>${tc(alt)}</w:tr></w:tbl>`))[0]!.rows[0]).toEqual(['kotak']);
  });

  it('an empty numbered paragraph keeps its number (a "No" column Word numbers); a grid wider than any table is refused', () => {
    const num = `<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>`;
    const xml = body(`<w:tbl><w:tr>${tc(`<w:p>${num}</w:p>`)}${tc(p('Data gaji'))}</w:tr><w:tr>${tc(`<w:p>${num}</w:p>`)}${tc(p('Data cuti'))}</w:tr></w:tbl>`);
    expect(tablesOf(xml)[0]!.rows).toEqual([
      ['1.', 'Data gaji'],
      ['2.', 'Data cuti'],
    ]);
    const wide = (el: string) => body(`<w:tbl><w:tr>${el}</w:tr></w:tbl>`);
    expect(() => tablesOf(wide(tc(p('x'), '<w:gridSpan w:val="2000000000"/>')))).toThrow(DocxProblem);
    expect(() => tablesOf(wide(`<w:trPr><w:gridBefore w:val="99999999"/></w:trPr>${tc(p('x'))}`))).toThrow(DocxProblem);
    expect(() => tablesOf(wide(tc(p('x'), '<w:gridSpan w:val="600"/>') + tc(p('y'), '<w:gridSpan w:val="600"/>')))).toThrow(DocxProblem);
  });

  it('a cell keeps its own text beside a text box; hidden text (w:vanish) is not read; a table framed in a one-cell table is a table too', () => {
    const box = `<w:r><w:t>Data rekam medis </w:t></w:r><w:r><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml"><w:txbxContent><w:p><w:r><w:t>KOTAK TEKS</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r><w:r><w:t>pasien rawat inap</w:t></w:r>`;
    const hidden = `<w:r><w:t xml:space="preserve">Data gaji </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>(catatan tersembunyi)</w:t></w:r><w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>pegawai</w:t></w:r>`;
    const cells = tablesOf(body(`<w:tbl><w:tr>${tc(`<w:p>${box}</w:p>`)}${tc(`<w:p>${hidden}</w:p>`)}</w:tr></w:tbl>`))[0]!.rows[0]!;
    expect(cells[0]).toContain('Data rekam medis pasien rawat inap');
    expect(cells[0]).toContain('KOTAK TEKS');
    expect(cells[1]).toBe('Data gaji pegawai');
    const inner = `<w:tbl><w:tr>${tc(p('No'))}${tc(p('Informasi'))}</w:tr><w:tr>${tc(p('1'))}${tc(p('Data gaji'))}</w:tr></w:tbl>`;
    const framed = tablesOf(body(`<w:tbl><w:tr>${tc(inner + p(''))}</w:tr></w:tbl>`));
    expect(framed).toHaveLength(2);
    expect(framed[0]!.rows[0]![0]).toBe('No\nInformasi\n1\nData gaji');
    expect(framed[1]!.rows).toEqual([
      ['No', 'Informasi'],
      ['1', 'Data gaji'],
    ]);
  });

  it('refuses a DOCTYPE (no entity is ever expanded) and text that is not XML', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:document ${W}><w:body>${p('&b;')}</w:body></w:document>`;
    expect(() => tablesOf(bomb)).toThrow(DocxProblem);
    expect(() => tablesOf(body('<w:tbl><w:tr>'))).toThrow(DocxProblem);
    expect(() => tablesOf(body(p('&unknown;')))).toThrow(DocxProblem);
  });
});

describe('readDocxTables', () => {
  it('says what a file is instead of a .docx', async () => {
    expect(await problemOf(Buffer.from('bukan zip'))).toBe('docx.bukan-zip');
    expect(await problemOf(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('docx.doc-lama');
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    expect(await problemOf(await zip.generateAsync({ type: 'nodebuffer' }))).toBe('docx.bukan-dokumen');
    expect(await problemOf((await docx(body(''))).subarray(0, 40))).toBe('docx.zip-rusak');
  });

  it('reads numbering.xml and styles.xml beside the document', async () => {
    const styles = `<w:styles ${W}><w:style w:styleId="ListNumber"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    const numbering = `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
    const doc = body(`<w:tbl><w:tr>${tc('<w:p><w:pPr><w:pStyle w:val="ListNumber"/></w:pPr><w:r><w:t>UU 14/2008</w:t></w:r></w:p>')}</w:tr></w:tbl>`);
    const data = await docx(doc, { 'word/styles.xml': styles, 'word/numbering.xml': numbering });
    expect((await readDocxTables(data))[0]!.rows[0]).toEqual(['a) UU 14/2008']);
  });

  it('gives up on a document that inflates past the cap (a zip bomb)', async () => {
    const huge = body(p(' '.repeat(MAX_DOCX_XML_BYTES + 1)));
    const data = await docx(huge);
    expect(data.length).toBeLessThan(MAX_DOCX_XML_BYTES / 100);
    expect(await problemOf(data)).toBe('docx.terlalu-besar');
  }, 60_000);
});
