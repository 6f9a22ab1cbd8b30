/**
 * `/charts/<slug>.png`: the standalone SVG drawn at twice its width by resvg with the Noto Sans Hans fonts from npm
 * (off the main thread, and copied from the PNG cache when the SVG did not change since the last build).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../charts/load.ts';
import { absolute, chartPath } from '../../charts/meta.ts';
import { chartSvgFile, startPng, svgToPng } from '../../charts/render.ts';
import type { ChartModel } from '../../charts/model.ts';

/** The chart's standalone SVG, its links under the site's address. */
const svgOf = (chart: ChartModel, site: URL | string | undefined): Promise<string> =>
  chartSvgFile(chart, absolute(chartPath(chart.slug), site ?? 'http://localhost/'));

export const getStaticPaths = (async () => {
  const charts = await loadCharts();
  if (!import.meta.env.PROD) return charts.map((chart) => ({ params: { slug: chart.slug }, props: { chart } }));
  // A build lists every page before it renders any: every chart starts drawing now, on the worker pool, while the
  // pages before these (the stories, the charts' own pages) render on the main thread.
  return Promise.all(
    charts.map(async (chart) => {
      const svg = await svgOf(chart, import.meta.env.SITE);
      startPng(svg);
      return { params: { slug: chart.slug }, props: { chart, svg } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { chart, svg } = props as { chart: ChartModel; svg?: string };
  return new Response(await svgToPng(svg ?? (await svgOf(chart, site))), { headers: { 'Content-Type': 'image/png' } });
};
