/**
 * One built page of each type, picked from the build on disk (the figures download names a place, a story and a
 * figure; the built folders name a person and a programme), so tests can be declared per page type and follow
 * whatever ingest produced.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The build the tests run against (the preview server serves the same folder). */
export const DIST = process.env.DIST_DIR ?? path.resolve(import.meta.dirname, '../../dist');

/** A page type and the path of one page of that type. */
export interface SamplePage {
  /** Page type, for test names and messages. */
  type: string;
  /** Path on the site. */
  path: string;
}

/** One figure as `/figures/figures.json` lists it. */
export interface FigureJson {
  /** Figure id. */
  id: string;
  /** Absolute permalink. */
  url: string;
  /** Absolute link to the sentence in its story. */
  sourceUrl: string;
  /** The figure as printed. */
  text: string;
  /** Place measured, with the places above it. */
  place: { id: string; name: string; within: string[] } | null;
  /** Year the figure is about, or null. */
  year: number | null;
  /** Story stating it. */
  article: { id: string; title: string; url: string };
}

/** The figures download, fetched from the server under test. */
export async function allFigures(page: Page): Promise<FigureJson[]> {
  const response = await page.request.get('/figures/figures.json');
  expect(response.ok(), 'figures.json is missing').toBe(true);
  const body = (await response.json()) as { figures: FigureJson[] };
  return body.figures;
}

/** The path of a URL, whatever its origin. */
export const pathOf = (url: string): string => new URL(url, 'http://x').pathname;

/** The first built page below `/<section>/`, in name order. */
function firstBuilt(section: string): string | undefined {
  const dir = path.join(DIST, section);
  if (!existsSync(dir)) return undefined;
  const slug = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort()[0];
  return slug ? `/${section}/${slug}/` : undefined;
}

/** One page of every type the site has, plus the not-found page; empty when nothing is built. */
export function samplePages(): SamplePage[] {
  const file = path.join(DIST, 'figures', 'figures.json');
  if (!existsSync(file)) return [];
  const figures = (JSON.parse(readFileSync(file, 'utf8')) as { figures: FigureJson[] }).figures;
  const located = figures.find((f) => f.place !== null) ?? figures[0];
  const pages: SamplePage[] = [
    { type: 'home', path: '/' },
    { type: 'stories', path: '/articles/' },
    { type: 'districts', path: '/districts/' },
    { type: 'officials', path: '/officials/' },
    { type: 'initiatives', path: '/initiatives/' },
    { type: 'figures', path: '/figures/' },
    { type: 'not found', path: '/no-such-page/' },
  ];
  if (located) {
    pages.push({ type: 'article', path: pathOf(located.article.url) }, { type: 'figure', path: pathOf(located.url) });
    if (located.place) pages.push({ type: 'district', path: `/districts/${located.place.id}/` });
  }
  const official = firstBuilt('officials');
  if (official) pages.push({ type: 'official', path: official });
  const initiative = firstBuilt('initiatives');
  if (initiative) pages.push({ type: 'initiative', path: initiative });
  const chart = firstBuilt('charts');
  if (chart)
    pages.push({ type: 'charts', path: '/charts/' }, { type: 'chart', path: chart }, { type: 'chart embed', path: chart.replace('/charts/', '/embed/') });
  if (located) pages.push({ type: 'figure embed', path: `/embed/figures/${located.id}/` });
  if (existsSync(path.join(DIST, 'search', 'index.html'))) pages.push({ type: 'search', path: '/search/?q=%E5%8E%86%E4%B8%8B%E5%8C%BA' });
  return pages;
}
