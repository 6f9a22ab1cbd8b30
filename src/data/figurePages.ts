/**
 * What the figure pages show: one figure's page (its sentence marked, citations, the story's other figures), its
 * embeddable card, each page of the figures table with its facets and filters, and the CSV and JSON downloads.
 */
import { articlePath, figurePath, figureInStoryPath, figuresPath } from '../core/routes.ts';
import { absoluteUrl } from '../core/siteUrl.ts';
import { annotateText, figureInQuote, type Segment } from '../utils/annotate.ts';
import { figureCaption, printedSource, printedSourceLine, type FigureCitation } from '../utils/citation.ts';
import type { CsvValue } from '../utils/csv.ts';
import { KIND_LABELS, type MetricKind } from '../utils/figures.ts';
import { PAGE_SIZE, paginate, type Page } from '../utils/paging.ts';
import { ancestorsOf } from '../utils/places.ts';
import { SITE_NAME } from '../utils/site.ts';
import { figureFacets, type Facet } from './indexPages.ts';
import { figureLd, figuresLd, type JsonLd, type Origin } from './jsonLd.ts';
import type { FigureRow, SiteData, Story } from './site.ts';

/** What a figure's page shows. */
export interface FigurePage {
  /** The figure. */
  row: FigureRow;
  /** Its story, when it exists. */
  story: Story | undefined;
  /** The page's heading: what is measured, when. */
  heading: string;
  /** The sentence stating it, the figure marked. */
  sentence: Segment[];
  /** Where and when its story was printed, as one line (null without a story). */
  printedLine: string | null;
  /** The figure's absolute permalink. */
  permalink: string;
  /** What the citations are built from. */
  citation: FigureCitation;
  /** The story's other figures. */
  others: FigureRow[];
  /** Whether the value in base units reads differently from the figure as printed (and is worth a line). */
  showNormalized: boolean;
  /** The meta description. */
  description: string;
  /** schema.org metadata. */
  jsonLd: JsonLd;
}

/** The page of the figure `id`; `accessed` is the citation's date of access. */
export function figurePage(site: SiteData, id: string, accessed: string, origin: Origin): FigurePage {
  const row = site.rowById.get(id);
  if (!row) throw new Error(`figure ${id} has no row`);
  const story = site.storyById.get(row.article.id);
  const permalink = absoluteUrl(figurePath(row.id), origin);
  return {
    row,
    story,
    heading: figureCaption(row.subject, row.year, row.period, '').replace(/：$/u, ''),
    sentence: annotateText(row.quote, figureInQuote(row.id, row.quote, row.text)),
    printedLine: story ? printedSourceLine(printedSource(story.data)) : null,
    permalink,
    citation: {
      authors: story?.data.bylines ?? [],
      articleTitle: row.article.name,
      figure: row.caption,
      publisher: SITE_NAME,
      year: row.year ?? story?.data.year ?? null,
      url: permalink,
      accessed,
      ...(story ? { printed: printedSource(story.data) } : {}),
    },
    others: (site.rowsByStory.get(row.article.id) ?? []).filter((r) => r.id !== row.id),
    showNormalized: row.normalizedDisplay !== row.display && row.kind !== 'rank',
    description: `${row.caption}。原句：${row.quote}`,
    jsonLd: figureLd(row, origin),
  };
}

/** What a figure's embeddable card shows. */
export interface FigureEmbed {
  /** The figure as printed. */
  text: string;
  /** What it measures. */
  subject: string;
  /** Place, year and period, and `目标` for a target, joined by dots; empty when none is known. */
  context: string;
  /** Link to the sentence in its story. */
  sentenceUrl: string;
  /** Its story's headline. */
  articleTitle: string;
  /** The card's title. */
  title: string;
}

/** The embeddable card of the figure `id`. */
export function figureEmbed(site: SiteData, id: string): FigureEmbed {
  const row = site.rowById.get(id);
  if (!row) throw new Error(`figure ${id} has no row`);
  const when = `${row.year === null ? '' : `${row.year}年`}${row.period ?? ''}`;
  return {
    text: row.text,
    subject: row.subject,
    context: [row.place?.name ?? null, when, row.target ? '目标' : ''].filter(Boolean).join(' · '),
    // The card links to the mark in the story even when the annotator found none: the story opens at its top.
    sentenceUrl: figureInStoryPath(row.article.id, id),
    articleTitle: row.article.name,
    title: `${row.subject}：${row.text}`,
  };
}

/** A facet linked from the figures table: its path under `/figures/`, its label and how many figures it holds. */
export interface FacetLink {
  /** Path under `/figures/`. */
  path: string;
  /** `2023年`, `历下区`. */
  label: string;
  /** Figures in it. */
  count: number;
}

/** One place in the table's filter: indented under the place above it, with its count on the page. */
export interface PlaceOption {
  /** Place id. */
  id: string;
  /** Name. */
  label: string;
  /** How many places are above it. */
  depth: number;
  /** Figures on the page in it or under it. */
  count: number;
}

/** What one page of the figures table shows. */
export interface FigureIndexPage {
  /** The slice the page lists. */
  facet: { path: string; label: string | null };
  /** This page of its rows. */
  page: Page<FigureRow>;
  /** The slice's first page. */
  base: string;
  /** The page's title. */
  title: string;
  /** All figures on the site. */
  total: number;
  /** The stories they come from. */
  storyCount: number;
  /** `第 51–100 个` when the slice has more than one page. */
  pageNote: string;
  /** The year facets. */
  yearLinks: FacetLink[];
  /** The district and county facets. */
  placeLinks: FacetLink[];
  /** The filter's places: those with figures on this page, each under the place above it. */
  placeOptions: PlaceOption[];
  /** The filter's kinds, in the order of the kind labels. */
  kinds: MetricKind[];
  /** The filter's years, newest first. */
  years: number[];
  /** Whether some figure on the page has no year. */
  undated: boolean;
  /** For each place on the page, the places above it. */
  within: ReadonlyMap<string, readonly string[]>;
  /** The meta description. */
  description: string;
  /** schema.org metadata, on the first page of all figures only. */
  jsonLd: JsonLd | undefined;
}

const figureStories = new WeakMap<SiteData, number>();

/** How many stories print a figure: counted once per site, as every page of every facet of the table says it. */
function storiesWithFigures(site: SiteData): number {
  let count = figureStories.get(site);
  if (count === undefined) figureStories.set(site, (count = new Set(site.rows.map((row) => row.article.id)).size));
  return count;
}

/** One page of one facet of the figures table (`page` from `figureIndexPaths`). */
export function figureIndexPage(
  site: SiteData,
  facet: Facet | { path: string; label: string | null },
  page: Page<FigureRow>,
  links: readonly FacetLink[],
  origin: Origin,
): FigureIndexPage {
  const allRows = site.rows;
  const rows = page.items;
  const storyCount = storiesWithFigures(site);
  const within = new Map(rows.flatMap((row) => (row.place ? [[row.place.id, site.ancestorIds.get(row.place.id) ?? []] as const] : [])));
  // The filter's choices are those of the rows on this page: places with figures here, each under the place above it.
  const onPage = new Map<string, number>();
  for (const ids of rows.map((row) => (row.place ? [row.place.id, ...(within.get(row.place.id) ?? [])] : [])))
    for (const id of ids) onPage.set(id, (onPage.get(id) ?? 0) + 1);
  const placeOptions = [...onPage]
    .flatMap(([id, count]) => {
      const node = site.placeNodes.get(id);
      if (!node) return [];
      const chain = [...ancestorsOf(node.id, site.placeNodes)].reverse();
      return [
        { id: node.id, label: node.name, depth: chain.length, sortKey: [...chain.map((a) => a.code ?? a.name), node.code ?? node.name].join('/'), count },
      ];
    })
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey))
    .map(({ id, label, depth, count }) => ({ id, label, depth, count }));
  const kindOrder = Object.keys(KIND_LABELS);
  const description = `泉城数读收录的全部 ${allRows.length} 个数字，来自 ${storyCount} 篇济南报道；每个数字都链接到原文中说出它的那一句。可筛选、排序，可下载 CSV 与 JSON。`;
  return {
    facet: { path: facet.path, label: facet.label },
    page,
    base: figuresPath(facet.path),
    title: `${facet.label ? `${facet.label}的数字` : '全部数字'}${page.page > 1 ? `（第 ${page.page} 页）` : ''}`,
    total: allRows.length,
    storyCount,
    pageNote: page.pages > 1 ? `第 ${page.offset + 1}–${page.offset + rows.length} 个` : '',
    yearLinks: links.filter((l) => l.path.startsWith('year/')),
    placeLinks: links.filter((l) => l.path.startsWith('district/')),
    placeOptions,
    kinds: [...new Set(rows.map((row) => row.kind))].sort((a, b) => kindOrder.indexOf(a) - kindOrder.indexOf(b)),
    years: [...new Set(rows.flatMap((row) => (row.year === null ? [] : [row.year])))].sort((a, b) => b - a),
    undated: rows.some((row) => row.year === null),
    within,
    description,
    jsonLd:
      facet.path === '' && page.page === 1
        ? figuresLd(
            description,
            [...new Set(allRows.map((row) => row.kind))].map((kind) => KIND_LABELS[kind]),
            origin,
          )
        : undefined,
  };
}

/** Every page of every facet of the figures table, with the facet links each page shows. */
export function figureIndexPaths(site: SiteData): { facet: { path: string; label: string | null }; page: Page<FigureRow>; links: FacetLink[] }[] {
  const all = figureFacets(site);
  const links = all.slice(1).map((f) => ({ path: f.path, label: f.label ?? '', count: f.rows.length }));
  return all.flatMap((facet) => paginate(facet.rows, PAGE_SIZE.figures).map((page) => ({ facet: { path: facet.path, label: facet.label }, page, links })));
}

/** Column heads of the CSV download, in Chinese for the spreadsheet reader; the JSON has the same fields in English. */
export const FIGURES_CSV_HEADER = [
  '编号',
  '数值',
  '上限',
  '单位',
  '数字',
  '基本单位数值',
  '基本单位',
  '类型',
  '目标',
  '限定词',
  '指标',
  '时期',
  '年份',
  '地方',
  '地方编号',
  '事项',
  '人物',
  '报道',
  '报道编号',
  '原文写法',
  '原句',
  '数字页面',
  '原句链接',
  '主体',
  '主体类型',
  '度量',
  '口径',
  '年份来源',
];

/** One CSV row per figure, in the order of `FIGURES_CSV_HEADER`, links absolute. */
export function figuresCsvRows(site: SiteData, origin: Origin): CsvValue[][] {
  const absolute = (path: string) => absoluteUrl(path, origin);
  return site.rows.map((r) => [
    r.id,
    r.value,
    r.valueMax,
    r.unit,
    r.display,
    r.normalized,
    r.baseUnit,
    r.kindLabel,
    r.target,
    r.qualifier,
    r.subject,
    r.period,
    r.year,
    r.place?.name,
    r.place?.id,
    r.initiative?.name,
    r.official?.name,
    r.article.name,
    r.article.id,
    r.text,
    r.quote,
    absolute(r.url),
    absolute(r.sourceUrl),
    r.entity,
    r.entityKind,
    r.measure,
    r.basis,
    r.yearSource,
  ]);
}

/** The JSON download: every figure with what it measures, its place (and the places above it), story and sentence. */
export function figuresJson(site: SiteData, origin: Origin): Record<string, unknown> {
  const absolute = (path: string) => absoluteUrl(path, origin);
  const figures = site.rows.map((r) => ({
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
    place: r.place ? { ...r.place, within: site.ancestorIds.get(r.place.id) ?? [] } : null,
    initiative: r.initiative,
    official: r.official,
    article: { id: r.article.id, title: r.article.name, url: absolute(articlePath(r.article.id)) },
    text: r.text,
    quote: r.quote,
  }));
  return { title: `${SITE_NAME} · 济南报道中的数字`, url: absolute(figuresPath()), count: figures.length, figures };
}
