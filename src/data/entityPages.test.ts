import { describe, expect, it } from 'vitest';
import { districtPage, initiativePage, officialPage } from './entityPages.ts';
import { buildSite } from './site.ts';
import { testCorpus } from './testCorpus.ts';

const site = buildSite(testCorpus());
const ORIGIN = 'https://news.example.org';
const ids = (entries: readonly { id: string }[]) => entries.map((e) => e.id);

describe('districtPage', () => {
  it('shows a district with the places under it and every figure below it', () => {
    const view = districtPage(site, 'qingshi-qu', ORIGIN);
    expect(view.kindLabel).toBe('市辖区');
    expect(view.ancestors).toEqual([]);
    expect(view.parent).toBeUndefined();
    expect(ids(view.children)).toEqual(['liuan-jiedao']);
    expect(ids(view.rows)).toEqual(['yong-can-300', 'xian-lu-12', 'zhan-dian-40']);
    expect(ids(view.stories)).toEqual(['lu-wang']);
    expect(view.description).toBe('青石区（市辖区）：泉城数读收录的 1 篇报道、3 个数字、1 项事项。');
  });

  it('lists the people a place names, then those who name it, each once', () => {
    expect(ids(districtPage(site, 'dongpo-shequ', ORIGIN).officials)).toEqual(['qian-xiaoyu']);
    expect(ids(districtPage(site, 'qingshi-qu', ORIGIN).officials)).toEqual(['zhao-mingyuan']);
  });

  it('finds a programme through the programme’s own list of places', () => {
    expect(ids(districtPage(site, 'dongpo-shequ', ORIGIN).initiatives)).toEqual(['nuan-xin-fan-zhuo']);
  });

  it('puts a community under its street and district, the top first', () => {
    const view = districtPage(site, 'dongpo-shequ', ORIGIN);
    expect(ids(view.ancestors)).toEqual(['qingshi-qu', 'liuan-jiedao']);
    expect(view.parent?.id).toBe('liuan-jiedao');
    expect(view.within.get('dongpo-shequ')).toEqual(['liuan-jiedao', 'qingshi-qu']);
  });

  it('refuses a place that does not exist', () => {
    expect(() => districtPage(site, 'nowhere', ORIGIN)).toThrow(/nowhere/);
  });
});

describe('officialPage', () => {
  it('shows a person’s quotes with their stories, programmes and figures', () => {
    const view = officialPage(site, 'zhao-mingyuan', ORIGIN);
    expect(view.categoryLabel).toBe('政府部门');
    expect(ids(view.places)).toEqual(['qingshi-qu']);
    expect(view.quotes).toEqual([{ text: '让群众出门有车坐。', article: 'lu-wang', articleTitle: '青石区织密公交线网' }]);
    expect(ids(view.initiatives)).toEqual(['lv-dao']);
    expect(ids(view.rows)).toEqual(['xian-lu-12']);
    expect(view.description).toBe('赵明远，青石区交通运输局局长：泉城数读收录的原话与报道。');
    expect(view.jsonLd).toMatchObject({ '@type': 'Person', name: '赵明远', url: 'https://news.example.org/officials/zhao-mingyuan/' });
  });
});

describe('initiativePage', () => {
  it('shows a programme’s name in quotes, its years, sentences and figures', () => {
    const view = initiativePage(site, 'nuan-xin-fan-zhuo');
    expect(view.name).toBe('“暖心饭桌”');
    expect(view.years).not.toBeNull();
    expect(view.descriptions).toEqual([{ text: '为社区老人提供午餐。', article: 'she-qu-shi-tang', articleTitle: '东坡社区食堂开张' }]);
    expect(ids(view.rows)).toEqual(['yong-can-300']);
    expect(ids(view.officials)).toEqual(['qian-xiaoyu']);
    expect(view.description).toContain('“暖心饭桌”，柳岸街道，');
  });

  it('says nothing of years the stories do not give', () => {
    expect(initiativePage(site, 'lv-dao').years).toBeNull();
  });
});
