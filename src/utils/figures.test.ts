import { describe, expect, it } from 'vitest';
import { figureParts, formatFigure, headlineFigures, type FigureValue, type HeadlineCandidate } from './figures.ts';

const fv = (value: number, unit: string, text: string, extra: Partial<FigureValue> = {}): FigureValue => ({
  value,
  valueMax: null,
  unit,
  qualifier: null,
  text,
  kind: 'count',
  ...extra,
});

describe('formatFigure', () => {
  it.each<[string, FigureValue, string, { before: string; number: string; after: string }]>([
    // a plain amount in 亿元
    ['amount', fv(45.3, '亿元', '45.3亿元', { kind: 'amount' }), '45.3亿元', { before: '', number: '45.3', after: '亿元' }],
    // 余 sits between the number and its unit, as printed
    ['infix qualifier', fv(1000, '万元', '1000余万元', { qualifier: '余', kind: 'amount' }), '1,000余万元', { before: '', number: '1,000', after: '余万元' }],
    // 超 stands before the number even when the printed figure starts after it
    ['prefix qualifier', fv(2000, '个', '2000个', { qualifier: '超' }), '超2,000个', { before: '超', number: '2,000', after: '个' }],
    // 以上 follows the unit
    ['suffix qualifier', fv(10, '个', '10个以上', { qualifier: '以上' }), '10个以上', { before: '', number: '10', after: '个以上' }],
    // a printed range keeps both ends
    ['range', fv(3, '个', '3至5个', { valueMax: 5 }), '3～5个', { before: '', number: '3～5', after: '个' }],
    // a rank is shown in the words printed
    ['rank in words', fv(2, '', '第二', { kind: 'rank' }), '第二', { before: '', number: '第二', after: '' }],
    // percentage points keep their unit
    ['percentage points', fv(17.5, '个百分点', '17.5个百分点', { kind: 'growth' }), '17.5个百分点', { before: '', number: '17.5', after: '个百分点' }],
  ])('%s', (_label, figure, text, parts) => {
    expect(formatFigure(figure)).toBe(text);
    expect(figureParts(figure)).toEqual(parts);
  });
});

describe('headlineFigures', () => {
  const c = (id: string, kind: HeadlineCandidate['kind'], normalized: number, article: string, target = false): HeadlineCandidate => ({
    id,
    kind,
    normalized,
    baseUnit: kind === 'amount' ? '元' : kind === 'growth' ? '%' : '个',
    target,
    article,
    entity: '某区',
    entityKind: 'place',
    entitySource: 'text',
    measure: '产值',
    basis: 'level',
    year: 2023,
    enumerated: false,
    placeGuessed: false,
  });

  it.each<[string, HeadlineCandidate[], number, string[]]>([
    // the largest of each kind in turn
    [
      'one per kind',
      [c('a1', 'amount', 4.5e9, 's1'), c('a2', 'amount', 6.8e8, 's2'), c('n1', 'count', 85, 's3'), c('g1', 'growth', 37.1, 's4')],
      3,
      ['a1', 'n1', 'g1'],
    ],
    // a target, however large, is not a headline result
    ['targets skipped', [c('t', 'amount', 1e12, 's1', true), c('a', 'amount', 1e8, 's2')], 2, ['a']],
    // a second figure from the same story waits until other stories are used up
    ['stories spread', [c('a1', 'amount', 9e9, 's1'), c('n1', 'count', 500, 's1'), c('n2', 'count', 20, 's2')], 2, ['a1', 'n2']],
    // when every story is used, the next largest fill the strip
    ['repeat when needed', [c('a1', 'amount', 9e9, 's1'), c('a2', 'amount', 8e9, 's1')], 2, ['a1', 'a2']],
    ['nothing to show', [], 4, []],
    // a figure whose frame is incomplete, restates a list, or whose place is a guess is never a headline
    [
      'complete frames only',
      [
        { ...c('noEntity', 'amount', 9e12, 's1'), entity: null },
        { ...c('noYear', 'amount', 8e12, 's2'), year: null },
        { ...c('listed', 'count', 9e9, 's3'), enumerated: true },
        { ...c('guessed', 'amount', 7e12, 's4'), placeGuessed: true },
        { ...c('noMeasure', 'growth', 99, 's5'), measure: null },
        // a company's figure is not a place's, and an entity carried from an earlier sentence is not certain
        { ...c('company', 'amount', 6e12, 's7'), entity: '某集团', entityKind: 'organisation' },
        { ...c('carried', 'amount', 5e12, 's8'), entitySource: 'paragraph' },
        c('ok', 'amount', 1e8, 's6'),
      ],
      4,
      ['ok'],
    ],
  ])('%s', (_label, candidates, n, ids) => {
    expect(headlineFigures(candidates, n).map((f) => f.id)).toEqual(ids);
  });
});
