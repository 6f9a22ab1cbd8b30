/**
 * The ingest CLI: content/sources/*.txt → content/<collection>/*.md.
 *
 *   npm run ingest                          # content/sources → content/
 *   npm run ingest -- --in DIR --out DIR    # any folder of .txt articles → any output folder
 *   npm run ingest -- --check               # exit 1 if the output is not what ingest would write
 *
 * It only reads, calls the pure pipeline, and writes. One run at a time holds the output folder's lock (a second
 * run refuses at once, naming the holder). Output is staged in a folder of the run's own and swapped into place under
 * a journal (scripts/ingest/write/swap.ts), so a failed or killed run leaves the output wholly old or wholly new; the next
 * run finishes an interrupted swap before it reads anything.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { randomBytes } from 'node:crypto';
import type { IngestResult } from './pipeline.ts';
import { runIngestParallel } from './parallel.ts';
import { emptyCorrections, parseCorrections, type LoadedCorrections } from './resolve/corrections.ts';
import { MAX_CORRECTIONS_BYTES, readBounded, readCorrectionsText, readSources } from './read/readInput.ts';
import { acquireLock, recover, releaseLock, runSteps, writeOutputSteps, type LockHolder } from './write/swap.ts';
import { isProcessAlive, nodeOutputFs } from './write/outputFs.ts';
import { InputError, type SourceFile } from './types.ts';
import { SLUG_REGISTRY_FILE } from './charts/proposeCharts.ts';
import { parseSourcesManifest, SOURCES_MANIFEST, type SourceManifestEntry } from './read/sourcesManifest.ts';
import { reviewEntities } from './review/reviewEntities.ts';

interface Options {
  inDir: string;
  /** The sources folder as given, for messages. */
  inShown: string;
  outDir: string;
  corrections: string;
  /** The corrections file as given (or the default path), for messages. */
  correctionsShown: string;
  /** True when the user named a corrections file: then it must exist. */
  correctionsNamed: boolean;
  check: boolean;
  /** Print only the summary, not the review lines. */
  quiet: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      in: { type: 'string' },
      out: { type: 'string' },
      corrections: { type: 'string' },
      check: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const outDir = resolve(values.out ?? 'content');
  const inShown = values.in ?? 'content/sources';
  const correctionsShown = values.corrections ?? join(values.out ?? 'content', 'corrections.yaml');
  return {
    inDir: resolve(inShown),
    inShown,
    outDir,
    corrections: resolve(correctionsShown),
    correctionsShown,
    correctionsNamed: values.corrections !== undefined,
    check: values.check ?? false,
    quiet: values.quiet ?? false,
  };
}

/** Reads the chart files already published in the output folder, so slugs stay put and hand-made charts are kept. */
function readCharts(outDir: string): Map<string, string> {
  const dir = join(outDir, 'charts');
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((n) => n.endsWith('.md') || n === SLUG_REGISTRY_FILE)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

/** Reads the hand corrections, named in messages as the user gave the path; the default file may be absent. */
function readCorrections(options: Options): LoadedCorrections {
  const text = readCorrectionsText(options.corrections, options.correctionsShown, options.correctionsNamed);
  return text === null ? emptyCorrections(options.correctionsShown) : parseCorrections(text, options.correctionsShown);
}

/** Reads the optional sources manifest beside the sources; errors name it as `sources.yaml:LINE`. */
function readManifest(dir: string, dirShown: string, sources: readonly SourceFile[]): Map<string, SourceManifestEntry> {
  const file = join(dir, SOURCES_MANIFEST);
  if (!existsSync(file)) return new Map();
  const text = readBounded(file, join(dirShown, SOURCES_MANIFEST), MAX_CORRECTIONS_BYTES, 'sources manifest').toString('utf8');
  return parseSourcesManifest(
    text,
    sources.map((s) => s.name),
    SOURCES_MANIFEST,
  );
}

/** The collection folders ingest owns in the output folder: those it wrote, plus any it wrote before. */
function ownedFolders(result: IngestResult): string[] {
  return [...new Set([...result.files.keys()].map((p) => p.split('/')[0]!))].sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) =>
      join(d.parentPath, d.name)
        .slice(dir.length + 1)
        .split('\\')
        .join('/'),
    )
    .sort();
}

/** Differences between what ingest would write and what is in the output folder. */
function differences(result: IngestResult, outDir: string): string[] {
  const diffs: string[] = [];
  for (const folder of ownedFolders(result)) {
    const onDisk = new Set(listFiles(join(outDir, folder)).map((f) => `${folder}/${f}`));
    for (const [path, content] of result.files) {
      if (!path.startsWith(`${folder}/`)) continue;
      if (!onDisk.has(path)) diffs.push(`missing: ${path}`);
      else if (readFileSync(join(outDir, path), 'utf8') !== content) diffs.push(`differs: ${path}`);
      onDisk.delete(path);
    }
    for (const extra of onDisk) diffs.push(`not written by ingest: ${extra}`);
  }
  return diffs;
}

function printSummary(result: IngestResult, quiet: boolean): void {
  const rows: [string, string][] = [
    ...Object.entries(result.counts).map(([k, v]): [string, string] => [k, String(v)]),
    ['warnings', String(result.warnings.length)],
    ['to review', String(result.review.length)],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(5)}`).join('\n'));
  for (const w of result.warnings) console.log(`warning: ${w.at}: ${w.message}`);
  if (!quiet && result.review.length > 0)
    console.log(`\nto review (${result.review.length}; paste under metrics.fix in corrections.yaml and fill in):\n${result.review.join('\n')}`);
  if (!quiet) for (const line of reviewEntities(result.entities)) console.log(line);
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\nusage: npm run ingest -- [--in DIR] [--out DIR] [--corrections FILE] [--check] [--quiet]`);
    return 2;
  }
  mkdirSync(options.outDir, { recursive: true });
  const me: LockHolder = { pid: process.pid, started: new Date().toISOString() };
  const lock = acquireLock(nodeOutputFs, options.outDir, me, isProcessAlive);
  if (!lock.ok) {
    console.error(`error: ${lock.message}`);
    return 1;
  }
  try {
    if (lock.notice) console.error(`notice: ${lock.notice}`);
    // An interrupted swap is finished before anything reads the output folder (charts, --check).
    const recovered = recover(nodeOutputFs, options.outDir);
    if (recovered) console.error(`notice: ${recovered}`);
    const sources = readSources(options.inDir, options.inShown);
    const manifest = readManifest(options.inDir, options.inShown, sources);
    const result = await runIngestParallel(sources, { corrections: readCorrections(options), charts: readCharts(options.outDir), manifest });
    if (options.check) {
      const diffs = differences(result, options.outDir);
      if (diffs.length > 0) {
        console.error(
          `error: ${options.outDir} is not what ingest would write (${diffs.length} differences); run npm run ingest\n${diffs.slice(0, 20).join('\n')}`,
        );
        return 1;
      }
      return 0;
    }
    runSteps(writeOutputSteps(nodeOutputFs, options.outDir, result.files, `${process.pid}-${randomBytes(4).toString('hex')}`));
    printSummary(result, options.quiet);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    // A file-system failure (a full disk, no permission) is the machine's, not a bug: say it plainly. The output is
    // whole either way: the swap journal lets the next run finish or discard what this one began.
    if (typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall) {
      console.error(`error: ${(error as Error).message}; ${options.outDir} is unchanged or will be completed by the next run`);
      return 1;
    }
    throw error;
  } finally {
    releaseLock(nodeOutputFs, options.outDir, me);
  }
}

process.exitCode = await main();
