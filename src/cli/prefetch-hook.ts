/**
 * A command that reads every record has git look at the records while the command's own
 * modules load (store/prefetch.ts): started from the raw arguments when the command is named
 * first, or else when commander has parsed it.
 */
import { commandNamed } from './aliases.js';

/** Loaded by a command that reads the records; what it started and no scan took is dropped when the command ends. */
let scanStart: Promise<typeof import('../store/prefetch.js')> | undefined;
export const loadScanStart = () => (scanStart ??= import('../store/prefetch.js'));

/**
 * The commands that read every record: git is asked about the records as soon as one is named
 * (`readingCommand`), or else when commander has parsed it, before its modules load.
 */
export const READING = new Set(['validate', 'list', 'show', 'expiring', 'publish', 'status', 'inbox', 'export', 'doc', 'decrypt']);

/**
 * The archive option of a record-reading command named first on the command line (`ppid list
 * --archive X`), before commander has parsed anything; undefined for anything else, help included
 * (a guess that misses only means that git is asked a little later, when the command runs).
 */
export function readingCommand(args: string[]): { archive?: string } | undefined {
  if (!READING.has(commandNamed(args[0] ?? '')) || args.some((a) => a === '--help' || a === '-h')) return undefined;
  const k = args.findIndex((a) => a === '--archive' || a.startsWith('--archive='));
  if (k < 0) return {};
  const archive = args[k]!.includes('=') ? args[k]!.slice('--archive='.length) : args[k + 1];
  return archive === undefined ? {} : { archive };
}

/** Drops what was started for the records and not used, so that nothing is left for a later command in this process. */
export async function dropPrefetch(): Promise<void> {
  if (scanStart) (await scanStart).dropScanStarts();
  scanStart = undefined;
}
