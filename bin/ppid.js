#!/usr/bin/env node
// Entry point: the compiled CLI lives in dist/ (npm run build).
import { main } from '../dist/cli.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`ppid: internal error: ${e && e.stack ? e.stack : e}\n`);
    process.exitCode = 70;
  },
);
