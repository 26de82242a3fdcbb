import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { cleanTempDirs, tempDir, write, ppidInProcess } from '../helpers/cli.js';
import { readWorkbook } from '../helpers/xlsx.js';

afterAll(cleanTempDirs);

/** Every field that is not on the public allowlist carries a unique canary. */
function canaryRecord(n: number) {
  const c = (field: string) => `KENARI-${n}-${field}`;
  return {
    id: `DIK-2026-000${n}`,
    status: 'ditetapkan',
    judul: c('judul-asli'),
    judul_publik: `Judul aman ${n} <script>alert(1)</script> "kutip" =HYPERLINK("http://x")`,
    unit: 'Inspektorat Daerah',
    pasal17: ['a1'],
    dasar_hukum: ['UU 14/2008 Pasal 17 huruf a angka 1'],
    uji_konsekuensi: {
      tanggal: '2026-01-05',
      saat: 'sebelum-permohonan',
      dokumen: c('dokumen'),
      konsekuensi_dibuka: '=1+1 menghambat penyidikan',
      konsekuensi_ditutup: '@SUM(A1) proses hukum terlindungi',
      kepentingan_publik: c('kepentingan'),
      peserta: [{ nama: c('peserta'), jabatan: c('jabatan-peserta'), nip: '1' }],
      persetujuan_pimpinan: { nama: c('pimpinan-uji'), jabatan: 'Bupati', tanggal: '2026-01-05' },
    },
    jangka_waktu: { mulai: '2026-01-10', tahun: 2, keterangan: c('keterangan-jangka') },
    cakupan: 'sebagian',
    bagian_dikecualikan: [c('bagian')],
    didaftarkan: '2026-01-06',
    penetapan: {
      // The decree's number and date are public (the page cites them); who signed it is not.
      nomor: `800/${n}/2026`,
      tanggal: '2026-01-10',
      tempat: c('tempat'),
      pejabat: { nama: c('pejabat'), jabatan: c('jabatan-pejabat') },
      persetujuan_pimpinan: { nama: c('pimpinan'), jabatan: c('jabatan-pimpinan'), tanggal: '2026-01-09' },
    },
    arsip: { kode_klasifikasi: c('kode-arsip'), keamanan: 'R', retensi: { tahun: 9, nasib: 'musnah' }, lokasi: c('lokasi') },
    lampiran: [{ jenis: 'dokumen', berkas: `lampiran/DIK-2026-000${n}/${c('berkas')}.pdf`, keterangan: c('ket-lampiran') }],
    catatan: c('catatan'),
    x_internal: c('kunci-sendiri'),
  };
}

describe('publish leaks nothing and neutralises injection', () => {
  const dir = tempDir();
  write(dir, 'ppid.yaml', 'versi: 2\nbadan_publik: { nama: Pemkab Uji }\nunit: [{ kode: INSP, nama: Inspektorat Daerah }]\npejabat: []\n');
  for (const n of [1, 2, 3]) {
    const r: Record<string, any> = canaryRecord(n);
    if (n === 3) {
      // Opened: its opening's approval is internal, its date and basis are public.
      r.status = 'dibuka';
      r.pembukaan = {
        tanggal: '2026-01-20',
        alasan: 'putusan-komisi-informasi',
        dasar: 'Putusan KI 12/2026',
        persetujuan_pimpinan: { nama: 'KENARI-3-pimpinan-buka', jabatan: 'KENARI-3-jabatan-buka', tanggal: '2026-01-19' },
      };
    }
    write(dir, r.lampiran[0]!.berkas, '%PDF-1.4\n');
    write(dir, `informasi/${r.id}.md`, `---\n${stringify(r)}---\n\nKENARI-${n}-isi-badan uji konsekuensi lengkap.\n`);
  }

  it('no canary in any output file', async () => {
    expect((await ppidInProcess(['validate', '--archive', dir], { cwd: dir })).code).toBe(0);
    const out = tempDir();
    const r = await ppidInProcess(['publish', '--archive', dir, '--out', out, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect((await ppidInProcess(['publish', '--archive', dir, '--out', out, '--today', '2026-02-01', '--fragment'], { cwd: dir })).code).toBe(0);
    const files = readdirSync(out);
    expect(files.sort()).toEqual(['dibuka.html', 'dik-fragmen.html', 'dik.csv', 'dik.json', 'feed.xml', 'index.html']);
    for (const f of files) {
      const text = readFileSync(join(out, f), 'utf8');
      expect(text, f).not.toMatch(/KENARI/);
      expect(text, f).toContain(f === 'dibuka.html' ? 'Judul aman 3' : 'Judul aman 1');
    }
    expect(readFileSync(join(out, 'dibuka.html'), 'utf8')).toContain('Putusan KI 12/2026');
    expect(readFileSync(join(out, 'feed.xml'), 'utf8')).toContain('Dibuka: Judul aman 3');
  });

  it('escapes HTML and neutralises spreadsheet formulas', async () => {
    const out = tempDir();
    await ppidInProcess(['publish', '--archive', dir, '--out', out, '--today', '2026-02-01'], { cwd: dir });
    const html = readFileSync(join(out, 'index.html'), 'utf8');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;kutip&quot;');
    const csv = readFileSync(join(out, 'dik.csv'), 'utf8');
    expect(csv).toContain("'=1+1 menghambat penyidikan");
    expect(csv).toContain("'@SUM(A1)");
    expect(csv).not.toMatch(/(^|[;,])=1\+1/m);
    const json = JSON.parse(readFileSync(join(out, 'dik.json'), 'utf8'));
    expect(json.butir[0].informasi).toContain('<script>');
    const feed = readFileSync(join(out, 'feed.xml'), 'utf8');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &quot;kutip&quot;');
  });

  it("the export's DIK sheet, made to be printed and posted, holds no canary either", async () => {
    const out = join(tempDir(), 'register.xlsx');
    const r = await ppidInProcess(['export', '--archive', dir, '--out', out, '--today', '2026-02-01'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const wb = await readWorkbook(out);
    const cells = (name: string) => {
      const all: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => row.eachCell((c) => all.push(String(c.value))));
      return all.join('\n');
    };
    // The register beside it is internal and says so; the DIK sheet is not.
    expect(cells('Register DIK')).toContain('KENARI-1-catatan');
    const dik = cells('DIK');
    expect(dik).not.toMatch(/KENARI/);
    expect(dik).toContain('Judul aman 1');
    expect(dik).toContain('Judul aman 2');
    // The opened item is not in the DIK.
    expect(dik).not.toContain('Judul aman 3');
  });

  it('is deterministic: two publishes are byte-identical', async () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) await ppidInProcess(['publish', '--archive', dir, '--out', out, '--today', '2026-02-01'], { cwd: dir });
    for (const f of ['index.html', 'dibuka.html', 'dik.csv', 'dik.json', 'feed.xml']) expect(readFileSync(join(a, f))).toEqual(readFileSync(join(b, f)));
  });

  it('refuses to publish an archive with errors', async () => {
    const broken = tempDir();
    write(broken, 'ppid.yaml', 'versi: 2\nbadan_publik: { nama: Pemkab Uji }\nunit: [{ kode: INSP, nama: Inspektorat Daerah }]\npejabat: []\n');
    write(broken, 'informasi/DIK-2026-0001.md', '---\nid: DIK-2026-0001\n---\n');
    const out = tempDir();
    const r = await ppidInProcess(['publish', '--archive', broken, '--out', out], { cwd: broken });
    expect(r.code).toBe(1);
    expect(readdirSync(out)).toEqual([]);
  });
});
