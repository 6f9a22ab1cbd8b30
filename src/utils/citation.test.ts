import { describe, expect, it } from 'vitest';
import { figureCaption, gbtCitation, plainCitation, type FigureCitation } from './citation.ts';

const base: FigureCitation = {
  authors: ['王健', '韩宏伟'],
  articleTitle: '济南市统计局公布全市一季度工业经济主要数据…',
  figure: '槐荫区工业总产值（一季度）：45.3亿元',
  publisher: '泉城数读',
  year: 2023,
  url: 'https://example.org/figures/45-3-yi-yuan/',
  accessed: '2025-01-31',
};

describe('gbtCitation', () => {
  it.each<[string, Partial<FigureCitation>, string]>([
    [
      // two reporters, a headline generated from the first sentence, a known year
      'two authors',
      {},
      '王健, 韩宏伟. 槐荫区工业总产值（一季度）：45.3亿元[DS/OL]//济南市统计局公布全市一季度工业经济主要数据…. 泉城数读, 2023[2025-01-31]. https://example.org/figures/45-3-yi-yuan/.',
    ],
    [
      // more than three credited people: the first three, then 等
      'four authors',
      { authors: ['杜春娜', '于泊升', '夏侯凤超', '李梦瑶'] },
      '杜春娜, 于泊升, 夏侯凤超, 等. 槐荫区工业总产值（一季度）：45.3亿元[DS/OL]//济南市统计局公布全市一季度工业经济主要数据…. 泉城数读, 2023[2025-01-31]. https://example.org/figures/45-3-yi-yuan/.',
    ],
    [
      // no byline and no year: starts at the title, no dangling comma; the headline's full stop is not doubled
      'anonymous, undated',
      { authors: [], year: null, articleTitle: '全年推进招引新项目。' },
      '槐荫区工业总产值（一季度）：45.3亿元[DS/OL]//全年推进招引新项目. 泉城数读[2025-01-31]. https://example.org/figures/45-3-yi-yuan/.',
    ],
  ])('%s', (_label, change, expected) => {
    expect(gbtCitation({ ...base, ...change })).toBe(expected);
  });
});

describe('plainCitation', () => {
  it.each<[string, Partial<FigureCitation>, string]>([
    [
      'with reporters',
      {},
      '槐荫区工业总产值（一季度）：45.3亿元。出自《济南市统计局公布全市一季度工业经济主要数据…》，王健、韩宏伟。泉城数读，https://example.org/figures/45-3-yi-yuan/（2025-01-31访问）',
    ],
    [
      // no byline printed: no dangling comma
      'no reporters',
      { authors: [] },
      '槐荫区工业总产值（一季度）：45.3亿元。出自《济南市统计局公布全市一季度工业经济主要数据…》。泉城数读，https://example.org/figures/45-3-yi-yuan/（2025-01-31访问）',
    ],
  ])('%s', (_label, change, expected) => {
    expect(plainCitation({ ...base, ...change })).toBe(expected);
  });
});

describe('figureCaption', () => {
  it.each<[string, number | null, string | null, string]>([
    // year and period together
    ['槐荫区工业总产值', 2023, '一季度', '槐荫区工业总产值（2023年一季度）：45.3亿元'],
    // period only
    ['槐荫区工业总产值', null, '一季度', '槐荫区工业总产值（一季度）：45.3亿元'],
    // a label that already says its period does not say it twice
    ['一季度工业总产值', 2023, '一季度', '一季度工业总产值（2023年）：45.3亿元'],
    // neither: no empty brackets
    ['槐荫区工业总产值', null, null, '槐荫区工业总产值：45.3亿元'],
  ])('%s %s %s', (subject, year, period, expected) => {
    expect(figureCaption(subject, year, period, '45.3亿元')).toBe(expected);
  });
});
