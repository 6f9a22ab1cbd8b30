/**
 * `/charts/<slug>.svg`: the chart as a standalone SVG file — fixed colours on white, fonts named, framed with its
 * title, finding, sources and permalink.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../charts/load.ts';
import { absolute, chartPath } from '../../charts/meta.ts';
import { chartSvgFile } from '../../charts/render.ts';
import type { ChartModel } from '../../charts/model.ts';

export const getStaticPaths = (async () => (await loadCharts()).map((chart) => ({ params: { slug: chart.slug }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { chart } = props as { chart: ChartModel };
  const svg = await chartSvgFile(chart, absolute(chartPath(chart.slug), site ?? 'http://localhost/'));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
