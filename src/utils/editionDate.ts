/**
 * The date of this edition of the site, `YYYY-MM-DD` in the newspapers' time zone: the date citations give as
 * "accessed" and the charts give as "updated". It must not be the wall-clock time of the build, or two builds of
 * the same sources would differ. Following the reproducible-builds convention it is `SOURCE_DATE_EPOCH` when set,
 * else the date of the checked-out commit, else (outside a git checkout) today.
 */
import { execFileSync } from 'node:child_process';

/** Formats a moment as `YYYY-MM-DD` in Asia/Shanghai. */
export function shanghaiDate(date: Date): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(date);
}

/** Picks the edition's moment from the environment and the commit time (seconds since the epoch), in that order. */
export function editionMoment(env: Record<string, string | undefined>, commitSeconds: number | null, now: Date): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000);
  if (commitSeconds !== null) return new Date(commitSeconds * 1000);
  return now;
}

function commitSeconds(): number | null {
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return /^\d+$/u.test(out) ? Number(out) : null;
  } catch {
    return null;
  }
}

let cached: string | undefined;

/** The edition date, computed once per build. */
export function editionDate(): string {
  cached ??= shanghaiDate(editionMoment(process.env, commitSeconds(), new Date()));
  return cached;
}
