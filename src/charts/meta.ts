/**
 * Everything about a chart besides its drawing: its addresses (permalink, embed, downloads), the iframe snippet,
 * citations (GB/T 7714—2015 and APA 7), the footer of a standalone file, and the CSV and JSON downloads.
 */
import { articlePath, chartEmbedPath, chartFilePath, chartPath, figureEmbedPath, figureInStoryPath, initiativePath } from '../core/routes.ts';
import { toCsv, type CsvValue } from '../utils/csv.ts';
import { SITE_NAME, SITE_NAME_EN } from '../utils/site.ts';
import { formatShare, formatValue } from '../core/numbers.ts';
import { REST_LABEL } from './stacked-bar/stackedBarLayout.ts';
import { whenOf } from './series.ts';
import type { ChartModel, ChartPoint } from './model.ts';
import { apaDate, apaNewspaperCitation, gbtNewspaperCitation, printedSource } from '../utils/citation.ts';

/** The site as publisher of its charts. */
export const PUBLISHER = `${SITE_NAME} · ${SITE_NAME_EN}`;

/** A chart's addresses, kept with every other path of the site. */
export { chartEmbedPath, chartFilePath, chartPath, figureEmbedPath };

/** The downloads of a chart, in the order the page lists them, with what each is. */
export const DOWNLOADS = [
  { ext: 'csv', label: 'CSV 数据表', type: 'text/csv; charset=utf-8' },
  { ext: 'json', label: 'JSON 数据与出处', type: 'application/json; charset=utf-8' },
  { ext: 'svg', label: 'SVG 矢量图', type: 'image/svg+xml; charset=utf-8' },
  { ext: 'png', label: 'PNG 图片（2 倍清晰度）', type: 'image/png' },
] as const;

/** An absolute URL on the site. */
export function absolute(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The iframe a newsroom pastes to embed a page of the site (a chart, or a figure card). */
export function iframeSnippet(src: string, title: string, height: number): string {
  const safeTitle = title.replace(/&/gu, '&amp;').replace(/"/gu, '&quot;').replace(/</gu, '&lt;');
  // Sandboxed: the embed needs only its height script and links that open outside the frame.
  return `<iframe src="${src}" title="${safeTitle}" width="100%" height="${Math.ceil(height)}" style="border:0;max-width:720px" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>`;
}

/** Height the embed of a chart needs at the usual 640-pixel column: the drawing plus its title, subtitle and credit lines. */
export function embedHeight(bodyHeight: number, width = 640): number {
  return Math.ceil((bodyHeight * Math.min(width, 640)) / 640 + 175);
}

/** How a chart was made, in one line for readers: proposed by ingest and checked by the rules, or made by an editor. */
export function madeLine(chart: Pick<ChartModel, 'handMade'>): string {
  return chart.handMade ? '编辑制作' : '自动生成，经规则校验';
}

/** The subtitle of a standalone chart file: the shared frame, then how it was made. */
export function fileSubtitle(chart: ChartModel): string {
  return [chart.subtitle, madeLine(chart)].filter(Boolean).join(' · ');
}

/** Lines printed under a standalone chart: the sources, then the site and the permalink. */
export function fileFooter(chart: ChartModel, permalink: string): string[] {
  return [`来源：${chart.source}`, `${PUBLISHER}${permalink ? `  ${permalink}` : ''}`];
}

/** Each source story as GB/T 7714 cites a newspaper article (paper, date and page where the manifest gives them). */
function gbtStories(chart: ChartModel): string {
  return chart.articles.map((a) => gbtNewspaperCitation(printedSource(a))).join(' ');
}

/** Each source story as APA 7 cites a newspaper article. */
function apaStories(chart: ChartModel): string {
  return chart.articles.map((a) => apaNewspaperCitation(printedSource(a))).join(' ');
}

/**
 * GB/T 7714—2015: `泉城数读. 题名[EB/OL]. (更新日期)[引用日期]. 网址. 数据来源: 《报道》.` — the site is the author of
 * the chart; the stories the figures come from are named after it.
 */
export function gbtChartCitation(chart: ChartModel, permalink: string, updated: string, accessed: string): string {
  const sources = chart.articles.length > 0 ? ` 数据来源: ${gbtStories(chart)}` : '';
  return `${SITE_NAME}. ${chart.title}[EB/OL]. (${updated})[${accessed}]. ${permalink}.${sources}`;
}

/**
 * APA 7: `泉城数读. (2025, January 31). 题名 [Chart]. 泉城数读 · Jinan by the Numbers. Retrieved Month D, YYYY, from
 * URL` — dated by the chart's update date — then the source stories as newspaper articles.
 */
export function apaChartCitation(chart: ChartModel, permalink: string, updated: string, accessed: string = updated): string {
  const [y, m, d] = apaDate(accessed).replace(',', '').split(' ');
  const retrieved = `${m} ${d}, ${y}`;
  const sources = chart.articles.length > 0 ? ` Data from ${apaStories(chart)}` : '';
  return `${SITE_NAME}. (${apaDate(updated)}). ${chart.title} [Chart]. ${PUBLISHER}. Retrieved ${retrieved}, from ${permalink}.${sources}`;
}

/** What a row stands for in a stacked bar: the whole, a part, or (elsewhere) a plain data point. */
function roleOf(chart: ChartModel, point: ChartPoint): string {
  if (chart.type !== 'stacked-bar') return '数据';
  return chart.total?.metric === point.metric ? '总计' : '组成部分';
}

/** Header of the CSV download. */
export const CSV_HEADER = [
  '序号',
  '项目',
  '原文数字',
  '数值',
  '单位',
  '图中数值',
  '图中单位',
  '系列',
  '角色',
  '占比',
  '目标',
  '时间',
  '报道',
  '原句',
  '原文链接',
  '指标ID',
] as const;

/** The CSV download: one row per figure (the whole first in a stacked bar), then any unlisted rest and programmes. */
export function chartCsv(chart: ChartModel, site: URL | string): string {
  const points = chart.total ? [chart.total, ...chart.points] : chart.points;
  const whole = chart.total?.value ?? 0;
  const rows: CsvValue[][] = points.map((p, i) => {
    const story = chart.articles.find((a) => a.slug === p.figure.article);
    return [
      i + 1,
      p.label,
      p.figure.text,
      p.figure.value,
      p.figure.unit,
      Number(p.value.toFixed(6)),
      chart.unit,
      p.series ?? '',
      roleOf(chart, p),
      chart.total && p !== chart.total ? formatShare(p.value, whole) : '',
      p.figure.target ? '是' : '否',
      whenOf(p),
      story?.title ?? p.figure.article,
      p.figure.quote,
      absolute(figureInStoryPath(p.figure.article, p.metric), site),
      p.metric,
    ];
  });
  if (chart.remainder > 0) {
    rows.push([
      rows.length + 1,
      REST_LABEL,
      '',
      '',
      '',
      Number(chart.remainder.toFixed(6)),
      chart.unit,
      '',
      '组成部分',
      formatShare(chart.remainder, whole),
      '',
      '',
      '',
      '',
      '',
      '',
    ]);
  }
  for (const s of chart.spans) {
    const when = s.start === s.end ? `${s.start}年` : `${s.start}—${s.end}年`;
    rows.push([rows.length + 1, s.label, '', '', '', '', '', '', '时间段', '', '', when, '', '', absolute(initiativePath(s.initiative), site), '']);
  }
  return toCsv(CSV_HEADER, rows);
}

/** One figure in the JSON download: the metric file's values, the value as drawn, and where it is stated. */
export interface ChartJsonPoint {
  /** Metric id. */
  metric: string;
  /** Label in the chart. */
  label: string;
  /** `total`, `part` or `point`. */
  role: 'total' | 'part' | 'point';
  /** Number as printed (the metric file's `value`). */
  value: number;
  /** Unit as printed. */
  unit: string;
  /** The figure as printed. */
  text: string;
  /** Value in base units. */
  normalized: number;
  /** Base unit. */
  baseUnit: string;
  /** Value in the chart's unit. */
  chartValue: number;
  /** Series. */
  series: string | null;
  /** A target or plan. */
  target: boolean;
  /** Year. */
  year: number | null;
  /** Period. */
  period: string | null;
  /** Place slug. */
  district: string | null;
  /** Story slug. */
  article: string;
  /** The sentence stating it. */
  quote: string;
  /** The sentence inside its story, on the site. */
  url: string;
}

/** The JSON download: metadata, citation, the figures with their sentences, and the source stories. */
export function chartJson(chart: ChartModel, site: URL | string, citations: { gbt7714: string; apa: string }): Record<string, unknown> {
  const point = (p: ChartPoint, role: ChartJsonPoint['role']): ChartJsonPoint => ({
    metric: p.metric,
    label: p.label,
    role,
    value: p.figure.value,
    unit: p.figure.unit,
    text: p.figure.text,
    normalized: p.figure.normalized,
    baseUnit: p.figure.baseUnit,
    chartValue: p.value,
    series: p.series,
    target: p.figure.target,
    year: p.figure.year,
    period: p.figure.period,
    district: p.figure.district,
    article: p.figure.article,
    quote: p.figure.quote,
    url: absolute(figureInStoryPath(p.figure.article, p.metric), site),
  });
  const data = [...(chart.total ? [point(chart.total, 'total')] : []), ...chart.points.map((p) => point(p, chart.total ? 'part' : 'point'))];
  return {
    slug: chart.slug,
    title: chart.title,
    type: chart.type,
    unit: chart.unit,
    finding: chart.finding,
    subtitle: chart.subtitle,
    rule: chart.rule,
    made: madeLine(chart),
    source: chart.source,
    handMade: chart.handMade,
    publisher: PUBLISHER,
    url: absolute(chartPath(chart.slug), site),
    embed: absolute(chartEmbedPath(chart.slug), site),
    downloads: Object.fromEntries(DOWNLOADS.map((d) => [d.ext, absolute(chartFilePath(chart.slug, d.ext), site)])),
    citation: citations,
    data,
    remainder: chart.remainder > 0 ? { label: REST_LABEL, chartValue: chart.remainder, text: formatValue(chart.remainder, chart.unit) } : null,
    spans: chart.spans.map((s) => ({ initiative: s.initiative, name: s.label, start: s.start, end: s.end, url: absolute(initiativePath(s.initiative), site) })),
    sources: chart.articles.map((a) => ({
      slug: a.slug,
      title: a.title,
      source: a.source,
      storyIndex: a.storyIndex,
      bylines: a.bylines,
      // Where and when it was printed, from the sources manifest (null where unknown), and its GB/T 7714 citation.
      publication: a.publication ?? null,
      published: a.published ?? null,
      page: a.page ?? null,
      citation: gbtNewspaperCitation(printedSource(a)),
      url: absolute(articlePath(a.slug), site),
    })),
  };
}
