import { describe, expect, it } from 'vitest';
import { officialCategory } from './officialCategory.ts';

describe('officialCategory', () => {
  const rows: { why: string; titles: string[]; category: string | null; certain: boolean }[] = [
    { why: 'a city party secretary', titles: ['省委常委', '某市委书记'], category: 'party', certain: true },
    {
      why: 'a bureau’s party secretary printed before its head: the first post decides',
      titles: ['某市统计局党组书记', '某市统计局局长'],
      category: 'party',
      certain: true,
    },
    { why: 'a seat in the political consultative conference is skipped', titles: ['某市政协委员', '某市统计局局长'], category: 'government', certain: true },
    { why: 'a district head', titles: ['某区区长'], category: 'government', certain: true },
    { why: 'a department of the city party committee', titles: ['市委宣传部副部长'], category: 'party', certain: true },
    { why: 'a community’s party secretary is a community cadre', titles: ['青年社区党委书记'], category: 'community', certain: true },
    { why: 'a village’s party branch secretary is a village cadre', titles: ['石门村党支部书记'], category: 'village', certain: true },
    { why: 'a first secretary sent by a bureau is a village cadre', titles: ['市科技局派驻桃园村第一书记'], category: 'village', certain: true },
    { why: 'a rural revitalisation bureau is not a village', titles: ['市乡村振兴局局长'], category: 'government', certain: true },
    { why: 'a law-firm partner', titles: ['某某(济南)律师事务所合伙人'], category: 'enterprise', certain: true },
    { why: 'a company chairman', titles: ['山东某某集团董事长'], category: 'enterprise', certain: true },
    { why: 'a visiting scholar is an expert, read from a role', titles: ['某某联合实验室访问学者', '平台中心负责人'], category: 'expert', certain: false },
    { why: 'an entrepreneur in a list of model people, read from a role', titles: ['85后回村企业家'], category: 'enterprise', certain: false },
    { why: 'a nickname with its description, read from the description', titles: ['扎根社区18年的“大管家”'], category: 'community', certain: false },
    { why: 'a quoted honorific is a reading, not a post', titles: ['“第一书记”'], category: 'village', certain: false },
    { why: 'a young cadre with no organisation has no sign', titles: ['年轻干部'], category: null, certain: false },
    { why: 'no titles at all', titles: [], category: null, certain: false },
  ];
  it.each(rows)('$why', ({ titles, category, certain }) => {
    expect(officialCategory(titles)).toMatchObject({ category, certain });
  });
});
