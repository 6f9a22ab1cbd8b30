/**
 * Where a worker thread's file is. Node runs a worker file as it is (TypeScript with only erasable annotations), so
 * the build's bundler never has to know about it.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The worker file `name` of the project folder `srcDir` (`src/charts`), for the module at `moduleUrl` in that folder:
 * beside the module when it runs from source (tests, the dev server); a build runs a bundled copy of the module from
 * elsewhere, and then the worker is taken from the project's `srcDir` under `cwd` (the build's working directory).
 */
export function workerFile(moduleUrl: string, srcDir: string, name: string, cwd = process.cwd()): string {
  const beside = fileURLToPath(new URL(name, moduleUrl));
  return existsSync(beside) ? beside : path.join(cwd, srcDir, name);
}
