import { describe, expect, it } from 'vitest';
import { extractMetrics, type MetricMention } from './extractMetrics.ts';
import type { YearAnchor } from './anchorYear.ts';

/** Made-up paragraphs in the style of Jinan news; each row states the frame its figures should get. */
type Row = {
  /** What the row tests. */
  what: string;
  paragraphs: string[];
  /** Expected frame of the figures named by their printed text. */
  expected: Record<string, Partial<MetricMention>>;
  anchor?: YearAnchor;
};

const NO_ANCHOR: YearAnchor = { topic: null, now: null };

const rows: Row[] = [
  {
    what: '同比增长x% is a growth rate; the amount before it a level',
    paragraphs: ['一季度，某某区完成工业总产值52.1亿元，同比增长8.4%。'],
    expected: {
      '52.1亿元': { basis: 'level', kind: 'amount', measure: '某某区工业总产值' },
      '8.4%': { basis: 'growth-rate', kind: 'growth', measure: '某某区工业总产值' },
    },
  },
  {
    what: '同比增长x亿元 is a change by an amount, not the output (kind growth, basis change)',
    paragraphs: ['一季度某某区制造类企业完成产值同比增长3.2亿元。'],
    expected: { '3.2亿元': { basis: 'change', kind: 'growth' } },
  },
  {
    what: 'ASCII punctuation: 减少 an amount is a change too',
    paragraphs: ['某某街道全年能耗同比减少1200吨,同比下降4.5%.'],
    expected: { '1200吨': { basis: 'change', kind: 'growth' }, '4.5%': { basis: 'growth-rate' } },
  },
  {
    what: '占…比重 is a share',
    paragraphs: ['全区服务业增加值达到120亿元，占地区生产总值比重达到61.5%。'],
    expected: { '61.5%': { basis: 'share', kind: 'share' } },
  },
  {
    what: '…倍 is a multiple; 个百分点 a growth rate',
    paragraphs: ['某某园区企业数量是五年前的3.2倍，增速高于全市2.1个百分点。'],
    expected: { '3.2倍': { basis: 'multiple' }, '2.1个百分点': { basis: 'growth-rate' } },
  },
  {
    what: '位列第N is a rank',
    paragraphs: ['某某区规上工业增加值同比增长9.1%，位列全市第三。'],
    expected: { 第三: { basis: 'rank', kind: 'rank' } },
  },
  {
    what: "为…建设 makes the thing built the figures' owner",
    paragraphs: ['去年，某科技公司为某重工集团建设了全国最大的智能工厂，实现年均5万台挖掘机、3万台柴油机等规模生产，预计年产值超200亿元。'],
    expected: {
      '5万台': { organisation: '某重工集团智能工厂', measure: '年均挖掘机产量' },
      '3万台': { organisation: '某重工集团智能工厂', measure: '年均柴油机产量' },
      '200亿元': { organisation: '某重工集团智能工厂', measure: '年产值', target: true },
    },
  },
  {
    what: 'a company named as the subject owns the figure; a company in a list of examples does not',
    paragraphs: ['某某机械有限公司一季度完成产值同比增长25%。今年新落地甲公司、乙公司等能源类企业15家。'],
    expected: { '25%': { organisation: '某某机械有限公司', measure: '产值' }, '15家': { organisation: null } },
  },
  {
    what: '这一年 opening a paragraph anchors it on the year the story states as its topic',
    paragraphs: ['这一年，某某街道财源建设完成8.1亿元。固定资产投资5.2亿元。', '2023年，某某街道以党建为引领。'],
    anchor: { topic: 2023, now: 2023 },
    expected: { '8.1亿元': { year: 2023, yearSource: 'story' }, '5.2亿元': { year: 2023, yearSource: 'story' } },
  },
  {
    what: '今年 and 一季度 anchor on when the story was written; a printed year is text',
    paragraphs: ['今年，某某区引进重点项目30个。一季度金融业增加值实现20.5亿元。2022年，全区新增企业800家。'],
    anchor: { topic: 2023, now: 2023 },
    expected: {
      '30个': { year: 2023, yearSource: 'story' },
      '20.5亿元': { year: 2023, yearSource: 'story', period: '一季度' },
      '800家': { year: 2022, yearSource: 'text' },
    },
  },
  {
    what: "去年 and 过去的一年 are the year before the story's; with no anchor they stay null",
    paragraphs: ['过去的一年，某某局走访企业1000家次。去年新增就业岗位2000个。'],
    anchor: { topic: null, now: 2024 },
    expected: { '1000家次': { year: 2023, yearSource: 'story' }, '2000个': { year: 2023, yearSource: 'story' } },
  },
  {
    what: 'no anchor: 今年 and 一季度 leave the year null rather than guess',
    paragraphs: ['今年，某某区引进重点项目30个。一季度金融业增加值实现20.5亿元。'],
    anchor: NO_ANCHOR,
    expected: { '30个': { year: null, yearSource: null }, '20.5亿元': { year: null, yearSource: null } },
  },
  {
    what: "the investment of a counted set shares the count's status: planned start (计划…开工) does not make it a target",
    paragraphs: ['共推进项目20个，总投资90亿元，6个项目计划年底前开工，总投资30亿元。'],
    expected: { '6个': { target: false }, '30亿元': { target: false } },
  },
  {
    what: 'the same with ASCII punctuation; a count that is a target makes its investment one',
    paragraphs: ['计划新建项目10个,总投资50亿元.'],
    expected: { '10个': { target: true }, '50亿元': { target: true } },
  },
  {
    what: 'a plan word inside the investment clause itself still marks a target',
    paragraphs: ['已建成项目8个，总投资计划追加12亿元。'],
    expected: { '8个': { target: false }, '12亿元': { target: true } },
  },
  {
    what: 'a span of printed years sets yearFrom/yearTo, not year',
    paragraphs: ['2013—2022年，某某区累计完成投资1200亿元。'],
    expected: { '1200亿元': { yearFrom: 2013, yearTo: 2022, year: null } },
  },
  {
    what: "十年来 counts back from the story's year",
    paragraphs: ['十年来，某某区累计新增市场主体12万户。'],
    anchor: { topic: null, now: 2023 },
    expected: { '12万户': { yearFrom: 2013, yearTo: 2023, period: '十年来' } },
  },
  {
    what: 'a count of the list in brackets after it is enumerated',
    paragraphs: ['发挥三个组织（甲协会、乙联合会、丙基金会）的作用。'],
    expected: { 三个: { enumerated: true } },
  },
  {
    what: 'a count closing the list before it is enumerated (ASCII punctuation too)',
    paragraphs: ['甲电子、乙机电、丙科技3家企业产值同比分别增长10%、9%、8%。新开甲城、乙城、丙城3条航线,货邮量增长.'],
    expected: { '3家': { enumerated: true }, '3条': { enumerated: true }, '10%': { enumerated: false } },
  },
  {
    what: 'a count of a compound named earlier in quotes is enumerated; a real count is not',
    paragraphs: ['培育“专业社工+志愿服务”示范项目30个，发挥两支队伍叠加效应。'],
    expected: { 两支: { enumerated: true }, '30个': { enumerated: false } },
  },
  {
    what: 'a size limit is the threshold of the count after it, not a figure of its own',
    paragraphs: ['全年签约10亿元以上项目34个，引进注册资本5000万元以上企业12家。'],
    expected: { '34个': { threshold: '10亿元以上' }, '12家': { threshold: '5000万元以上' } },
  },
  {
    what: '分别 lists give each item its own measure and a growth rate',
    paragraphs: ['营业收入和利税总额同比分别提高20%和15%。'],
    expected: { '20%': { measure: '营业收入', basis: 'growth-rate' }, '15%': { measure: '利税总额', basis: 'growth-rate' } },
  },
  {
    what: 'a vague measure takes the topic of its clause-run (`中欧班列…，年开行量…`)',
    paragraphs: ['2022年，中欧班列通达18个国家，年开行量突破600列；某产业集聚壮大，产业规模突破900亿元。'],
    expected: { '600列': { measure: '中欧班列年开行量' }, '900亿元': { measure: '某产业产业规模' } },
  },
  {
    what: "a second figure with a bare noun shares the first one's measure",
    paragraphs: ['全市铁路到发集装箱总量约20万标箱400余万吨货物。'],
    expected: { '400余万吨': { measure: '铁路到发集装箱货物量' } },
  },
  {
    what: 'a verb that aims at a group (`聚焦`, `围绕`, `面向`) is not part of what is counted',
    paragraphs: ['去年，某市聚焦年集体收入20万元以下的1800个村，持续推进帮扶。', '某区面向辖区内的300家小微企业,开展上门服务。'],
    expected: { '1800个': { measure: '年集体收入20万元以下的村' }, '300家': { measure: '辖区内的小微企业' } },
  },
];

describe('extractMetrics: the figure frame', () => {
  for (const row of rows) {
    it(row.what, () => {
      const found = extractMetrics(row.paragraphs, { anchor: row.anchor ?? NO_ANCHOR });
      for (const [text, frame] of Object.entries(row.expected)) {
        const m = found.find((x) => x.text === text);
        expect(m, `${text} is a figure`).toBeDefined();
        expect(m).toMatchObject(frame);
      }
    });
  }

  it('a threshold is never a figure of its own', () => {
    const found = extractMetrics(['全年签约10亿元以上项目34个。']);
    expect(found.map((m) => m.text)).toEqual(['34个']);
  });
});
