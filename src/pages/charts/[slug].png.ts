/**
 * `/charts/<slug>.png`: the standalone SVG drawn at twice its width by resvg with the Noto Sans Hans fonts from npm
 * (off the main thread, and copied from the PNG cache when the SVG did not change since the last build).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../charts/load.ts';
import { absolute, chartPath } from '../../charts/meta.ts';
import { chartSvgFile, svgToPng } from '../../charts/render.ts';
import type { ChartModel } from '../../charts/model.ts';

export const getStaticPaths = (async () => (await loadCharts()).map((chart) => ({ params: { slug: chart.slug }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { chart } = props as { chart: ChartModel };
  const svg = await chartSvgFile(chart, absolute(chartPath(chart.slug), site ?? 'http://localhost/'));
  return new Response(await svgToPng(svg), { headers: { 'Content-Type': 'image/png' } });
};
