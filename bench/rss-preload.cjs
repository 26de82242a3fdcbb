// Loaded into a measured Node process (NODE_OPTIONS=--require): at exit it records the peak
// resident set size of that process, in kilobytes, to the file PPID_BENCH_RSS names.
const { appendFileSync } = require('node:fs');
const out = process.env.PPID_BENCH_RSS;
if (out) process.on('exit', () => appendFileSync(out, `${process.resourceUsage().maxRSS}\n`));
