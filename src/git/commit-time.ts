/**
 * A commit's time, and the time a step's commit takes. A step is dated by the clock, or by
 * GIT_COMMITTER_DATE when set (tests, and git itself, pin time so); its author date is the same,
 * so GIT_AUTHOR_DATE alone cannot move a step in the trail `ppid log` shows. The trail's time
 * never runs backwards: a step dated before the commit it follows is refused, but a clock a few
 * minutes behind another office's (whose commit came in by sync) is not the officer's doing,
 * and the step takes the time of the commit before it.
 */
import { EXIT, UserError } from '../errors.js';
import { environment } from '../environment.js';
import { gitRun } from './run.js';

export interface GitTime {
  /** Seconds since 1970. */
  ts: number;
  /** The offset as git writes it: +0700. */
  tz: string;
}

/** How far behind the last commit this computer's clock may be and still be taken for skew. */
const SKEW_SECONDS = 10 * 60;

/** `committer Name <mail> 1770084000 +0700` in a raw commit object. */
export function committerTime(commit: Buffer | string): GitTime | undefined {
  const text = typeof commit === 'string' ? commit : commit.toString('utf8', 0, Math.min(commit.length, 4096));
  const m = /^committer .* (\d+) ([+-]\d{4})$/m.exec(text);
  return m ? { ts: Number(m[1]), tz: m[2]! } : undefined;
}

export async function timeOf(root: string, rev: string): Promise<GitTime | undefined> {
  const raw = await gitRun(root, ['cat-file', 'commit', rev]).catch(() => undefined);
  return raw ? committerTime(raw) : undefined;
}

const asGitDate = (t: GitTime): string => `@${t.ts} ${t.tz}`;
/** ISO 8601 in the time's own offset, as `git log --format=%cI` prints it. */
function iso(t: GitTime): string {
  const minutes = (t.tz.startsWith('-') ? -1 : 1) * (Number(t.tz.slice(1, 3)) * 60 + Number(t.tz.slice(3, 5)));
  const local = new Date((t.ts + minutes * 60) * 1000).toISOString().slice(0, 19);
  return `${local}${t.tz.slice(0, 3)}:${t.tz.slice(3)}`;
}

function clockNow(): GitTime {
  const now = new Date();
  const offset = -now.getTimezoneOffset();
  const hhmm = `${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
  return { ts: Math.floor(now.getTime() / 1000), tz: `${offset < 0 ? '-' : '+'}${hhmm}` };
}

/** GIT_COMMITTER_DATE as git reads it (it takes several forms), or undefined when unset. */
async function pinned(root: string): Promise<GitTime | undefined> {
  if (!environment().GIT_COMMITTER_DATE) return undefined;
  const ident = await gitRun(root, ['var', 'GIT_COMMITTER_IDENT'], undefined, { env: { GIT_COMMITTER_NAME: 'ppid', GIT_COMMITTER_EMAIL: 'ppid@localhost' } });
  return committerTime(`committer ${ident.toString('utf8').trim()}`);
}

/** The author and committer dates of a step's commit that follows a commit of time `parent`. */
export async function stepDates(root: string, parent: (GitTime & { commit?: string }) | undefined): Promise<Record<string, string>> {
  const set = await pinned(root);
  let t = set ?? clockNow();
  if (parent && t.ts < parent.ts) {
    const params = { waktu: iso(t), induk: iso(parent), commit: (parent.commit ?? '').slice(0, 10) };
    if (set || parent.ts - t.ts > SKEW_SECONDS) throw new UserError(set ? 'langkah-sebelum-induk' : 'jam-komputer-mundur', params, EXIT.INVALID);
    t = { ts: parent.ts, tz: t.tz };
  }
  return { GIT_AUTHOR_DATE: asGitDate(t), GIT_COMMITTER_DATE: asGitDate(t) };
}

/** The committer date for commits replayed on `upstream` (sync): now, but never before it. */
export async function replayDate(root: string, upstream: string): Promise<string> {
  const [floor, set] = await Promise.all([timeOf(root, upstream), pinned(root)]);
  const t = set ?? clockNow();
  return asGitDate(floor && floor.ts > t.ts ? { ts: floor.ts, tz: t.tz } : t);
}
