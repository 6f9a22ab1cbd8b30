import { describe, expect, it } from 'vitest';
import { pageRange, pagesOf, peopleIndexPages, placeIndexPages, programmeIndexPages, storyIndexPages } from './indexPages.ts';
import { buildSite } from './site.ts';
import { testCorpus } from './testCorpus.ts';

const site = buildSite(testCorpus());

describe('storyIndexPages', () => {
  const pages = storyIndexPages(site);

  it('makes the index and one page per year, newest year first', () => {
    expect(pages.map((p) => [p.param, p.base, p.year])).toEqual([
      [undefined, '/articles/', null],
      ['year/2024', '/articles/year/2024/', 2024],
      ['year/2023', '/articles/year/2023/', 2023],
    ]);
    expect(pages[0]?.years).toEqual([
      { year: 2024, count: 2, href: '/articles/year/2024/' },
      { year: 2023, count: 1, href: '/articles/year/2023/' },
    ]);
  });

  it('groups a page’s stories by the file they were printed in, newest file first', () => {
    expect(pages[0]?.groups.map((g) => [g.source, g.stories.map((s) => s.id)])).toEqual([
      ['0002.txt', ['bai-sha-cha-chan', 'she-qu-shi-tang']],
      ['0001.txt', ['lu-wang']],
    ]);
  });
});

describe('placeIndexPages', () => {
  it('lists places level by level, grouped under their parents, with their counts', () => {
    const [page] = placeIndexPages(site);
    expect(page?.levels.map((l) => [l.key, l.total])).toEqual([
      ['counties', 2],
      ['streets', 1],
      ['communities', 1],
    ]);
    const counties = page!.levels[0]!.groups[0]!.places.map((p) => [p.node.id, p.stories, p.figures, p.initiatives]);
    expect(counties).toEqual([
      ['qingshi-qu', 1, 3, 1],
      ['baisha-xian', 1, 1, 0],
    ]);
    expect(page!.levels[2]!.groups[0]!.parent?.id).toBe('liuan-jiedao');
  });
});

describe('peopleIndexPages and programmeIndexPages', () => {
  it('group people by category, party and government before community', () => {
    expect(peopleIndexPages(site)[0]?.groups.map((g) => [g.label, g.people.map((p) => p.id)])).toEqual([
      ['政府部门', ['zhao-mingyuan']],
      ['社区', ['qian-xiaoyu']],
    ]);
  });

  it('list programmes by slug', () => {
    expect(programmeIndexPages(site)[0]?.page.items.map((i) => i.id)).toEqual(['lv-dao', 'nuan-xin-fan-zhuo']);
  });
});

describe('pagesOf and pageRange', () => {
  it('cut a list into pages at stable addresses and say which rows a page holds', () => {
    const pages = pagesOf(['a', 'b', 'c'], 2, '/x/', 'year/2024');
    expect(pages.map((p) => p.param)).toEqual(['year/2024', 'year/2024/page/2']);
    expect(pageRange(pages[1]!.page, 2, '篇')).toBe('每页 2 篇，本页列出第 3–3 篇。');
    expect(pageRange(pagesOf(['a'], 2, '/x/')[0]!.page, 2, '篇')).toBe('');
  });
});
