/**
 * Index pages that list everything are cut into pages with stable addresses: page 1 at the index itself
 * (`/figures/`), the others at `/figures/page/2/`, … and the same under each facet (`/figures/year/2023/page/2/`).
 * A page's address depends only on its number, so links to page 3 keep working as the archive grows (its rows move on).
 */

/** Rows per page of each paged index: the first page stays small at 10,000 stories (under 30 KB gzip, measured by the scale bench). */
export const PAGE_SIZE = {
  figures: 100,
  articles: 60,
  officials: 120,
  initiatives: 120,
  charts: 48,
  districts: 240,
} as const;

/** One page of a list. */
export interface Page<T> {
  /** The rows on this page. */
  items: T[];
  /** This page's number, from 1. */
  page: number;
  /** How many pages the list has (at least 1: an empty list is one empty page). */
  pages: number;
  /** Rows in the whole list. */
  total: number;
  /** Position of this page's first row in the whole list, from 0. */
  offset: number;
}

/** Number of pages for `total` rows, at least one. */
export function pageCount(total: number, size: number): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `page` (from 1) of `items`, `size` rows a page. */
export function pageOf<T>(items: readonly T[], page: number, size: number): Page<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} of ${pages}`);
  const offset = (page - 1) * size;
  return { items: items.slice(offset, offset + size), page, pages, total: items.length, offset };
}

/** Every page of `items`, in order. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  return Array.from({ length: pageCount(items.length, size) }, (_, i) => pageOf(items, i + 1, size));
}

/** The address of page `page` of the list at `base` (a path ending in `/`): the base itself for page 1. */
export function pagePath(base: string, page: number): string {
  return page <= 1 ? base : `${base}page/${page}/`;
}

/**
 * The rest parameter of a paged route (`[...page].astro`) for page `page` under the facet path `facet` (`''`,
 * `'year/2023'`): undefined for the index itself, so Astro writes it at the base address.
 */
export function pageParam(facet: string, page: number): string | undefined {
  const parts = [facet, page > 1 ? `page/${page}` : ''].filter((p) => p !== '');
  return parts.length > 0 ? parts.join('/') : undefined;
}

/**
 * The page numbers a pager shows for page `current` of `pages`: the first and last, and up to `around` either side of
 * the current one; null marks a gap. A pager of a 600-page list stays a dozen links long.
 */
export function pagerItems(current: number, pages: number, around = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - current) <= around) out.push(n);
    else if (out.at(-1) !== null) out.push(null);
  }
  return out;
}
