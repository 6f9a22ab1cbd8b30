/**
 * The real file system behind `OutputFs` (see swap.ts), and the liveness check for lock holders.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { OutputFs } from './swap.ts';

/** Below this many files a batch is written on the calling thread alone: starting a thread costs more than it saves. */
export const PARALLEL_WRITE_MIN = 2000;

/** The helper thread's whole program (plain JavaScript, so it needs no loader): write its share, say how it went. */
const WRITER = `
const { workerData } = require('node:worker_threads');
const { writeFileSync } = require('node:fs');
const { files, done, port } = workerData;
let error = null;
try {
  for (const [path, content] of files) {
    writeFileSync(path, content);
    Atomics.add(done, 1, 1);
  }
} catch (e) {
  error = { message: e.message, code: e.code, syscall: e.syscall, path: e.path };
} finally {
  port.postMessage(error);
  Atomics.store(done, 0, 1);
  Atomics.notify(done, 0);
}
`;

/** How long the helper may go without writing a file before the batch is given up as failed. */
const STALL_MS = 60_000;

/** A failure the helper thread reported, as the error node:fs would have thrown here. */
interface WriteFailure {
  message: string;
  code?: string;
  syscall?: string;
  path?: string;
}

/**
 * Writes `files`, half of them on a helper thread while this thread writes the other half, and returns when both are
 * done (the caller's steps are synchronous). Creating tens of thousands of files is the kernel's work: on this
 * project's two-core machine two threads write 84,000 files in about 60 % of the time one takes. A batch of fewer than
 * `minFiles` is written here alone.
 */
export function writeFilesInParallel(files: readonly (readonly [string, string])[], minFiles = PARALLEL_WRITE_MIN): void {
  if (files.length < minFiles) {
    for (const [path, content] of files) writeFileSync(path, content);
    return;
  }
  const half = files.length >> 1;
  // [0]: 1 once the helper has finished; [1]: how many files it has written.
  const done = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WRITER, { eval: true, workerData: { files: files.slice(half), done, port: port2 }, transferList: [port2] });
  let mine: unknown = null;
  try {
    for (let i = 0; i < half; i++) writeFileSync(files[i]![0], files[i]![1]);
  } catch (error) {
    mine = error;
  }
  // The helper stores 1 when it has written its share or failed. A thread that stopped without a word (it could not
  // start, or was killed) writes nothing more: after a minute without progress the batch fails instead of waiting.
  let written = -1;
  let since = Date.now();
  while (Atomics.load(done, 0) === 0) {
    Atomics.wait(done, 0, 0, 1000);
    const now = Atomics.load(done, 1);
    if (now !== written) [written, since] = [now, Date.now()];
    else if (Date.now() - since > STALL_MS) break;
  }
  const theirs = receiveMessageOnPort(port1)?.message as WriteFailure | null | undefined;
  port1.close();
  if (theirs === undefined) void worker.terminate();
  if (mine !== null) throw mine;
  if (theirs === undefined) throw new Error(`the thread writing half of the output stopped after ${Math.max(0, written)} of ${files.length - half} files`);
  if (theirs !== null) throw Object.assign(new Error(theirs.message), { code: theirs.code, syscall: theirs.syscall, path: theirs.path });
}

/** `OutputFs` on node:fs. */
export const nodeOutputFs: OutputFs = {
  exists: (path) => existsSync(path),
  mkdir: (path) => void mkdirSync(path, { recursive: true }),
  writeFile: (path, content) => writeFileSync(path, content),
  writeFiles: writeFilesInParallel,
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
