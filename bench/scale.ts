/**
 * The scale benchmark (`npm run bench`): for synthetic corpora of 100, 1,000 and 10,000 stories, how long ingest
 * takes and how much memory it needs, how long `astro build` takes and how many pages a second it renders, how big
 * `dist/` gets, and the search index's size and query latency. Writes the table to `bench/results.md`.
 *
 *   tsx bench/scale.ts                         # sizes 100, 1000, 10000 → bench/results.md
 *   tsx bench/scale.ts --sizes 100,1000        # chosen sizes
 *   tsx bench/scale.ts --build-budget 60       # build when the estimate is up to 60 min (default 20; 0: always build)
 *   tsx bench/scale.ts --no-build              # ingest only
 *   tsx bench/scale.ts --no-search             # build without measuring search (`npm run bench:search` does, with a Pagefind cache)
 *   tsx bench/scale.ts --profile-build         # also profile each build (ingest is always profiled; --no-profile stops it)
 *   tsx bench/scale.ts --rebuild 100,1000      # also time a second build of these sizes' sites, chart PNG cache warm
 *   tsx bench/scale.ts --smoke                 # 20 stories, no build, nothing written: for `npm test`
 *   tsx bench/scale.ts --seed 2 --out FILE --keep   # another corpus; another results file; keep the temporary trees
 *   tsx bench/scale.ts --long-story [--sizes 1,2,4,13]   # one story of that many MB instead (bench/longStory.ts)
 *
 * Each size runs the real CLIs as child processes (`scripts/ingest/cli.ts --in <corpus> --out <tmp>`, then `astro build`)
 * so that their time and peak memory are their own. The site is built in a temporary copy of the project (its own
 * `content/`, `src/`, `scripts/`, `public/`, a symlink to `node_modules`) so the working tree and its `dist/` are never
 * touched; Astro's and Vite's caches go to the copy too.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildMaterial, generateCorpus, readSourceStories, writeCorpus } from './generateCorpus.ts';
import { runLongStoryBench } from './longStory.ts';

/** Root of the project this file belongs to. */
const PROJECT = resolve(import.meta.dirname, '..');

/** What the search benchmark reports for one built site. */
export interface SearchMeasure {
  /** Bytes of the search index a browser downloads (all shards), gzip-compressed as a host would send it. */
  indexBytes: number;
  /** Median latency of a query, in milliseconds. */
  queryMs: number;
  /** Milliseconds to parse the index and make it searchable, when measured. */
  loadMs?: number;
  /** The Pagefind comparison, when measured. */
  pagefind?: { indexBytes: number; queryMs: number };
}

/**
 * Hook for the search benchmark: a module `bench/search.ts` exporting
 * `measureSearch(distDir: string): Promise<SearchMeasure>` (with the Pagefind comparison). Until it exists,
 * `builtInSearchMeasure` times the site's own index, and the Pagefind column reads "n/a".
 */
type MeasureSearch = (distDir: string) => Promise<SearchMeasure>;

/** Queries a reader might type: a district, a district in pinyin, a topic, a programme, a year. */
const QUERIES = ['历下区', 'lixia', '养老服务', '党建引领', '2024年'];

/** Times the site's search (`/search-index.json` and `src/search/search.ts`), or null when the build has none. */
async function builtInSearchMeasure(distDir: string): Promise<SearchMeasure | null> {
  const file = join(distDir, 'search-index.json');
  const engine = join(PROJECT, 'src', 'search', 'search.ts');
  if (!existsSync(file) || !existsSync(engine)) return null;
  const { createSearcher } = (await import(pathToFileURL(engine).href)) as typeof import('../src/search/search.ts');
  const raw = readFileSync(file);
  const start = performance.now();
  const searcher = createSearcher(JSON.parse(raw.toString('utf8')) as Parameters<typeof createSearcher>[0]);
  const loadMs = performance.now() - start;
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of QUERIES) {
      const t = performance.now();
      searcher.search(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return { indexBytes: gzipSync(raw).length, queryMs: times[Math.floor(times.length / 2)]!, loadMs };
}

/** One size's measurements; null where a step was skipped. */
export interface SizeResult {
  /** Stories generated. */
  articles: number;
  /** Source files generated. */
  files: number;
  /** Bytes of the generated sources. */
  corpusBytes: number;
  /** Ingest's summary counts (`stories`, `officials`, …). */
  counts: Record<string, number>;
  /** Ingest wall time, seconds. */
  ingestSeconds: number;
  /** Ingest CPU time (user + system), seconds: less swayed than wall time by other work on the machine. */
  ingestCpuSeconds: number;
  /** Ingest peak resident memory, bytes. */
  ingestPeakBytes: number;
  /** The build, or why it was skipped. */
  build: { seconds: number; cpuSeconds: number; peakBytes: number; pages: number; distBytes: number; distFiles: number } | { skipped: string } | null;
  /** The search measurements, or null. */
  search: SearchMeasure | null;
  /** Gzip bytes of the first page of each index (`figures`, `articles`, …) when built. */
  indexPages?: Record<string, number>;
  /** A second build of the same tree with the chart PNG cache warm, when measured (`--rebuild`). */
  rebuild?: { seconds: number; cpuSeconds: number } | null;
}

/** The index pages that list everything, each paged; the bench weighs each one's first page. */
export const INDEX_PAGES = ['figures', 'articles', 'districts', 'officials', 'initiatives', 'charts'] as const;

/** What a reader downloads for the first page of each index: its HTML, gzip-compressed as a host would send it. */
export function indexPageSizes(distDir: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const name of INDEX_PAGES) {
    const file = join(distDir, name, 'index.html');
    if (existsSync(file)) out[name] = gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return out;
}

/** The budget for each index's first page: 30 KB gzip at 10,000 stories. */
export const INDEX_PAGE_BUDGET = 30 * 1024;

/** The machine a run was measured on. */
export interface Machine {
  /** Logical CPUs. */
  cpus: number;
  /** CPU model. */
  model: string;
  /** Total memory, bytes. */
  memory: number;
  /** Node version that ran the children. */
  node: string;
}

const MB = 1024 * 1024;
const fmt = (n: number, digits = 1): string => n.toFixed(digits);

/** A time measured at one corpus size. */
export interface SizePoint {
  /** Stories in the corpus. */
  articles: number;
  /** Seconds. */
  seconds: number;
}

/** Milliseconds per story at one size. */
export function msPerArticle(r: SizePoint): number {
  return (r.seconds * 1000) / r.articles;
}

/** Growth exponent between two sizes: 1 is linear, 2 quadratic. */
export function growthExponent(a: SizePoint, b: SizePoint): number {
  return Math.log(b.seconds / a.seconds) / Math.log(b.articles / a.articles);
}

/**
 * Says whether a time grows linearly with the corpus: compares the cost per story of each size with the previous one.
 * Growth counts as linear while the per-story cost rises by less than `tolerance` (×1.25 by default) for a tenfold
 * corpus; fixed start-up time makes small sizes look dear, so only rising costs count against linearity.
 */
export function linearityVerdict(results: readonly SizePoint[], tolerance = 1.25): { linear: boolean; text: string } {
  const sorted = [...results].sort((a, b) => a.articles - b.articles);
  if (sorted.length < 2) return { linear: true, text: 'one size only: nothing to compare' };
  const steps: string[] = [];
  let linear = true;
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    const growth = msPerArticle(b) / msPerArticle(a);
    const scale = b.articles / a.articles;
    // Per-story cost may rise by `tolerance` per tenfold step; more means something grows faster than the corpus.
    const allowed = tolerance ** Math.log10(scale);
    if (growth > allowed) linear = false;
    steps.push(`${a.articles} → ${b.articles}: ${fmt(msPerArticle(a), 2)} → ${fmt(msPerArticle(b), 2)} ms/story (×${fmt(growth, 2)})`);
  }
  return { linear, text: `${linear ? 'linear' : 'super-linear'}: ${steps.join('; ')}` };
}

/** A V8 CPU profile (`--cpu-prof`), the parts read here. */
export interface CpuProfile {
  /** Call-tree nodes. */
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  /** Node id of each sample. */
  samples: number[];
  /** Microseconds before each sample. */
  timeDeltas: number[];
}

/**
 * Inclusive time of each project function in a profile, in milliseconds, keyed `name (file)`: the time spent in it
 * and in what it called. Recursion is counted once. Only the project's code counts: `scripts/`, `src/` and the chunks Astro
 * bundles them into.
 */
export function functionTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (url: string, name: string): string | null => {
    const path = url.replace(/[?#].*$/u, '');
    if (path.includes('/node_modules/')) return null;
    // Astro bundles pages into hashed chunks (`_id_.Dx1….mjs`, `siteData_DAK_Ohwg.mjs`): named without the hash.
    const chunk = /\/\.prerender\/chunks\/(.+?)_[\w-]{8}\.mjs$/u.exec(path);
    const file = chunk ? `chunk ${chunk[1]}` : /\/((?:scripts|src)\/.+)$/u.exec(path)?.[1];
    return file ? `${name || '(anonymous)'} (${file})` : null;
  };
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, i) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const out = new Map<string, number>();
  for (const [id, micros] of selfTime) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      const k = frame ? key(frame.url, frame.functionName) : null;
      if (k !== null && !seen.has(k)) {
        seen.add(k);
        out.set(k, (out.get(k) ?? 0) + micros / 1000);
      }
    }
  }
  return out;
}

/** Time per function at each size, from one step's profiles. */
export interface StageTable {
  /** `ingest` or `build`. */
  step: string;
  /** Sizes profiled, ascending. */
  sizes: number[];
  /** Function → milliseconds at each size (same order as `sizes`). */
  times: Map<string, number[]>;
}

/** A function whose time grows faster than the corpus. */
export interface FastGrower {
  /** `name (file)`. */
  name: string;
  /** Growth exponent between the two largest sizes. */
  exponent: number;
  /** Share of the step's total at the largest size, 0–1. */
  share: number;
}

/**
 * The functions of a step whose time grows with an exponent above `threshold` between the two largest sizes and that
 * take at least `minShare` of the step's time there (the largest inclusive time stands for the step's total).
 */
export function fastGrowers(table: StageTable, threshold = 1.2, minShare = 0.05): FastGrower[] {
  const last = table.sizes.length - 1;
  if (last < 1) return [];
  const total = Math.max(...[...table.times.values()].map((ms) => ms[last] ?? 0));
  const out: FastGrower[] = [];
  for (const [name, ms] of table.times) {
    const a = ms[last - 1] ?? 0;
    const b = ms[last] ?? 0;
    if (a <= 0 || b <= 0 || total <= 0) continue;
    const exponent = growthExponent({ articles: table.sizes[last - 1]!, seconds: a }, { articles: table.sizes[last]!, seconds: b });
    if (exponent > threshold && b / total >= minShare) out.push({ name, exponent, share: b / total });
  }
  return out.sort((x, y) => y.share - x.share);
}

/** The functions taking most time at the largest size, with their growth exponent between the two largest sizes. */
export function stageMarkdown(table: StageTable, top = 12): string {
  const last = table.sizes.length - 1;
  const rows = [...table.times].sort((a, b) => (b[1][last] ?? 0) - (a[1][last] ?? 0)).slice(0, top);
  const exponent = (ms: number[]): string => {
    if (last < 1 || !ms[last] || !ms[last - 1]) return 'n/a';
    const e = growthExponent({ articles: table.sizes[last - 1]!, seconds: ms[last - 1]! }, { articles: table.sizes[last]!, seconds: ms[last]! });
    return `${fmt(e, 2)}${e > 1.2 ? ' **super-linear**' : ''}`;
  };
  const header = [
    'function (inclusive CPU time)',
    ...table.sizes.map((n) => `ms/story at ${n.toLocaleString('en')}`),
    `growth exponent ${table.sizes.at(-2)?.toLocaleString('en') ?? ''} → ${table.sizes.at(-1)?.toLocaleString('en') ?? ''}`,
  ];
  const lines = rows.map(([name, ms]) => [`\`${name}\``, ...ms.map((t, i) => fmt(t / table.sizes[i]!, 3)), exponent(ms)]);
  return [
    `Where ${table.step} time goes (V8 CPU profile of each run; exponent 1 is linear, 2 quadratic):`,
    '',
    ...[header, header.map(() => '---'), ...lines].map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

/** The results as the Markdown page `bench/results.md`. */
export function resultsMarkdown(
  results: readonly SizeResult[],
  machine: Machine,
  date: string,
  notes: readonly string[] = [],
  stages: readonly StageTable[] = [],
): string {
  const cell = (v: string | null): string => v ?? 'n/a';
  const rows = results.map((r) => {
    const b = r.build !== null && 'seconds' in r.build ? r.build : null;
    const skipped = r.build !== null && 'skipped' in r.build ? 'skipped' : null;
    return [
      r.articles.toLocaleString('en'),
      String(r.files),
      fmt(r.corpusBytes / MB),
      ['stories', 'officials', 'districts', 'initiatives', 'figures', 'charts'].map((k) => r.counts[k] ?? '?').join(' / '),
      `${fmt(r.ingestSeconds)} (${fmt(r.ingestCpuSeconds)})`,
      fmt(msPerArticle({ articles: r.articles, seconds: r.ingestCpuSeconds }), 2),
      fmt(r.ingestPeakBytes / MB, 0),
      b ? `${fmt(b.seconds)} (${fmt(b.cpuSeconds)})` : cell(skipped),
      b ? String(b.pages) : cell(skipped),
      b ? fmt(b.pages / b.seconds, 0) : cell(skipped),
      b ? fmt(b.peakBytes / MB, 0) : cell(skipped),
      b ? `${fmt(b.distBytes / MB)} (${b.distFiles} files)` : cell(skipped),
      r.search ? `${fmt(r.search.indexBytes / 1024, 0)} KB` : 'n/a',
      r.search ? `${fmt(r.search.queryMs, 2)}${r.search.loadMs === undefined ? '' : ` (load ${fmt(r.search.loadMs, 0)})`}` : 'n/a',
      r.search?.pagefind ? `${fmt(r.search.pagefind.indexBytes / 1024, 0)} KB, ${fmt(r.search.pagefind.queryMs, 2)} ms` : 'n/a',
    ];
  });
  const header = [
    'stories',
    'files',
    'sources MB',
    'ingest found (stories / officials / places / initiatives / figures / charts)',
    'ingest s (CPU s)',
    'ingest CPU ms/story',
    'ingest peak MB',
    'build s (CPU s)',
    'pages',
    'pages/s',
    'build peak MB',
    'dist MB',
    'search index (gzip)',
    'query ms',
    'Pagefind',
  ];
  const table = [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  const verdict = linearityVerdict(results.map((r) => ({ articles: r.articles, seconds: r.ingestCpuSeconds })));
  return [
    '# Scale benchmark',
    '',
    `Generated by \`npm run bench\` (bench/scale.ts) on ${date}.`,
    '',
    `Machine: ${machine.cpus} CPUs (${machine.model}), ${fmt(machine.memory / 1024 ** 3, 1)} GB memory, Node ${machine.node}.`,
    '',
    "Synthetic corpora from bench/generateCorpus.ts (the five sources' sentences recombined with other Jinan places, made-up",
    'names and redrawn numbers; several stories a page, some pages in narrow columns). Ingest and build are the real CLIs run',
    "as child processes; times are wall-clock with the process's CPU time (user + system) in brackets, peak memory is the",
    "child's maximum resident set size. Other work on the machine slows wall time; CPU time is the steadier measure.",
    '',
    table,
    '',
    `Ingest growth (CPU time per story): ${verdict.text}.`,
    ...indexPagesMarkdown(results),
    ...stages.flatMap((t) => {
      const growers = fastGrowers(t);
      if (growers.length === 0) return [];
      const largest = t.sizes.at(-1)!.toLocaleString('en');
      const list = growers.map((g) => `\`${g.name}\` (exponent ${fmt(g.exponent, 2)}, ${fmt(100 * g.share, 0)} % of ${t.step} at ${largest})`).join('; ');
      return ['', `Growing faster than the corpus in ${t.step}: ${list}. At ten times the corpus such a part costs about 10^exponent times as much.`];
    }),
    ...stages.flatMap((t) => ['', stageMarkdown(t)]),
    ...(notes.length > 0 ? ['', ...notes.map((n) => `- ${n}`)] : []),
    '',
  ].join('\n');
}

/** The table of index first-page weights and warm rebuilds, or nothing when no size was built. */
export function indexPagesMarkdown(results: readonly SizeResult[]): string[] {
  const built = results.filter((r) => r.indexPages && Object.keys(r.indexPages).length > 0);
  if (built.length === 0) return [];
  const header = ['stories', ...INDEX_PAGES.map((n) => `/${n}/`), 'largest vs 30 KB budget'];
  const rows = built.map((r) => {
    const sizes = INDEX_PAGES.map((n) => r.indexPages?.[n]);
    const largest = Math.max(...sizes.map((n) => n ?? 0));
    return [
      r.articles.toLocaleString('en'),
      ...sizes.map((n) => (n === undefined ? 'n/a' : `${fmt(n / 1024)} KB`)),
      `${fmt(largest / 1024)} KB (${largest <= INDEX_PAGE_BUDGET ? 'within' : '**over**'})`,
    ];
  });
  const rebuilt = results.filter((r) => r.rebuild && r.build && 'seconds' in r.build);
  return [
    '',
    'First page of each index, gzip (what a reader downloads before the first row; later pages and facets are the same size or smaller):',
    '',
    ...[header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`),
    ...(rebuilt.length === 0
      ? []
      : [
          '',
          'Second build of the same site (chart PNG cache warm, every chart SVG unchanged): ' +
            rebuilt
              .map((r) => {
                const b = r.build as { seconds: number; pages: number };
                return `${r.articles.toLocaleString('en')} stories ${fmt(r.rebuild!.seconds)} s (CPU ${fmt(r.rebuild!.cpuSeconds)} s), ${fmt(b.pages / r.rebuild!.seconds, 0)} pages/s`;
              })
              .join('; ') +
            '.',
        ]),
  ];
}

/** Sum of file sizes and number of files under `dir`; HTML pages counted apart. */
function directorySize(dir: string): { bytes: number; files: number; pages: number } {
  let bytes = 0;
  let files = 0;
  let pages = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    files++;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, files, pages };
}

/** What one measured child process took. */
interface Measured {
  seconds: number;
  cpuSeconds: number;
  peakBytes: number;
  stdout: string;
  stderr: string;
  status: number | null;
}

/** Runs `node <args>` in `cwd`, timing it and reading its CPU time and peak memory from a preloaded exit hook. */
function runMeasured(args: string[], cwd: string, work: string, env: Record<string, string> = {}): Measured {
  const hook = join(work, 'resource-usage.mjs');
  const report = join(work, `usage-${process.hrtime.bigint()}.json`);
  // process.resourceUsage() covers the whole process, worker threads included: maxRSS in KB, CPU times in µs.
  writeFileSync(
    hook,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(process.env.BENCH_USAGE_FILE, JSON.stringify(process.resourceUsage())));\n",
  );
  const start = performance.now();
  const child = spawnSync(process.execPath, ['--import', pathToFileURL(hook).href, ...args], {
    cwd,
    env: { ...process.env, ...env, BENCH_USAGE_FILE: report },
    encoding: 'utf8',
    maxBuffer: 256 * MB,
  });
  const seconds = (performance.now() - start) / 1000;
  const usage = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as NodeJS.ResourceUsage) : null;
  rmSync(report, { force: true });
  return {
    seconds,
    cpuSeconds: usage ? (usage.userCPUTime + usage.systemCPUTime) / 1e6 : Number.NaN,
    peakBytes: usage ? usage.maxRSS * 1024 : 0,
    stdout: child.stdout ?? '',
    stderr: child.stderr ?? '',
    status: child.status,
  };
}

/** Reads the profiles a `--cpu-prof` run wrote into `dir`: one per thread (worker threads write their own). */
function readProfiles(dir: string): CpuProfile[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  return files.sort().map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
}

/** Adds one size's profiles to a step's table: each function's time summed over the threads it ran on. */
function addProfile(table: StageTable, size: number, profiles: readonly CpuProfile[]): void {
  if (profiles.length === 0) return;
  const at = table.sizes.length;
  table.sizes.push(size);
  for (const profile of profiles)
    for (const [name, ms] of functionTimes(profile)) {
      const row = table.times.get(name) ?? [];
      row[at] = (row[at] ?? 0) + ms;
      table.times.set(name, row);
    }
  for (const row of table.times.values()) for (let i = 0; i <= at; i++) row[i] ??= 0;
}

/** Parses ingest's summary table (`stories  15` lines). */
export function parseSummary(stdout: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of stdout.matchAll(/^(\w+)\s+(\d+)$/gmu)) counts[m[1]!] = Number(m[2]);
  return counts;
}

/** A throwaway copy of the project to build a site from another `content/` folder. */
function makeBuildTree(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const part of ['src', 'scripts', 'public', 'tsconfig.json', 'package.json']) {
    if (existsSync(join(PROJECT, part))) cpSync(join(PROJECT, part), join(dir, part), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The project's config, unchanged, under another name; the wrapper moves Astro's and Vite's caches out of the
  // shared node_modules (reached through the symlink) into the copy.
  cpSync(join(PROJECT, 'astro.config.mjs'), join(dir, 'astro.project.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    [
      "import config from './astro.project.mjs';",
      "export * from './astro.project.mjs';",
      "export default { ...config, cacheDir: './.bench-cache/astro', vite: { ...config.vite, cacheDir: './.bench-cache/vite' } };",
      '',
    ].join('\n'),
  );
}

async function loadSearchHook(): Promise<MeasureSearch | null> {
  const file = join(import.meta.dirname, 'search.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { measureSearch?: MeasureSearch };
  return typeof mod.measureSearch === 'function' ? mod.measureSearch : null;
}

interface Options {
  sizes: number[];
  build: boolean;
  buildBudgetMinutes: number;
  profile: boolean;
  profileBuild: boolean;
  smoke: boolean;
  seed: number;
  out: string | null;
  keep: boolean;
  /** Sizes whose site is built a second time with the chart PNG cache warm. */
  rebuild: number[];
  /** Whether each built site's search is measured (with Pagefind indexing its pages: minutes at 10,000 stories). */
  search: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '100,1000,10000' },
      'no-build': { type: 'boolean', default: false },
      'build-budget': { type: 'string', default: '20' },
      'no-profile': { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'profile-build': { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
      out: { type: 'string', default: join(PROJECT, 'bench', 'results.md') },
      keep: { type: 'boolean', default: false },
      rebuild: { type: 'string', default: '' },
    },
    strict: true,
  });
  const sizes = values.smoke ? [20] : values.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--sizes: expected positive integers, got ${values.sizes}`);
  return {
    sizes,
    build: !values.smoke && !values['no-build'],
    buildBudgetMinutes: Number(values['build-budget']),
    profile: !values['no-profile'],
    profileBuild: values['profile-build'] && !values.smoke && !values['no-build'],
    smoke: values.smoke,
    seed: Number(values.seed),
    out: values.smoke ? null : values.out,
    keep: values.keep,
    search: !values['no-search'],
    rebuild:
      values.smoke || values['no-build']
        ? []
        : values.rebuild
            .split(',')
            .filter((v) => v.trim() !== '')
            .map((v) => Number(v.trim())),
  };
}

/** A measured build: ingest's counts for its corpus and its time. */
export interface MeasuredBuild {
  /** Ingest's counts (stories, officials, places, initiatives, figures): each is a page or two. */
  counts: Record<string, number>;
  /** Build wall time, seconds. */
  seconds: number;
}

/**
 * Build time to expect for a corpus, from the builds measured so far: scaled by the number of entries (each a page
 * or two), with the growth exponent fitted to the last two builds but never below 1, so a build that grows faster
 * than its pages is caught before it runs.
 */
export function estimateBuildSeconds(measured: readonly MeasuredBuild[], counts: Record<string, number>): number {
  const entries = (c: Record<string, number>): number =>
    Math.max(
      1,
      Object.values(c).reduce((a, b) => a + b, 0),
    );
  const last = measured.at(-1);
  if (!last) return 0;
  const before = measured.at(-2);
  const exponent =
    before && entries(last.counts) > entries(before.counts)
      ? Math.log(last.seconds / before.seconds) / Math.log(entries(last.counts) / entries(before.counts))
      : 1;
  return last.seconds * (entries(counts) / entries(last.counts)) ** Math.max(1, exponent);
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  const work = join(tmpdir(), `jinan-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const material = buildMaterial(readSourceStories(join(PROJECT, 'content', 'sources')));
  const measureSearch = options.build ? await loadSearchHook() : null;
  const results: SizeResult[] = [];
  const notes: string[] = [];
  const builds: MeasuredBuild[] = [];
  const ingestStages: StageTable = { step: 'ingest', sizes: [], times: new Map() };
  const buildStages: StageTable = { step: 'build', sizes: [], times: new Map() };
  const log = (s: string): void => console.log(`[bench] ${s}`);

  try {
    for (const size of options.sizes) {
      const corpusDir = join(work, `corpus-${size}`);
      const tree = join(work, `site-${size}`);
      const corpus = generateCorpus(material, { articles: size, seed: options.seed });
      writeCorpus(corpusDir, corpus);
      const corpusBytes = corpus.files.reduce((a, f) => a + Buffer.byteLength(f.text), 0);
      log(`${size} stories: ${corpus.files.length} files, ${fmt(corpusBytes / MB)} MB`);

      makeBuildTree(tree);
      const profileDir = (step: string): string => join(work, `profile-${size}-${step}`);
      const profileArgs = (step: string, on: boolean): string[] => (on ? ['--cpu-prof', `--cpu-prof-dir=${profileDir(step)}`] : []);
      const ingest = runMeasured(
        [
          ...profileArgs('ingest', options.profile),
          '--import',
          'tsx',
          join(PROJECT, 'scripts', 'ingest', 'cli.ts'),
          '--in',
          corpusDir,
          '--out',
          join(tree, 'content'),
        ],
        PROJECT,
        work,
      );
      if (ingest.status !== 0) {
        console.error(ingest.stdout + ingest.stderr);
        throw new Error(`ingest failed on the ${size}-story corpus (exit ${ingest.status})`);
      }
      const counts = parseSummary(ingest.stdout);
      if (options.profile) addProfile(ingestStages, size, readProfiles(profileDir('ingest')));
      log(`ingest: ${fmt(ingest.seconds)} s (CPU ${fmt(ingest.cpuSeconds)} s), ${fmt(ingest.peakBytes / MB, 0)} MB peak, ${JSON.stringify(counts)}`);
      if (counts.stories !== size) notes.push(`${size}-story corpus: ingest found ${counts.stories} stories.`);

      let build: SizeResult['build'] = null;
      let search: SearchMeasure | null = null;
      let indexPages: Record<string, number> | undefined;
      let rebuild: SizeResult['rebuild'] = null;
      if (options.build) {
        const estimate = estimateBuildSeconds(builds, counts);
        if (options.buildBudgetMinutes > 0 && estimate > options.buildBudgetMinutes * 60) {
          const why = `estimated ${fmt(estimate / 60)} min from the smaller sizes, over the ${options.buildBudgetMinutes}-min budget (raise it with --build-budget)`;
          build = { skipped: why };
          notes.push(`${size}-story build skipped: ${why}.`);
          log(`build skipped: ${why}`);
        } else {
          if (estimate > 0) log(`build: estimated ${fmt(estimate / 60)} min`);
          // The chart PNG and search index caches go into the throwaway tree: every measured build starts cold, as a
          // first build would.
          const buildEnv = {
            ASTRO_TELEMETRY_DISABLED: '1',
            CHART_PNG_CACHE: join(tree, '.bench-cache', 'chart-png'),
            SEARCH_INDEX_CACHE: join(tree, '.bench-cache', 'search-index'),
          };
          const run = runMeasured(
            [...profileArgs('build', options.profileBuild), join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
            tree,
            work,
            buildEnv,
          );
          if (run.status !== 0) {
            console.error(run.stdout.slice(-4000) + run.stderr.slice(-4000));
            throw new Error(`astro build failed on the ${size}-story corpus (exit ${run.status})`);
          }
          const dist = directorySize(join(tree, 'dist'));
          build = {
            seconds: run.seconds,
            cpuSeconds: run.cpuSeconds,
            peakBytes: run.peakBytes,
            pages: dist.pages,
            distBytes: dist.bytes,
            distFiles: dist.files,
          };
          builds.push({ counts, seconds: run.seconds });
          if (options.profileBuild) addProfile(buildStages, size, readProfiles(profileDir('build')));
          log(
            `build: ${fmt(run.seconds)} s (CPU ${fmt(run.cpuSeconds)} s), ${dist.pages} pages, ${fmt(dist.pages / run.seconds, 0)} pages/s, ${fmt(run.peakBytes / MB, 0)} MB peak, dist ${fmt(dist.bytes / MB)} MB`,
          );
          indexPages = indexPageSizes(join(tree, 'dist'));
          log(
            `index first pages (gzip): ${Object.entries(indexPages)
              .map(([n, b]) => `/${n}/ ${fmt(b / 1024)} KB`)
              .join(', ')}`,
          );
          if (options.search)
            try {
              search = measureSearch ? await measureSearch(join(tree, 'dist')) : await builtInSearchMeasure(join(tree, 'dist'));
            } catch (error) {
              // A search tool that will not install must not throw away a build that took many minutes: note it.
              const why = (error as Error).message.split('\n')[0];
              notes.push(`${size}-story search not measured: ${why}.`);
              log(`search not measured: ${why}`);
            }
          if (options.rebuild.includes(size)) {
            const again = runMeasured([join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], tree, work, buildEnv);
            rebuild = again.status === 0 ? { seconds: again.seconds, cpuSeconds: again.cpuSeconds } : null;
            if (rebuild) log(`rebuild (PNG cache warm): ${fmt(rebuild.seconds)} s (CPU ${fmt(rebuild.cpuSeconds)} s)`);
          }
          if (search)
            log(
              `search: index ${fmt(search.indexBytes / 1024, 0)} KB gzip, ${fmt(search.queryMs, 2)} ms/query${search.loadMs === undefined ? '' : `, ${fmt(search.loadMs, 0)} ms to load`}`,
            );
        }
      }
      results.push({
        articles: size,
        files: corpus.files.length,
        corpusBytes,
        counts,
        ingestSeconds: ingest.seconds,
        ingestCpuSeconds: ingest.cpuSeconds,
        ingestPeakBytes: ingest.peakBytes,
        build,
        search,
        indexPages,
        rebuild,
      });
      if (!options.keep) rmSync(tree, { recursive: true, force: true });
    }
  } finally {
    if (!options.keep) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }

  if (options.build && !measureSearch) {
    notes.push(
      `Search: the site's own index (dist/search-index.json, gzip size) loaded with src/search/search.ts; query time is the median of ${QUERIES.join(', ')} (3 rounds). Pagefind: no bench/search.ts exporting measureSearch(distDir) yet.`,
    );
  }
  const machine: Machine = { cpus: availableParallelism(), model: cpus()[0]?.model.trim() ?? 'unknown', memory: totalmem(), node: process.version };
  const args = process.argv.slice(2).join(' ');
  notes.push(`Command: \`npm run bench${args ? ` -- ${args}` : ''}\` (seed ${options.seed}).`);
  const stages = [ingestStages, buildStages].filter((t) => t.sizes.length > 0);
  const markdown = resultsMarkdown(results, machine, new Date().toISOString().slice(0, 10), notes, options.smoke ? [] : stages);
  if (options.out) {
    writeFileSync(options.out, markdown);
    log(`wrote ${options.out}`);
  }
  console.log(markdown);
  if (options.smoke) {
    const found = results[0]?.counts.stories ?? 0;
    const figures = results[0]?.counts.figures ?? 0;
    if (found !== options.sizes[0] || figures === 0) {
      console.error(`bench smoke: ingest found ${found} stories and ${figures} figures in a ${options.sizes[0]}-story corpus`);
      return 1;
    }
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href && process.argv.includes('--long-story')) {
  // One story of 1–13 MB instead of many stories: bench/longStory.ts.
  runLongStoryBench(process.argv.slice(2).filter((a) => a !== '--long-story'));
} else if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`bench: ${(error as Error).message}`);
      process.exitCode = 1;
    },
  );
}
