/**
 * `npm test`: the whole check, stopping at the first failure.
 *   browser & fonts → format (prettier --check) → unit tests (vitest) beside ingest --check and the type check
 *   → astro build → determinism (ingest and build again, compare every file) beside a build for a sub-path
 *   (SITE_URL=https://news.example.org BASE_PATH=/jinan) → its crawl for broken links and foreign addresses beside
 *   the benchmark smoke run → end-to-end tests (playwright, two workers, against the one dist/)
 * Steps that do not depend on each other run two at a time, one per core. Every child runs with TZ=Asia/Shanghai
 * so dates print as the newspapers mean them. Logs go to .tmp/test/.
 * The last line is `N passed, N failed[, N skipped]`, summing the vitest and playwright tests that ran.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './ensureBrowser.ts';

const root = path.resolve(import.meta.dirname, '..', '..');
const bin = path.join(root, 'node_modules', '.bin');
const logDir = path.join(root, '.tmp', 'test');

const env: NodeJS.ProcessEnv = {
  ...process.env,
  TZ: 'Asia/Shanghai',
  // The project's pinned Node (node_modules/.bin/node) must win over the machine's.
  PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
  ASTRO_TELEMETRY_DISABLED: '1',
  // The main build is the site at the root with the placeholder address, whatever the developer's shell or .env
  // says (an empty value also keeps astro.config.mjs from reading .env); the sub-path build sets its own.
  SITE_URL: '',
  BASE_PATH: '',
};

/** The address the sub-path build is made for and crawled at. */
const SUBPATH_ENV = { SITE_URL: 'https://news.example.org', BASE_PATH: '/jinan' };

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}
const total: Counts = { passed: 0, failed: 0, skipped: 0 };

/** Runs a command from node_modules/.bin; output goes to the terminal, or to `logFile` when given. */
function run(command: string, args: string[], logFile?: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(bin, command), args, {
      cwd: root,
      env: { ...env, ...extraEnv },
      stdio: logFile ? ['ignore', 'pipe', 'pipe'] : ['ignore', 'inherit', 'inherit'],
    });
    if (logFile) {
      const log = createWriteStream(logFile);
      child.stdout?.pipe(log);
      child.stderr?.pipe(log);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

function num(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

/** Counts from vitest's JSON report (`numPassedTests`, `numFailedTests`). */
function vitestCounts(report: unknown): Counts | undefined {
  if (typeof report !== 'object' || report === null) return undefined;
  const r = report as Record<string, unknown>;
  return { passed: num(r.numPassedTests), failed: num(r.numFailedTests), skipped: num(r.numPendingTests) + num(r.numTodoTests) };
}

/** Counts from playwright's JSON report: `expected` and `flaky` passed, `unexpected` failed. */
function playwrightCounts(report: unknown): Counts | undefined {
  if (typeof report !== 'object' || report === null) return undefined;
  const stats = (report as Record<string, unknown>).stats;
  if (typeof stats !== 'object' || stats === null) return undefined;
  const s = stats as Record<string, unknown>;
  return { passed: num(s.expected) + num(s.flaky), failed: num(s.unexpected), skipped: num(s.skipped) };
}

/** Hashes of every file under `dir`, by path relative to it. */
function hashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out.set(path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex'));
  }
  return out;
}

/** Files present in only one of two folders or different between them. */
function differingFiles(a: string, b: string): string[] {
  const ha = hashes(a);
  const hb = hashes(b);
  return [...new Set([...ha.keys(), ...hb.keys()])].filter((f) => ha.get(f) !== hb.get(f)).sort();
}

function countFiles(dir: string): number {
  return hashes(dir).size;
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

function finish(failedStep?: string): never {
  if (failedStep) console.error(`\ntest: stopped at ${failedStep}`);
  const skipped = total.skipped > 0 ? `, ${total.skipped} skipped` : '';
  console.log(`${total.passed} passed, ${total.failed} failed${skipped}`);
  process.exit(failedStep || total.failed > 0 ? 1 : 0);
}

function add(counts: Counts | undefined): void {
  if (!counts) return;
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
}

async function main(): Promise<void> {
  rmSync(logDir, { recursive: true, force: true });
  mkdirSync(logDir, { recursive: true });

  const browser = ensureBrowser(path.join(logDir, 'apt.log'));
  console.log(browser.message);
  if (!browser.ok) finish('browser check');

  console.log('\n── format (prettier --check)');
  const formatLog = path.join(logDir, 'format.log');
  const format = await run('prettier', ['--check', '--log-level', 'warn', '.'], formatLog);
  if (format !== 0) {
    console.error(tail(formatLog, 30));
    finish('format (run `npx prettier --write FILE` on the files listed)');
  }

  console.log('\n── unit tests (vitest), beside ingest --check and the type check (astro check, tsc)');
  const vitestJson = path.join(logDir, 'vitest.json');
  const checkLog = path.join(logDir, 'check.log');
  const [unit, check, types] = await Promise.all([
    run('vitest', ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]),
    run('tsx', ['scripts/ingest/cli.ts', '--check'], path.join(logDir, 'ingest-check.log')),
    run('astro', ['check'], checkLog).then((code) => (code === 0 ? run('tsc', ['--noEmit', '-p', 'tsconfig.json'], path.join(logDir, 'tsc.log')) : code)),
  ]);
  add(vitestCounts(readJson(vitestJson)));
  if (unit !== 0) finish('unit tests');
  if (check !== 0) {
    console.error(tail(path.join(logDir, 'ingest-check.log'), 20));
    finish('ingest --check (content/ is not what `npm run ingest` writes)');
  }
  if (types !== 0) {
    console.error(tail(checkLog, 30), tail(path.join(logDir, 'tsc.log'), 30));
    finish('type check (npm run check)');
  }
  console.log('content/ is current; types check');

  console.log('\n── astro build');
  const buildLog = path.join(logDir, 'build.log');
  const build = await run('astro', ['build'], buildLog);
  if (build !== 0) {
    console.error(tail(buildLog, 40));
    finish(`astro build (full log: ${path.relative(root, buildLog)})`);
  }
  console.log(`built dist/ (log: ${path.relative(root, buildLog)})`);

  console.log('\n── determinism (ingest and build again, compare byte for byte), beside a build under a sub-path');
  const againContent = path.join(logDir, 'content-again');
  const againDist = path.join(logDir, 'dist-again');
  const subDist = path.join(logDir, 'dist-subpath');
  // Published chart slugs are an input of ingest (they never change once out), so the second run gets them too.
  if (existsSync(path.join(root, 'content', 'charts'))) cpSync(path.join(root, 'content', 'charts'), path.join(againContent, 'charts'), { recursive: true });
  const [reingest, rebuild, subBuild] = await Promise.all([
    run('tsx', ['scripts/ingest/cli.ts', '--out', againContent, '--corrections', 'content/corrections.yaml'], path.join(logDir, 'ingest-again.log')),
    // A search index cache of its own: the second build must index again, not read the first build's index.
    run('astro', ['build', '--outDir', againDist], path.join(logDir, 'build-again.log'), { SEARCH_INDEX_CACHE: path.join(logDir, 'search-index-again') }),
    run('astro', ['build', '--outDir', subDist], path.join(logDir, 'build-subpath.log'), SUBPATH_ENV),
  ]);
  const owned = ['articles', 'officials', 'districts', 'initiatives', 'metrics', 'charts'];
  const contentDiffs =
    reingest === 0
      ? owned.flatMap((c) => differingFiles(path.join(root, 'content', c), path.join(againContent, c)).map((f) => `content/${c}/${f}`))
      : ['(ingest failed)'];
  const distDiffs = rebuild === 0 ? differingFiles(path.join(root, 'dist'), againDist).map((f) => `dist/${f}`) : ['(build failed)'];
  const diffs = [...contentDiffs, ...distDiffs];
  add({ passed: diffs.length === 0 ? 1 : 0, failed: diffs.length === 0 ? 0 : 1, skipped: 0 });
  if (diffs.length > 0) {
    console.error(`${diffs.length} files differ between two runs:\n${diffs.slice(0, 20).join('\n')}`);
    finish('determinism');
  }
  console.log(`content/ and dist/ are byte-identical across two runs (${countFiles(againDist)} files in dist/)`);

  console.log(`\n── the site under a sub-path (${SUBPATH_ENV.SITE_URL}${SUBPATH_ENV.BASE_PATH}/): crawl for broken links and foreign addresses`);
  if (subBuild !== 0) {
    console.error(tail(path.join(logDir, 'build-subpath.log'), 40));
    finish('sub-path build');
  }
  // The crawl reads files and the smoke run is one small ingest: each leaves a core idle, so they run side by side.
  console.log('\n── benchmark smoke run (20 synthetic stories through the real ingest), beside the crawl');
  const subJson = path.join(logDir, 'playwright-subpath.json');
  const subLog = path.join(logDir, 'playwright-subpath.log');
  const smokeLog = path.join(logDir, 'bench-smoke.log');
  const [subCrawl, smoke] = await Promise.all([
    run('playwright', ['test', 'tests/e2e/crawl.spec.ts', '--project=desktop', '--reporter=list,json'], subLog, {
      ...SUBPATH_ENV,
      DIST_DIR: subDist,
      E2E_NO_SERVER: '1',
      PLAYWRIGHT_JSON_OUTPUT_FILE: subJson,
    }),
    run('tsx', ['bench/scale.ts', '--smoke'], smokeLog),
  ]);
  add(playwrightCounts(readJson(subJson)));
  console.log(tail(subLog, 8));
  if (subCrawl !== 0) finish('sub-path crawl');
  add({ passed: smoke === 0 ? 1 : 0, failed: smoke === 0 ? 0 : 1, skipped: 0 });
  if (smoke !== 0) {
    console.error(tail(smokeLog, 20));
    finish('benchmark smoke run');
  }
  console.log('the benchmark runs (full runs: npm run bench, npm run bench:search)');

  console.log('\n── end-to-end tests (playwright)');
  const playwrightJson = path.join(logDir, 'playwright.json');
  const e2e = await run('playwright', ['test', '--reporter=list,json'], undefined, { PLAYWRIGHT_JSON_OUTPUT_FILE: playwrightJson });
  add(playwrightCounts(readJson(playwrightJson)));
  if (e2e !== 0) finish('end-to-end tests');

  finish();
}

main().catch((error: unknown) => {
  console.error(error);
  finish('an unexpected error');
});
