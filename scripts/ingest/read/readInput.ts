/**
 * Reading ingest's input from disk: the source files and the corrections file. Every problem is an `InputError`
 * naming the path as the user gave it — a folder named `*.txt`, a symbolic link out of the sources folder, a device,
 * a file too large — never a stack trace, and nothing is read without a size limit (`/dev/zero` must not hang).
 */
import { closeSync, existsSync, lstatSync, openSync, readdirSync, readSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { InputError, type SourceFile } from '../types.ts';

/** Largest source file ingest reads: a newspaper page is a few hundred kB; 64 MB is far past any real one. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;
/** Largest corrections file: hand-written YAML, a few kB; 1 MB leaves room for years of corrections. */
export const MAX_CORRECTIONS_BYTES = 1024 * 1024;

const megabytes = (n: number): string => `${Math.round(n / 1024 / 1024)} MB`;

/** Reads at most `limit` bytes of a regular file; a larger file is an error naming `shown` and the limit. */
export function readBounded(path: string, shown: string, limit: number, what: string): Buffer {
  let fd: number;
  let size: number;
  try {
    const stat = statSync(path);
    size = stat.size;
    if (stat.isDirectory()) throw new InputError(shown, null, `this is a folder, not a ${what}`);
    if (!stat.isFile()) throw new InputError(shown, null, `this is not a regular file (a device or pipe?), not a ${what}`);
    if (stat.size > limit) throw new InputError(shown, null, `the file is ${megabytes(stat.size)}, larger than the ${megabytes(limit)} limit for a ${what}`);
    fd = openSync(path, 'r');
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(shown, null, `cannot read it: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    // Read in chunks until the end or one byte past the limit, so a file that grew since stat() is caught too. A chunk
    // is the file's size and one byte (64 kB to 1 MB, the floor for files that report no size), left unfilled:
    // zeroing 1 MB for every few-kB article was a tenth of a large run's reading.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, Math.max(64 * 1024, size + 1)));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      length += n;
      if (length > limit) throw new InputError(shown, null, `the file is larger than the ${megabytes(limit)} limit for a ${what}`);
    }
    return Buffer.concat(chunks, length);
  } finally {
    closeSync(fd);
  }
}

/** True when `path` lies inside folder `dir` (both real paths). */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/**
 * Reads every `*.txt` in `dir` (`shown` is the folder as the user gave it). A symbolic link is followed only when it
 * points inside the sources folder: a link out of it would publish a file nobody put in the sources.
 */
export function readSources(dir: string, shown: string): SourceFile[] {
  if (!existsSync(dir)) throw new InputError(shown, null, 'no such folder');
  if (!statSync(dir).isDirectory()) throw new InputError(shown, null, 'this is a file, not a folder of sources');
  const names = readdirSync(dir)
    .filter((n) => n.toLowerCase().endsWith('.txt'))
    .sort();
  if (names.length === 0) throw new InputError(shown, null, 'no .txt files in this folder');
  const realDir = realpathSync(dir);
  return names.map((name) => {
    const path = join(dir, name);
    if (lstatSync(path).isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        throw new InputError(name, null, 'this is a symbolic link to nothing (its target is gone)');
      }
      if (!inside(realDir, target))
        throw new InputError(name, null, `this is a symbolic link to ${target}, outside the sources folder; copy the file in instead`);
    }
    return { name, bytes: readBounded(path, name, MAX_SOURCE_BYTES, 'source text file') };
  });
}

/**
 * Reads the corrections file: `null` when it is the default one and absent (no corrections); an error when a file
 * the user named is missing or unreadable.
 */
export function readCorrectionsText(path: string, shown: string, named: boolean): string | null {
  if (!existsSync(path)) {
    if (!named) return null;
    throw new InputError(shown, null, 'no such corrections file');
  }
  return readBounded(path, shown, MAX_CORRECTIONS_BYTES, 'corrections file').toString('utf8');
}
