/**
 * What the paged index pages list, in order, computed once for a route's static paths: the figures' facets (all,
 * each year, each district or county), and each page of the story, place, people and programme indexes.
 */
import { articlesPath, districtFacet, districtsPath, initiativesPath, officialsPath, yearFacet } from '../core/routes.ts';
import { inRankOrder, type FigureRow, type Initiative, type Official, type Place, type SiteData, type Story } from './site.ts';
import { groupByCategory, type CategoryGroup } from '../utils/people.ts';
import { PAGE_SIZE, paginate, pageParam, type Page } from '../utils/paging.ts';
import { groupByParent, PLACE_LEVELS, type PlaceNode } from '../utils/places.ts';
import type { TileMap } from '../utils/tileMap.ts';
import { jinanTileMap } from './tiles.ts';

/** A slice of the figures with a page of its own: all of them, one year's, or one district's or county's. */
export interface Facet {
  /** Path under `/figures/` (`''`, `year/2023`, `district/lixia-qu`). */
  path: string;
  /** What the slice is, for headings (`2023年`, `历下区`); null for all figures. */
  label: string | null;
  /** Its rows, in table order. */
  rows: FigureRow[];
}

/** The kinds of place that get a facet: the city's districts, counties and functional areas (a short list). */
const FACET_KINDS = new Set<string>(PLACE_LEVELS.filter((l) => l.key === 'counties' || l.key === 'areas').flatMap((l) => l.kinds));

/** Every facet: all figures, each year that has figures, each district-level place that has figures. */
export function figureFacets(data: SiteData): Facet[] {
  const byYear = new Map<number, FigureRow[]>();
  for (const row of data.rows) if (row.year !== null) (byYear.get(row.year) ?? byYear.set(row.year, []).get(row.year)!).push(row);
  const places = [...data.placeNodes.values()]
    .filter((n) => FACET_KINDS.has(n.kind) && (data.figuresUnder.get(n.id)?.length ?? 0) > 0)
    .sort((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name));
  return [
    { path: '', label: null, rows: data.rows },
    ...[...byYear].sort((a, b) => b[0] - a[0]).map(([year, rows]) => ({ path: yearFacet(year), label: `${year}年`, rows })),
    ...places.map((n) => ({ path: districtFacet(n.id), label: n.name, rows: inRankOrder(data.rowById, data.rowRank, data.figuresUnder.get(n.id) ?? []) })),
  ];
}

/** Every place id in the order the index lists them: level by level, each level's places grouped under their parents. */
export function placesInIndexOrder(data: SiteData): string[] {
  return PLACE_LEVELS.flatMap((level) =>
    groupByParent([...data.placeNodes.values()].filter((node) => level.kinds.includes(node.kind))).flatMap((g) => g.places.map((n) => n.id)),
  );
}

/** Everyone, grouped by category and, within a group, by slug (the names in pinyin: the order of a Chinese index). */
export function peopleInIndexOrder(data: SiteData): Official[] {
  const everyone = [...data.officialById.values()].sort((a, b) => a.id.localeCompare(b.id));
  return groupByCategory(everyone, (p) => p.data.category).flatMap((g) => g.people);
}

/** A page of a paged index with where its list starts (`pagePath(base, n)` is page n). */
export interface IndexPage<T> {
  /** The index's first page. */
  base: string;
  /** This page of the list. */
  page: Page<T>;
  /** The rest parameter of the page's route. */
  param: string | undefined;
}

/** Every page of `items` under `base` (facet `facet`, a path under the index such as `year/2024`). */
export function pagesOf<T>(items: readonly T[], size: number, base: string, facet = ''): IndexPage<T>[] {
  return paginate(items, size).map((page) => ({ base, page, param: pageParam(facet, page.page) }));
}

/** `（第 2 页）` after a page's title from page 2 on. */
export const pageSuffix = (page: Page<unknown>): string => (page.page > 1 ? `（第 ${page.page} 页）` : '');

/** `每页 60 篇，本页列出第 61–120 篇。` on a list of more than one page, else empty (`unit` counts the rows: 篇, 个, 位). */
export const pageRange = (page: Page<unknown>, size: number, unit: string): string =>
  page.pages > 1 ? `每页 ${size} ${unit}，本页列出第 ${page.offset + 1}–${page.offset + page.items.length} ${unit}。` : '';

/** What a page of the story index shows. */
export interface StoryIndexPage extends IndexPage<Story> {
  /** The year it lists, null for all stories. */
  year: number | null;
  /** Its stories grouped by the file they were printed in, in listing order. */
  groups: { source: string; stories: Story[] }[];
  /** Every year with stories, newest first, for the year links. */
  years: { year: number; count: number; href: string }[];
  /** All stories on the site. */
  total: number;
}

/** Every page of the story index and of each year's slice of it. */
export function storyIndexPages(site: SiteData): StoryIndexPage[] {
  const byYear = new Map<number, Story[]>();
  for (const story of site.stories)
    if (story.data.year !== null) (byYear.get(story.data.year) ?? byYear.set(story.data.year, []).get(story.data.year)!).push(story);
  const sortedYears = [...byYear].sort((a, b) => b[0] - a[0]);
  const years = sortedYears.map(([year, list]) => ({ year, count: list.length, href: articlesPath(year) }));
  const facets: { year: number | null; list: Story[] }[] = [{ year: null, list: site.stories }, ...sortedYears.map(([year, list]) => ({ year, list }))];
  return facets.flatMap(({ year, list }) =>
    pagesOf(list, PAGE_SIZE.articles, articlesPath(year), year === null ? '' : yearFacet(year)).map((p) => {
      const bySource = new Map<string, Story[]>();
      for (const story of p.page.items) (bySource.get(story.data.source) ?? bySource.set(story.data.source, []).get(story.data.source)!).push(story);
      return { ...p, year, groups: [...bySource].map(([source, stories]) => ({ source, stories })), years, total: site.stories.length };
    }),
  );
}

/** One place in the place index, with its counts. */
export interface PlaceItem {
  /** The place. */
  node: PlaceNode;
  /** Stories naming it. */
  stories: number;
  /** Its figures and those of the places under it. */
  figures: number;
  /** Programmes it names. */
  initiatives: number;
}

/** What a page of the place index shows. */
export interface PlaceIndexPage extends IndexPage<string> {
  /** The levels with places on this page, each with its size in the whole index and its places grouped under parents. */
  levels: { key: string; label: string; total: number; groups: { parent: Place | undefined; places: PlaceItem[] }[] }[];
  /** The districts and counties at a glance. */
  tiles: TileMap;
  /** The meta description. */
  description: string;
}

/** Every page of the place index. */
export function placeIndexPages(site: SiteData): PlaceIndexPage[] {
  const tiles = jinanTileMap(site);
  const nodes = [...site.placeNodes.values()];
  const description = `泉城数读报道涉及的 ${site.placeById.size} 个地方：区县、功能区、街道和社区，各附报道、数字与事项。`;
  return pagesOf(placesInIndexOrder(site), PAGE_SIZE.districts, districtsPath()).map((p) => {
    const onPage = new Set(p.page.items);
    const levels = PLACE_LEVELS.map((level) => ({
      key: level.key,
      label: level.label,
      // The level's size in the whole index, not only on this page.
      total: nodes.filter((node) => level.kinds.includes(node.kind)).length,
      groups: groupByParent(nodes.filter((node) => level.kinds.includes(node.kind) && onPage.has(node.id))).map((group) => ({
        parent: group.parent === null ? undefined : site.placeById.get(group.parent),
        places: group.places.flatMap((node) => {
          const entry = site.placeById.get(node.id);
          return entry
            ? [{ node, stories: entry.data.articles.length, figures: site.figuresUnder.get(node.id)?.length ?? 0, initiatives: entry.data.initiatives.length }]
            : [];
        }),
      })),
    })).filter((level) => level.groups.length > 0);
    return { ...p, levels, tiles, description };
  });
}

/** What a page of the people index shows. */
export interface PeopleIndexPage extends IndexPage<string> {
  /** The people on this page, grouped by category in index order. */
  groups: CategoryGroup<Official>[];
  /** The meta description. */
  description: string;
}

/** Every page of the people index. */
export function peopleIndexPages(site: SiteData): PeopleIndexPage[] {
  const everyone = peopleInIndexOrder(site);
  const description = `泉城数读报道中具名的 ${everyone.length} 位人物：职务照原文，附原话与出处。`;
  return pagesOf(
    everyone.map((p) => p.id),
    PAGE_SIZE.officials,
    officialsPath(),
  ).map((p) => {
    const onPage = new Set(p.page.items);
    return {
      ...p,
      groups: groupByCategory(
        everyone.filter((person) => onPage.has(person.id)),
        (person) => person.data.category,
      ),
      description,
    };
  });
}

/** What a page of the programme index shows. */
export interface ProgrammeIndexPage extends IndexPage<Initiative> {
  /** The meta description. */
  description: string;
}

/** Every page of the programme index; slugs are the names in pinyin: the order of a Chinese index, numeric names first. */
export function programmeIndexPages(site: SiteData): ProgrammeIndexPage[] {
  const all = [...site.initiativeById.values()].sort((a, b) => a.id.localeCompare(b.id));
  const description = `泉城数读报道中的 ${all.length} 项行动、工程与品牌：谁牵头、哪几年、要做什么，附相关数字与报道。`;
  return pagesOf(all, PAGE_SIZE.initiatives, initiativesPath()).map((p) => ({ ...p, description }));
}

/** The static paths of a paged route (`[...page].astro`): each page's rest parameter, and its view as the page's props. */
export function staticPaths<V extends IndexPage<unknown>>(views: readonly V[]): { params: { page: string | undefined }; props: { view: V } }[] {
  return views.map((view) => ({ params: { page: view.param }, props: { view } }));
}
