// `npm test`'s first part: lint and the type check, side by side (each keeps one core busy, and
// a 2-core machine has two). Each one's output is printed whole when it ends; the exit status is
// the first failure's.
import { spawn } from 'node:child_process';

const run = (script) =>
  new Promise((done) => {
    const p = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    p.stdout.on('data', (d) => out.push(d));
    p.stderr.on('data', (d) => out.push(d));
    p.on('close', (code) => {
      process.stdout.write(Buffer.concat(out));
      done({ script, code: code ?? 1 });
    });
  });

const results = await Promise.all([run('lint'), run('typecheck')]);
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) process.stderr.write(`npm run ${r.script} failed (exit ${r.code})\n`);
process.exitCode = failed[0]?.code ?? 0;
