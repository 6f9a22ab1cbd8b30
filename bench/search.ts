/**
 * Measuring search, shared by the search benchmark (`searchBench.ts`) and the scale benchmark (`scale.ts`,
 * through `measureSearch`): the site's Fuse search answered as the search page shows it, and Pagefind indexing
 * the same pages and answered as its UI shows it, over a local HTTP server that counts the bytes it sends.
 * No side effects on import.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { importTool } from '../scripts/dev/tools.ts';
import type { ShardedIndex } from '../src/search/buildIndex.ts';
import type { SearchAnswer, Searcher } from '../src/search/search.ts';
import { createShardedSearcher } from '../src/search/shardClient.ts';
import type { ShardedSearcher, ShardManifest } from '../src/search/shardFormat.ts';
import { toSimplified } from '../src/search/traditional.ts';
import { SEARCH_INDEX_PATH, SHARD_DIR } from '../src/core/routes.ts';

/** The fixed queries: words common and rare, names, a run-together phrase, pinyin, nonsense. */
export const QUERIES = [
  '物流',
  '义工',
  '蓝莓',
  '济南',
  '发展',
  '历下区',
  '高新区',
  '李洪伟',
  '社区工作站',
  '同比增长',
  '技术合同',
  '冷链物流基地',
  '历下区义工',
  '泉城义工服务',
  'lixia',
  'lxq',
  'lihongwei',
  'wuliu',
  '量子火锅',
  'xyzzy',
];

/**
 * The warm-up, answered before the timed rounds, neither timed nor counted in the bytes: one query of each kind the
 * timed ones hold (a word, a phrase of two words run together, two words, pinyin, letters that are no key), none of
 * them a timed query, so every engine's code is compiled before timing starts and the timed queries still fetch
 * their own files cold.
 */
export const WARM_UP = ['工业', '养老服务', '产业 项目', 'jinan', 'qwertyu'];

/** Results a reader sees at once per group (Fuse) or in the list (Pagefind), as the pages render them. */
export const SHOWN = 10;

/** The built pages Pagefind indexes: the pages Fuse's documents link to (figures are sentences inside stories). */
export const PAGE_GLOB = '{articles,districts,officials,initiatives}/**/index.html';

/** The value below which a share `q` of `values` falls (nearest rank); NaN for no values. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[at]!;
}

/** Every file below `dir`. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** Number of built pages `PAGE_GLOB` selects in a site folder. */
export function countPages(siteDir: string): number {
  return filesUnder(siteDir).filter((f) => /^(articles|districts|officials|initiatives)[/\\].*index\.html$/.test(path.relative(siteDir, f))).length;
}

/** Pagefind's own index files (its UI bundles are left out: the site would not use them). */
const isPagefindIndexFile = (file: string): boolean => !/pagefind-(component-|modular-)?ui|pagefind-highlight|playground/.test(file);

/** A folder served over HTTP on a free port. */
export interface Server {
  /** `http://127.0.0.1:<port>/`. */
  base: string;
  /** Bytes sent so far. */
  sent(): number;
  /** Stops the server. */
  close(): Promise<void>;
}

/**
 * Serves a folder over HTTP on a free port, gzip-compressed where that helps, counting the bytes it sends. The
 * files under `ahead` (paths inside `dir`; all of it by default) are compressed before the server starts, as a host
 * serves them from its cache: compressing on request would count the server's work in the client's query time.
 */
export async function serve(dir: string, { ahead = [''] }: { ahead?: string[] } = {}): Promise<Server> {
  let sent = 0;
  const compressed = new Map<string, Buffer>();
  const packed = (file: string): Buffer => {
    let data = compressed.get(file);
    if (!data) compressed.set(file, (data = gzipSync(readFileSync(file))));
    return data;
  };
  for (const place of ahead) {
    const at = path.join(dir, place);
    if (!existsSync(at)) continue;
    for (const file of statSync(at).isDirectory() ? filesUnder(at) : [at]) packed(file);
  }
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    let data: Buffer = readFileSync(file);
    // As a host sends it: gzip where the client takes it and it helps (Pagefind's index files come compressed).
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      const gz = packed(file);
      if (gz.length < data.length) {
        data = gz;
        res.setHeader('Content-Encoding', 'gzip');
      }
    }
    sent += data.length;
    res.end(data);
  });
  // A Fuse query at 10,000 stories holds the event loop for seconds; an idle keep-alive socket closed by the
  // server's timer meanwhile makes Pagefind's next fetch fail (and its query silently come back empty).
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { base: `http://127.0.0.1:${port}/`, sent: () => sent, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** The part of Pagefind's browser API the benchmark calls. */
export interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<unknown> }[] } | null>;
}

/** Fuse's answer as the page shows it: search, then title and snippet of the first results of each group. Returns the number found. */
export function runFuse(searcher: Searcher, query: string): number {
  const answer = searcher.search(query);
  for (const group of answer.groups) for (const hit of group.hits.slice(0, SHOWN)) searcher.show(hit, answer);
  return answer.total;
}

/** The shipped search's answer as the page shows it: fetch what the query needs, search, then the first results of each group. Returns the number found. */
export async function runShipped(searcher: ShardedSearcher, query: string): Promise<number> {
  const answer = await searcher.search(query);
  for (const group of answer.groups) for (const hit of group.hits.slice(0, SHOWN)) searcher.show(hit, answer);
  return answer.total;
}

/** The first results a reader sees: the count, whether partial, the groups in order with each group's first `SHOWN` links. */
export function topResults(answer: SearchAnswer): string {
  return JSON.stringify([answer.total, answer.partial, answer.groups.map((g) => [g.type, g.hits.slice(0, SHOWN).map((h) => h.url)])]);
}

/** Writes the sharded index as the site serves it under `dir`: `search-index.json` and `search/shards/<hash>.json`. */
export function writeShards(index: ShardedIndex, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  const shards = path.join(dir, ...SHARD_DIR.split('/').filter(Boolean));
  mkdirSync(shards, { recursive: true });
  writeFileSync(path.join(dir, SEARCH_INDEX_PATH.slice(1)), JSON.stringify(index.manifest));
  for (const [name, content] of index.files) writeFileSync(path.join(shards, name), content);
}

/** A sharded searcher fetching its files over HTTP from `base` (a site root), as the search page does. */
export async function loadShipped(base: string): Promise<ShardedSearcher> {
  const get = async (url: string): Promise<unknown> => {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  };
  const manifest = (await get(`${base}${SEARCH_INDEX_PATH.slice(1)}`)) as ShardManifest;
  return createShardedSearcher(
    manifest,
    (name) => get(`${base}${SHARD_DIR.slice(1)}${name}`),
    async () => toSimplified,
  );
}

/** Pagefind's answer as its UI shows it: search, then the excerpts of the first results. Returns the number found. */
export async function runPagefind(api: PagefindApi, query: string): Promise<number> {
  const found = await api.search(query);
  const results = found?.results ?? [];
  await Promise.all(results.slice(0, SHOWN).map((r) => r.data()));
  return results.length;
}

/** A Pagefind bundle written to disk. */
export interface PagefindBundle {
  /** Folder of the bundle (`<work>/pagefind`). */
  dir: string;
  /** Milliseconds to index and write. */
  indexMs: number;
  /** Bytes of its index files on disk. */
  raw: number;
  /** Bytes of its index files, each gzip-compressed. */
  gzip: number;
  /** True when the bundle came from the cache; `indexMs` is then the time measured when it was built. */
  cached: boolean;
}

/** Hash of the pages Pagefind would index (`countPages`'s selection): their paths and contents. */
export function pagesHash(siteDir: string): string {
  const hash = createHash('sha256');
  const pages = filesUnder(siteDir)
    .map((f) => path.relative(siteDir, f).split(path.sep).join('/'))
    .filter((f) => /^(articles|districts|officials|initiatives)\/.*index\.html$/.test(f))
    .sort();
  for (const page of pages) hash.update(`${page}\n`).update(readFileSync(path.join(siteDir, page)));
  return hash.digest('hex').slice(0, 16);
}

/**
 * Indexes the pages of `siteDir` matching `glob` (only their `<main>`) into `<work>/pagefind`. With `cache`, a
 * folder kept between runs, a bundle built before from the same pages (`pagesHash`) is copied from there instead,
 * with the indexing time measured when it was built.
 */
export async function buildPagefind(siteDir: string, glob: string, work: string, cache?: string): Promise<PagefindBundle> {
  const dir = path.join(work, 'pagefind');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const sizes = (): { raw: number; gzip: number } => {
    const files = filesUnder(dir).filter(isPagefindIndexFile);
    return { raw: files.reduce((sum, f) => sum + statSync(f).size, 0), gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(f)).length, 0) };
  };
  const key = cache === undefined ? '' : pagesHash(siteDir);
  const cached = cache === undefined ? '' : path.join(cache, key);
  const cachedMeta = `${cached}.json`;
  if (cache !== undefined && existsSync(cachedMeta) && existsSync(cached)) {
    cpSync(cached, dir, { recursive: true });
    const { indexMs } = JSON.parse(readFileSync(cachedMeta, 'utf8')) as { indexMs: number };
    return { dir, indexMs, ...sizes(), cached: true };
  }
  const pagefind = await loadPagefindNode();
  const t = performance.now();
  const created = await pagefind.createIndex({ forceLanguage: 'zh-cn', rootSelector: 'main' });
  if (!created.index) throw new Error(`pagefind: ${created.errors.join('; ')}`);
  const added = await created.index.addDirectory({ path: siteDir, glob });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await created.index.writeFiles({ outputPath: dir });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  const indexMs = performance.now() - t;
  await created.index.deleteIndex();
  if (cache !== undefined) {
    rmSync(cached, { recursive: true, force: true });
    cpSync(dir, cached, { recursive: true });
    // Written last: a cache entry without its time is not used.
    writeFileSync(cachedMeta, JSON.stringify({ indexMs, builtAt: new Date().toISOString() }));
  }
  return { dir, indexMs, ...sizes(), cached: false };
}

/** Loads Pagefind's browser module from a bundle, fetching its files from `base`. */
export async function loadPagefind(bundle: PagefindBundle, base: string): Promise<PagefindApi> {
  const api = (await import(pathToFileURL(path.join(bundle.dir, 'pagefind.js')).href)) as PagefindApi;
  await api.options({ basePath: `${base}pagefind/` });
  return api;
}

/** Stops Pagefind's indexing service (it restarts on the next index). */
export async function closePagefind(): Promise<void> {
  await (await loadPagefindNode()).close();
}

/** The part of Pagefind's Node API used here (Pagefind is a tool installed on demand in tools/, types and all). */
interface PagefindNode {
  createIndex(options: { forceLanguage: string; rootSelector: string }): Promise<{ errors: string[]; index?: PagefindIndex }>;
  close(): Promise<void>;
}
interface PagefindIndex {
  addDirectory(options: { path: string; glob: string }): Promise<{ errors: string[] }>;
  writeFiles(options: { outputPath: string }): Promise<{ errors: string[] }>;
  deleteIndex(): Promise<void>;
}

/** Pagefind's Node API from tools/node_modules (installed on first use). */
const loadPagefindNode = (): Promise<PagefindNode> => importTool<PagefindNode>('pagefind');

/** What the scale benchmark records about search for one built site (see `scale.ts`). */
export interface SearchMeasure {
  /** Bytes the site's search fetched over HTTP (gzip, as a host sends it) for the whole query run: manifest and shards. */
  indexBytes: number;
  /** Median latency of a query, in milliseconds, fetches included. */
  queryMs: number;
  /** Milliseconds to fetch the manifest and make it searchable. */
  loadMs?: number;
  /** Pagefind indexing the same pages: its index files (gzip) and median query latency. */
  pagefind?: { indexBytes: number; queryMs: number };
}

/**
 * The scale benchmark's hook: the site's sharded search served from `distDir` and Pagefind over the built story,
 * place, person and programme pages of `distDir`, the `QUERIES` answered in turn for 3 rounds after a warm-up.
 */
export async function measureSearch(distDir: string): Promise<SearchMeasure> {
  const site = await serve(path.resolve(distDir), { ahead: [SEARCH_INDEX_PATH.slice(1), SHARD_DIR.slice(1)] });
  const work = mkdtempSync(path.join(os.tmpdir(), 'search-measure-'));
  try {
    let t = performance.now();
    const searcher = await loadShipped(site.base);
    const loadMs = performance.now() - t;
    const bundle = await buildPagefind(distDir, PAGE_GLOB, work);
    await closePagefind();
    const server = await serve(work, { ahead: [path.relative(work, bundle.dir)] });
    try {
      const api = await loadPagefind(bundle, server.base);
      await api.init();
      const shippedMs: number[] = [];
      const pagefindMs: number[] = [];
      // Bytes are counted for loading and the timed queries: the warm-up's own fetches are left out. The warm-up
      // runs on a searcher of its own, so the timed one's file cache starts empty, as a page's does.
      const warmUpStart = site.sent();
      const warmSearcher = await loadShipped(site.base);
      let warmUpBytes = 0;
      for (let round = 0; round <= 3; round++) {
        if (round === 1) warmUpBytes = site.sent() - warmUpStart;
        for (const query of round === 0 ? WARM_UP : QUERIES) {
          t = performance.now();
          await runShipped(round === 0 ? warmSearcher : searcher, query);
          const f = performance.now() - t;
          t = performance.now();
          await runPagefind(api, query);
          const p = performance.now() - t;
          if (round > 0) {
            shippedMs.push(f);
            pagefindMs.push(p);
          }
        }
      }
      return {
        indexBytes: site.sent() - warmUpBytes,
        queryMs: quantile(shippedMs, 0.5),
        loadMs,
        pagefind: { indexBytes: bundle.gzip, queryMs: quantile(pagefindMs, 0.5) },
      };
    } finally {
      await server.close();
    }
  } finally {
    await site.close();
    rmSync(work, { recursive: true, force: true });
  }
}
