/**
 * The legal rules of DOMAIN.md §3–4 over one record, beyond what the JSON Schema can say.
 * Each finding is a catalogued diagnostic located in the record's YAML.
 */
import { HURUF_RULES, findPasal17, type Huruf } from '../domain/pasal17.js';
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import { classifyPeriod } from '../domain/period-forms.js';
import type { Config } from '../domain/config.js';
import type { Diagnostic } from '../diagnostics.js';
import type { YamlSource } from '../records/source.js';
import { addPeriod, isIsoDate } from './dates.js';
import { periodFacts, periodMonths } from './period.js';
import type { RecordData } from '../domain/record.js';

type Data = Partial<RecordData> & Record<string, unknown>;

export interface RuleContext {
  config?: Config;
}

function letters(data: Data): Huruf[] {
  if (!Array.isArray(data.pasal17)) return [];
  const out = new Set<Huruf>();
  for (const k of data.pasal17) {
    const c = typeof k === 'string' ? findPasal17(k) : undefined;
    if (c) out.add(c.huruf);
  }
  return [...out];
}

/** A statute of Undang-Undang rank, other than UU 14/2008 itself, with its article. */
const UU = /\b(UU|Undang[\s-]*Undang)\b/i;
const UU_KIP = /\b14\s*(\/|tahun)\s*2008\b/i;
const PASAL = /\bPasal\s+\d+/i;

export function namesOtherStatuteArticle(dasar: unknown): boolean {
  if (!Array.isArray(dasar)) return false;
  return dasar.some((d) => typeof d === 'string' && UU.test(d) && PASAL.test(d) && !UU_KIP.test(d));
}

const NEVER_EXEMPT = [/putusan\s+(badan\s+)?peradilan/i, /putusan\s+pengadilan/i, /penghentian\s+(penyidikan|penuntutan)/i, /\bSP3\b/];

export function checkRecordRules(data: Data, src: YamlSource, ctx: RuleContext = {}): Diagnostic[] {
  const out: Diagnostic[] = [];
  const err = (code: string, params: Record<string, string | number>, path: (string | number)[], target: 'key' | 'value' = 'value') =>
    out.push(src.diagnostic('galat', code, params, path, target));
  const warn = (code: string, params: Record<string, string | number>, path: (string | number)[], target: 'key' | 'value' = 'value') =>
    out.push(src.diagnostic('peringatan', code, params, path, target));

  const hs = letters(data);
  const jw = data.jangka_waktu;
  if (jw && typeof jw === 'object' && !Array.isArray(jw)) {
    const c = classifyPeriod(jw as Record<string, unknown>);
    if (!c.ok) {
      if (c.masalah === 'kosong') err('periode-kosong', {}, ['jangka_waktu']);
      else if (c.masalah === 'ganda') err('periode-ganda', { bentuk: c.bentuk.join(', ') }, ['jangka_waktu']);
      else if (c.masalah === 'kunci-asing') for (const k of c.kunci) err('periode-kunci-asing', { kunci: k, bentuk: c.spec.bentuk }, ['jangka_waktu', k], 'key');
      else if (c.kunci.includes('tinjau_ulang')) err('periode-tanpa-tinjau-ulang', { bentuk: c.spec.bentuk }, ['jangka_waktu']);
      else err('periode-kurang', { kunci: c.kunci.join(', '), bentuk: c.spec.bentuk }, ['jangka_waktu']);
    } else {
      const bentuk = c.spec.bentuk;
      if (bentuk === 'tanpa-batas') {
        const bad = hs.filter((h) => !HURUF_RULES[h].bolehTanpaBatas);
        if (bad.length > 0) err('periode-a-f-permanen', { huruf: bad.join(', ') }, ['jangka_waktu', 'tanpa_batas'], 'key');
        else if (hs.length > 0) warn(jw && (jw as Record<string, unknown>).tinjau_ulang !== undefined ? 'periode-tanpa-batas' : 'periode-tanpa-batas-tanpa-tinjau', {}, ['jangka_waktu', 'tanpa_batas'], 'key');
      }
      if (bentuk === 'hingga-persetujuan') {
        const bad = hs.filter((h) => !HURUF_RULES[h].bolehHinggaPersetujuan);
        if (bad.length > 0) err('periode-persetujuan-bukan-gh', { huruf: bad.join(', ') }, ['jangka_waktu', 'hingga_persetujuan'], 'key');
      }
      const jwd = jw as RecordData['jangka_waktu'];
      for (const h of hs) {
        const max = HURUF_RULES[h].maksimumTahun;
        if (max === undefined) continue;
        const months = periodMonths(jwd);
        const facts = periodFacts(data as RecordData);
        const tooLong = months !== undefined
          ? months > max * 12
          : bentuk === 'tanggal-akhir' && facts.berakhir !== undefined && startOf(data) !== undefined && facts.berakhir > addPeriod(startOf(data)!, max);
        if (tooLong) err('periode-melebihi-maksimum', { huruf: h, tahun: max }, ['jangka_waktu']);
      }
      const status = data.status as Status | undefined;
      if (status && STATUS_INFO[status]?.berlaku && bentuk === 'panjang-tetap' && periodFacts(data as RecordData).mulai === undefined) {
        err('periode-tanpa-mulai', {}, ['jangka_waktu']);
      }
      const months = periodMonths(jwd);
      const retensi = data.arsip?.retensi?.tahun;
      if (months !== undefined && typeof retensi === 'number' && retensi > 0 && months === retensi * 12) {
        warn('periode-sama-retensi', { tahun: retensi }, ['jangka_waktu']);
      }
    }
  }

  if (hs.some((h) => HURUF_RULES[h].wajibUndangUndangLain) && !namesOtherStatuteArticle(data.dasar_hukum)) {
    err('pasal17j-tanpa-undang-undang', {}, Array.isArray(data.dasar_hukum) ? ['dasar_hukum'] : ['pasal17']);
  }

  if (typeof data.judul === 'string' && NEVER_EXEMPT.some((re) => re.test(data.judul as string))) {
    warn('pasal18-tidak-dapat-dikecualikan', {}, ['judul']);
  }

  if (ctx.config && typeof data.unit === 'string') {
    const u = data.unit;
    if (!ctx.config.unit.some((x) => x.nama === u || x.kode === u)) warn('unit-tidak-dikenal', { unit: u }, ['unit']);
  }

  const uji = data.uji_konsekuensi?.tanggal;
  const pen = data.penetapan?.tanggal;
  if (isIsoDate(uji) && isIsoDate(pen) && pen < uji) warn('penetapan-sebelum-uji', { penetapan: pen, uji }, ['penetapan', 'tanggal']);
  const setuju = data.penetapan?.persetujuan_pimpinan?.tanggal;
  if (isIsoDate(setuju) && isIsoDate(pen) && setuju > pen) warn('persetujuan-setelah-penetapan', { persetujuan: setuju, penetapan: pen }, ['penetapan', 'persetujuan_pimpinan', 'tanggal']);

  // Partial exemption (Pasal 22(7)(e)): what is given out is the blacked-out copy.
  const kinds = Array.isArray(data.lampiran) ? data.lampiran.map((l) => l?.jenis) : [];
  if (data.cakupan === 'sebagian' && kinds.includes('dokumen') && !kinds.includes('dokumen-disamarkan')) {
    warn('sebagian-tanpa-salinan-disamarkan', {}, ['lampiran']);
  }

  const stored = data.klarifikasi?.berakhir;
  const computed = periodFacts(data as RecordData).berakhir;
  if (isIsoDate(stored) && computed && stored !== computed) warn('berakhir-tidak-cocok', { tercatat: stored, hitungan: computed }, ['klarifikasi', 'berakhir']);

  return out;
}

function startOf(data: Data): string | undefined {
  const jw = data.jangka_waktu as RecordData['jangka_waktu'] | undefined;
  if (isIsoDate(jw?.mulai)) return jw!.mulai;
  if (isIsoDate(data.penetapan?.tanggal)) return data.penetapan!.tanggal;
  if (isIsoDate(data.uji_konsekuensi?.tanggal)) return data.uji_konsekuensi!.tanggal;
  return undefined;
}
