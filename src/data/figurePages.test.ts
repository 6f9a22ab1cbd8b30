import { describe, expect, it } from 'vitest';
import { figureEmbed, figureIndexPage, figureIndexPaths, figurePage, figuresCsvRows, figuresJson, FIGURES_CSV_HEADER } from './figurePages.ts';
import { buildSite } from './site.ts';
import { testCorpus } from './testCorpus.ts';

const site = buildSite(testCorpus());
const ORIGIN = 'https://news.example.org';

describe('figurePage', () => {
  it('shows the figure with its sentence marked, its citation and its story’s other figures', () => {
    const view = figurePage(site, 'xian-lu-12', '2024-06-01', ORIGIN);
    expect(view.heading).toBe('新开公交线路（2023年）');
    expect(view.permalink).toBe('https://news.example.org/figures/xian-lu-12/');
    expect(view.citation).toMatchObject({ authors: ['记者 甲乙'], articleTitle: '青石区织密公交线网', year: 2023, accessed: '2024-06-01' });
    expect(view.others.map((r) => r.id)).toEqual(['zhan-dian-40']);
    expect(JSON.stringify(view.sentence)).toContain('xian-lu-12');
  });

  it('adds the value in base units only where it reads differently', () => {
    expect(figurePage(site, 'cha-ye-mu', '2024-06-01', ORIGIN).showNormalized).toBe(true);
    expect(figurePage(site, 'xian-lu-12', '2024-06-01', ORIGIN).showNormalized).toBe(false);
  });
});

describe('figureEmbed', () => {
  it('sets place, year, period and target on one line', () => {
    expect(figureEmbed(site, 'yong-can-300')).toMatchObject({ context: '东坡社区 · 2024年一季度', sentenceUrl: '/articles/she-qu-shi-tang/#fig-yong-can-300' });
    expect(figureEmbed(site, 'cha-ye-mu').context).toBe('目标');
  });
});

describe('figureIndexPaths and figureIndexPage', () => {
  const paths = figureIndexPaths(site);

  it('makes a page for all figures, each year and each district or county with figures', () => {
    expect(paths.map((p) => p.facet.path)).toEqual(['', 'year/2024', 'year/2023', 'district/qingshi-qu', 'district/baisha-xian']);
    expect(paths[3]?.page.items.map((r) => r.id)).toEqual(['yong-can-300', 'xian-lu-12', 'zhan-dian-40']);
  });

  it('offers the places on the page in the filter, each under the place above it', () => {
    const district = paths.find((p) => p.facet.path === 'district/qingshi-qu')!;
    const view = figureIndexPage(site, district.facet, district.page, district.links, ORIGIN);
    expect(view.placeOptions).toEqual([
      { id: 'qingshi-qu', label: '青石区', depth: 0, count: 3 },
      { id: 'liuan-jiedao', label: '柳岸街道', depth: 1, count: 2 },
      { id: 'dongpo-shequ', label: '东坡社区', depth: 2, count: 1 },
    ]);
    expect(view.title).toBe('青石区的数字');
    expect(view.base).toBe('/figures/district/qingshi-qu/');
    expect(view.jsonLd).toBeUndefined();
  });

  it('lists kinds and years of the page, and notes figures without a year', () => {
    const all = paths[0]!;
    const view = figureIndexPage(site, all.facet, all.page, all.links, ORIGIN);
    expect(view.kinds).toEqual(['count', 'growth', 'area']);
    expect(view.years).toEqual([2024, 2023]);
    expect(view.undated).toBe(true);
    expect(view.yearLinks.map((l) => l.label)).toEqual(['2024年', '2023年']);
    expect(view.placeLinks.map((l) => [l.label, l.count])).toEqual([
      ['青石区', 3],
      ['白沙县', 1],
    ]);
    expect(view.jsonLd).toMatchObject({ '@type': 'Dataset', url: 'https://news.example.org/figures/' });
  });
});

describe('the downloads', () => {
  it('give every figure one CSV row as wide as the header, links absolute', () => {
    const rows = figuresCsvRows(site, ORIGIN);
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row).toHaveLength(FIGURES_CSV_HEADER.length);
    expect(rows[0]?.[FIGURES_CSV_HEADER.indexOf('数字页面')]).toBe('https://news.example.org/figures/cha-ye-zeng-zhang/');
  });

  it('give each place in the JSON the places above it', () => {
    const json = figuresJson(site, ORIGIN) as { count: number; figures: { id: string; place: { within: string[] } | null }[] };
    expect(json.count).toBe(5);
    expect(json.figures.find((f) => f.id === 'yong-can-300')?.place?.within).toEqual(['liuan-jiedao', 'qingshi-qu']);
  });
});
