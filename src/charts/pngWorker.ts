/**
 * A worker thread of the chart PNG pool (`png.ts`): cuts the fonts down to the charts' characters, draws the SVG
 * with resvg and encodes the PNG, all off the build's main thread, which meanwhile renders pages. Each worker parses
 * the two fonts once, into its own HarfBuzz instance. Node runs this file as it is (its types are only erasable
 * annotations, stripped by Node), so the build's bundler never has to know about it.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, threadId } from 'node:worker_threads';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { subsetFont, svgCharacters } from './fontSubset.ts';
import { encodeOpaquePng } from './pngEncode.ts';

/** One chart to draw, as `png.ts` posts it. */
export interface DrawJob {
  /** Reply id. */
  id: number;
  /** The standalone SVG. */
  svg: string;
  /** resvg's options; its font files are replaced by the subsets. */
  options: ResvgRenderOptions;
  /** The full font files to cut down. */
  fonts: string[];
  /** Folder for this process's subsets while it draws (resvg reads fonts from files only). */
  dir: string;
}

/** A worker's answer: the PNG bytes, or why it failed. */
export type DrawReply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/**
 * Characters a worker's subsets may grow to before they start again from one chart's: resvg parses its fonts for
 * every chart, in time growing with their size (about 8 ms for 600 characters, 22 ms for 3,400), so a set grown
 * without end would come to cost more than the subsetting it saves.
 */
export const MAX_SUBSET_CHARACTERS = 2000;

/**
 * The subsets a worker draws with: every character of the charts it drew since the set last started, so that most
 * charts (whose words the earlier ones used) need no new subset and no file written. A glyph's outline and metrics
 * are the same in any subset that holds it, so the drawing does not depend on which charts came before.
 */
class FontSet {
  private readonly characters = new Set<string>();
  private files: string[] = [];
  private generation = 0;
  // Plain fields, not constructor parameter properties: Node runs this file by stripping types only.
  private readonly fonts: string[];
  private readonly dir: string;

  constructor(fonts: string[], dir: string) {
    this.fonts = fonts;
    this.dir = dir;
  }

  /** Whether this set was cut from `fonts` into `dir`. */
  serves(fonts: string[], dir: string): boolean {
    return this.dir === dir && this.fonts.join('\0') === fonts.join('\0');
  }

  /** Subset files holding every character of `text`: the current ones, or new ones grown (or started again) to hold them. */
  cover(text: string): string[] {
    const missing = [...text].filter((ch) => !this.characters.has(ch));
    if (missing.length === 0 && this.files.length > 0) return this.files;
    if (this.characters.size + missing.length > MAX_SUBSET_CHARACTERS) this.characters.clear();
    for (const ch of text) this.characters.add(ch);
    const chars = [...this.characters].join('');
    mkdirSync(this.dir, { recursive: true });
    const files = this.fonts.map((font, i) => {
      const file = path.join(this.dir, `${threadId}-${this.generation}-${i}.otf`);
      writeFileSync(file, subsetFont(font, chars));
      return file;
    });
    this.generation++;
    this.remove();
    this.files = files;
    return files;
  }

  /** Deletes the current subset files. */
  remove(): void {
    for (const file of this.files) rmSync(file, { force: true });
    this.files = [];
  }
}

let fontSet: FontSet | undefined;

/** Draws one job: the same pixels as resvg with the full fonts (see `fontSubset.ts`). */
export function drawJob(job: DrawJob): Uint8Array<ArrayBuffer> {
  if (!fontSet?.serves(job.fonts, job.dir)) {
    fontSet?.remove();
    fontSet = new FontSet(job.fonts, job.dir);
  }
  const options: ResvgRenderOptions = { ...job.options, font: { ...job.options.font, fontFiles: fontSet.cover(svgCharacters(job.svg)) } };
  const image = new Resvg(job.svg, options).render();
  // resvg's own encoder (RGBA, slower, larger) stays for a drawing with see-through pixels, which the other cannot hold.
  return encodeOpaquePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
}

parentPort?.on('message', (job: DrawJob) => {
  let reply: DrawReply;
  try {
    reply = { id: job.id, png: drawJob(job) };
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(reply, 'png' in reply ? [reply.png.buffer] : []);
});
