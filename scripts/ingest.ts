/**
 * The ingest CLI: content/sources/*.txt → content/<collection>/*.md.
 *
 *   npm run ingest                          # content/sources → content/
 *   npm run ingest -- --in DIR --out DIR    # any folder of .txt articles → any output folder
 *   npm run ingest -- --check               # exit 1 if the output is not what ingest would write
 *
 * It only reads, calls the pure pipeline, and writes. Output is staged in a temporary folder and moved into place
 * only when every record was built and validated, so a failed run leaves the previous output untouched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runIngest, type IngestResult, type SourceFile } from './lib/pipeline.ts';
import { emptyCorrections, parseCorrections, type LoadedCorrections } from './lib/corrections.ts';
import { InputError } from './lib/types.ts';

interface Options {
  inDir: string;
  outDir: string;
  corrections: string;
  check: boolean;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: { in: { type: 'string' }, out: { type: 'string' }, corrections: { type: 'string' }, check: { type: 'boolean', default: false } },
    strict: true,
  });
  const outDir = resolve(values.out ?? 'content');
  return {
    inDir: resolve(values.in ?? 'content/sources'),
    outDir,
    corrections: resolve(values.corrections ?? join(outDir, 'corrections.yaml')),
    check: values.check ?? false,
  };
}

/** Reads the chart files already published in the output folder, so slugs stay put and hand-made charts are kept. */
function readCharts(outDir: string): Map<string, string> {
  const dir = join(outDir, 'charts');
  if (!existsSync(dir)) return new Map();
  return new Map(readdirSync(dir).filter((n) => n.endsWith('.md')).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));
}

/** Reads the hand corrections; a missing file means none. */
function readCorrections(file: string): LoadedCorrections {
  const name = file.slice(process.cwd().length + 1) || file;
  return existsSync(file) ? parseCorrections(readFileSync(file, 'utf8'), name) : emptyCorrections(name);
}

function readSources(dir: string): SourceFile[] {
  if (!existsSync(dir)) throw new InputError(dir, null, 'no such folder');
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith('.txt')).sort();
  if (names.length === 0) throw new InputError(dir, null, 'no .txt files in this folder');
  return names.map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** The collection folders ingest owns in the output folder: those it wrote, plus any it wrote before. */
function ownedFolders(result: IngestResult): string[] {
  return [...new Set([...result.files.keys()].map((p) => p.split('/')[0]!))].sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1).split('\\').join('/'))
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

/** Writes every file into a staging folder, then swaps each collection folder into place. */
function writeAtomically(result: IngestResult, outDir: string): void {
  const staging = join(outDir, '.ingest-staging');
  const retired = join(outDir, '.ingest-retired');
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
  try {
    // Tens of thousands of files share a handful of folders: each folder is made once, not once per file.
    const made = new Set<string>();
    for (const [path, content] of result.files) {
      const target = join(staging, path);
      const folder = dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      writeFileSync(target, content);
    }
    mkdirSync(retired, { recursive: true });
    for (const folder of ownedFolders(result)) {
      const live = join(outDir, folder);
      if (existsSync(live)) renameSync(live, join(retired, folder));
      renameSync(join(staging, folder), live);
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
    rmSync(retired, { recursive: true, force: true });
  }
}

function printSummary(result: IngestResult): void {
  const rows: [string, string][] = [...Object.entries(result.counts).map(([k, v]): [string, string] => [k, String(v)]), ['warnings', String(result.warnings.length)]];
  const width = Math.max(...rows.map(([k]) => k.length));
  console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v.padStart(5)}`).join('\n'));
  for (const w of result.warnings) console.log(`warning: ${w.at}: ${w.message}`);
}

function main(): number {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`error: ${(error as Error).message}\nusage: npm run ingest -- [--in DIR] [--out DIR] [--corrections FILE] [--check]`);
    return 2;
  }
  try {
    const result = runIngest(readSources(options.inDir), { corrections: readCorrections(options.corrections), charts: readCharts(options.outDir) });
    if (options.check) {
      const diffs = differences(result, options.outDir);
      if (diffs.length > 0) {
        console.error(`error: ${options.outDir} is not what ingest would write (${diffs.length} differences); run npm run ingest\n${diffs.slice(0, 20).join('\n')}`);
        return 1;
      }
      return 0;
    }
    writeAtomically(result, options.outDir);
    printSummary(result);
    return 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
