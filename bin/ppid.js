#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build). This file is CommonJS
// (bin/package.json) so that it can require() the ESM CLI: an ESM entry starts Node's
// asynchronous module loader, and fs/promises and readline with it, a tenth of `ppid --help`'s
// time. The commands' own modules are still loaded by import() when they run.
'use strict';

/**
 * Node loads ESM by require() without a word from 20.19, 22.14 and 23.5 on; 22.12–22.13 and
 * 23.0–23.4 print an "experimental" warning an officer should not see, so there it is import().
 */
function quietRequireEsm() {
  if (!process.features.require_module) return false;
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major === 20 ? minor >= 19 : major === 22 ? minor >= 14 : major === 23 ? minor >= 5 : major >= 24;
}

const cli = quietRequireEsm() ? Promise.resolve().then(() => require('../dist/cli/main.js')) : import('../dist/cli/main.js');

// `ppid list | head` closes the pipe early: that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e && e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

cli
  .then(({ main }) => main(process.argv))
  .then(
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
