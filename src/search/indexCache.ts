/**
 * The site's search index, built off the build's main thread and cached between builds. A worker thread
 * (`indexWorker.ts`) turns the collections into documents and the documents into the sharded index, while the main
 * thread goes on with the build; and an index whose documents and index code did not change since an earlier build
 * is read from a content-addressed cache outside `dist/` instead of built again. `buildShards` is deterministic, so a
 * cached index and a fresh one are the same bytes; the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { packageVersion, writeWhole } from '../utils/cacheFiles.ts';
import { workerFile } from '../utils/workerFile.ts';
import { buildShards, type ShardedIndex } from './buildIndex.ts';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import type { SearchDoc } from './types.ts';

/** Where cached indexes live unless `SEARCH_INDEX_CACHE` names another folder: beside the other build caches, gitignored. */
export function defaultIndexCacheDir(cwd = process.cwd()): string {
  return process.env.SEARCH_INDEX_CACHE || path.join(cwd, 'node_modules', '.cache', 'search-index');
}

/**
 * The modules of this folder whose code can decide an index's bytes once its documents are given: `buildIndex.ts`
 * and everything of this folder it imports (the documents' own modules among them: listing them costs only a
 * rebuild when they change).
 */
export const INDEX_MODULES = [
  'buildIndex.ts',
  'documents.ts',
  'engine.ts',
  'normalize.ts',
  'pinyin.ts',
  'rank.ts',
  'shardKeys.ts',
  'tokenize.ts',
  'traditional.ts',
  'types.ts',
] as const;

/** Cached indexes kept: a few, so builds for two addresses (`npm test`) or a switch back and forth both stay warm. */
export const KEEP_ENTRIES = 4;

let codeId: string | undefined;

/**
 * What besides the documents decides an index's bytes: the source of the index modules, fuse.js's version (its
 * index is serialised into the files) and the ICU data (the segmenter that cuts words for the keys).
 */
export function indexCodeId(): string {
  if (codeId === undefined) {
    const dir = path.dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    for (const name of INDEX_MODULES)
      hash
        .update(`${name}\0`)
        .update(readFileSync(path.join(dir, name)))
        .update('\0');
    hash.update(`fuse.js ${packageVersion('fuse.js', import.meta.url)}\0icu ${process.versions.icu} unicode ${process.versions.unicode}`);
    codeId = hash.digest('hex');
  }
  return codeId;
}

/** The cache key of an index: its documents, in order, and the code that indexes them. */
export function indexKey(docs: readonly SearchDoc[], code: string): string {
  return createHash('sha256').update(code).update('\0').update(JSON.stringify(docs)).digest('hex');
}

/** One cached index as stored: its key (checked on reading), the manifest and every file. */
interface Entry {
  key: string;
  manifest: ShardedIndex['manifest'];
  files: [name: string, content: string][];
}

/** A folder of indexes, one file each, named by key. */
export class IndexCache {
  /** The folder. */
  readonly dir: string;

  // A plain field, not a parameter property: Node runs this module in the worker with erasable TypeScript only.
  constructor(dir: string) {
    this.dir = dir;
  }

  private file(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The cached index for `key`, or null when there is none or the file is not a whole entry for that key. */
  get(key: string): ShardedIndex | null {
    let entry: Entry;
    try {
      entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as Entry;
    } catch {
      return null;
    }
    if (entry?.key !== key || typeof entry.manifest !== 'object' || entry.manifest === null || !Array.isArray(entry.files)) return null;
    if (!entry.files.every((f) => Array.isArray(f) && typeof f[0] === 'string' && typeof f[1] === 'string')) return null;
    // A read counts as a use: the entries pruned first are the ones no build asked for the longest. (Another build
    // may have pruned the file since it was read: the entry read is whole all the same.)
    const now = new Date();
    try {
      utimesSync(this.file(key), now, now);
    } catch {
      // nothing to mark
    }
    return { manifest: entry.manifest, files: new Map(entry.files) };
  }

  /**
   * Stores an index: written to a temporary name and renamed, so a build stopped halfway leaves no torn entry; then
   * drops all but the `keep` most recently used entries.
   */
  put(key: string, index: ShardedIndex, keep = KEEP_ENTRIES): void {
    mkdirSync(this.dir, { recursive: true });
    const file = this.file(key);
    const entry: Entry = { key, manifest: index.manifest, files: [...index.files] };
    writeWhole(file, JSON.stringify(entry));
    const others = readdirSync(this.dir)
      .filter((name) => name.endsWith('.json') && name !== path.basename(file))
      .map((name) => ({ name, used: statSync(path.join(this.dir, name), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.used - a.used || (a.name < b.name ? -1 : 1));
    for (const { name } of others.slice(Math.max(0, keep - 1))) rmSync(path.join(this.dir, name), { force: true });
  }
}

/** The sharded index of `source`: read from the cache in `cacheDir` when its documents were indexed before, else built and stored. */
export function cachedSiteShards(source: SearchSource, cacheDir: string): ShardedIndex {
  const docs = buildSearchDocs(source);
  const key = indexKey(docs, indexCodeId());
  const cache = new IndexCache(cacheDir);
  const cached = cache.get(key);
  if (cached) return cached;
  const index = buildShards(docs);
  try {
    cache.put(key, index);
  } catch {
    // The cache only saves time: a folder that cannot be written (a read-only or full disk) costs the next build
    // an indexing, not this one its index.
  }
  return index;
}

/** What the main thread posts to the index worker first. */
export interface IndexJob {
  /** The collections, as plain entries (links as Astro references or slugs). */
  source: SearchSource;
  /** The cache folder. */
  cacheDir: string;
  /**
   * `reply`: answer with the manifest and every file. `hold`: answer with the manifest alone, keep the files, and
   * write them where a later `ShardWriteJob` says (a build: the files never cross to the main thread).
   */
  files: 'reply' | 'hold';
}

/** What the main thread posts to a worker holding its files: the folder to write them into. */
export interface ShardWriteJob {
  /** The folder of the shard files (made when missing). */
  writeTo: string;
}

/** The index worker's answers: the index (with its files, or how many it holds), the files written, or why it failed. */
export type IndexReply =
  | { manifest: ShardedIndex['manifest']; files: [string, string][] }
  | { manifest: ShardedIndex['manifest']; held: number }
  | { written: number }
  | { error: string };

/** Writes every file of an index into `dir`, by its name; returns how many. */
export function writeShardFiles(dir: string, files: ReadonlyMap<string, string>): number {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) writeFileSync(path.join(dir, name), content);
  return files.size;
}

/** Starts the index worker on `job`; `listen` hears every answer, and a worker that dies without one as an error. */
function startIndexWorker(job: IndexJob, base: string, listen: (reply: IndexReply) => void): Worker {
  // The documents' URLs are under the base path, which the core reads from the environment outside Vite's bundles.
  const worker = new Worker(workerFile(import.meta.url, 'src/search', 'indexWorker.ts'), { env: { ...process.env, BASE_PATH: base } });
  let finished = false;
  worker.on('message', (reply: IndexReply) => {
    finished = 'error' in reply || 'files' in reply || 'written' in reply;
    listen(reply);
  });
  worker.once('error', (error) => {
    finished = true;
    listen({ error: error.stack ?? error.message });
  });
  worker.once('exit', (code) => {
    if (!finished) listen({ error: `the worker stopped (exit code ${code}) before it answered` });
  });
  worker.postMessage(job);
  return worker;
}

/**
 * Builds (or reads from the cache) the sharded index of `source` on a worker thread, so the calling thread goes on
 * meanwhile. The same bytes as `buildShards(buildSearchDocs(source))` on the calling thread.
 */
export function siteShardsOffThread(source: SearchSource, base: string, cacheDir = defaultIndexCacheDir()): Promise<ShardedIndex> {
  return new Promise((resolve, reject) => {
    startIndexWorker({ source, cacheDir, files: 'reply' }, base, (reply) => {
      if ('error' in reply) reject(new Error(`search index: ${reply.error}`));
      else if ('files' in reply) resolve({ manifest: reply.manifest, files: new Map(reply.files) });
    });
  });
}

/** An index a build started early: its manifest, and the worker that holds its files until told where to write them. */
export interface StartedIndex {
  /** The manifest, once the index is built or read from the cache. */
  manifest: Promise<ShardedIndex['manifest']>;
  /** Has the worker write every file into `dir` (once; later calls get the first call's promise); resolves to how many. */
  writeFiles(dir: string): Promise<number>;
}

/**
 * Builds (or reads from the cache) the index of `source` on a worker that keeps its files: a large site's tens of
 * thousands of shard files are written by that worker into the output folder while the main thread renders pages,
 * instead of crossing to it and going through Astro's router one by one.
 */
export function startIndexHoldingFiles(source: SearchSource, base: string, cacheDir = defaultIndexCacheDir()): StartedIndex {
  let settleManifest!: { resolve: (m: ShardedIndex['manifest']) => void; reject: (e: Error) => void };
  let settleWritten: { resolve: (n: number) => void; reject: (e: Error) => void } | undefined;
  const manifest = new Promise<ShardedIndex['manifest']>((resolve, reject) => (settleManifest = { resolve, reject }));
  let failure: Error | undefined;
  const worker = startIndexWorker({ source, cacheDir, files: 'hold' }, base, (reply) => {
    if ('error' in reply) {
      failure = new Error(`search index: ${reply.error}`);
      settleManifest.reject(failure);
      settleWritten?.reject(failure);
    } else if ('held' in reply) {
      // Holding its files, the worker must not keep the process alive: a build that fails before it asks for them
      // would never exit. It is held on to again while it writes them.
      if (settleWritten === undefined) worker.unref();
      settleManifest.resolve(reply.manifest);
    } else if ('written' in reply) settleWritten?.resolve(reply.written);
  });
  let written: Promise<number> | undefined;
  return {
    manifest,
    writeFiles(dir) {
      written ??= new Promise<number>((resolve, reject) => {
        if (failure) return reject(failure);
        settleWritten = { resolve, reject };
        worker.ref();
        const job: ShardWriteJob = { writeTo: dir };
        worker.postMessage(job);
      });
      return written;
    },
  };
}

/** The process-wide slot of an index started early: the config and the built site are separate module graphs. */
const STARTED = Symbol.for('quancheng-shudu.search-index');

/**
 * Starts the index of `source` on a worker now, before Astro has loaded the collections, for `startedSiteShards` to
 * hand to the site's manifest endpoint later in this process: the index is built while Astro syncs, bundles and lists
 * pages, and its files are written by the worker when the config asks (`StartedIndex.writeFiles`).
 */
export function startSiteShards(source: SearchSource, base: string, cacheDir = defaultIndexCacheDir()): StartedIndex {
  const started = startIndexHoldingFiles(source, base, cacheDir);
  // Awaited by the manifest endpoint and the config, which fail the build with its error; until then a failure is
  // not unhandled.
  started.manifest.catch(() => undefined);
  (globalThis as { [STARTED]?: StartedIndex })[STARTED] = started;
  return started;
}

/** The index `startSiteShards` started in this process, if it did. */
export function startedSiteShards(): StartedIndex | undefined {
  return (globalThis as { [STARTED]?: StartedIndex })[STARTED];
}
