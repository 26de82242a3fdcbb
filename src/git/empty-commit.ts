/**
 * A commit that changes no file: HEAD's tree again, with its own message. Some steps record a
 * decision and nothing else (the PPID Utama accepting an audit finding); the trail is the
 * history, so the decision is a commit of its own.
 */
import { gitRun } from './run.js';
import { stepDates, timeOf } from './commit-time.js';
import { cleanMessage, commitTree } from './step-commit.js';
import type { Signing } from './signing.js';

/** Commits HEAD's tree under `message` on top of `head`; the ref moves only if HEAD is still `head`. */
export async function commitNothing(root: string, head: string, message: string, signing?: Signing): Promise<string> {
  const text = cleanMessage(message);
  const commit = await commitTree(root, `${head}^{tree}`, head, text, signing, await stepDates(root, { ...(await timeOf(root, head))!, commit: head }));
  await gitRun(root, ['update-ref', '-m', `commit: ${text.split('\n')[0]}`, 'HEAD', commit, head]);
  return commit;
}
