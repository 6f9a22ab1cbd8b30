import { describe, expect, it } from 'vitest';
import { annotateText, figureIdsIn, segmentsText, sentenceAround, type Annotation, type Segment } from './annotate.ts';

const place = (slug: string, ...names: string[]): Annotation => ({ kind: 'entity', key: `districts/${slug}`, names, href: `/districts/${slug}/` });
const programme = (slug: string, name: string, quotedOnly = false): Annotation => ({
  kind: 'entity',
  key: `initiatives/${slug}`,
  names: [name],
  href: `/initiatives/${slug}/`,
  quotedOnly,
});
const fig = (id: string, quote: string, text: string): Annotation => ({ kind: 'figure', id, quote, text });

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
  it.each<[string, string, Annotation[], string]>([
    [
      // the figure is marked inside its sentence; the place in the same sentence still links
      'figure inside its sentence, place linked',
      '近日，槐荫区完成工业总产值45.3亿元。据了解，企业增多。',
      [place('huaiyin-qu', '槐荫区'), fig('a', '近日，槐荫区完成工业总产值45.3亿元。', '45.3亿元')],
      '<a|近日，[槐荫区→huaiyin-qu]完成工业总产值{45.3亿元#a}。>据了解，企业增多。',
    ],
    [
      // the longer programme name wins over the shorter one it contains
      'longest name first',
      '今年将持续推进泉城义工志愿服务品牌升级。',
      [programme('yi-gong', '泉城义工'), programme('yi-gong-zhi-yuan', '泉城义工志愿服务')],
      '今年将持续推进[泉城义工志愿服务→yi-gong-zhi-yuan]品牌升级。',
    ],
    [
      // a place named twice in a paragraph is linked at its first mention only
      'first mention only',
      '槐荫区聚力推动制造经济，槐荫区工信局积极组织金融机构。',
      [place('huaiyin-qu', '槐荫区')],
      '[槐荫区→huaiyin-qu]聚力推动制造经济，槐荫区工信局积极组织金融机构。',
    ],
    [
      // the short form printed first is the first mention, not the full name printed later
      'alias before full name',
      '高新区技术合同认定登记额居首，济南高新技术产业开发区管委会表示。',
      [place('gao-xin-qu', '济南高新技术产业开发区', '高新区')],
      '[高新区→gao-xin-qu]技术合同认定登记额居首，济南高新技术产业开发区管委会表示。',
    ],
    [
      // a name that overlaps a figure mark is not linked there
      'no link across a figure',
      '紧盯“百亿产出”目标。',
      [programme('bai-yi', '百亿产出'), fig('b', '紧盯“百亿产出”目标。', '百亿')],
      '<b|紧盯“{百亿#b}产出”目标。>',
    ],
    [
      // a mention that would cross the sentence edge is skipped; the next one is linked
      'no link across a sentence edge',
      '产值45.3亿元，槐荫区居首；槐荫区工信局称。',
      [place('huaiyin-qu', '槐荫区'), fig('c', '产值45.3亿元，槐荫', '45.3亿元')],
      '<c|产值{45.3亿元#c}，槐荫>区居首；[槐荫区→huaiyin-qu]工信局称。',
    ],
    [
      // two figures printed alike in one sentence take its two occurrences in turn; one span holds both
      'same figure text twice',
      '提供上门服务，业务办结率100%，好评率100%。',
      [fig('done', '提供上门服务，业务办结率100%，好评率100%。', '100%'), fig('liked', '提供上门服务，业务办结率100%，好评率100%。', '100%')],
      '<done,liked|提供上门服务，业务办结率{100%#done}，好评率{100%#liked}。>',
    ],
    [
      // figures whose quotes overlap share one sentence span, so spans never cross
      'overlapping quotes merge',
      '全区完成投资12亿元，同比增长9%，位列全市第二。',
      [fig('x', '全区完成投资12亿元，同比增长9%，', '12亿元'), fig('y', '同比增长9%，位列全市第二。', '第二')],
      '<x,y|全区完成投资{12亿元#x}，同比增长9%，位列全市{第二#y}。>',
    ],
    [
      // a figure whose quote is in another paragraph is left out
      'quote not in this paragraph',
      '槐荫区将紧扣工业经济发展趋势。',
      [fig('z', '另一段里的句子，共85家。', '85家')],
      '槐荫区将紧扣工业经济发展趋势。',
    ],
    [
      // a short programme name links only where printed in quotation marks
      'quoted-only short name',
      '开展“三强”行动，干部三强能力提升。',
      [programme('san-qiang', '三强', true)],
      '开展“[三强→san-qiang]”行动，干部三强能力提升。',
    ],
    [
      // a numeric programme name is not found inside a longer number
      'number inside a number',
      '全区1342家企业，打造“342”现代化产业体系。',
      [programme('342', '342')],
      '全区1342家企业，打造“[342→342]”现代化产业体系。',
    ],
    [
      // characters that Markdown escapes (`\*`, `&lt;`) reach the tree decoded, and quotes match them as printed
      'escaped markdown characters',
      '注：带*号企业<5家，另有2家。',
      [fig('e', '注：带*号企业<5家，另有2家。', '2家')],
      '<e|注：带*号企业<5家，另有{2家#e}。>',
    ],
    [
      // full-width digits and ASCII punctuation from other papers are matched as printed
      'full-width digits, ASCII comma',
      '全年新增就业１．２万人,超额完成任务。',
      [fig('f', '全年新增就业１．２万人,超额完成任务。', '１．２万人')],
      '<f|全年新增就业{１．２万人#f},超额完成任务。>',
    ],
    ['empty paragraph', '', [place('huaiyin-qu', '槐荫区')], ''],
  ])('%s', (_label, text, annotations, expected) => {
    const segments = annotateText(text, annotations);
    expect(show(segments)).toBe(expected);
    expect(segmentsText(segments)).toBe(text);
  });

  it('reports the figures it placed, in reading order', () => {
    const text = '上门服务好评率100%，共建成驿站12个。';
    const segments = annotateText(text, [fig('b', '共建成驿站12个。', '12个'), fig('a', '上门服务好评率100%，', '100%'), fig('missing', '不在这里。', '9个')]);
    expect(figureIdsIn(segments)).toEqual(['a', 'b']);
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
