/**
 * A worker thread of the chart PNG pool (`png.ts`): cuts the fonts down to one chart's characters, draws the SVG
 * with resvg and encodes the PNG, all off the build's main thread, which meanwhile renders pages. Each worker parses
 * the two fonts once, into its own HarfBuzz instance. Node runs this file as it is (its types are only erasable
 * annotations, stripped by Node), so the build's bundler never has to know about it.
 */
import { rmSync, writeFileSync } from 'node:fs';
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
  /** Folder for the subsets while the chart is drawn (resvg reads fonts from files only). */
  dir: string;
  /** The drawing's cache key, naming the subsets. */
  key: string;
}

/** A worker's answer: the PNG bytes, or why it failed. */
export type DrawReply = { id: number; png: Uint8Array<ArrayBuffer> } | { id: number; error: string };

/** Draws one job: the same pixels as resvg with the full fonts (see `fontSubset.ts`). */
export function drawJob(job: DrawJob): Uint8Array<ArrayBuffer> {
  const text = svgCharacters(job.svg);
  const files = job.fonts.map((font, i) => {
    const file = path.join(job.dir, `${job.key}-${process.pid}-${threadId}-${i}.otf`);
    writeFileSync(file, subsetFont(font, text));
    return file;
  });
  try {
    const options: ResvgRenderOptions = { ...job.options, font: { ...job.options.font, fontFiles: files } };
    const image = new Resvg(job.svg, options).render();
    // resvg's own encoder (RGBA, slower, larger) stays for a drawing with see-through pixels, which the other cannot hold.
    return encodeOpaquePng(image.pixels, image.width, image.height) ?? new Uint8Array(image.asPng());
  } finally {
    for (const file of files) rmSync(file, { force: true });
  }
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
