/**
 * A commit that changes no file: HEAD's tree again, with its own message. Some steps record a
 * decision and nothing else (the PPID Utama accepting an audit finding); the trail is the
 * history, so the decision is a commit of its own.
 */
import { gitRun } from './run.js';
import { stepDates, timeOf } from './commit-time.js';
import { cleanMessage } from './step-commit.js';

/** Commits HEAD's tree under `message` on top of `head`; the ref moves only if HEAD is still `head`. */
export async function commitNothing(root: string, head: string, message: string): Promise<string> {
  const text = cleanMessage(message);
  const commit = (await gitRun(root, ['commit-tree', `${head}^{tree}`, '-p', head, '-F', '-'], text, { env: await stepDates(root, await timeOf(root, head)) }))
    .toString('latin1')
    .trim();
  await gitRun(root, ['update-ref', '-m', `commit: ${text.split('\n')[0]}`, 'HEAD', commit, head]);
  return commit;
}
