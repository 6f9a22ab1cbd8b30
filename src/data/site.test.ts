import { describe, expect, it } from 'vitest';
import { buildSite, inRankOrder } from './site.ts';
import { testCorpus } from './testCorpus.ts';

describe('buildSite', () => {
  const site = buildSite(testCorpus());

  it('lists stories newest file first, then in printed order', () => {
    expect(site.stories.map((s) => s.id)).toEqual(['bai-sha-cha-chan', 'she-qu-shi-tang', 'lu-wang']);
  });

  it('orders figure rows by story, then as each story lists them', () => {
    expect(site.rows.map((r) => r.id)).toEqual(['cha-ye-zeng-zhang', 'cha-ye-mu', 'yong-can-300', 'xian-lu-12', 'zhan-dian-40']);
    expect(site.rowsByStory.get('lu-wang')?.map((r) => r.id)).toEqual(['xian-lu-12', 'zhan-dian-40']);
  });

  it('rolls a community’s figures up to its street and district', () => {
    expect(site.figuresUnder.get('qingshi-qu')).toEqual(['xian-lu-12', 'zhan-dian-40', 'yong-can-300']);
    expect(site.figuresUnder.get('liuan-jiedao')).toEqual(['zhan-dian-40', 'yong-can-300']);
    expect(site.figuresUnder.get('baisha-xian')).toEqual(['cha-ye-zeng-zhang']);
  });

  it('knows each place’s ancestors (nearest first) and children', () => {
    expect(site.ancestorIds.get('dongpo-shequ')).toEqual(['liuan-jiedao', 'qingshi-qu']);
    expect(site.ancestorIds.get('qingshi-qu')).toEqual([]);
    expect(site.childrenOf.get('qingshi-qu')?.map((n) => n.id)).toEqual(['liuan-jiedao']);
    expect(site.childrenOf.get('baisha-xian')).toBeUndefined();
  });

  it('finds the people and programmes that name a place or a person', () => {
    expect(site.officialsByPlace.get('qingshi-qu')?.map((o) => o.id)).toEqual(['zhao-mingyuan']);
    expect(site.initiativesByPlace.get('dongpo-shequ')?.map((i) => i.id)).toEqual(['nuan-xin-fan-zhuo']);
    expect(site.initiativesByOfficial.get('zhao-mingyuan')?.map((i) => i.id)).toEqual(['lv-dao']);
  });

  it('finds the figures each person states and each programme is tied to, in table order', () => {
    expect(site.rowsByOfficial.get('zhao-mingyuan')?.map((r) => r.id)).toEqual(['xian-lu-12']);
    expect(site.rowsByInitiative.get('nuan-xin-fan-zhuo')?.map((r) => r.id)).toEqual(['yong-can-300']);
  });

  it('puts any ids in listing order, each once, skipping ids without an entry', () => {
    const ids = ['zhan-dian-40', 'no-such-figure', 'cha-ye-mu', 'zhan-dian-40', 'cha-ye-zeng-zhang'];
    expect(inRankOrder(site.rowById, site.rowRank, ids).map((r) => r.id)).toEqual(['cha-ye-zeng-zhang', 'cha-ye-mu', 'zhan-dian-40']);
    expect(inRankOrder(site.storyById, site.storyRank, ['lu-wang', 'bai-sha-cha-chan']).map((s) => s.id)).toEqual(['bai-sha-cha-chan', 'lu-wang']);
  });

  it('links a figure to its mark in the story only when the annotator placed one', () => {
    expect(site.rowById.get('yong-can-300')?.sourceUrl).toBe('/articles/she-qu-shi-tang/#fig-yong-can-300');
    expect(site.rowById.get('xian-lu-12')?.sourceUrl).toBe('/articles/lu-wang/');
  });

  it('flattens a figure with its names and labels', () => {
    const row = site.rowById.get('xian-lu-12')!;
    expect(row.place).toEqual({ id: 'qingshi-qu', name: '青石区' });
    expect(row.official).toEqual({ id: 'zhao-mingyuan', name: '赵明远' });
    expect(row.article).toEqual({ id: 'lu-wang', name: '青石区织密公交线网' });
    expect(row.url).toBe('/figures/xian-lu-12/');
    expect(site.rowById.get('yong-can-300')?.initiative).toEqual({ id: 'nuan-xin-fan-zhuo', name: '暖心饭桌' });
  });
});
