import { describe, expect, it } from 'vitest';
import { categoryLabel, groupByCategory, type PersonCategory } from './people.ts';

describe('groupByCategory', () => {
  it('puts party people first, the unclassified last, keeps the given order inside a group and drops empty groups', () => {
    const people: { name: string; category: PersonCategory }[] = [
      { name: '甲', category: 'enterprise' },
      { name: '乙', category: null },
      { name: '丙', category: 'party' },
      { name: '丁', category: 'enterprise' },
    ];
    const groups = groupByCategory(people, (p) => p.category);
    expect(groups.map((g) => [g.label, g.people.map((p) => p.name)])).toEqual([
      ['党委', ['丙']],
      ['企业', ['甲', '丁']],
      ['其他', ['乙']],
    ]);
  });

  it('labels every category in Chinese', () => {
    expect(categoryLabel('expert')).toBe('专家学者');
    expect(categoryLabel(null)).toBe('其他');
  });
});
