import { describe, expect, it } from 'vitest';
import { ancestors, children, commonAncestor, jinanGazetteer, loadGazetteer, placeByCode, placesByName, type PlaceKind } from './gazetteer.ts';

const jinan = jinanGazetteer();

/** The only place a form names, failing the test when there are none or several. */
function only(form: string) {
  const places = placesByName(jinan, form);
  expect(places, form).toHaveLength(1);
  return places[0]!;
}

describe('the committed Jinan gazetteer', () => {
  it.each<[string, string, string | null, PlaceKind, string | null]>([
    // form printed, official name, code, kind, parent code
    ['历下区', '历下区', '370102', 'district', null], // a district by its full name
    ['平阴县', '平阴县', '370124', 'county', null], // 县 is a county
    ['姚家街道', '姚家街道', '370102011', 'street', '370102'], // a street under 历下区
    ['双泉镇', '双泉镇', '370113108', 'town', '370113'], // 镇 is a town
    ['澄波社区', '澄波社区居民委员会', '370115002032', 'community', '370115002'], // community by its press form
    ['南邱村', '南邱村村民委员会', '370112018284', 'village', '370112018'], // X村村民委员会 → X村
    ['艾小庄村', '艾小庄村民委员会', '370115110208', 'village', '370115110'], // X村民委员会 → X村
    ['高新区', '济南高新技术产业开发区', '370176', 'functional-area', null], // the dataset's functional area, by alias
    ['济南高新区', '济南高新技术产业开发区', '370176', 'functional-area', null], // its other alias
    ['起步区', '济南新旧动能转换起步区', null, 'functional-area', null], // a functional area the dataset lacks
    ['南部山区', '济南市南部山区', null, 'functional-area', null], // another one, city-level, no invented parent
    ['商河经济开发区', '商河经济开发区', '370126400', 'functional-area', '370126'], // a street-level zone of the dataset
  ])('%s is %s (%s, %s)', (form, name, code, kind, parentCode) => {
    const place = only(form);
    expect(place).toMatchObject({ name, code, kind, parentCode });
  });

  it('looks a place up by code', () => {
    expect(placeByCode(jinan, '370102')?.name).toBe('历下区');
    expect(placeByCode(jinan, '370202')).toBeUndefined(); // 青岛's 市南区 is not Jinan's
  });

  it('chains 澄波社区 up through 济北街道 to 济阳区', () => {
    expect(ancestors(jinan, only('澄波社区')).map((place) => place.name)).toEqual(['济北街道', '济阳区']);
    expect(ancestors(jinan, only('历下区'))).toEqual([]);
  });

  it('lists the streets of 历下区 and the functional area inside it among its children', () => {
    const inside = children(jinan, '370102');
    expect(inside.map((place) => place.name)).toContain('姚家街道');
    expect(inside.filter((place) => place.kind !== 'street').map((place) => [place.name, place.kind])).toEqual([['济南中央商务区', 'functional-area']]);
  });

  it('knows both 房庄村 of 长清区 and their common ancestor', () => {
    const both = placesByName(jinan, '房庄村');
    expect(both.map((place) => place.code).sort()).toEqual(['370113005203', '370113108238']);
    expect(commonAncestor(jinan, both)?.name).toBe('长清区');
  });

  it('keeps district short forms apart from aliases', () => {
    expect(jinan.byForm.get('历下')).toEqual([{ place: only('历下区'), via: 'short-form' }]);
    expect(jinan.byForm.get('高新区')?.map((entry) => entry.via)).toEqual(['alias']);
    expect(placesByName(jinan, '济南')).toEqual([]); // the city itself is not a place entry
  });

  it('has unique codes and a known parent for every dataset place', () => {
    for (const place of jinan.places) {
      if (place.code !== null) expect(place.code.startsWith('3701'), place.name).toBe(true);
      if (place.parentCode !== null) expect(placeByCode(jinan, place.parentCode), place.name).toBeDefined();
    }
  });
});

describe('loadGazetteer', () => {
  const tiny = {
    source: 'test',
    columns: ['code', 'name', 'kind', 'parent', 'aliases', 'shortForms'],
    places: [
      ['370199', '甲区', 'district', null, [], ['甲城']],
      ['370199001', '乙街道', 'street', '370199'],
      ['370199001201', '丙村村民委员会', 'village', '370199001', ['丙村']],
    ],
    outside: ['外市'],
  };

  it('indexes a synthetic gazetteer', () => {
    const gazetteer = loadGazetteer(tiny);
    const village = placesByName(gazetteer, '丙村')[0]!;
    expect(ancestors(gazetteer, village).map((place) => place.name)).toEqual(['乙街道', '甲区']);
    expect(placesByName(gazetteer, '甲城').map((place) => place.code)).toEqual(['370199']);
    expect(gazetteer.outside.has('外市')).toBe(true);
  });

  it.each<[string, unknown]>([
    ['an unknown kind', { ...tiny, places: [['370199', '甲区', 'province', null]] }],
    ['a malformed code', { ...tiny, places: [['37019', '甲区', 'district', null]] }],
    ['a duplicate code', { ...tiny, places: [tiny.places[0], tiny.places[0]] }],
    ['no place list', { source: 'test' }],
  ])('rejects %s', (_what, data) => {
    expect(() => loadGazetteer(data)).toThrow(/gazetteer/);
  });
});
