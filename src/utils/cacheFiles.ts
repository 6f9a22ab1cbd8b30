/**
 * What the build's content-addressed caches (chart PNGs, the search index) share: a file written whole or not at
 * all, and the installed version of a package whose output a cached file depends on. Node runs this file in worker
 * threads as it is (erasable TypeScript only).
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Writes `file` under a temporary name and renames it into place, so a build stopped halfway leaves no torn file. */
export function writeWhole(file: string, data: string | Uint8Array): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, file);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}

/** The version of the package `name` as installed for the module at `moduleUrl` (its entry may sit in a subfolder). */
export function packageVersion(name: string, moduleUrl: string): string {
  let dir = path.dirname(createRequire(moduleUrl).resolve(name));
  for (;;) {
    const file = path.join(dir, 'package.json');
    if (statSync(file, { throwIfNoEntry: false })) {
      const pkg = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (pkg.name === name && pkg.version !== undefined) return pkg.version;
    }
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`${name}: no package.json with its version above ${createRequire(moduleUrl).resolve(name)}`);
    dir = up;
  }
}
