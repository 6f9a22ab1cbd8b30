/**
 * The schema.org metadata every page emits as JSON-LD, built in one place: a story (`NewsArticle` with its printed
 * original), a place, a person, one figure and all figures (`Dataset`), a chart (`Dataset` with its downloads).
 * Absolute URLs are on the configured site (`origin`, Astro's `site`).
 */
import { DOWNLOADS, PUBLISHER } from '../charts/meta.ts';
import {
  articlePath,
  chartFilePath,
  chartPath,
  districtPath,
  figurePath,
  figuresCsvPath,
  figuresJsonPath,
  figuresPath,
  homePath,
  officialPath,
} from '../core/routes.ts';
import { absoluteUrl } from '../core/siteUrl.ts';
import { SITE_NAME } from '../utils/site.ts';
import type { FigureRow, Official, Place, Story } from './site.ts';
import type { PlaceNode } from '../utils/places.ts';

/** A JSON-LD object, `@context` included. */
export type JsonLd = Record<string, unknown>;

/** The site's origin as Astro gives it (`Astro.site`). */
export type Origin = URL | string | undefined;

const CONTEXT = 'https://schema.org';

/** A story: headline, summary, date, bylines, the site as publisher, the printed original, its places and people. */
export function storyLd(story: Story, places: readonly Place[], officials: readonly Official[], origin: Origin): JsonLd {
  const data = story.data;
  const canonical = absoluteUrl(articlePath(story.id), origin);
  return {
    '@context': CONTEXT,
    '@type': 'NewsArticle',
    headline: data.title.slice(0, 110),
    ...(data.summary ? { description: data.summary } : {}),
    inLanguage: 'zh-CN',
    url: canonical,
    mainEntityOfPage: canonical,
    ...(data.dateline ? { dateline: data.dateline } : {}),
    // The edition's date from the sources manifest; else the year the page furniture prints; else nothing.
    ...(data.published ? { datePublished: data.published } : data.year ? { datePublished: String(data.year) } : {}),
    author: data.bylines.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(homePath(), origin) },
    // The printed original: its newspaper, date, page and address where the manifest gives them.
    isBasedOn: {
      '@type': 'NewsArticle',
      headline: data.title.slice(0, 110),
      ...(data.url ? { url: data.url } : {}),
      ...(data.published ? { datePublished: data.published } : {}),
      ...(data.publication ? { publisher: { '@type': 'Organization', name: data.publication } } : {}),
      ...(data.page ? { pagination: data.page } : {}),
      identifier: data.source,
    },
    about: places.map((p) => ({ '@type': 'Place', name: p.data.name, url: absoluteUrl(districtPath(p.id), origin) })),
    mentions: officials.map((o) => ({ '@type': 'Person', name: o.data.name, url: absoluteUrl(officialPath(o.id), origin) })),
  };
}

/** A place: a village or community is a `Place`, anything larger an `AdministrativeArea`, inside its parent. */
export function placeLd(place: Place, parent: PlaceNode | undefined, origin: Origin): JsonLd {
  const data = place.data;
  return {
    '@context': CONTEXT,
    '@type': data.kind === 'village' || data.kind === 'community' ? 'Place' : 'AdministrativeArea',
    name: data.name,
    ...(data.aliases.length > 0 ? { alternateName: data.aliases } : {}),
    ...(data.code ? { identifier: data.code } : {}),
    url: absoluteUrl(districtPath(place.id), origin),
    ...(parent ? { containedInPlace: { '@type': 'AdministrativeArea', name: parent.name, url: absoluteUrl(districtPath(parent.id), origin) } } : {}),
  };
}

/** A person with the posts the stories print. */
export function personLd(person: Official, origin: Origin): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Person',
    name: person.data.name,
    ...(person.data.titles.length > 0 ? { jobTitle: person.data.titles } : {}),
    url: absoluteUrl(officialPath(person.id), origin),
  };
}

/** One figure as a dataset of one value: what, where, when, and the story it is from. */
export function figureLd(row: FigureRow, origin: Origin): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: row.caption,
    description: row.quote,
    inLanguage: 'zh-CN',
    url: absoluteUrl(figurePath(row.id), origin),
    creator: { '@type': 'Organization', name: SITE_NAME },
    isBasedOn: absoluteUrl(articlePath(row.article.id), origin),
    ...(row.place ? { spatialCoverage: { '@type': 'Place', name: row.place.name } } : {}),
    ...(row.year ? { temporalCoverage: String(row.year) } : {}),
    variableMeasured: {
      '@type': 'PropertyValue',
      name: row.subject,
      value: row.value,
      ...(row.valueMax !== null ? { maxValue: row.valueMax } : {}),
      unitText: row.unit,
    },
  };
}

/** Every figure as one dataset with its CSV and JSON downloads; `kinds` are the labels of the kinds it holds. */
export function figuresLd(description: string, kinds: readonly string[], origin: Origin): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: `${SITE_NAME} · 济南报道中的数字`,
    description,
    inLanguage: 'zh-CN',
    url: absoluteUrl(figuresPath(), origin),
    creator: { '@type': 'Organization', name: SITE_NAME, url: absoluteUrl(homePath(), origin) },
    spatialCoverage: { '@type': 'Place', name: '山东省济南市' },
    variableMeasured: [...kinds],
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absoluteUrl(figuresCsvPath(), origin) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absoluteUrl(figuresJsonPath(), origin) },
    ],
  };
}

/** The fields of a chart its metadata names. */
export interface ChartLdInput {
  /** Slug. */
  slug: string;
  /** Title. */
  title: string;
  /** The finding, one sentence. */
  finding: string;
  /** The stories its figures come from. */
  articles: readonly { slug: string }[];
}

/** A chart as a dataset: its finding, image, source stories and the four downloads. */
export function chartLd(chart: ChartLdInput, origin: Origin): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    name: chart.title,
    description: chart.finding,
    url: absoluteUrl(chartPath(chart.slug), origin),
    image: absoluteUrl(chartFilePath(chart.slug, 'png'), origin),
    creator: { '@type': 'Organization', name: PUBLISHER, url: absoluteUrl(homePath(), origin) },
    isBasedOn: chart.articles.map((a) => absoluteUrl(articlePath(a.slug), origin)),
    distribution: DOWNLOADS.map((d) => ({
      '@type': 'DataDownload',
      encodingFormat: d.type.split(';')[0],
      contentUrl: absoluteUrl(chartFilePath(chart.slug, d.ext), origin),
    })),
  };
}
