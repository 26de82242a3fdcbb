/** "Did you mean …?" for mistyped keys and codes. */
function distance(a: string, b: string): number {
  const m = a.length,
    n = b.length;
  const row = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= n; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[n]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = distance(w, c.toLowerCase());
    if (d < bestD) [best, bestD] = [c, d];
  }
  // One-letter words are a whole different code, not a typo of one.
  const limit = word.length < 2 ? 0 : Math.max(1, Math.floor(word.length / 3));
  return best !== undefined && bestD <= limit && bestD > 0 ? best : undefined;
}
