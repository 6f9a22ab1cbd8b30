import { describe, expect, it } from 'vitest';
import { highlight, matchRanges, snippet } from './snippet.ts';
import type { Segment } from './types.ts';

/** Writes segments compactly: marked runs in brackets. */
const show = (segments: readonly Segment[]): string => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('matchRanges', () => {
  it.each([
    // every occurrence is found
    [
      '义工和义工',
      ['义工'],
      [
        [0, 2],
        [3, 5],
      ],
    ],
    // terms next to each other merge into one stretch
    ['冷链物流基地', ['冷', '链', '物流', '基地'], [[0, 6]]],
    // a stray single character of a longer query is not marked (链 of 产业链)
    ['产业链企业物流园区', ['冷', '链', '物流'], [[5, 7]]],
    // a one-character query marks every occurrence
    [
      '区里的区',
      ['区'],
      [
        [0, 1],
        [3, 4],
      ],
    ],
    // full-width letters in the text match an ASCII query
    ['国家５Ａ级物流企业', ['5a', '级'], [[2, 5]]],
  ] as const)('%s / %j', (text, terms, expected) => expect(matchRanges(text, terms)).toEqual(expected));
});

describe('highlight', () => {
  it('marks the query in a title and keeps the rest as printed', () => {
    expect(show(highlight('现代物流网建设加速推进', ['物流']))).toBe('现代[物流]网建设加速推进');
  });

  it('marks Latin letters whatever their case', () => {
    expect(show(highlight('品质消费MAI享市中', ['mai']))).toBe('品质消费[MAI]享市中');
  });
});

describe('snippet', () => {
  const story =
    '2022年，国家5A级物流企业19家，领先全国同类城市。\n冷链物流方面，济南已初步形成产地与销地衔接的冷链物流运行体系。项目建设总投资约23亿元，总占地面积约9.5万平方米。\n济南立足骨干冷链物流基地，打造冷链物流产业集群。';

  it('starts at the sentence holding the match and cuts with an ellipsis', () => {
    const text = show(snippet(story, ['总投资'], { width: 30 }));
    expect(text).toBe('…项目建设[总投资]约23亿元，总占地面积约9.5万平方米。 济南…');
  });

  it('shows the passage with the most matches', () => {
    const text = show(snippet(story, ['冷链物流', '基地'], { width: 24 }));
    expect(text).toContain('[冷链物流基地]');
  });

  it('without a match shows the opening of the text', () => {
    expect(show(snippet(story, ['蓝莓'], { width: 12 }))).toBe('2022年，国家5A级物…');
  });

  it('never cuts a marked word in half', () => {
    const text = show(snippet('一二三四五六七八九十泉城义工', ['泉城义工'], { width: 12, lead: 10 }));
    expect(text).toMatch(/\[泉城义工\]$/);
  });

  it.each([
    // A quoted comparison: ingest wrote `&gt;`; the reader sees `>`.
    ['达标率&gt;95%，居民满意度提升。', ['达标率'], '[达标率]>95%，居民满意度提升。'],
    // Square brackets and an ampersand printed in a source, escaped for Markdown.
    ['页面显示\\[点我\\]领取R&amp;D补贴。', ['点我'], '页面显示[[点我]]领取R&D补贴。'],
  ])('shows the story text, not its Markdown escapes: %s', (markdown, terms, expected) => {
    expect(show(snippet(markdown, terms))).toBe(expected);
  });

  it('shows a text that fits whole, line breaks as spaces', () => {
    expect(show(snippet('第一段。\n第二段物流。', ['物流']))).toBe('第一段。 第二段[物流]。');
  });
});
