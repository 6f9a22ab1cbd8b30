/**
 * Reads the charts, figures, stories and programmes collections and joins them into chart models, for the pages
 * and endpoints under `/charts/` and `/embed/`.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildChartModel, type ArticleRecord, type ChartModel, type InitiativeRecord, type MetricRecord } from './model.ts';

/** A figure entry as a plain record. */
export function metricRecord(entry: CollectionEntry<'metrics'>): MetricRecord {
  const d = entry.data;
  return {
    id: entry.id,
    value: d.value,
    unit: d.unit,
    normalized: d.normalized,
    baseUnit: d.baseUnit,
    kind: d.kind,
    target: d.target,
    subject: d.subject,
    district: d.district?.id ?? null,
    year: d.year,
    period: d.period,
    article: d.article.id,
    quote: d.quote,
    text: d.text,
  };
}

/** A story entry as a plain record. */
export function articleRecord(entry: CollectionEntry<'articles'>): ArticleRecord {
  return {
    slug: entry.id,
    title: entry.data.title,
    source: entry.data.source,
    storyIndex: entry.data.storyIndex,
    bylines: entry.data.bylines,
    year: entry.data.year,
    publication: entry.data.publication,
    published: entry.data.published,
    page: entry.data.page,
  };
}

/** Every figure, by id. */
export async function loadMetrics(): Promise<Map<string, MetricRecord>> {
  return new Map((await getCollection('metrics')).map((e) => [e.id, metricRecord(e)]));
}

/** Every story, by slug. */
export async function loadArticles(): Promise<Map<string, ArticleRecord>> {
  return new Map((await getCollection('articles')).map((e) => [e.id, articleRecord(e)]));
}

/** Every chart, joined with its figures, stories and programmes, in gallery order (by title, then slug). */
export async function loadCharts(): Promise<ChartModel[]> {
  const [charts, metrics, articles, initiativeEntries] = await Promise.all([
    getCollection('charts'),
    loadMetrics(),
    loadArticles(),
    getCollection('initiatives'),
  ]);
  const initiatives = new Map<string, InitiativeRecord>(initiativeEntries.map((e) => [e.id, { slug: e.id, name: e.data.name, years: e.data.years }]));
  const models = charts.map((c) =>
    buildChartModel(
      {
        id: c.id,
        title: c.data.title,
        type: c.data.type,
        source: c.data.source,
        handMade: c.data.handMade,
        finding: c.data.finding,
        subtitle: c.data.subtitle,
        rule: c.data.rule,
        unit: c.data.unit,
        labels: c.data.labels,
        series: c.data.series,
        metrics: c.data.metrics.map((m) => m.id),
        total: c.data.total?.id ?? null,
        initiatives: c.data.initiatives.map((i) => i.id),
        district: c.data.district?.id ?? null,
        articles: c.data.articles.map((a) => a.id),
      },
      metrics,
      articles,
      initiatives,
    ),
  );
  return models.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}
