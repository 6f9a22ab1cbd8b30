import { describe, expect, it } from 'vitest';
import {
  apaNewspaperCitation,
  figureCaption,
  gbtCitation,
  gbtNewspaperCitation,
  plainCitation,
  printedDate,
  printedSourceLine,
  type FigureCitation,
  type PrintedSource,
} from './citation.ts';

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

describe('citations of the printed story (from the sources manifest)', () => {
  const printed: PrintedSource = {
    authors: ['王健', '韩宏伟'],
    title: '示例区一季度工业产值增长。',
    publication: '示例日报',
    published: '2023-04-24',
    page: 'A3',
  };
  it.each<[string, Partial<PrintedSource>, string, string]>([
    // everything known: the standard's full newspaper form
    [
      'paper, date and page',
      {},
      '王健, 韩宏伟. 示例区一季度工业产值增长[N]. 示例日报, 2023-04-24(A3).',
      '王健, & 韩宏伟. (2023, April 24). 示例区一季度工业产值增长. 示例日报, A3.',
    ],
    // a month only, no page, one reporter
    [
      'month only',
      { published: '2023-04', page: null, authors: ['王健'] },
      '王健. 示例区一季度工业产值增长[N]. 示例日报, 2023-04.',
      '王健. (2023, April). 示例区一季度工业产值增长. 示例日报.',
    ],
    // the manifest knows nothing: no invented date, no (n.d.)
    [
      'nothing known',
      { publication: null, published: null, page: null, authors: [] },
      '示例区一季度工业产值增长[N]. 来源未注明日期.',
      '(来源未注明日期). 示例区一季度工业产值增长.',
    ],
  ])('%s', (_label, change, gbt, apa) => {
    expect(gbtNewspaperCitation({ ...printed, ...change })).toBe(gbt);
    expect(apaNewspaperCitation({ ...printed, ...change })).toBe(apa);
  });

  it('prints the source line in Chinese, and says 来源未注明日期 rather than guess', () => {
    expect(printedSourceLine(printed)).toBe('示例日报 · 2023年4月24日 · A3版');
    expect(printedSourceLine({ publication: null, published: null, page: null })).toBe('来源未注明日期');
    expect([printedDate('2023-04'), printedDate('2023')]).toEqual(['2023年4月', '2023年']);
  });

  it('names the newspaper in a figure citation', () => {
    expect(gbtCitation({ ...base, printed })).toMatch(/ 原载: 王健, 韩宏伟\. 示例区一季度工业产值增长\[N\]\. 示例日报, 2023-04-24\(A3\)\.$/u);
    expect(plainCitation({ ...base, printed })).toContain('》，王健、韩宏伟（示例日报 · 2023年4月24日 · A3版）。');
  });
});
