/**
 * The order of events (docs/domain.md §6), an error when it is broken: consequence test ≤ the
 * head's approval ≤ determination, and a determination is void when its period had already
 * ended on its date. A record that says otherwise states something untrue in law.
 */
import { STATUS_INFO, type Status } from '../domain/lifecycle.js';
import { isIsoDate } from './dates.js';
import { lastExemptDay, periodFacts } from './period.js';
import type { Data, Findings } from './finding.js';

export function checkEventOrder(data: Data, f: Findings): void {
  const uji = data.uji_konsekuensi?.tanggal;
  const ujiSetuju = data.uji_konsekuensi?.persetujuan_pimpinan?.tanggal;
  const pen = data.penetapan?.tanggal;
  const setuju = data.penetapan?.persetujuan_pimpinan?.tanggal;
  const test = isIsoDate(uji) ? uji : undefined;
  const decree = isIsoDate(pen) ? pen : undefined;

  if (test && decree && decree < test) f.err('penetapan-sebelum-uji', { penetapan: decree, uji: test }, ['penetapan', 'tanggal']);
  if (isIsoDate(ujiSetuju)) {
    if (test && ujiSetuju < test)
      f.err('persetujuan-uji-sebelum-uji', { persetujuan: ujiSetuju, uji: test }, ['uji_konsekuensi', 'persetujuan_pimpinan', 'tanggal']);
    if (decree && ujiSetuju > decree)
      f.err('persetujuan-setelah-penetapan', { persetujuan: ujiSetuju, penetapan: decree }, ['uji_konsekuensi', 'persetujuan_pimpinan', 'tanggal']);
  }
  if (isIsoDate(setuju)) {
    const at = ['penetapan', 'persetujuan_pimpinan', 'tanggal'];
    if (decree && setuju > decree) f.err('persetujuan-setelah-penetapan', { persetujuan: setuju, penetapan: decree }, at);
    if (test && setuju < test) f.err('persetujuan-sebelum-uji', { persetujuan: setuju, uji: test }, at);
  }

  // A determination cannot exempt what was public by law on its date (PP 61/2010 Pasal 11(3)).
  const status = data.status as Status | undefined;
  if (decree && status && (STATUS_INFO[status]?.berlaku || status === 'dibuka')) {
    const { berakhir } = periodFacts(data as Parameters<typeof periodFacts>[0]);
    if (berakhir !== undefined && berakhir <= decree) {
      f.err('penetapan-setelah-berakhir', { penetapan: decree, sampai: lastExemptDay(berakhir) }, ['penetapan', 'tanggal']);
    }
  }

  (Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : []).forEach((r, i) => {
    if (isIsoDate(r?.penetapan_tanggal) && isIsoDate(r?.diganti) && r.diganti < r.penetapan_tanggal) {
      f.err('riwayat-diganti-sebelum-penetapan', { diganti: r.diganti, penetapan: r.penetapan_tanggal }, ['riwayat_klasifikasi', i, 'diganti']);
    }
  });
  if (status && (STATUS_INFO[status]?.berlaku || status === 'dibuka')) checkReclassifications(data, f);
}

interface Classification {
  jangka_waktu?: unknown;
  penetapan?: string;
  /** Where a finding about it is said. */
  at: Array<string | number>;
}

/**
 * Each reclassification took over before the classification it replaced had ended, and left no
 * day between the two periods: on such a day the information was public by law (PP 61/2010
 * Pasal 11(3)), and what is public cannot be closed again by reclassifying it.
 */
function checkReclassifications(data: Data, f: Findings): void {
  const riwayat = Array.isArray(data.riwayat_klasifikasi) ? data.riwayat_klasifikasi : [];
  const chain: Classification[] = [
    ...riwayat.map((r, i) => ({
      jangka_waktu: r?.jangka_waktu,
      ...(isIsoDate(r?.penetapan_tanggal) ? { penetapan: r.penetapan_tanggal } : {}),
      at: ['riwayat_klasifikasi', i],
    })),
    { jangka_waktu: data.jangka_waktu, ...(isIsoDate(data.penetapan?.tanggal) ? { penetapan: data.penetapan!.tanggal } : {}), at: ['jangka_waktu'] },
  ];
  for (let i = 1; i < chain.length; i++) {
    const prev = chain[i - 1]!;
    const next = chain[i]!;
    if (!prev.jangka_waktu || typeof prev.jangka_waktu !== 'object') continue;
    const { berakhir } = periodFacts({ jangka_waktu: prev.jangka_waktu as never, ...(prev.penetapan ? { penetapan: { tanggal: prev.penetapan } } : {}) });
    if (berakhir === undefined || !next.penetapan) continue;
    const mulai = (next.jangka_waktu as { mulai?: unknown } | undefined)?.mulai;
    const start = isIsoDate(mulai) ? mulai : next.penetapan;
    if (next.penetapan >= berakhir) {
      f.err('reklasifikasi-setelah-terbuka', { penetapan: next.penetapan, terbuka: berakhir }, next.at);
    } else if (start > berakhir) {
      f.err('reklasifikasi-bercelah', { terbuka: berakhir, mulai: start, sampai: lastExemptDay(berakhir) }, next.at);
    }
  }
}
