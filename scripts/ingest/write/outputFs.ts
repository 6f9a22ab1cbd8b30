/**
 * The real file system behind `OutputFs` (see swap.ts), and the liveness check for lock holders.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import type { OutputFs } from './swap.ts';

/** `OutputFs` on node:fs. */
export const nodeOutputFs: OutputFs = {
  exists: (path) => existsSync(path),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile: (path, content) => writeFileSync(path, content),
  readFile: (path) => readFileSync(path, 'utf8'),
  rename: (from, to) => renameSync(from, to),
  remove: (path) => rmSync(path, { recursive: true, force: true }),
  list: (path) => (existsSync(path) ? readdirSync(path) : []),
  createExclusive(path, content) {
    // Written whole beside it, then hard-linked into place: link() fails if the name exists, and a reader never
    // sees a half-written lock.
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, content);
    try {
      linkSync(tmp, path);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    } finally {
      unlinkSync(tmp);
    }
  },
};

/** True when a process with this id runs (EPERM: it runs as another user). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
