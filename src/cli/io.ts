/** What a command may touch of the outside world; tests and the CLI pass their own. */
import { Chalk, type ChalkInstance } from 'chalk';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  stdinIsTTY: boolean;
  /** Colour for stdout (off unless a TTY, and never with NO_COLOR or --no-color). */
  color: ChalkInstance;
  /** Colour for stderr. */
  colorErr: ChalkInstance;
}

export function colorFor(isTTY: boolean, env: NodeJS.ProcessEnv, wanted = true): ChalkInstance {
  const off = !wanted || !isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb';
  return new Chalk({ level: off ? 0 : 1 });
}

export function processIo(wantColor = true): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    stdoutIsTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    color: colorFor(Boolean(process.stdout.isTTY), process.env, wantColor),
    colorErr: colorFor(Boolean(process.stderr.isTTY), process.env, wantColor),
  };
}
