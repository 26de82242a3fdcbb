/**
 * What each Pasal 17 letter asks of the record: `j` another Undang-Undang and its article;
 * `b`, `g`, `i` a statute that sets their period (PP 61/2010 Pasal 6, 8(1), 9); `c`–`f` a
 * length fixed by the body's highest leader (PP 61/2010 Pasal 7(5)).
 */
import { HURUF_RULES, type Huruf } from '../domain/pasal17.js';
import type { Config } from '../domain/config.js';
import { citesOtherRegulation, namesOtherStatuteArticle } from './statutes.js';
import type { Data, Findings } from './finding.js';

const norm = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function checkLetterRules(data: Data, hs: readonly Huruf[], config: Config | undefined, f: Findings): void {
  if (hs.some((h) => HURUF_RULES[h].wajibUndangUndangLain) && !namesOtherStatuteArticle(data.dasar_hukum)) {
    f.err('pasal17j-tanpa-undang-undang', {}, Array.isArray(data.dasar_hukum) ? ['dasar_hukum'] : ['pasal17']);
  }
  if (!citesOtherRegulation(data.dasar_hukum)) {
    for (const h of hs) {
      const pasal = HURUF_RULES[h].jangkaWaktuMenurutUndangUndang;
      if (pasal) f.warn('jangka-waktu-menurut-undang-undang', { huruf: h, pasal }, ['dasar_hukum']);
    }
  }
  // The highest leader is the archive's pimpinan: whoever holds the post, told by its title.
  const approver = data.penetapan?.persetujuan_pimpinan?.jabatan;
  const heads = (config?.pejabat ?? []).filter((p) => p.peran.includes('pimpinan')).map((p) => norm(p.jabatan));
  const letters = hs.filter((h) => HURUF_RULES[h].jangkaWaktuOlehPimpinanTertinggi);
  if (letters.length > 0 && typeof approver === 'string' && heads.length > 0 && !heads.includes(norm(approver))) {
    f.warn(
      'jangka-waktu-bukan-pimpinan-tertinggi',
      { huruf: letters.join(', '), jabatan: approver, pimpinan: config!.pejabat.find((p) => p.peran.includes('pimpinan'))!.jabatan },
      ['penetapan', 'persetujuan_pimpinan', 'jabatan'],
    );
  }
}
