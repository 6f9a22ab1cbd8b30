/** The ingest CLI run as a user runs it, for the tests that drive it from outside. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root. */
export const ROOT = join(import.meta.dirname, '../..');

/** Runs `scripts/ingest/cli.ts` with `args` in the folder `cwd`: its exit code and what it printed. */
export function runIngestCli(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), join(ROOT, 'scripts/ingest/cli.ts'), ...args], {
    cwd,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
