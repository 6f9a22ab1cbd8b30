import { describe, expect, it } from 'vitest';
import type { PlaceKind } from '../ingest/extract/gazetteer.ts';
import { outsideShortForms, streetKind, villageForms } from './buildGazetteer.ts';

describe('buildGazetteer rules', () => {
  it.each<[string, string, PlaceKind, string[]]>([
    ['370102012007', '和苑社区居民居民委员会', 'community', ['和苑社区']], // a doubled 居民 in the dataset
    ['370103017001', '袁柳东居居民委员会', 'community', ['袁柳东居']], // a 居 committee keeps its 居
    ['370102007003', '文化东路居民委员会', 'community', ['文化东路社区']], // 居民委员会 without 社区 is printed X社区
    ['370105016400', '北郊园林类似社区', 'community', []], // a statistical pseudo-unit is never printed
    ['370104013001', '国际花都社区第一居民委员会', 'community', []], // a committee inside a community has no form of its own
    ['370115001213', '洼里王村委会', 'village', ['洼里王村']], // 村委会 abbreviated
    ['370117001216', '贤女庙村村民村委会', 'village', ['贤女庙村']], // a garbled suffix
    ['370114011212', '西矾硫村东矾硫', 'village', []], // no suffix: kind from the code, no press form
  ])('%s %s → %s %j', (code, name, kind, aliases) => {
    expect(villageForms(name, code)).toEqual({ kind, aliases });
  });

  it.each<[string, PlaceKind]>([
    ['刁镇街道', 'street'], // 镇 inside a street's name
    ['茶业口镇', 'town'],
    ['棋山国家森林公园', 'functional-area'],
  ])('%s is a %s', (name, kind) => {
    expect(streetKind(name)).toBe(kind);
  });

  it.each<[string, string[]]>([
    ['上饶市', ['上饶']],
    ['临夏回族自治州', ['临夏', '临夏州']],
    ['伊犁哈萨克自治州', ['伊犁', '伊犁州']],
    ['广西壮族自治区', ['广西']],
  ])('%s is also printed %j', (name, forms) => {
    expect(outsideShortForms(name)).toEqual(forms);
  });
});
