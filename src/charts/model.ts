/**
 * A chart as every output needs it (SVG, table, CSV, JSON, embed): its entry joined with the figures, stories and
 * programmes it references, values converted to the chart's unit. Pure: plain records in, a model out.
 */
import { displayUnit, toDisplay, unitScale, yearSpan } from '../core/numbers.ts';
import type { CHART_TYPES, MetricData } from '../schemas.ts';

/** A figure as charts need it: its id and the schema's fields, links as plain slugs. */
export type MetricRecord = { id: string } & Pick<
  MetricData,
  'value' | 'unit' | 'normalized' | 'baseUnit' | 'kind' | 'target' | 'subject' | 'district' | 'year' | 'period' | 'article' | 'quote' | 'text'
>;

/** A story, as sources and citations need it. */
export interface ArticleRecord {
  /** Story slug. */
  slug: string;
  /** Headline. */
  title: string;
  /** Source file name. */
  source: string;
  /** Position within the source file. */
  storyIndex: number;
  /** Credited people. */
  bylines: readonly string[];
  /** Year of the story where stated. */
  year: number | null;
  /** Newspaper, from the sources manifest (absent or null when unknown). */
  publication?: string | null;
  /** Date of the edition, from the sources manifest. */
  published?: string | null;
  /** Page (版次), from the sources manifest. */
  page?: string | null;
}

/** A programme, for timelines. */
export interface InitiativeRecord {
  /** Initiative slug. */
  slug: string;
  /** Name as printed. */
  name: string;
  /** Years it spans, where stated. */
  years: { start: number; end: number } | null;
}

/** A chart entry, with its links as plain ids. */
export interface ChartEntry {
  /** Chart slug. */
  id: string;
  /** Title. */
  title: string;
  /** Chart type. */
  type: (typeof CHART_TYPES)[number];
  /** Source line. */
  source: string;
  /** Made or edited by hand. */
  handMade: boolean;
  /** The finding, or empty. */
  finding: string;
  /** The frame every figure shares (unit, basis, period), or empty. */
  subtitle: string;
  /** The comparability rule the chart satisfies, or null. */
  rule: string | null;
  /** Display unit, or empty for the figures' own. */
  unit: string;
  /** Labels parallel to `metrics`, or empty. */
  labels: readonly string[];
  /** Series parallel to `metrics`, or empty. */
  series: readonly (string | null)[];
  /** Metric ids in order. */
  metrics: readonly string[];
  /** The whole of a stacked bar. */
  total: string | null;
  /** Initiative slugs of a timeline. */
  initiatives: readonly string[];
  /** Place slug or null. */
  district: string | null;
  /** Story slugs. */
  articles: readonly string[];
}

/** One figure as drawn. */
export interface ChartPoint {
  /** Metric id. */
  metric: string;
  /** Bar label. */
  label: string;
  /** Value in the chart's unit. */
  value: number;
  /** Series name, or null in a one-series chart. */
  series: string | null;
  /** The figure's own record. */
  figure: MetricRecord;
}

/** One programme as drawn on a timeline. */
export interface ChartSpan {
  /** Initiative slug. */
  initiative: string;
  /** Name. */
  label: string;
  /** First year. */
  start: number;
  /** Last year. */
  end: number;
}

/** Everything needed to draw, tabulate, download and cite one chart. */
export interface ChartModel {
  /** Chart slug. */
  slug: string;
  /** Title. */
  title: string;
  /** Chart type. */
  type: ChartEntry['type'];
  /** Unit the values are in. */
  unit: string;
  /** Base unit shared by every figure. */
  baseUnit: string;
  /** The main finding, one sentence. */
  finding: string;
  /** The frame every figure shares (unit, basis, period), or empty. */
  subtitle: string;
  /** The comparability rule the chart satisfies, or null. */
  rule: string | null;
  /** Source line. */
  source: string;
  /** Made or edited by hand. */
  handMade: boolean;
  /** Figures in order (for a stacked bar: the parts, not the whole). */
  points: ChartPoint[];
  /** The whole of a stacked bar. */
  total: ChartPoint | null;
  /** What the parts of a stacked bar leave of the whole, in the chart's unit (0 when they add up). */
  remainder: number;
  /** Programmes of a timeline. */
  spans: ChartSpan[];
  /** Stories the figures come from, in order of first use. */
  articles: ArticleRecord[];
  /** Place slug or null. */
  district: string | null;
}

/** The unit to draw figures in when the entry names none: money in 亿元 or 万元, large counts in 万, else the base unit. */
export function defaultUnit(figures: readonly MetricRecord[]): string {
  return displayUnit(
    figures[0]?.baseUnit ?? '',
    figures.map((f) => f.normalized),
  );
}

/** A one-sentence finding for an entry that states none: the largest figure, and the smallest when there are more. */
export function defaultFinding(points: readonly ChartPoint[], spans: readonly ChartSpan[]): string {
  if (points.length === 0) return spans.map((s) => `${s.label}（${yearSpan(s.start, s.end)}）`).join('，') + '。';
  const ranked = [...points].sort((a, b) => b.value - a.value);
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  return ranked.length > 1 ? `${top.label}最高，${top.figure.text}；${bottom.label}最低，${bottom.figure.text}。` : `${top.label}${top.figure.text}。`;
}

/** Joins a chart entry with its figures, stories and programmes; throws naming the chart when a link is broken or units are mixed. */
export function buildChartModel(
  entry: ChartEntry,
  metrics: ReadonlyMap<string, MetricRecord>,
  articles: ReadonlyMap<string, ArticleRecord>,
  initiatives: ReadonlyMap<string, InitiativeRecord>,
): ChartModel {
  const figures = entry.metrics.map((id) => {
    const figure = metrics.get(id);
    if (!figure) throw new Error(`chart ${entry.id}: figure ${id} does not exist`);
    return figure;
  });
  const bases = new Set(figures.map((f) => f.baseUnit));
  if (bases.size > 1) throw new Error(`chart ${entry.id}: figures in different units (${[...bases].join(', ')}) cannot share an axis`);
  const baseUnit = figures[0]?.baseUnit ?? '';
  // An entry's unit is used only when it is the figures' unit or a multiple of it (`亿元` over `元`).
  const unitFits = entry.unit !== '' && (entry.unit === baseUnit || unitScale(entry.unit, baseUnit) !== 1);
  const unit = unitFits ? entry.unit : defaultUnit(figures);
  const all: ChartPoint[] = figures.map((figure, i) => ({
    metric: figure.id,
    label: entry.labels[i] || figure.subject,
    value: toDisplay(figure.normalized, unit, baseUnit),
    series: entry.series[i] ?? null,
    figure,
  }));
  const total = entry.type === 'stacked-bar' ? (all.find((p) => p.metric === entry.total) ?? null) : null;
  if (entry.type === 'stacked-bar' && !total) throw new Error(`chart ${entry.id}: a stacked bar needs its total among its figures`);
  const points = total ? all.filter((p) => p !== total) : all;
  const sum = points.reduce((s, p) => s + p.value, 0);
  const remainder = total ? Math.max(0, total.value - sum) : 0;
  if (total && sum > total.value * 1.001) throw new Error(`chart ${entry.id}: its parts add up to more than the total`);
  const spans = entry.initiatives.flatMap((slug): ChartSpan[] => {
    const initiative = initiatives.get(slug);
    if (!initiative) throw new Error(`chart ${entry.id}: programme ${slug} does not exist`);
    return initiative.years ? [{ initiative: slug, label: initiative.name, start: initiative.years.start, end: initiative.years.end }] : [];
  });
  const storySlugs = [...new Set([...entry.articles, ...figures.map((f) => f.article)])];
  const stories = storySlugs.map((slug) => articles.get(slug)).filter((a): a is ArticleRecord => a !== undefined);
  return {
    slug: entry.id,
    title: entry.title,
    type: entry.type,
    unit,
    baseUnit,
    finding: entry.finding || defaultFinding(all, spans),
    subtitle: entry.subtitle,
    rule: entry.rule,
    source: entry.source,
    handMade: entry.handMade,
    points,
    total,
    remainder: remainder > Math.abs(total?.value ?? 0) * 0.001 ? remainder : 0,
    spans,
    articles: stories,
    district: entry.district,
  };
}
