/**
 * Chart PNGs: the standalone SVG drawn by resvg with the Noto Sans Hans OTF fonts shipped in npm, so Chinese renders
 * the same on a machine without any CJK system font; and a content-addressed cache of them that outlives `dist/`: a
 * chart whose SVG (and renderer and fonts) did not change since the last build is copied, not drawn again. resvg's
 * output and the PNG encoder (`pngEncode.ts`) are deterministic, so a cached file and a fresh drawing are the same
 * bytes; the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ResvgRenderOptions } from '@resvg/resvg-js';
import { packageVersion, writeWhole } from '../utils/cacheFiles.ts';
import { workerFile } from '../utils/workerFile.ts';
import { CHART_WIDTH } from './layout.ts';
import { ENCODER_ID } from './pngEncode.ts';
import type { DrawJob, DrawReply } from './pngWorker.ts';

/** Where the cache lives unless `CHART_PNG_CACHE` names another folder: beside the other build caches, gitignored. */
export function defaultCacheDir(cwd = process.cwd()): string {
  return process.env.CHART_PNG_CACHE || path.join(cwd, 'node_modules', '.cache', 'chart-png');
}

/** The cache key of a drawing: everything that decides its bytes (the SVG, the scale, the renderer and fonts). */
export function pngKey(svg: string, scale: number, renderer: string): string {
  return createHash('sha256').update(renderer).update('\0').update(String(scale)).update('\0').update(svg).digest('hex');
}

/** A folder of PNGs named by key (two-character subfolders, so no folder holds tens of thousands of files). */
export class PngCache {
  constructor(readonly dir: string) {}

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.png`);
  }

  /** The cached PNG for `key`, or null when it was never drawn (or the cache was cleared). */
  get(key: string): Uint8Array<ArrayBuffer> | null {
    try {
      return new Uint8Array(readFileSync(this.file(key)));
    } catch {
      return null;
    }
  }

  /** Stores a drawing; written to a temporary name and renamed, so a build stopped halfway leaves no torn file. */
  put(key: string, png: Uint8Array): void {
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    writeWhole(file, png);
  }
}

/** The OTF files of the PNG's fonts, from the @embedpdf/fonts-sc package. */
export function fontFiles(): string[] {
  // The package exports only its script entry; the fonts sit in `fonts/` beside its `dist/`.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const dir = path.join(path.dirname(entry), '..', 'fonts');
  return ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => path.join(dir, f));
}

/** resvg's options for a chart drawn `scale` times its width: white ground, only the given font files (the packaged fonts by default). */
export function renderOptions(scale: number, fonts: string[] = fontFiles()): ResvgRenderOptions {
  return {
    fitTo: { mode: 'width', value: CHART_WIDTH * scale },
    background: '#ffffff',
    font: { fontFiles: fonts, loadSystemFonts: false, defaultFontFamily: 'Noto Sans S Chinese Regular' },
  };
}

/**
 * Worker threads that draw charts, one per core: the subsetting, resvg's drawing and the PNG encoding all run there,
 * so the main thread renders other pages meanwhile. Idle workers do not keep the process alive.
 */
class DrawPool {
  private readonly workers: Worker[] = [];
  private readonly idle: Worker[] = [];
  private readonly queue: DrawJob[] = [];
  private readonly waiting = new Map<number, { resolve: (png: Uint8Array<ArrayBuffer>) => void; reject: (e: Error) => void }>();
  private nextId = 0;

  constructor(private readonly size: number) {}

  /** Draws one chart on the next free worker. */
  draw(job: Omit<DrawJob, 'id'>): Promise<Uint8Array<ArrayBuffer>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.queue.push({ ...job, id });
      this.pump();
    });
  }

  private pump(): void {
    while (this.queue.length > 0) {
      if (this.idle.length === 0 && this.workers.length < this.size) this.idle.push(this.spawn());
      const worker = this.idle.pop();
      if (!worker) return;
      worker.ref();
      worker.postMessage(this.queue.shift());
    }
  }

  private spawn(): Worker {
    const worker = new Worker(workerFile(import.meta.url, 'src/charts', 'pngWorker.ts'));
    this.workers.push(worker);
    worker.on('message', (reply: DrawReply) => {
      const pending = this.waiting.get(reply.id);
      this.waiting.delete(reply.id);
      worker.unref();
      this.idle.push(worker);
      if ('png' in reply) pending?.resolve(reply.png);
      else pending?.reject(new Error(`chart PNG: ${reply.error}`));
      this.pump();
    });
    worker.on('error', (error) => {
      // A worker that died takes its job with it: fail every drawing still waiting rather than hang the build.
      for (const pending of this.waiting.values()) pending.reject(error);
      this.waiting.clear();
      this.queue.length = 0;
    });
    worker.on('exit', () => {
      // Forget a worker that stopped, so the next drawing starts a fresh one instead of waiting for it.
      this.workers.splice(this.workers.indexOf(worker), 1);
      if (this.idle.includes(worker)) this.idle.splice(this.idle.indexOf(worker), 1);
    });
    return worker;
  }
}

let pool: DrawPool | undefined;
/** The folders of this process's font subsets, deleted when it exits. */
const subsetDirs = new Set<string>();

/** Draws `svg` with fonts cut down to the characters it uses, on the worker pool: the same pixels as with the full fonts. */
function draw(svg: string, scale: number, cacheDir: string): Promise<Uint8Array<ArrayBuffer>> {
  // resvg reads fonts from files only: each worker keeps its subsets beside the cache, in a folder of this process's
  // own (two builds may share the cache), for as long as they serve.
  const dir = path.join(cacheDir, 'fonts', String(process.pid));
  if (subsetDirs.size === 0) process.once('exit', () => subsetDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  subsetDirs.add(dir);
  pool ??= new DrawPool(Math.max(1, availableParallelism()));
  return pool.draw({ svg, options: renderOptions(scale, []), fonts: fontFiles(), dir });
}

let renderer: string | undefined;

/** What besides the SVG decides a PNG's bytes: resvg's version, the options, the font files (name and size) and the encoder. */
function rendererId(): string {
  if (renderer === undefined) {
    const resvgVersion = packageVersion('@resvg/resvg-js', import.meta.url);
    const fonts = fontFiles().map((f) => `${path.basename(f)}:${statSync(f).size}`);
    renderer = JSON.stringify({ resvg: resvgVersion, fonts, options: renderOptions(1, []), png: ENCODER_ID });
  }
  return renderer;
}

let cache: PngCache | undefined;
/** Drawings under way, by cache folder and key: a chart asked for again while it is drawn waits for the same drawing. */
const underway = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();

/**
 * Draws a standalone chart SVG as a PNG at `scale` times the chart's width (2× by default, for sharp screens and
 * print). The fonts are loaded once per worker and cut down to the characters of the charts it draws (`fontSubset.ts`,
 * `pngWorker.ts`); all of the drawing runs on worker threads (`pngWorker.ts`), so the build's concurrent pages keep both
 * cores busy; and a drawing of the same SVG from an earlier build is taken from the cache instead.
 */
export async function svgToPng(svg: string, scale = 2, cacheDir = defaultCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  if (cache?.dir !== cacheDir) cache = new PngCache(cacheDir);
  const key = pngKey(svg, scale, rendererId());
  const cached = cache.get(key);
  if (cached) return cached;
  const slot = `${cacheDir}\0${key}`;
  let png = underway.get(slot);
  if (!png) {
    const store = cache;
    png = draw(svg, scale, cacheDir)
      .then((drawn) => {
        store.put(key, drawn);
        return drawn;
      })
      .finally(() => underway.delete(slot));
    underway.set(slot, png);
  }
  return png;
}

/**
 * Starts drawing `svg` now without waiting for it, so the workers draw while the build renders other pages; the
 * page that serves the PNG later gets it from the drawing under way or the cache. A failed drawing fails that page.
 */
export function startPng(svg: string, scale = 2, cacheDir = defaultCacheDir()): void {
  svgToPng(svg, scale, cacheDir).catch(() => undefined);
}
