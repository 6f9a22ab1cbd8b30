/**
 * `npm run bench`: the cost of search, Fuse (what the site ships) side by side with Pagefind indexing the
 * same pages, query by query in turn so machine noise hits both alike, and the whole-index Fuse after them on
 * a thread of its own (its garbage was collected inside the others' queries). For the real site and for synthetic corpora
 * of 1,000 and 10,000 stories it reports index size (raw and gzip), build and load time, and query latency
 * (median and p95 over a fixed list of queries, each run answered as the search page shows it).
 *
 *   npm run bench                       # (tsx bench/searchBench.ts) real site (needs a built dist/) + 1,000 + 10,000
 *   npm run bench -- --sizes 1000       # fewer corpora
 *   npm run bench -- --site /tmp/dist   # another build of the site
 *   npm run bench -- --reps 5           # more timed rounds
 *
 * Writes bench/out/results.json and bench/out/results.md (the table for bench/README.md); the synthetic
 * pages and Pagefind bundles go to a scratch folder outside the project (`--work`, default in /tmp).
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { buildPayload, buildShards } from '../src/search/buildIndex.ts';
import { readSearchSource } from '../src/search/contentFiles.ts';
import { buildSearchDocs, markdownToText, type SearchSource } from '../src/search/documents.ts';
import { FUSE_OPTIONS, type SearchPayload } from '../src/search/engine.ts';
import { tokenizerFor } from '../src/search/tokenize.ts';
import {
  buildPagefind,
  closePagefind,
  countPages,
  loadPagefind,
  loadShipped,
  PAGE_GLOB,
  QUERIES,
  quantile,
  runPagefind,
  runShipped,
  serve,
  topResults,
  WARM_UP,
  writeShards,
} from './search.ts';
import { FuseThread } from './fuseThread.ts';
import { gazetteerPlaces, synthesize } from './synthesize.ts';

const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, 'bench', 'out');

/** Above this many stories the load time of Fuse's own token search is not measured (about a minute at 10,000). */
const TOKEN_SEARCH_MAX_STORIES = 1000;
/** From this many stories on, one timed round (a query takes seconds there). */
const ONE_ROUND_FROM = 10_000;

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    site: { type: 'string', default: path.join(root, 'dist') },
    reps: { type: 'string', default: '3' },
    seed: { type: 'string', default: '7' },
    // Synthetic pages and Pagefind bundles: tens of thousands of files, kept out of the project tree.
    work: { type: 'string', default: path.join(os.tmpdir(), 'quancheng-bench') },
  },
});

interface Sample {
  fuse: number[];
  shipped: number[];
  pagefind: number[];
}

interface Row {
  corpus: string;
  stories: number;
  documents: number;
  pages: number;
  fuse: {
    buildMs: number;
    raw: number;
    gzip: number;
    loadMs: number;
    tokenSearchLoadMs: number | null;
    medianMs: number;
    p95Ms: number;
    hits: Record<string, number>;
  };
  /** The search the site ships: the sharded index, fetched file by file over HTTP. */
  shipped: {
    buildMs: number;
    files: number;
    raw: number;
    gzip: number;
    manifestGzip: number;
    downloaded: number;
    loadMs: number;
    medianMs: number;
    p95Ms: number;
    hits: Record<string, number>;
    sameTop: boolean;
  };
  pagefind: {
    indexMs: number;
    /** True when the bundle came from the cache (`indexMs` measured when it was built). */
    cached: boolean;
    raw: number;
    gzip: number;
    fetched: number;
    firstQueryMs: number;
    medianMs: number;
    p95Ms: number;
    hits: Record<string, number>;
  };
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Writes a minimal HTML page per story, place, person and programme of a synthetic corpus, for Pagefind. */
function writePages(source: SearchSource, dir: string): number {
  rmSync(dir, { recursive: true, force: true });
  const page = (folder: string, id: string, title: string, paragraphs: string[]): void => {
    const target = path.join(dir, folder, id);
    mkdirSync(target, { recursive: true });
    const body = paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
    writeFileSync(
      path.join(target, 'index.html'),
      `<!doctype html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>\n<body><main><h1>${escapeHtml(title)}</h1>\n${body}\n</main></body></html>\n`,
    );
  };
  for (const a of source.articles) page('articles', a.id, a.data.title, markdownToText(a.body ?? '').split('\n'));
  for (const d of source.districts) page('districts', d.id, d.data.name, [d.data.aliases.join('、')]);
  for (const o of source.officials) page('officials', o.id, o.data.name, [...o.data.titles]);
  for (const i of source.initiatives)
    page(
      'initiatives',
      i.id,
      i.data.name,
      i.data.descriptions.map((d) => d.text),
    );
  return source.articles.length + source.districts.length + source.officials.length + source.initiatives.length;
}

async function benchCorpus(name: string, source: SearchSource, pages: { dir: string; glob: string; count: number }, work: string): Promise<Row> {
  const reps = source.articles.length >= ONE_ROUND_FROM ? 1 : Number(args.reps);
  log(`${name}: Fuse index`);
  let t = performance.now();
  const docs = buildSearchDocs(source);
  const json = JSON.stringify(buildPayload(docs));
  const buildMs = performance.now() - t;
  const raw = Buffer.byteLength(json);
  const gzip = gzipSync(json).length;

  log(`${name}: sharded index`);
  t = performance.now();
  const sharded = buildShards(docs);
  const shardBuildMs = performance.now() - t;
  const shippedDir = path.join(work, 'shipped');
  writeShards(sharded, shippedDir);
  const shippedFiles = [JSON.stringify(sharded.manifest), ...sharded.files.values()];
  const shippedServer = await serve(shippedDir);
  t = performance.now();
  const shipped = await loadShipped(shippedServer.base);
  // The warm-up runs on a searcher of its own: the code is compiled for the timed one, whose file cache starts
  // empty, as a page's does.
  const warmUpStart = shippedServer.sent();
  const warmShipped = await loadShipped(shippedServer.base);
  const shippedLoadMs = performance.now() - t;
  // What loading would cost with Fuse's own token search, which tokenizes the whole index on load.
  let tokenSearchLoadMs: number | null = null;
  if (source.articles.length <= TOKEN_SEARCH_MAX_STORIES) {
    const payload = JSON.parse(json) as SearchPayload;
    t = performance.now();
    const options = { ...FUSE_OPTIONS, useTokenSearch: true, tokenMatch: 'all' as const, tokenize: tokenizerFor(payload.strategy, payload.dictionary) };
    new Fuse(payload.docs, options, Fuse.parseIndex(payload.index));
    tokenSearchLoadMs = performance.now() - t;
  }

  log(`${name}: Pagefind index of ${pages.count} pages`);
  // Pagefind takes minutes to index 10,000 pages: a bundle of the same pages built by an earlier run is reused.
  const bundle = await buildPagefind(pages.dir, pages.glob, work, path.join(args.work, 'pagefind-cache'));
  const server = await serve(work, { ahead: [path.relative(work, bundle.dir)] });
  const api = await loadPagefind(bundle, server.base);
  t = performance.now();
  await api.init();
  const pfLoadBytes = server.sent();
  await runPagefind(api, WARM_UP[0]!);
  const firstQueryMs = performance.now() - t;

  log(`${name}: ${QUERIES.length} queries × ${reps} rounds after a warm-up`);
  const samples: Sample = { fuse: [], shipped: [], pagefind: [] };
  const fuseHits: Record<string, number> = {};
  const shippedHits: Record<string, number> = {};
  const shippedTop = new Map<string, string>();
  const pfHits: Record<string, number> = {};
  // Bytes are counted for loading and the timed queries: the warm-up's own fetches are left out.
  let shippedWarmUpBytes = 0;
  let pfWarmUpBytes = 0;
  for (let round = 0; round <= reps; round++) {
    if (round === 1) {
      shippedWarmUpBytes = shippedServer.sent() - warmUpStart;
      pfWarmUpBytes = server.sent() - pfLoadBytes;
    }
    // The warm-up round (JIT, Pagefind's first chunk loads) is other queries, and is not counted.
    for (const query of round === 0 ? WARM_UP : QUERIES) {
      t = performance.now();
      shippedHits[query] = await runShipped(round === 0 ? warmShipped : shipped, query);
      const shippedMs = performance.now() - t;
      if (round === 1) shippedTop.set(query, topResults(await shipped.search(query)));
      t = performance.now();
      pfHits[query] = await runPagefind(api, query);
      const pfMs = performance.now() - t;
      if (round > 0) {
        samples.shipped.push(shippedMs);
        samples.pagefind.push(pfMs);
      }
    }
  }

  // The whole-index Fuse last, on a thread of its own. At 10,000 stories its index is hundreds of MB of objects and
  // a query leaves tens of MB of garbage: run in turn with the others, its collection fell inside their timed
  // queries (the shipped search's median doubled).
  log(`${name}: whole-index Fuse, ${QUERIES.length} queries × ${reps} rounds after a warm-up`);
  const { thread: fuse, loadMs } = await FuseThread.start(json);
  let sameTop = true;
  for (let round = 0; round <= reps; round++) {
    for (const query of round === 0 ? WARM_UP : QUERIES) {
      const whole = await fuse.ask(query, round === 1);
      fuseHits[query] = whole.hits;
      if (round === 1) sameTop &&= whole.top === shippedTop.get(query);
      if (round > 0) samples.fuse.push(whole.ms);
    }
  }
  await fuse.close();
  const fetched = server.sent() - pfWarmUpBytes;
  await server.close();
  const downloaded = shippedServer.sent() - shippedWarmUpBytes;
  await shippedServer.close();

  return {
    corpus: name,
    stories: source.articles.length,
    documents: docs.length,
    pages: pages.count,
    fuse: { buildMs, raw, gzip, loadMs, tokenSearchLoadMs, medianMs: quantile(samples.fuse, 0.5), p95Ms: quantile(samples.fuse, 0.95), hits: fuseHits },
    shipped: {
      buildMs: shardBuildMs,
      files: shippedFiles.length,
      raw: shippedFiles.reduce((sum, f) => sum + Buffer.byteLength(f), 0),
      gzip: shippedFiles.reduce((sum, f) => sum + gzipSync(f).length, 0),
      manifestGzip: gzipSync(shippedFiles[0]!).length,
      downloaded,
      loadMs: shippedLoadMs,
      medianMs: quantile(samples.shipped, 0.5),
      p95Ms: quantile(samples.shipped, 0.95),
      hits: shippedHits,
      sameTop,
    },
    pagefind: {
      indexMs: bundle.indexMs,
      cached: bundle.cached,
      raw: bundle.raw,
      gzip: bundle.gzip,
      fetched,
      firstQueryMs,
      medianMs: quantile(samples.pagefind, 0.5),
      p95Ms: quantile(samples.pagefind, 0.95),
      hits: pfHits,
    },
  };
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

const kb = (bytes: number): string => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(0)} kB`);
const ms = (x: number): string => (x >= 1000 ? `${(x / 1000).toFixed(1)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);

function table(rows: Row[]): string {
  const lines = [
    '| corpus | engine | index build | index raw | index gzip | downloaded for the queries | load / first query | query median | query p95 | median ratio | downloaded ratio |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  const ratio = (a: number, b: number): string => `${(a / b).toFixed(a / b >= 10 ? 0 : 2)}×`;
  for (const r of rows) {
    const label = `${r.corpus} (${r.documents.toLocaleString('en')} docs / ${r.pages.toLocaleString('en')} pages)`;
    const tokenLoad = r.fuse.tokenSearchLoadMs === null ? '' : ` (${ms(r.fuse.tokenSearchLoadMs)} with useTokenSearch)`;
    const pf = r.pagefind;
    lines.push(
      `| ${label} | shipped (sharded Fuse) | ${ms(r.shipped.buildMs)} | ${kb(r.shipped.raw)} in ${r.shipped.files.toLocaleString('en')} files | ${kb(r.shipped.gzip)} (manifest ${kb(r.shipped.manifestGzip)}) | ${kb(r.shipped.downloaded)} | ${ms(r.shipped.loadMs)} | ${ms(r.shipped.medianMs)} | ${ms(r.shipped.p95Ms)} | ${ratio(r.shipped.medianMs, pf.medianMs)} | ${ratio(r.shipped.downloaded, pf.fetched)} |`,
      `| | whole-index Fuse | ${ms(r.fuse.buildMs)} | ${kb(r.fuse.raw)} | ${kb(r.fuse.gzip)} | ${kb(r.fuse.gzip)} (all of it) | ${ms(r.fuse.loadMs)}${tokenLoad} | ${ms(r.fuse.medianMs)} | ${ms(r.fuse.p95Ms)} | ${ratio(r.fuse.medianMs, pf.medianMs)} | ${ratio(r.fuse.gzip, pf.fetched)} |`,
      `| | Pagefind | ${ms(pf.indexMs)}${pf.cached ? ' (cached)' : ''} | ${kb(pf.raw)} | ${kb(pf.gzip)} | ${kb(pf.fetched)} | ${ms(pf.firstQueryMs)} | ${ms(pf.medianMs)} | ${ms(pf.p95Ms)} | 1× | 1× |`,
    );
  }
  return lines.join('\n');
}

function hitsTable(rows: Row[]): string {
  const head = ['| query', ...rows.map((r) => `${r.corpus}: shipped / Pagefind`)].join(' | ');
  const lines = [`${head} |`, `|---|${rows.map(() => '--:').join('|')}|`];
  for (const q of QUERIES) lines.push(`| ${q} | ${rows.map((r) => `${r.shipped.hits[q] ?? 0} / ${r.pagefind.hits[q] ?? 0}`).join(' | ')} |`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const real = readSearchSource(path.join(root, 'content'));
  const rows: Row[] = [];
  const started = performance.now();
  const loadBefore = os.loadavg()[0] ?? 0;

  const siteDir = path.resolve(args.site);
  const glob = PAGE_GLOB;
  if (existsSync(path.join(siteDir, 'articles'))) {
    const count = countPages(siteDir);
    rows.push(await benchCorpus('real site', real, { dir: siteDir, glob, count }, path.join(args.work, 'site')));
  } else {
    log(`no built site in ${siteDir}: run \`npm run build\` first (or pass --site DIR); skipping the real site`);
  }

  const places = gazetteerPlaces(root);
  for (const size of args.sizes
    .split(',')
    .map(Number)
    .filter((n) => n > 0)) {
    log(`synthesising ${size} stories`);
    const source = synthesize(real, places, { count: size, seed: Number(args.seed) });
    const work = path.join(args.work, `synthetic-${size}`);
    const count = writePages(source, path.join(work, 'site'));
    rows.push(await benchCorpus(`${size.toLocaleString('en')} stories`, source, { dir: path.join(work, 'site'), glob, count }, work));
  }
  await closePagefind();

  const cpus = os.cpus();
  const loadAfter = os.loadavg()[0] ?? 0;
  const machine = `${cpus[0]?.model ?? 'unknown CPU'} × ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, Node ${process.version}; load average ${loadBefore.toFixed(1)} before, ${loadAfter.toFixed(1)} after`;
  const date = new Date().toISOString().slice(0, 10);
  const text = [
    `Machine: ${machine}. Date: ${date}. ${QUERIES.length} queries × ${args.reps} timed rounds (1 from ${ONE_ROUND_FROM.toLocaleString('en')} stories) after a warm-up; the shipped search and Pagefind in one Node process, query by query in turn; the whole-index Fuse after them, on a thread of its own.`,
    '',
    table(rows),
    '',
    ...(rows.some((r) => r.pagefind.cached)
      ? [
          'Pagefind build times marked *(cached)* were measured when the bundle was built by an earlier run over the same pages; this run reused the bundle.',
          '',
        ]
      : []),
    'Results per query (the shipped search counts every matching document, figures and charts included — the whole-index Fuse finds the same; Pagefind counts pages). Same first results as the whole-index search on every query: ' +
      rows.map((r) => `${r.corpus} ${r.shipped.sameTop ? 'yes' : 'NO'}`).join(', ') +
      '.',
    '',
    hitsTable(rows),
    '',
  ].join('\n');
  writeFileSync(path.join(outDir, 'results.md'), text);
  writeFileSync(path.join(outDir, 'results.json'), `${JSON.stringify({ machine, date, queries: QUERIES, rows }, null, 2)}\n`);
  process.stdout.write(`${text}\n`);
  log(`done in ${ms(performance.now() - started)}; written to ${path.relative(root, outDir)}/results.{md,json}`);
}

await main();
