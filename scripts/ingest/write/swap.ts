/**
 * Writing ingest's output safely: one writer at a time (a lock file), and an all-or-nothing swap of the collection
 * folders (a journal). The file-system effects are passed in (`OutputFs`), and the writer is a generator that yields
 * after every effect, so a test can stop it between any two steps — as a kill -9 would — and then check that
 * `recover` leaves the folder wholly old or wholly new.
 *
 * The swap, for a run with a unique id:
 *   1. write every file into `.ingest-staging-<id>/`            (a kill here: the old output stands; staging is litter)
 *   2. write `.ingest-journal.json` naming the folders and id  (the commit point: from here the new output wins)
 *   3. per folder: move the live one into `.ingest-retired-<id>/`, move the staged one into place
 *   4. remove the journal, then the retired and staging folders
 * `recover` (run under the lock before anything else reads the folder) finishes step 3 and 4 from a journal, or
 * removes the litter of a run that never reached step 2. Nothing is removed while it is the only copy: a retired
 * folder goes only after the journal, i.e. after every new folder is in place.
 */

/** The file-system effects the writer needs; paths are joined with `/`. */
export interface OutputFs {
  /** True when a file or folder exists at `path`. */
  exists(path: string): boolean;
  /** Creates a folder and its parents. */
  mkdir(path: string): void;
  /** Writes a file whole (its folder exists). */
  writeFile(path: string, content: string): void;
  /** Writes many files whole (their folders exist), in any order; throws the first failure. */
  writeFiles(files: readonly (readonly [path: string, content: string])[]): void;
  /** Reads a file; throws when it is missing. */
  readFile(path: string): string;
  /** Renames a file or folder; throws when `from` is missing. */
  rename(from: string, to: string): void;
  /** Removes a file or folder tree; nothing when missing. */
  remove(path: string): void;
  /** Names in a folder (empty when missing). */
  list(path: string): string[];
  /** Creates `path` with `content` only if nothing is there, atomically; false when something is. */
  createExclusive(path: string, content: string): boolean;
}

/** Name of the lock file in the output folder. */
export const LOCK_NAME = '.ingest.lock';
/** Name of the swap journal in the output folder. */
export const JOURNAL_NAME = '.ingest-journal.json';
const STAGING_PREFIX = '.ingest-staging-';
const RETIRED_PREFIX = '.ingest-retired-';

/** Who holds the lock. */
export interface LockHolder {
  /** Process id of the holder. */
  pid: number;
  /** When it started, ISO 8601. */
  started: string;
}

/** What the swap journal records: enough for any later run to finish the swap. */
interface Journal {
  /** The run's unique id (names its staging and retired folders). */
  id: string;
  /** Collection folders being swapped. */
  folders: string[];
}

/** Outcome of trying to take the lock. */
export type LockResult = { ok: true; notice: string | null } | { ok: false; holder: LockHolder | null; message: string };

const join = (...parts: string[]): string => parts.join('/');

function parseHolder(text: string): LockHolder | null {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.pid === 'number' && typeof value.started === 'string' ? { pid: value.pid, started: value.started } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock on `outDir` for `me`; a lock whose holder is dead (`isAlive` false) is taken over with a notice.
 * A lock that cannot be read is left alone: its holder may be between creating and filling it.
 */
export function acquireLock(fs: OutputFs, outDir: string, me: LockHolder, isAlive: (pid: number) => boolean): LockResult {
  const lock = join(outDir, LOCK_NAME);
  const content = `${JSON.stringify(me)}\n`;
  let notice: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    if (fs.createExclusive(lock, content)) return { ok: true, notice };
    let holder: LockHolder | null = null;
    try {
      holder = parseHolder(fs.readFile(lock));
    } catch {
      continue; // The holder let go between our two looks: try again.
    }
    if (holder === null) {
      return { ok: false, holder, message: `${lock} exists but names no process; if no ingest is running, delete it and run again` };
    }
    if (isAlive(holder.pid)) {
      return {
        ok: false,
        holder,
        message: `another ingest (PID ${holder.pid}, started ${holder.started}) is writing ${outDir}; wait for it to finish and run again (if no ingest is running, that PID is another program's: delete ${lock})`,
      };
    }
    // Move the stale lock aside under a name of our own: of two runs taking it over at once, only one rename succeeds.
    const aside = `${lock}.stale-${me.pid}`;
    try {
      fs.rename(lock, aside);
    } catch {
      continue;
    }
    fs.remove(aside);
    notice = `took over the lock of ingest PID ${holder.pid} (started ${holder.started}), which is no longer running`;
  }
  return { ok: false, holder: null, message: `could not take the lock ${lock}; another ingest keeps taking it` };
}

/** Releases the lock if `me` still holds it. */
export function releaseLock(fs: OutputFs, outDir: string, me: LockHolder): void {
  const lock = join(outDir, LOCK_NAME);
  let holder: LockHolder | null = null;
  try {
    holder = parseHolder(fs.readFile(lock));
  } catch {
    return;
  }
  if (holder?.pid === me.pid && holder.started === me.started) fs.remove(lock);
}

/**
 * Finishes or cleans up an interrupted swap in `outDir`; call it holding the lock, before reading the folder.
 * Returns what it did, for a notice, or null when there was nothing to do.
 */
export function recover(fs: OutputFs, outDir: string): string | null {
  const steps = recoverSteps(fs, outDir);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** `recover`, one effect at a time (a test stops it between steps, as a second kill would); returns its notice. */
export function* recoverSteps(fs: OutputFs, outDir: string): Generator<string, string | null, void> {
  let recoveryNotice: string | null = null;
  const journalPath = join(outDir, JOURNAL_NAME);
  if (fs.exists(journalPath)) {
    const journal = JSON.parse(fs.readFile(journalPath)) as Journal;
    yield* finishSwap(fs, outDir, journal);
    recoveryNotice = `finished the interrupted ingest ${journal.id}: ${journal.folders.join(', ')} are its complete output`;
  }
  // Litter of runs that died before their journal (their staging) or after it (emptied folders): never the only copy,
  // since without a journal every live folder is complete.
  for (const name of fs.list(outDir).sort()) {
    if (name.startsWith(STAGING_PREFIX) || name.startsWith(RETIRED_PREFIX) || name.startsWith(`${JOURNAL_NAME}.`)) {
      fs.remove(join(outDir, name));
      recoveryNotice ??= `removed ${name} left by an interrupted ingest; the output is unchanged`;
      yield `remove ${name}`;
    }
  }
  return recoveryNotice;
}

/** Steps 3 and 4 of the swap; each step looks at the folder first, so running it again after a kill is safe. */
function* finishSwap(fs: OutputFs, outDir: string, journal: Journal): Generator<string, void, void> {
  const staging = join(outDir, `${STAGING_PREFIX}${journal.id}`);
  const retired = join(outDir, `${RETIRED_PREFIX}${journal.id}`);
  if (!fs.exists(retired)) {
    fs.mkdir(retired);
    yield 'mkdir retired';
  }
  for (const folder of journal.folders) {
    const staged = join(staging, folder);
    if (!fs.exists(staged)) continue; // Already moved into place.
    const live = join(outDir, folder);
    if (fs.exists(live)) {
      fs.rename(live, join(retired, folder));
      yield `retire ${folder}`;
    }
    fs.rename(staged, live);
    yield `install ${folder}`;
  }
  fs.remove(join(outDir, JOURNAL_NAME));
  yield 'remove journal';
  fs.remove(retired);
  yield 'remove retired';
  fs.remove(staging);
  yield 'remove staging';
}

/**
 * Writes `files` (path relative to `outDir` → content) into `outDir`, replacing each collection folder they name
 * as one unit; yields after every effect. Call it holding the lock, after `recover`.
 */
export function* writeOutputSteps(fs: OutputFs, outDir: string, files: Map<string, string>, id: string): Generator<string, void, void> {
  const staging = join(outDir, `${STAGING_PREFIX}${id}`);
  const folders = [...new Set([...files.keys()].map((p) => p.split('/')[0]!))].sort();
  // Tens of thousands of files share a handful of folders: each folder is made once, then the files are written in
  // one batch (the real file system spreads it over two threads).
  const staged: [string, string][] = [];
  const made = new Set<string>();
  for (const [path, content] of files) {
    const target = join(staging, path);
    const folder = target.slice(0, target.lastIndexOf('/'));
    if (!made.has(folder)) {
      fs.mkdir(folder);
      made.add(folder);
      yield `mkdir ${folder}`;
    }
    staged.push([target, content]);
  }
  fs.writeFiles(staged);
  yield `stage ${staged.length} files`;
  // The journal appears whole or not at all: written aside, then renamed into place (the commit point).
  const journal: Journal = { id, folders };
  const journalPath = join(outDir, JOURNAL_NAME);
  fs.writeFile(`${journalPath}.${id}`, JSON.stringify(journal));
  yield 'write journal';
  fs.rename(`${journalPath}.${id}`, journalPath);
  yield 'commit journal';
  yield* finishSwap(fs, outDir, journal);
}

/** Runs a step generator to its end. */
export function runSteps(steps: Generator<string, unknown, void>): void {
  for (const _ of steps) {
    // Effects happen inside the generator.
  }
}
