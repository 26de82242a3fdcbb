/**
 * git through simple-git, for the commands that talk to other repositories (clone, remotes,
 * sync) and rewrite history. Its own module: loading it is a noticeable cost to a step
 * (docs/performance.md, 'Why the code is shaped so'), and the steps ask git their questions
 * through git/run.ts.
 */
import { simpleGit, type SimpleGit } from 'simple-git';
import { gitEnv } from './run.js';

export function git(root: string): SimpleGit {
  // The user's own git settings (global config file, ssh command, askpass, settings given in
  // GIT_CONFIG_COUNT, e.g. a signing key) are theirs to keep: simple-git's guards are for
  // untrusted values, and the arguments stay guarded.
  return simpleGit({
    baseDir: root,
    trimmed: true,
    // ppid itself sets `-c core.editor=true` where git would open an editor (a rebase), so none ever opens.
    unsafe: {
      allowUnsafeConfigPaths: true,
      allowUnsafeSshCommand: true,
      allowUnsafeAskPass: true,
      allowUnsafeGitProxy: true,
      allowUnsafeEditor: true,
      allowUnsafeConfigEnvCount: true,
    },
  }).env(gitEnv());
}
