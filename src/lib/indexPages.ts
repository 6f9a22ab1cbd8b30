/**
 * What the paged index pages list, in order, computed once for a route's static paths: the figures' facets (all,
 * each year, each district or county), the places in the order the place index lists them, and the people in the
 * order the people index lists them.
 */
import type { FigureRow, SiteData } from './siteData.ts';
import { groupByCategory } from '../utils/people.ts';
import { groupByParent, PLACE_LEVELS } from '../utils/places.ts';

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
  const under = (id: string) => new Set(data.figuresUnder.get(id) ?? []);
  const places = [...data.placeNodes.values()]
    .filter((n) => FACET_KINDS.has(n.kind) && (data.figuresUnder.get(n.id)?.length ?? 0) > 0)
    .sort((a, b) => (a.code ?? a.name).localeCompare(b.code ?? b.name));
  return [
    { path: '', label: null, rows: data.rows },
    ...[...byYear].sort((a, b) => b[0] - a[0]).map(([year, rows]) => ({ path: `year/${year}`, label: `${year}年`, rows })),
    ...places.map((n) => {
      const ids = under(n.id);
      return { path: `district/${n.id}`, label: n.name, rows: data.rows.filter((r) => ids.has(r.id)) };
    }),
  ];
}

/** Every place id in the order the index lists them: level by level, each level's places grouped under their parents. */
export function placesInIndexOrder(data: SiteData): string[] {
  return PLACE_LEVELS.flatMap((level) =>
    groupByParent([...data.placeNodes.values()].filter((node) => level.kinds.includes(node.kind))).flatMap((g) => g.places.map((n) => n.id)),
  );
}

/** Everyone, grouped by category and, within a group, by slug (the names in pinyin: the order of a Chinese index). */
export function peopleInIndexOrder(data: SiteData): SiteData['officialById'] extends Map<string, infer P> ? P[] : never {
  const everyone = [...data.officialById.values()].sort((a, b) => a.id.localeCompare(b.id));
  return groupByCategory(everyone, (p) => p.data.category).flatMap((g) => g.people);
}
