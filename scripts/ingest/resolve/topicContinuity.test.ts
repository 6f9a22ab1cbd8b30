import { describe, expect, it } from 'vitest';
import { paragraphTopic, sentenceSubject } from './topicContinuity.ts';

// A made-up gazetteer: two districts and a town.
const PLACES = ['青石区', '柳岸区', '北沟镇'];
const placeAtStart = (text: string): string | null => PLACES.find((p) => text.startsWith(p)) ?? null;

/** The topic of the figure printed as `figure` in `paragraph` (its first occurrence). */
const topicOf = (paragraph: string, figure: string) => paragraphTopic(paragraph, paragraph.indexOf(figure), placeAtStart);

describe('paragraphTopic', () => {
  const rows: { paragraph: string; figure: string; expected: ReturnType<typeof paragraphTopic> }[] = [
    // A purpose clause, then an office as subject; the next sentence opens with a time adverbial and no subject.
    {
      paragraph: '为加快建设商贸枢纽，某市港务办重点打造南北向货运通道，谋划了一批重点项目。截至目前，共推进重点项目31个，总投资210亿元。',
      figure: '31个',
      expected: { entity: '某市港务办', entityKind: 'organisation' },
    },
    // The same with ASCII punctuation.
    {
      paragraph: '为加快建设商贸枢纽,某市港务办重点打造南北向货运通道,谋划了一批重点项目.截至目前,共推进重点项目31个,总投资210亿元.',
      figure: '210亿元',
      expected: { entity: '某市港务办', entityKind: 'organisation' },
    },
    // A district opens the first sentence; a subjectless sentence between carries it on to the figure.
    {
      paragraph: '青石区聚焦先进制造业。先后引进龙头企业多家。累计建成标准厂房12万平方米。',
      figure: '12万平方米',
      expected: { entity: '青石区', entityKind: 'place' },
    },
    // The city as subject after a year adverbial.
    {
      paragraph: '2023年，全市持续优化营商环境。新增市场主体8.6万户。',
      figure: '8.6万户',
      expected: { entity: '济南市', entityKind: 'city' },
    },
    // The nearest explicit subject wins: a company named after the district.
    {
      paragraph: '柳岸区推动企业扩能。某某机械有限公司新上两条产线。全年实现产值15亿元。',
      figure: '15亿元',
      expected: { entity: '某某机械有限公司', entityKind: 'organisation' },
    },
    // Negative: the subject is in another paragraph, the figure's sentence opens its paragraph.
    { paragraph: '截至目前，共推进重点项目31个。', figure: '31个', expected: null },
    // Negative: an intervening sentence has a different subject that is no entity (项目建设).
    {
      paragraph: '某市港务办重点打造货运通道。项目建设进展顺利。截至目前，共推进重点项目31个。',
      figure: '31个',
      expected: null,
    },
    // Negative: the figure's own sentence has a subject noun of its own (仓储面积).
    {
      paragraph: '北沟镇大力发展冷链物流。仓储面积达到3万平方米。',
      figure: '3万平方米',
      expected: null,
    },
    // Negative: the only subject comes after the figure — never taken from a later sentence.
    {
      paragraph: '共推进重点项目31个。某市港务办重点打造货运通道。',
      figure: '31个',
      expected: null,
    },
    // Negative: a title after the office name (`局长`) makes a person the subject, not the office.
    {
      paragraph: '某区商务局局长介绍了招商情况。共签约项目9个。',
      figure: '9个',
      expected: null,
    },
  ];
  it.each(rows)('$figure in $paragraph', ({ paragraph, figure, expected }) => {
    expect(topicOf(paragraph, figure)).toEqual(expected);
  });
});

describe('paragraphTopic, by the places extraction found', () => {
  // The place is looked up where extraction found it in the paragraph: after a purpose clause, in a paragraph
  // with full-width digits before it, so the offset must count every character.
  it.each([
    ['为推进乡村振兴，北沟镇新建大棚４０个。共带动农户增收300万元。', '300万元', { entity: '北沟镇', entityKind: 'place' }],
    ['２０２４年，青石区新增就业岗位1200个。累计发放补贴80万元。', '80万元', { entity: '青石区', entityKind: 'place' }],
  ])('%s', (paragraph, figure, expected) => {
    const found = PLACES.flatMap((p) => (paragraph.includes(p) ? [{ name: p, at: paragraph.indexOf(p) }] : []));
    const atOffset = (_text: string, at: number): string | null => found.find((f) => f.at === at)?.name ?? null;
    expect(paragraphTopic(paragraph, paragraph.indexOf(figure), atOffset)).toEqual(expected);
  });
});

describe('sentenceSubject', () => {
  const rows: { sentence: string; expected: ReturnType<typeof sentenceSubject> }[] = [
    // Purpose clause stripped, office as subject.
    { sentence: '为推动转型，某县工信局出台扶持办法。', expected: { entity: '某县工信局', entityKind: 'organisation' } },
    // A predicate adverb opens the sentence: no subject.
    { sentence: '累计帮扶项目40个。', expected: 'none' },
    // A possessive after the office name: the subject is 工作, not the office.
    { sentence: '某县工信局的工作得到肯定。', expected: 'other' },
    // A place after a scope adverbial (ASCII comma).
    { sentence: '在乡村振兴中,北沟镇建成大棚80个.', expected: { entity: '北沟镇', entityKind: 'place' } },
  ];
  it.each(rows)('$sentence', ({ sentence, expected }) => {
    expect(sentenceSubject(sentence, placeAtStart)).toEqual(expected);
  });
});
