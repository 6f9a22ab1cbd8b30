import { describe, expect, it } from 'vitest';
import { ancestorsOf, descendantsOf, groupByParent, rollUp, type PlaceNode } from './places.ts';

const p = (id: string, name: string, kind: PlaceNode['kind'], parent: string | null, code: string | null = null): PlaceNode => ({
  id,
  name,
  kind,
  parent,
  code,
});

const places = new Map(
  [
    p('licheng-qu', '历城区', 'district', null, '370112'),
    p('shandalu-jiedao', '山大路街道', 'street', 'licheng-qu', '370112001000'),
    p('jianxin-shequ', '建新社区', 'community', 'shandalu-jiedao', '370112001014'),
    p('hongbei-shequ', '洪北社区', 'community', 'shandalu-jiedao', '370112001003'),
    p('gaoxin-qu', '济南高新技术产业开发区', 'functional-area', null),
    // a bad parent chain that loops must not hang the build
    p('loop-a', '甲村', 'village', 'loop-b'),
    p('loop-b', '乙村', 'village', 'loop-a'),
  ].map((x) => [x.id, x]),
);

describe('ancestorsOf / descendantsOf', () => {
  it.each<[string, string[], string[]]>([
    // a community sits under its street, which sits under its district
    ['jianxin-shequ', ['shandalu-jiedao', 'licheng-qu'], []],
    ['licheng-qu', [], ['shandalu-jiedao', 'jianxin-shequ', 'hongbei-shequ']],
    // a functional area has no parent and nothing below it here
    ['gaoxin-qu', [], []],
    ['loop-a', ['loop-b'], ['loop-b']],
  ])('%s', (id, up, down) => {
    expect(ancestorsOf(id, places).map((x) => x.id)).toEqual(up);
    expect(
      descendantsOf(id, places)
        .map((x) => x.id)
        .sort(),
    ).toEqual([...down].sort());
  });
});

describe('groupByParent', () => {
  it('groups communities under their street, ordered by code', () => {
    const communities = [...places.values()].filter((x) => x.kind === 'community');
    expect(groupByParent(communities)).toEqual([{ parent: 'shandalu-jiedao', places: [places.get('hongbei-shequ'), places.get('jianxin-shequ')] }]);
  });
});

describe('rollUp', () => {
  it('counts a community’s figures for its street and district too, once each', () => {
    const own = new Map([
      ['jianxin-shequ', ['f1', 'f2']],
      ['shandalu-jiedao', ['f2', 'f3']],
      ['licheng-qu', ['f4']],
    ]);
    const rolled = rollUp(places, own);
    expect(rolled.get('licheng-qu')?.sort()).toEqual(['f1', 'f2', 'f3', 'f4']);
    expect(rolled.get('shandalu-jiedao')?.sort()).toEqual(['f1', 'f2', 'f3']);
    expect(rolled.get('gaoxin-qu')).toEqual([]);
  });
});
