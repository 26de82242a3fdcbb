#!/usr/bin/env node
// `npm start` in a clone: build only when a source is newer than the last good build. A full
// `tsc` costs ~12 s on this project's 2-core machines, ten times the command it starts; a clone
// that was just `npm ci`-ed (which builds in `prepare`) or not changed since needs none.
// `--stamp` records a good build (the last step of `npm run build`).
'use strict';
const { readdirSync, statSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { spawnSync } = require('node:child_process');

const root = join(__dirname, '..');
const stamp = join(root, 'dist', '.build-stamp');
// What the build reads: the sources, the compiler's settings, the dependencies' versions.
const inputs = ['src', 'tsconfig.json', 'package.json', 'package-lock.json'];

function newest(path) {
  let st;
  try {
    st = statSync(path);
  } catch {
    return 0;
  }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs; // a file deleted or renamed changes its folder
  for (const name of readdirSync(path)) max = Math.max(max, newest(join(path, name)));
  return max;
}

if (process.argv.includes('--stamp')) {
  writeFileSync(stamp, new Date().toISOString() + '\n');
} else if (!existsSync(stamp) || Math.max(...inputs.map((i) => newest(join(root, i)))) > statSync(stamp).mtimeMs) {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exitCode = r.status ?? 1;
}
