import { describe, expect, it } from 'vitest';
import { pageCount, pageOf, pageParam, pagePath, pagerItems, paginate } from './paging.ts';

describe('paging', () => {
  it.each([
    // an empty index is one empty page, not none
    { total: 0, size: 100, pages: 1 },
    { total: 100, size: 100, pages: 1 },
    // one row over a full page starts a second page
    { total: 101, size: 100, pages: 2 },
    { total: 61720, size: 100, pages: 618 },
  ])('$total rows at $size a page: $pages pages', ({ total, size, pages }) => {
    expect(pageCount(total, size)).toBe(pages);
  });

  it('cuts a list into pages that together hold every row once, in order', () => {
    const rows = Array.from({ length: 250 }, (_, i) => i);
    const pages = paginate(rows, 100);
    expect(pages.map((p) => p.items.length)).toEqual([100, 100, 50]);
    expect(pages.flatMap((p) => p.items)).toEqual(rows);
    expect(pages[2]).toMatchObject({ page: 3, pages: 3, total: 250, offset: 200 });
  });

  it('refuses a page that does not exist', () => {
    expect(() => pageOf([1, 2, 3], 2, 3)).toThrow(RangeError);
    expect(() => pageOf([1, 2, 3], 0, 3)).toThrow(RangeError);
  });

  // Where page `page` of the figure index under `facet` lives: its path, and the route parameter Astro writes it at.
  it.each([
    { facet: '', page: 1, path: '/figures/', param: undefined },
    { facet: '', page: 2, path: '/figures/page/2/', param: 'page/2' },
    { facet: '', page: 4, path: '/figures/page/4/', param: 'page/4' },
    { facet: 'year/2023', page: 1, path: '/figures/year/2023/', param: 'year/2023' },
    { facet: 'year/2023', page: 3, path: '/figures/year/2023/page/3/', param: 'year/2023/page/3' },
    { facet: 'district/lixia-qu', page: 2, path: '/figures/district/lixia-qu/page/2/', param: 'district/lixia-qu/page/2' },
  ])('page $page under "$facet" is at $path, route parameter $param', ({ facet, page, path, param }) => {
    const base = facet === '' ? '/figures/' : `/figures/${facet}/`;
    expect(pagePath(base, page)).toBe(path);
    expect(pageParam(facet, page)).toBe(param);
    // the parameter is the path under the index, so the page Astro writes is the page the pager links to
    expect(`/figures/${param === undefined ? '' : `${param}/`}`).toBe(path);
  });

  it.each([
    { current: 1, pages: 1, items: [1] },
    { current: 1, pages: 4, items: [1, 2, 3, 4] },
    // far from both ends: first, gap, two either side, gap, last
    { current: 300, pages: 618, items: [1, null, 298, 299, 300, 301, 302, null, 618] },
    { current: 618, pages: 618, items: [1, null, 616, 617, 618] },
  ])('the pager of page $current of $pages shows $items', ({ current, pages, items }) => {
    expect(pagerItems(current, pages)).toEqual(items);
  });
});
