/**
 * The part of reading the records that can begin before anything else is loaded: asking git
 * which record files differ from HEAD (store/git-trust.ts), or, on a first read of a large archive
 * (no cache yet, so every record will be read), starting the reading threads. The command line
 * starts it as soon as it knows that the command reads the records, so that git runs, or the
 * threads load the parser, while the command's own modules load; the scan takes it over
 * (`takeScanStart`), and what no scan took is dropped when the command ends
 * (`dropScanStarts`), so that no later command sees an old answer.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { askGit, type GitView } from '../git/status.js';
import { findArchiveRoot } from '../archive/find.js';
import { CACHE_INDEX_FILE, cacheDirOf, gitDirOf } from '../git/git-dir.js';
import { RECORDS_DIR } from '../domain/config.js';
import { ReaderPool } from './reader-pool.js';
import { tuning } from '../environment.js';

export interface ScanStart {
  asked?: Promise<GitView | undefined>;
  /** Reading threads, started where no cache can spare them work; the scan runs them or stops them. */
  readers?: ReaderPool;
  /** Stops git, or the threads, when no scan takes them (both only read: nothing is left behind). */
  stop?: () => void;
}

/**
 * From this many record files on, git is asked which of them differ from HEAD rather than each
 * being `lstat`ed by ppid. PPID_GIT_VOUCH_MIN: tests (0: always).
 */
export const vouchMin = (): number => tuning.gitVouchMin();
/** A records folder this large (bytes of the directory itself) has thousands of entries. */
const EARLY_DIR_BYTES = 128 * 1024;

const started = new Map<string, ScanStart>();

/** Starts what can be started for the archive at `root` (once per command). */
export function startScan(root: string): ScanStart {
  let s = started.get(root);
  if (!s) {
    const gitDir = gitDirOf(root);
    const size = statSync(join(root, RECORDS_DIR), { throwIfNoEntry: false })?.size ?? 0;
    // A first run (no cache index yet) has no entries git's word could vouch for.
    const large = size >= EARLY_DIR_BYTES || vouchMin() === 0;
    if (!large) s = {};
    else if (gitDir && existsSync(join(cacheDirOf(gitDir), CACHE_INDEX_FILE))) {
      const stopper = new AbortController();
      s = { asked: askGit(root, gitDir, stopper.signal), stop: () => stopper.abort() };
    } else {
      const readers = ReaderPool.start();
      s = { readers, stop: () => readers.stop() };
    }
    started.set(root, s);
  }
  return s;
}

/** For the command line, before the archive is opened: an archive that cannot be found starts nothing (the command says why). */
export function startScanAt(cwd: string, explicit: string | undefined): void {
  try {
    startScan(findArchiveRoot(cwd, explicit));
  } catch {
    // The command reports it.
  }
}

/** What was started for `root`, taken over by its scan (starting it now if nothing was). */
export function takeScanStart(root: string): ScanStart {
  const s = startScan(root);
  started.delete(root);
  return s;
}

export function dropScanStarts(): void {
  for (const s of started.values()) s.stop?.();
  started.clear();
}
