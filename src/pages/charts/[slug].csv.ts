/**
 * `/charts/<slug>.csv`: the chart's data as CSV (UTF-8 with a byte-order mark, so Excel reads the Chinese).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../charts/load.ts';
import { chartCsv } from '../../charts/meta.ts';
import type { ChartModel } from '../../charts/model.ts';

export const getStaticPaths = (async () => (await loadCharts()).map((chart) => ({ params: { slug: chart.slug }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart } = props as { chart: ChartModel };
  return new Response(chartCsv(chart, site ?? 'http://localhost/'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
