/**
 * The environment a command runs in, in one place. main() sets it from the command's streams
 * (io.env); library code asks here and never reads process.env, so that a test can run commands
 * in this process, one after another, each with an environment of its own.
 */

let current: NodeJS.ProcessEnv | undefined;

/** From now on library code sees `env` (main() calls this once per command). */
export function useEnvironment(env: NodeJS.ProcessEnv): void {
  current = env;
}

/** The command's environment; outside a command (a benchmark calling the library), the process's. */
export function environment(): NodeJS.ProcessEnv {
  return current ?? process.env;
}

const numberOr = (name: string, fallback: number): number => {
  const v = environment()[name];
  const n = v === undefined || v.trim() === '' ? NaN : Number(v);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

/**
 * Knobs for benchmarks and tests, never needed by an officer: they move the points where the
 * read engine changes strategy, so that a small test archive can take the path of a large one.
 */
export const tuning = {
  /** Records to read before the reading is spread over worker threads. */
  parallelMin: (): number => numberOr('PPID_PARALLEL_MIN', 400) || 400,
  /** Record files from which their lstat calls are shared with a worker thread (store/stat-files.ts). */
  statParallelMin: (): number => numberOr('PPID_STAT_PARALLEL_MIN', 50_000) || 50_000,
  /** Records from which git's index is asked to vouch for unchanged files. */
  gitVouchMin: (): number => numberOr('PPID_GIT_VOUCH_MIN', 5000),
  /** A reader thread's heap, in MB. */
  workerHeapMb: (): number => numberOr('PPID_WORKER_HEAP_MB', 64) || 64,
  /** How long a command waits for another's lock on the archive, in ms. */
  lockTimeoutMs: (): number => numberOr('PPID_LOCK_TIMEOUT', 30) * 1000,
};
