import { describe, expect, it } from 'vitest';
import { JINAN_TILES, layoutTiles, shadeLegend, shadeStep, type TileStat } from './tileMap.ts';

const cell = (short: string) => {
  const found = JINAN_TILES.find((t) => t.short === short);
  if (!found) throw new Error(`no tile ${short}`);
  return found;
};

describe('JINAN_TILES', () => {
  it('has the twelve districts and counties, one per grid cell, each with its GB/T 2260 code', () => {
    expect(JINAN_TILES.map((t) => t.name).sort()).toEqual(
      ['历下区', '市中区', '槐荫区', '天桥区', '历城区', '长清区', '章丘区', '济阳区', '莱芜区', '钢城区', '平阴县', '商河县'].sort(),
    );
    expect(new Set(JINAN_TILES.map((t) => `${t.col},${t.row}`)).size).toBe(12);
    expect(JINAN_TILES.every((t) => /^3701\d\d$/.test(t.code))).toBe(true);
  });

  it.each<[string, () => boolean]>([
    // 商河 is the northernmost, 济阳 right below it
    ['商河 at the top', () => cell('商河').row === 0 && JINAN_TILES.every((t) => t === cell('商河') || t.row > 0)],
    ['济阳 below 商河', () => cell('济阳').row === cell('商河').row + 1 && cell('济阳').col === cell('商河').col],
    // the old city runs west to east: 槐荫, 市中, 历下
    ['core west to east', () => cell('槐荫').col < cell('市中').col && cell('市中').col < cell('历下').col && cell('槐荫').row === cell('历下').row],
    // 天桥, 历城, 章丘 across the middle, north of the core
    [
      'middle band',
      () =>
        [cell('天桥'), cell('历城'), cell('章丘')].every((t) => t.row === cell('市中').row - 1) &&
        cell('天桥').col < cell('历城').col &&
        cell('历城').col < cell('章丘').col,
    ],
    // 长清 and 平阴 to the south-west, 莱芜 and 钢城 to the south-east
    ['south-west', () => [cell('长清'), cell('平阴')].every((t) => t.row > cell('市中').row && t.col < cell('市中').col)],
    ['south-east', () => [cell('莱芜'), cell('钢城')].every((t) => t.row > cell('历下').row && t.col > cell('历下').col)],
  ])('%s', (_label, holds) => {
    expect(holds()).toBe(true);
  });
});

describe('shadeLegend', () => {
  it.each<[string, number, number, [number, number][]]>([
    // equal bands of whole numbers above a step for none
    [
      '31 in four steps',
      31,
      4,
      [
        [0, 0],
        [1, 8],
        [9, 16],
        [17, 24],
        [25, 32],
      ],
    ],
    // fewer figures than steps: one band per count
    [
      'max below steps',
      2,
      4,
      [
        [0, 0],
        [1, 1],
        [2, 2],
      ],
    ],
    // nothing to shade
    ['no figures', 0, 4, [[0, 0]]],
  ])('%s', (_label, max, steps, bands) => {
    expect(shadeLegend(max, steps).map((s) => [s.from, s.to])).toEqual(bands);
  });

  it.each([
    [0, 0],
    [1, 1],
    [8, 1],
    [9, 2],
    [31, 4],
  ])('count %i is in step %i', (count, step) => {
    expect(shadeStep(count, shadeLegend(31, 4))).toBe(step);
  });
});

describe('layoutTiles', () => {
  const stats = new Map<string, TileStat>([
    ['370104', { slug: 'huaiyin-qu', figures: 17, stories: 2 }],
    ['370103', { slug: 'shizhong-qu', figures: 31, stories: 3 }],
  ]);
  const byName = new Map<string, TileStat>([['历下区', { slug: 'lixia-qu', figures: 0, stories: 4 }]]);
  const map = layoutTiles(JINAN_TILES, (code, name) => stats.get(code) ?? byName.get(name), 4);
  const tile = (short: string) => map.tiles.find((t) => t.short === short);

  it('links a tile to the place with its code, or failing that its name', () => {
    expect(tile('槐荫')?.slug).toBe('huaiyin-qu');
    expect(tile('历下')?.slug).toBe('lixia-qu');
  });

  it('keeps a tile for a district the site has no entry for, without a link', () => {
    expect(tile('商河')).toMatchObject({ slug: null, figures: 0, step: 0 });
    expect(map.tiles).toHaveLength(12);
  });

  it('shades the most-covered district darkest', () => {
    expect(tile('市中')?.step).toBe(map.legend.at(-1)?.step);
    expect(tile('槐荫')?.step).toBe(3);
    expect(tile('历下')?.step).toBe(0);
  });

  it('lists tiles row by row, north first, and sizes the grid to fit', () => {
    expect(map.tiles[0]?.short).toBe('商河');
    expect(map.columns).toBe(6);
    expect(map.rows).toBe(6);
  });
});
