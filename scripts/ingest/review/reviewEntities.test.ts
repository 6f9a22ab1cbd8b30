import { describe, expect, it } from 'vitest';
import { reviewEntities, type EntityReviewInput } from './reviewEntities.ts';
import { parseCorrections } from '../resolve/corrections.ts';

const input: EntityReviewInput = {
  officials: [
    { name: '赵刚', titles: ['某区区长'], category: 'government', corrected: false }, // a post says it: nothing to check
    { name: '钱芳', titles: ['回村企业家'], category: 'enterprise', corrected: false }, // read from a role
    { name: '孙立', titles: ['年轻干部'], category: null, corrected: false }, // no sign at all
    { name: '李明', titles: ['访问学者'], category: 'expert', corrected: true }, // already corrected by hand
  ],
  initiatives: [
    { name: '“四优”行动', aliases: ['优环境、优服务、优作风、优效能'] },
    { name: '泉城益企', aliases: [] },
  ],
  listedPlaces: [{ article: 'mou-gu-shi', printed: '玉函路', name: '玉函路社区' }],
};

/** The ready-to-paste entry at the end of a review line. */
const entryOf = (line: string): string => line.split('  →  ')[1]!;

describe('reviewEntities', () => {
  const lines = reviewEntities(input);

  it('lists people read from a role or with no category, not those a post or a correction settles', () => {
    const people = lines.filter((l) => l.includes('{ name:'));
    expect(people.map((l) => l.trim().split(':')[0])).toEqual(['钱芳', '孙立']);
  });

  it('lists each alias join and each place taken from a list', () => {
    expect(lines.some((l) => l.includes('“四优”行动 = 优环境、优服务、优作风、优效能'))).toBe(true);
    expect(lines.some((l) => l.includes('泉城益企'))).toBe(false);
    expect(lines.some((l) => l.includes('玉函路 → 玉函路社区 in mou-gu-shi'))).toBe(true);
  });

  it('gives entries that parse as corrections when pasted under their section', () => {
    const person = lines.find((l) => l.includes('钱芳'))!;
    const alias = lines.find((l) => l.includes('“四优”行动 ='))!;
    const place = lines.find((l) => l.includes('玉函路 →'))!;
    const yaml = `officials:\n  category:\n    ${entryOf(person)}\ninitiatives:\n  rename:\n    ${entryOf(alias)}\ndistricts:\n  drop:\n    ${entryOf(place)}\n`;
    const { corrections } = parseCorrections(yaml, 'corrections.yaml');
    expect(corrections.officials.category).toEqual([{ name: '钱芳', set: 'enterprise' }]);
    expect(corrections.initiatives.rename).toEqual([{ from: '“四优”行动', to: '优环境、优服务、优作风、优效能' }]);
    expect(corrections.districts.drop).toEqual(['玉函路']);
  });

  it('says nothing when there is nothing to check', () => {
    expect(reviewEntities({ officials: [], initiatives: [], listedPlaces: [] })).toEqual([]);
  });
});
