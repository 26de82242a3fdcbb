#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { main } from '../dist/cli.js';

// `ppid list | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    // main() reports its own errors; this is only reached if it could not even start. One line,
    // as everywhere: a stack trace helps no officer, PPID_DEBUG=1 shows it to a developer.
    const detail = process.env.PPID_DEBUG ? (e && e.stack) || e : (e && e.message) || e;
    process.stderr.write(`ppid: galat internal (internal error): ${detail} — mohon laporkan ke pengembang ppid\n`);
    process.exitCode = 70;
  },
);
