/** What a command may touch of the outside world; tests and the CLI pass their own. */
import type { ChalkInstance } from 'chalk';

/** The streams and the environment, without colour: all that `ppid --help` needs. */
export interface Streams {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** The terminal's width when stdout is one (the output's width: terminal/width.ts). */
  stdoutColumns?: number;
}

export interface Io extends Streams {
  /** Colour for stdout (off unless a TTY, and never with NO_COLOR or --no-color). */
  color: ChalkInstance;
  /** Colour for stderr. */
  colorErr: ChalkInstance;
}

export function processStreams(): Streams {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    ...(process.stdout.isTTY ? { stdoutColumns: process.stdout.columns } : {}),
  };
}

/** Whether these streams already carry their colours (tests pass a complete Io). */
export const hasColor = (s: Streams | Io): s is Io => 'color' in s && 'colorErr' in s;
