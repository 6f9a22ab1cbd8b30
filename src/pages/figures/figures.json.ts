/**
 * `/figures/figures.json`: every figure with what it measures, its place, story and sentence, and absolute links.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../lib/siteData.ts';
import { ancestorsOf } from '../../utils/places.ts';
import { articlePath, SITE_NAME } from '../../utils/site.ts';
import { FIGURES_PATH } from '../../utils/paths.ts';

export const GET: APIRoute = async ({ site }) => {
  const data = await siteData();
  const absolute = (path: string) => new URL(path, site).href;
  const figures = data.rows.map((r) => ({
    id: r.id,
    url: absolute(r.url),
    sourceUrl: absolute(r.sourceUrl),
    value: r.value,
    valueMax: r.valueMax,
    unit: r.unit,
    display: r.display,
    normalized: r.normalized,
    baseUnit: r.baseUnit,
    kind: r.kind,
    target: r.target,
    qualifier: r.qualifier,
    subject: r.subject,
    entity: r.entity,
    entityKind: r.entityKind,
    measure: r.measure,
    basis: r.basis,
    period: r.period,
    year: r.year,
    yearSource: r.yearSource,
    place: r.place ? { ...r.place, within: ancestorsOf(r.place.id, data.placeNodes).map((a) => a.id) } : null,
    initiative: r.initiative,
    official: r.official,
    article: { id: r.article.id, title: r.article.name, url: absolute(articlePath(r.article.id)) },
    text: r.text,
    quote: r.quote,
  }));
  const body = JSON.stringify({ title: `${SITE_NAME} · 济南报道中的数字`, url: absolute(FIGURES_PATH), count: figures.length, figures }, null, 2);
  return new Response(`${body}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
