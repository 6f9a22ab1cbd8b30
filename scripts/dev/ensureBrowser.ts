/**
 * Makes sure the end-to-end tests have a browser and Chinese fonts: Debian's `chromium` and `fonts-noto-cjk`.
 * Playwright's own browser download cannot reach its servers here, so the system packages stand in.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, mkdirSync, openSync, closeSync } from 'node:fs';
import path from 'node:path';

/** The browser the Playwright config launches. */
export const CHROMIUM = '/usr/bin/chromium';
/** Debian packages the end-to-end tests need. */
export const PACKAGES = ['chromium', 'fonts-noto-cjk'] as const;

/** Outcome of `ensureBrowser`: ready (perhaps after installing), or a message saying what is missing. */
export type BrowserCheck = { ok: true; message: string } | { ok: false; message: string };

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function isDebInstalled(pkg: string): boolean {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === 'install ok installed';
}

/** Names the packages among `PACKAGES` that are not installed. */
export function missingPackages(): string[] {
  return PACKAGES.filter((pkg) => (pkg === 'chromium' ? !isExecutable(CHROMIUM) : !isDebInstalled(pkg)));
}

/** Installs the missing packages with apt-get when running as root, logging to `logFile`; otherwise says what to install. */
export function ensureBrowser(logFile: string): BrowserCheck {
  const missing = missingPackages();
  if (missing.length === 0) return { ok: true, message: `browser: ${CHROMIUM} and fonts-noto-cjk present` };

  const install = `apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    return { ok: false, message: `browser: missing ${missing.join(', ')}; as root run: apt-get update && ${install}` };
  }

  mkdirSync(path.dirname(logFile), { recursive: true });
  const fd = openSync(logFile, 'w');
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const steps: string[][] = [
      ['apt-get', 'update'],
      ['apt-get', 'install', '-y', ...missing],
    ];
    for (const [cmd, ...args] of steps) {
      const result = spawnSync(cmd ?? '', args, { env, stdio: ['ignore', fd, fd] });
      if (result.status !== 0) {
        return { ok: false, message: `browser: \`${cmd} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}); see ${logFile}` };
      }
    }
  } finally {
    closeSync(fd);
  }

  const still = missingPackages();
  return still.length === 0
    ? { ok: true, message: `browser: installed ${missing.join(', ')} (log: ${logFile})` }
    : { ok: false, message: `browser: still missing ${still.join(', ')} after apt-get; see ${logFile}` };
}
