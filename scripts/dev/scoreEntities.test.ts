import { describe, expect, it } from 'vitest';
import { scoreEntities, type EntityAnnotation } from './scoreEntities.ts';

const annotation: EntityAnnotation = {
  people: [
    { name: '甲某', category: 'party' },
    { name: '乙某', category: 'village', title: '桃园村' },
  ],
  programmes: [['“四优”行动', '优环境、优服务、优作风、优效能'], ['泉城某某']],
  listPlaces: ['玉函路社区'],
  parents: [{ name: '某某商务区', parent: '历下区' }],
};

describe('scoreEntities', () => {
  it('counts hits, misses, duplicates, wrong categories and parents', () => {
    const s = scoreEntities(annotation, {
      officials: [
        { name: '甲某', titles: ['区委书记'], category: 'government' }, // found, wrong category
        { name: '丙某', titles: ['局长'], category: 'government' }, // not expected
      ],
      initiatives: [
        { name: '“四优”行动', aliases: [] },
        { name: '优环境、优服务、优作风、优效能', aliases: [] }, // the same programme twice
      ],
      districts: [
        { slug: 'lixia-qu', name: '历下区', aliases: [], parent: null },
        { slug: 'mou-mou', name: '某某商务区', aliases: [], parent: 'lixia-qu' },
      ],
    });
    expect(s).toMatchObject({
      peoplePrecision: { hit: 1, of: 2 },
      peopleRecall: { hit: 1, of: 2 },
      categoryCorrect: { hit: 0, of: 1 },
      titlesWithPlace: { hit: 0, of: 1 },
      programmePrecision: { hit: 1, of: 2 },
      programmeRecall: { hit: 1, of: 2 },
      listPlaces: { hit: 0, of: 1 },
      parents: { hit: 1, of: 1 },
    });
    expect(s.notes).toContain('programme twice: 优环境、优服务、优作风、优效能');
  });
});
