import { describe, expect, it } from 'vitest';
import { compareCells, filterFromQuery, queryFromFilter, rowMatches, type FigureFilter, type FigureRowKeys } from './tableFilter.ts';

const any: FigureFilter = { place: '', kind: '', year: '', status: '' };
const street: FigureRowKeys = { places: 'shandalu-jiedao licheng-qu', kind: 'count', year: '2024', status: 'result' };
const citywide: FigureRowKeys = { places: '', kind: 'amount', year: 'none', status: 'target' };

describe('rowMatches', () => {
  it.each<[string, FigureRowKeys, Partial<FigureFilter>, boolean]>([
    ['no filter keeps everything', citywide, {}, true],
    // a street's figure is found under its district
    ['district finds its street', street, { place: 'licheng-qu' }, true],
    ['street itself', street, { place: 'shandalu-jiedao' }, true],
    ['other district', street, { place: 'lixia-qu' }, false],
    // a city-wide figure has no place and is left out once a place is chosen
    ['no place', citywide, { place: 'lixia-qu' }, false],
    // figures with no stated year are a choice of their own
    ['year not stated', citywide, { year: 'none' }, true],
    ['year', street, { year: '2024', kind: 'count' }, true],
    ['year and wrong kind', street, { year: '2024', kind: 'growth' }, false],
    ['targets only', street, { status: 'target' }, false],
  ])('%s', (_label, row, filter, kept) => {
    expect(rowMatches(row, { ...any, ...filter })).toBe(kept);
  });
});

describe('query string', () => {
  it.each<[string, Partial<FigureFilter>, string]>([
    ['nothing chosen', {}, ''],
    ['place and year', { place: 'lixia-qu', year: '2024' }, '?place=lixia-qu&year=2024'],
    ['year not stated', { year: 'none' }, '?year=none'],
  ])('%s', (_label, filter, query) => {
    expect(queryFromFilter({ ...any, ...filter })).toBe(query);
    expect(filterFromQuery(query)).toEqual({ ...any, ...filter });
  });

  it('ignores keys it does not know', () => {
    expect(filterFromQuery('?q=槐荫&kind=amount')).toEqual({ ...any, kind: 'amount' });
  });
});

describe('compareCells', () => {
  it.each<[string, string, string, 'number' | 'text', number]>([
    // numbers by value, not as text
    ['numbers', '9', '4530000000', 'number', -1],
    ['decimals', '45.3', '6.8', 'number', 1],
    // cells with no value go last either way
    ['empty last', '', '2023', 'number', 1],
    ['both empty', '', '', 'text', 0],
    // Chinese text in pinyin order: 槐 (huai) before 历 (li)
    ['Chinese order', '槐荫区', '历下区', 'text', -1],
  ])('%s', (_label, a, b, type, sign) => {
    expect(Math.sign(compareCells(a, b, type))).toBe(sign);
  });
});
