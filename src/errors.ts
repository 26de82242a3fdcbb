/**
 * The few error kinds the entry point knows how to report. Anything else is an internal
 * error and is reported as a bug, with the version.
 */
import type { Diagnostic } from './diagnostics.js';
import type { UiKey } from './i18n/ui-messages.js';

/** Exit codes, documented in the README; scripts may rely on them. */
export const EXIT = {
  OK: 0,
  /** Invalid data or a refused operation: nothing was changed. */
  INVALID: 1,
  /** Wrong command-line usage. */
  USAGE: 2,
  /** No archive here, or the archive is not a git work tree of its own. */
  ARCHIVE: 3,
  /** git itself failed (e.g. no identity configured); nothing was changed. */
  GIT: 4,
  /** Another ppid command is changing the archive and did not finish in time. */
  LOCKED: 5,
  /** `--exit-code` of expiring/status: something falls due (within the window, or a step waits); nothing is late. */
  DUE: 10,
  /** `--exit-code` of expiring/status: something is late (its date passed and nothing was recorded). */
  OVERDUE: 11,
  INTERNAL: 70,
} as const;

/** An error the user can fix. `code` selects the message in the catalogue (a key of it, or it does not compile). */
export class UserError extends Error {
  constructor(
    readonly code: UiKey,
    readonly params: Record<string, string | number> = {},
    readonly exitCode: number = EXIT.INVALID,
    readonly diagnostics: Diagnostic[] = [],
  ) {
    super(code);
  }
}
