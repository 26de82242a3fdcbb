/** A progress bar on stderr for long runs; silent when stderr is not a terminal. */
export function progressBar(enabled: boolean, write: (s: string) => void, label: string, threshold = 500) {
  let last = -1;
  return {
    tick(done: number, total: number): void {
      if (!enabled || total < threshold) return;
      const pct = Math.floor((done / total) * 100);
      if (pct === last && done !== total) return;
      last = pct;
      const w = 30;
      const filled = Math.round((done / total) * w);
      write(`\r${label} [${'#'.repeat(filled)}${' '.repeat(w - filled)}] ${pct}% ${done}/${total}`);
      if (done === total) write('\n');
    },
  };
}
