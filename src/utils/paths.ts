/**
 * URLs of the site's pages (ARCHITECTURE.md, "URLs"), all with the trailing slash the site uses and under the
 * configured base path (`sitePath`).
 */
import { articlePath } from './site.ts';
import { sitePath } from './siteUrl.ts';

const seg = (slug: string): string => encodeURIComponent(slug);

/** Page of a place. */
export const districtPath = (slug: string): string => sitePath(`/districts/${seg(slug)}/`);
/** Page of an official. */
export const officialPath = (slug: string): string => sitePath(`/officials/${seg(slug)}/`);
/** Page of an initiative. */
export const initiativePath = (slug: string): string => sitePath(`/initiatives/${seg(slug)}/`);
/** Page of a figure. */
export const figurePath = (id: string): string => sitePath(`/figures/${seg(id)}/`);
/** The `id` of a figure's mark in its story. */
export const figureAnchorId = (id: string): string => `fig-${id}`;
/** The sentence stating a figure, inside its story's page. */
export const figureInStoryPath = (article: string, id: string): string => `${articlePath(article)}#${figureAnchorId(id)}`;
/** The figures table, downloads beside it. */
export const FIGURES_PATH = sitePath('/figures/');
/** All figures as CSV. */
export const FIGURES_CSV_PATH = sitePath('/figures/figures.csv');
/** All figures as JSON. */
export const FIGURES_JSON_PATH = sitePath('/figures/figures.json');
/** The chart gallery (built by the charts pages). */
export const CHARTS_PATH = sitePath('/charts/');
/** The RSS feed of stories. */
export const RSS_PATH = sitePath('/rss.xml');
