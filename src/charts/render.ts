/**
 * Chart files made at build time: the standalone SVG (the chart component rendered to a string through Astro's
 * container API) and the PNG drawn from it by resvg with the Noto Sans Hans OTF fonts shipped in npm, so Chinese
 * renders the same on a machine without any CJK system font.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import Chart from './Chart.astro';
import type { ChartModel } from './model.ts';

let container: AstroContainer | undefined;

/** The chart as a standalone SVG document: fixed colours, fonts named, framed with title, finding and sources. */
export async function chartSvgFile(chart: ChartModel, permalink: string): Promise<string> {
  container ??= await AstroContainer.create();
  const svg = await container.renderToString(Chart, { props: { chart, mode: 'file', idPrefix: 'qc', permalink } });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.trim()}\n`;
}

/** The PNG side lives in `png.ts` (no Astro import, so unit tests can draw charts). */
export { fontFiles, startPng, svgToPng } from './png.ts';
