import { describe, expect, it } from 'vitest';
import { annotateText, figureIdsIn, figureInQuote, segmentsText, sentenceAround, type Annotation, type Segment } from './annotate.ts';

/** Offsets of the `nth` printing of `name` in `text`, as ingest records them. */
function at(text: string, name: string, nth = 0): { start: number; end: number } {
  let start = text.indexOf(name);
  for (let i = 0; i < nth; i++) start = text.indexOf(name, start + 1);
  if (start === -1) throw new Error(`${name} is not in ${text}`);
  return { start, end: start + name.length };
}
const place = (text: string, slug: string, name: string, nth = 0): Annotation => ({
  kind: 'entity',
  key: `districts/${slug}`,
  href: `/districts/${slug}/`,
  ...at(text, name, nth),
});
const programme = (text: string, slug: string, name: string, nth = 0): Annotation => ({
  kind: 'entity',
  key: `initiatives/${slug}`,
  href: `/initiatives/${slug}/`,
  ...at(text, name, nth),
});
const fig = (text: string, id: string, quote: string, figure: string, nth = 0): Annotation => {
  const sentence = at(text, quote);
  const local = at(quote, figure, nth);
  return { kind: 'figure', id, start: sentence.start + local.start, end: sentence.start + local.end, sentence };
};

/** Writes segments compactly: `[name→key]` a link, `{text#id}` a figure, `<ids|…>` a sentence. */
function show(segments: readonly Segment[]): string {
  return segments
    .map((s) => {
      switch (s.type) {
        case 'text':
          return s.text;
        case 'link':
          return `[${s.text}→${s.key.split('/')[1]}]`;
        case 'figure':
          return `{${s.text}#${s.id}}`;
        case 'sentence':
          return `<${s.ids.join(',')}|${show(s.children)}>`;
      }
    })
    .join('');
}

describe('annotateText', () => {
  it.each<[string, string, (text: string) => Annotation[], string]>([
    [
      // the figure is marked inside its sentence; the place in the same sentence still links
      'figure inside its sentence, place linked',
      '近日，某某区完成工业总产值45.3亿元。据了解，企业增多。',
      (t) => [place(t, 'mou-qu', '某某区'), fig(t, 'a', '近日，某某区完成工业总产值45.3亿元。', '45.3亿元')],
      '<a|近日，[某某区→mou-qu]完成工业总产值{45.3亿元#a}。>据了解，企业增多。',
    ],
    [
      // a two-character place ingest found is linked: no minimum length
      'two-character place',
      '为建设现代化强省会贡献市中力量。',
      (t) => [place(t, 'shizhong-qu', '市中')],
      '为建设现代化强省会贡献[市中→shizhong-qu]力量。',
    ],
    [
      // only what ingest found is linked: the same characters elsewhere, with no mention there, stay text
      'no second search of the text',
      '城市中心区域，市中区新建驿站。',
      (t) => [place(t, 'shizhong-qu', '市中区')],
      '城市中心区域，[市中区→shizhong-qu]新建驿站。',
    ],
    [
      // a programme whose name holds a place is one link, not a place link inside it
      'no link inside another link',
      '今年将持续推进某某区邻里帮行动。',
      (t) => [place(t, 'mou-qu', '某某区'), programme(t, 'lin-li-bang', '某某区邻里帮')],
      '今年将持续推进[某某区邻里帮→lin-li-bang]行动。',
    ],
    [
      // a place named twice in a paragraph is linked at its first mention only
      'first mention only',
      '某某区聚力推动制造经济，某某区工信局积极组织金融机构。',
      (t) => [place(t, 'mou-qu', '某某区', 1), place(t, 'mou-qu', '某某区')],
      '[某某区→mou-qu]聚力推动制造经济，某某区工信局积极组织金融机构。',
    ],
    [
      // the short form printed first is the first mention, not the full name printed later
      'alias before full name',
      '高新区技术合同认定登记额居首，某某高新技术产业开发区管委会表示。',
      (t) => [place(t, 'gao-xin-qu', '某某高新技术产业开发区'), place(t, 'gao-xin-qu', '高新区')],
      '[高新区→gao-xin-qu]技术合同认定登记额居首，某某高新技术产业开发区管委会表示。',
    ],
    [
      // a name that overlaps a figure mark is not linked there
      'no link across a figure',
      '紧盯“百亿产出”目标。',
      (t) => [programme(t, 'bai-yi', '百亿产出'), fig(t, 'b', '紧盯“百亿产出”目标。', '百亿')],
      '<b|紧盯“{百亿#b}产出”目标。>',
    ],
    [
      // a mention that would cross the sentence edge is skipped; the next one is linked
      'no link across a sentence edge',
      '产值45.3亿元，某某区居首；某某区工信局称。',
      (t) => [place(t, 'mou-qu', '某某区'), place(t, 'mou-qu', '某某区', 1), fig(t, 'c', '产值45.3亿元，某某', '45.3亿元')],
      '<c|产值{45.3亿元#c}，某某>区居首；[某某区→mou-qu]工信局称。',
    ],
    [
      // two figures printed alike in one sentence, each at its own offsets; one span holds both
      'same figure text twice',
      '提供上门服务，业务办结率100%，好评率100%。',
      (t) => [fig(t, 'done', '提供上门服务，业务办结率100%，好评率100%。', '100%'), fig(t, 'liked', '提供上门服务，业务办结率100%，好评率100%。', '100%', 1)],
      '<done,liked|提供上门服务，业务办结率{100%#done}，好评率{100%#liked}。>',
    ],
    [
      // figures whose sentences overlap share one sentence span, so spans never cross
      'overlapping sentences merge',
      '全区完成投资12亿元，同比增长9%，位列全市第二。',
      (t) => [fig(t, 'x', '全区完成投资12亿元，同比增长9%，', '12亿元'), fig(t, 'y', '同比增长9%，位列全市第二。', '第二')],
      '<x,y|全区完成投资{12亿元#x}，同比增长9%，位列全市{第二#y}。>',
    ],
    [
      // a figure whose offsets fall outside the paragraph is left out
      'figure outside the paragraph',
      '某某区将紧扣工业经济发展趋势。',
      () => [{ kind: 'figure', id: 'z', start: 40, end: 43, sentence: { start: 30, end: 50 } }],
      '某某区将紧扣工业经济发展趋势。',
    ],
    [
      // full-width digits and ASCII punctuation from other papers are marked as printed
      'full-width digits, ASCII comma',
      '全年新增就业１．２万人,超额完成任务。',
      (t) => [fig(t, 'f', '全年新增就业１．２万人,超额完成任务。', '１．２万人')],
      '<f|全年新增就业{１．２万人#f},超额完成任务。>',
    ],
    ['empty paragraph', '', () => [{ kind: 'entity', key: 'districts/mou-qu', href: '/districts/mou-qu/', start: 0, end: 3 }], ''],
  ])('%s', (_label, text, annotations, expected) => {
    const segments = annotateText(text, annotations(text));
    expect(show(segments)).toBe(expected);
    expect(segmentsText(segments)).toBe(text);
  });

  it('reports the figures it placed, in reading order', () => {
    const text = '上门服务好评率100%，共建成驿站12个。';
    const segments = annotateText(text, [fig(text, 'b', '共建成驿站12个。', '12个'), fig(text, 'a', '上门服务好评率100%，', '100%')]);
    expect(figureIdsIn(segments)).toEqual(['a', 'b']);
  });
});

describe('figureInQuote', () => {
  it('marks the figure inside its own sentence, and nothing when the sentence does not print it', () => {
    const quote = '全年签约项目15个。';
    expect(show(annotateText(quote, figureInQuote('q', quote, '15个')))).toBe('<q|全年签约项目{15个#q}。>');
    expect(figureInQuote('q', quote, '16个')).toEqual([]);
  });
});

describe('sentenceAround', () => {
  it.each<[string, string, string, string]>([
    // from after the previous full stop to the next one
    ['middle sentence', '前一句。今年新增驿站12个，覆盖全区。后一句。', '12个', '今年新增驿站12个，覆盖全区。'],
    // the first sentence starts at the paragraph start; a closing quote stays with its full stop
    ['quoted speech', '“全年签约项目15个。”他说。', '15个', '“全年签约项目15个。”'],
    // a subhead without a full stop is one sentence
    ['no full stop', '槐荫区：签约项目15个', '15个', '槐荫区：签约项目15个'],
    // ASCII punctuation ends a sentence too
    ['ASCII stop', '完成了!新增12个;其余待定', '12个', '新增12个;'],
  ])('%s', (_label, text, figure, sentence) => {
    const at = text.indexOf(figure);
    expect(sentenceAround(text, at, at + figure.length)).toBe(sentence);
  });
});
