/**
 * Chart PNGs: the standalone SVG drawn by resvg with the Noto Sans Hans OTF fonts shipped in npm, so Chinese renders
 * the same on a machine without any CJK system font; and a content-addressed cache of them that outlives `dist/`: a
 * chart whose SVG (and renderer and fonts) did not change since the last build is copied, not drawn again. resvg's
 * output is deterministic, so a cached file and a fresh drawing are the same bytes; the cache only saves time.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { CHART_WIDTH } from './layout.ts';
import { subsetFont, svgCharacters } from './fontSubset.ts';

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
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
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

/** Draws `svg` with fonts cut down to its characters: the same bytes as with the full fonts, many times faster. */
async function draw(svg: string, scale: number, key: string, cacheDir: string): Promise<Uint8Array<ArrayBuffer>> {
  const text = svgCharacters(svg);
  // resvg reads fonts from files only: the subsets live beside the cache while the chart is drawn.
  const dir = path.join(cacheDir, 'fonts');
  mkdirSync(dir, { recursive: true });
  const files = fontFiles().map((font, i) => {
    const file = path.join(dir, `${key}-${process.pid}-${i}.otf`);
    writeFileSync(file, subsetFont(font, text));
    return file;
  });
  try {
    // A copy on a plain ArrayBuffer: what `Response` accepts as a body.
    return new Uint8Array((await renderAsync(svg, renderOptions(scale, files))).asPng());
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
}

let renderer: string | undefined;

/** What besides the SVG decides a PNG's bytes: resvg's version, the options and the font files (name and size). */
function rendererId(): string {
  if (renderer === undefined) {
    const require = createRequire(import.meta.url);
    const resvgVersion = (require(path.join(path.dirname(require.resolve('@resvg/resvg-js')), 'package.json')) as { version: string }).version;
    const fonts = fontFiles().map((f) => `${path.basename(f)}:${statSync(f).size}`);
    renderer = JSON.stringify({ resvg: resvgVersion, fonts, options: renderOptions(1, []) });
  }
  return renderer;
}

let cache: PngCache | undefined;

/**
 * Draws a standalone chart SVG as a PNG at `scale` times the chart's width (2× by default, for sharp screens and
 * print). The fonts are loaded once and cut down to the chart's characters (`fontSubset.ts`); the drawing runs on
 * libuv's worker threads (resvg's `renderAsync`), so the build's concurrent pages keep both cores busy; and a drawing
 * of the same SVG from an earlier build is taken from the cache instead.
 */
export async function svgToPng(svg: string, scale = 2, cacheDir = defaultCacheDir()): Promise<Uint8Array<ArrayBuffer>> {
  if (cache?.dir !== cacheDir) cache = new PngCache(cacheDir);
  const key = pngKey(svg, scale, rendererId());
  const cached = cache.get(key);
  if (cached) return cached;
  const png = await draw(svg, scale, key, cacheDir);
  cache.put(key, png);
  return png;
}
