/**
 * `/charts/<slug>.json`: the chart's figures (as in their metric files, with the value drawn and the sentence that
 * states each), its metadata, citations and source stories.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCharts } from '../../charts/load.ts';
import { absolute, apaChartCitation, chartJson, chartPath, gbtChartCitation } from '../../charts/meta.ts';
import { editionDate } from '../../utils/editionDate.ts';
import type { ChartModel } from '../../charts/model.ts';

export const getStaticPaths = (async () => (await loadCharts()).map((chart) => ({ params: { slug: chart.slug }, props: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const { chart } = props as { chart: ChartModel };
  const origin = site ?? new URL('http://localhost/');
  const permalink = absolute(chartPath(chart.slug), origin);
  const today = editionDate();
  const citations = { gbt7714: gbtChartCitation(chart, permalink, today, today), apa: apaChartCitation(chart, permalink, today, today) };
  return new Response(`${JSON.stringify(chartJson(chart, origin, citations), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
