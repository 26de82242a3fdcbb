/**
 * Colour for the streams, loaded only when a command runs or an error is reported: chalk and
 * its terminal detection are a noticeable share of `ppid --help`'s start-up
 * (docs/performance.md, 'Why the code is shaped so').
 */
import { Chalk, type ChalkInstance } from 'chalk';
import { hasColor, type Io, type Streams } from './io.js';

export function colorFor(isTTY: boolean, env: NodeJS.ProcessEnv, wanted = true): ChalkInstance {
  const off = !wanted || !isTTY || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb';
  return new Chalk({ level: off ? 0 : 1 });
}

/** The streams with colour; `wanted` false (--no-color) turns it off whatever the streams had. */
export function withColor(s: Streams | Io, wanted: boolean): Io {
  if (!wanted) return { ...s, color: new Chalk({ level: 0 }), colorErr: new Chalk({ level: 0 }) };
  if (hasColor(s)) return s;
  return { ...s, color: colorFor(s.stdoutIsTTY, s.env), colorErr: colorFor(s.stderrIsTTY, s.env) };
}
