/**
 * The site's search index, built off the build's main thread and cached between builds. A worker thread
 * (`indexWorker.ts`) turns the collections into documents and the documents into the sharded index, while the main
 * thread goes on with the build; and an index whose documents and index code did not change since an earlier build
 * is read from a content-addressed cache outside `dist/` instead of built again. `buildShards` is deterministic, so a
 * cached index and a fresh one are the same bytes; the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
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

/** What the main thread posts to the index worker. */
export interface IndexJob {
  /** The collections, as plain entries (links as Astro references or slugs). */
  source: SearchSource;
  /** The cache folder. */
  cacheDir: string;
}

/** The index worker's answer: the index, or why it failed. */
export type IndexReply = { manifest: ShardedIndex['manifest']; files: [string, string][] } | { error: string };

/**
 * Builds (or reads from the cache) the sharded index of `source` on a worker thread, so the calling thread goes on
 * meanwhile. The same bytes as `buildShards(buildSearchDocs(source))` on the calling thread.
 */
export function siteShardsOffThread(source: SearchSource, base: string, cacheDir = defaultIndexCacheDir()): Promise<ShardedIndex> {
  return new Promise((resolve, reject) => {
    // The documents' URLs are under the base path, which the core reads from the environment outside Vite's bundles.
    const worker = new Worker(workerFile(import.meta.url, 'src/search', 'indexWorker.ts'), { env: { ...process.env, BASE_PATH: base } });
    let settled = false;
    worker.once('message', (reply: IndexReply) => {
      settled = true;
      if ('error' in reply) reject(new Error(`search index: ${reply.error}`));
      else resolve({ manifest: reply.manifest, files: new Map(reply.files) });
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`search index: the worker stopped (exit code ${code}) before it answered`));
    });
    const job: IndexJob = { source, cacheDir };
    worker.postMessage(job);
  });
}

/** The process-wide slot of an index started early: the config and the built site are separate module graphs. */
const STARTED = Symbol.for('quancheng-shudu.search-index');

/**
 * Starts the index of `source` on a worker now, before Astro has loaded the collections, for `startedSiteShards` to
 * hand to the site's endpoints later in this process: the index is built while Astro syncs, bundles and lists pages.
 */
export function startSiteShards(source: SearchSource, base: string, cacheDir = defaultIndexCacheDir()): void {
  const started = siteShardsOffThread(source, base, cacheDir);
  // Awaited by the endpoints, which fail the build with its error; until then a failure is not unhandled.
  started.catch(() => undefined);
  (globalThis as { [STARTED]?: Promise<ShardedIndex> })[STARTED] = started;
}

/** The index `startSiteShards` started in this process, if it did. */
export function startedSiteShards(): Promise<ShardedIndex> | undefined {
  return (globalThis as { [STARTED]?: Promise<ShardedIndex> })[STARTED];
}
