/**
 * Chart files made at build time: the standalone SVG (the chart component rendered to a string through Astro's
 * container API) and the PNG drawn from it by resvg with the Noto Sans Hans OTF fonts shipped in npm, so Chinese
 * renders the same on a machine without any CJK system font.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { Resvg } from '@resvg/resvg-js';
import Chart from './Chart.astro';
import { CHART_WIDTH } from './layout.ts';
import type { ChartModel } from './model.ts';

let container: AstroContainer | undefined;

/** The chart as a standalone SVG document: fixed colours, fonts named, framed with title, finding and sources. */
export async function chartSvgFile(chart: ChartModel, permalink: string): Promise<string> {
  container ??= await AstroContainer.create();
  const svg = await container.renderToString(Chart, { props: { chart, mode: 'file', idPrefix: 'qc', permalink } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.trim()}\n`;
}

/** The OTF files of the PNG's fonts, from the @embedpdf/fonts-sc package. */
export function fontFiles(): string[] {
  // The package exports only its script entry; the fonts sit in `fonts/` beside its `dist/`.
  const entry = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
  const dir = path.join(path.dirname(entry), '..', 'fonts');
  return ['NotoSansHans-Regular.otf', 'NotoSansHans-Bold.otf'].map((f) => path.join(dir, f));
}

/** Draws a standalone chart SVG as a PNG at `scale` times the chart's width (2× by default, for sharp screens and print). */
export function svgToPng(svg: string, scale = 2): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: CHART_WIDTH * scale },
    background: '#ffffff',
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans S Chinese Regular' },
  });
  // A copy on a plain ArrayBuffer: what `Response` accepts as a body.
  return new Uint8Array(resvg.render().asPng());
}
