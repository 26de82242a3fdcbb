// The floor for a full read: one thread reads every record and parses its front matter with
// the yaml package, nothing more (no validation, no positions, no rules).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const dir = join(process.argv[2], 'informasi');
let n = 0;
for (const f of readdirSync(dir)) {
  if (!f.endsWith('.md')) continue;
  const text = readFileSync(join(dir, f), 'utf8');
  const end = text.indexOf('\n---', 4);
  parse(text.slice(4, end));
  n++;
}
if (process.env.PPID_BENCH_VERBOSE) console.log(n);
