/**
 * Every path the site builds, in one place (ARCHITECTURE.md, "URLs"): pages, downloads, feeds and search files, each
 * with the trailing slash the site uses and under the configured base path (`sitePath`). Pages, components, feeds
 * and search documents link through these, so a URL changes here or nowhere. Part of the core: imports only the core.
 */
import { sitePath } from './siteUrl.ts';

const seg = (slug: string): string => encodeURIComponent(slug);

/** The front page. */
export const homePath = (): string => sitePath('/');

/** The story index, or one year's slice of it (`/articles/year/2024/`). */
export const articlesPath = (year: number | null = null): string => sitePath(year === null ? '/articles/' : `/articles/year/${year}/`);
/** Page of a story. */
export const articlePath = (slug: string): string => sitePath(`/articles/${seg(slug)}/`);

/** The place index. */
export const districtsPath = (): string => sitePath('/districts/');
/** Page of a place. */
export const districtPath = (slug: string): string => sitePath(`/districts/${seg(slug)}/`);

/** The people index. */
export const officialsPath = (): string => sitePath('/officials/');
/** Page of an official. */
export const officialPath = (slug: string): string => sitePath(`/officials/${seg(slug)}/`);

/** The programme index. */
export const initiativesPath = (): string => sitePath('/initiatives/');
/** Page of an initiative. */
export const initiativePath = (slug: string): string => sitePath(`/initiatives/${seg(slug)}/`);

/** The figures table, or one facet of it (`year/2023`, `district/lixia-qu`: the facet's path under `/figures/`). */
export const figuresPath = (facet = ''): string => sitePath(facet === '' ? '/figures/' : `/figures/${facet}/`);
/** The path of the year facet of the figures table, relative to `/figures/`. */
export const yearFacet = (year: number): string => `year/${year}`;
/** The path of a place's facet of the figures table, relative to `/figures/`. */
export const districtFacet = (slug: string): string => `district/${slug}`;
/** Page of a figure. */
export const figurePath = (id: string): string => sitePath(`/figures/${seg(id)}/`);
/** The `id` of a figure's mark in its story. */
export const figureAnchorId = (id: string): string => `fig-${id}`;
/** The sentence stating a figure, inside its story's page. */
export const figureInStoryPath = (article: string, id: string): string => `${articlePath(article)}#${figureAnchorId(id)}`;
/** All figures as CSV. */
export const figuresCsvPath = (): string => sitePath('/figures/figures.csv');
/** All figures as JSON. */
export const figuresJsonPath = (): string => sitePath('/figures/figures.json');

/** The chart gallery. */
export const chartsPath = (): string => sitePath('/charts/');
/** Permalink path of a chart. */
export const chartPath = (slug: string): string => sitePath(`/charts/${seg(slug)}/`);
/** Path of a chart's download in one format. */
export const chartFilePath = (slug: string, ext: 'csv' | 'json' | 'svg' | 'png'): string => sitePath(`/charts/${seg(slug)}.${ext}`);
/** Path of a chart's embeddable page. */
export const chartEmbedPath = (slug: string): string => sitePath(`/embed/${seg(slug)}/`);
/** Path of a single figure's embeddable card. */
export const figureEmbedPath = (id: string): string => sitePath(`/embed/figures/${seg(id)}/`);

// The search paths are constants: the browser's search script imports them, and needs no more of this module.
/** The search page. */
export const SEARCH_PATH = sitePath('/search/');
/** The sharded search index's manifest (`src/pages/search-index.json.ts`). */
export const SEARCH_INDEX_PATH = sitePath('/search-index.json');
/** Folder of the sharded search index's content-hashed files (`src/pages/search/shards/[name].json.ts`). */
export const SHARD_DIR = sitePath('/search/shards/');

/** The RSS feed of stories. */
export const rssPath = (): string => sitePath('/rss.xml');
/** The sitemap's index. */
export const sitemapPath = (): string => sitePath('/sitemap-index.xml');
/** The site's icon. */
export const faviconPath = (): string => sitePath('/favicon.svg');
