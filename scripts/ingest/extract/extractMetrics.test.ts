import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractMetrics, type MetricMention } from './extractMetrics.ts';

/** Made-up paragraphs in the style of Jinan news; each row lists the figures it should yield. */
type Row = {
  /** What the row tests. */
  what: string;
  paragraph: string;
  /** Expected figures in order, as partial mentions; `[]` means no figure at all. */
  expected: Partial<MetricMention>[];
  storyYear?: number;
};

const rows: Row[] = [
  {
    what: 'full-width digits, 亿元, 同比增长 and a period',
    paragraph: '１至５月，历城区完成固定资产投资３２.５亿元，同比增长１２.４％。',
    expected: [
      {
        text: '３２.５亿元',
        value: 32.5,
        unit: '亿元',
        normalized: 3250000000,
        baseUnit: '元',
        kind: 'amount',
        subject: '历城区固定资产投资',
        period: '１至５月',
      },
      { text: '１２.４％', value: 12.4, unit: '%', kind: 'growth', subject: '历城区固定资产投资', period: '１至５月' },
    ],
  },
  {
    what: '万 and 亿 multipliers normalize to base units',
    paragraph: '去年，莱芜区新增城镇就业1.2万人，地区生产总值达到850亿元。',
    expected: [
      {
        text: '1.2万人',
        value: 1.2,
        unit: '万人',
        normalized: 12000,
        baseUnit: '人',
        kind: 'count',
        subject: '莱芜区新增城镇就业',
      },
      { text: '850亿元', normalized: 85000000000, qualifier: '达到', subject: '地区生产总值' },
    ],
  },
  {
    what: 'a range keeps its upper bound',
    paragraph: '每个网格配备3至5名专职网格员。',
    expected: [{ text: '3至5名', value: 3, valueMax: 5, unit: '名', kind: 'count', subject: '每个网格配备专职网格员' }],
  },
  {
    what: '分别 lists: three growth figures matched to the three companies listed before',
    paragraph: '甲科技、乙材料、丙电气3家企业上半年营业收入同比分别增长25%、18%、12%。',
    expected: [
      { text: '3家', kind: 'count', subject: '企业' },
      { text: '25%', kind: 'growth', subject: '甲科技营业收入', period: '上半年' },
      { text: '18%', kind: 'growth', subject: '乙材料营业收入' },
      { text: '12%', kind: 'growth', subject: '丙电气营业收入' },
    ],
  },
  {
    what: '分别 with 和: two measures, two figures',
    paragraph: '华兴重工有限公司一季度产量和销售额同比分别提高30%和22%。',
    expected: [
      { text: '30%', kind: 'growth', subject: '华兴重工有限公司产量' },
      { text: '22%', kind: 'growth', subject: '华兴重工有限公司销售额' },
    ],
  },
  {
    what: 'numbers inside names, codes, street numbers, metro lines and ordinals are not figures',
    paragraph: '该街道以“3456”工作法为抓手，在经十路88号设立服务站，地铁3号线站点同步建设，第五届运动会在此举办，“1+6+N”体系全面铺开。',
    expected: [],
  },
  {
    what: 'a grade in a name is not a count, but the count after it is',
    paragraph: '目前，全市国家4A级旅游景区6家。',
    expected: [{ text: '6家', value: 6, kind: 'count', subject: '全市国家4A级旅游景区' }],
  },
  {
    what: 'ages, times of day, 24小时 and service-circle names are not figures',
    paragraph: '80岁以上老人每天早上8点可到助餐点就餐，服务大厅24小时开放，打造10分钟养老服务圈。',
    expected: [],
  },
  {
    what: 'list markers, the article 一 and vague 数十 are not figures; Chinese numerals that count are',
    paragraph: '一是建立一批示范点，二是新建两处驿站，完成十余个改造项目，吸引数十家企业入驻。',
    expected: [
      { text: '两处', value: 2, unit: '处', subject: '新建驿站' },
      { text: '十余个', value: 10, qualifier: '余', subject: '改造项目' },
    ],
  },
  {
    what: '到2025年 marks a target and gives the year',
    paragraph: '到2025年，全市将新建社区食堂150处。',
    expected: [{ text: '150处', target: true, year: 2025, subject: '全市新建社区食堂' }],
  },
  {
    what: '计划 marks a plan; a result in the same story is not a target',
    paragraph: '去年全区建成口袋公园35处。今年计划招引亿元以上项目40个。',
    expected: [
      { text: '35处', target: false, subject: '全区建成口袋公园' },
      { text: '40个', target: true, subject: '招引亿元以上项目' },
    ],
  },
  {
    what: '未来 inside a name and 规划建设 are not plan markers',
    paragraph: '园区以未来科学城规划建设为契机，新增储备项目12个。',
    expected: [{ text: '12个', target: false, subject: '新增储备项目' }],
  },
  {
    what: 'a year opening the sentence is inherited by its later clauses',
    paragraph: '2023年，全区引进高层次人才210名，其中博士45名。2024年3月15日，人才公寓开工。',
    expected: [
      { text: '210名', year: 2023, subject: '全区引进高层次人才' },
      { text: '45名', year: 2023, subject: '博士' },
    ],
  },
  {
    what: 'qualifiers: 超过, 近, 约, 余, 以上, 突破',
    paragraph: '全年接待游客超过800万人次，近300家企业参展，改造面积约1.5万平方米，签约50余个项目，带动就业1000人以上，交易额突破100亿元。',
    expected: [
      { text: '800万人次', qualifier: '超过', normalized: 8000000, baseUnit: '人次' },
      { text: '300家', qualifier: '近', subject: '企业参展' },
      { text: '1.5万平方米', qualifier: '约', kind: 'area', normalized: 15000, subject: '改造面积' },
      { text: '50余个', qualifier: '余', subject: '签约项目' },
      { text: '1000人以上', qualifier: '以上' },
      { text: '100亿元', qualifier: '突破', subject: '交易额' },
    ],
  },
  {
    what: 'a threshold naming a class of projects is not a figure; the count is',
    paragraph: '全区引进投资10亿元以上重大项目8个。',
    expected: [{ text: '8个', subject: '全区引进投资10亿元以上重大项目' }],
  },
  {
    what: 'a share and a rank take the subject of the count they describe',
    paragraph: '全区高新技术企业达到420家，占全市的18.6%，位居全市第二。',
    expected: [
      { text: '420家', qualifier: '达到', subject: '全区高新技术企业' },
      { text: '18.6%', kind: 'share', subject: '全区高新技术企业占全市' },
      { text: '第二', kind: 'rank', value: 2, subject: '全区高新技术企业' },
    ],
  },
  {
    what: '居全省首位 is a rank of 1',
    paragraph: '养老服务设施数量居全省首位。',
    expected: [{ text: '首位', kind: 'rank', value: 1, subject: '养老服务设施数量' }],
  },
  {
    what: 'percentage points above the city',
    paragraph: '一季度，全区工业增加值增长9.1%，高于全市1.5个百分点。',
    expected: [
      { text: '9.1%', kind: 'growth', subject: '全区工业增加值' },
      { text: '1.5个百分点', kind: 'growth', unit: '个百分点', baseUnit: '个百分点', subject: '全区工业增加值增速高于全市' },
    ],
  },
  {
    what: 'a fall is growth whose subject says 下降',
    paragraph: '全市万元GDP能耗同比下降3.2%。',
    expected: [{ text: '3.2%', kind: 'growth', subject: '全市万元GDP能耗下降' }],
  },
  {
    what: 'a rate ending in 率',
    paragraph: '群众满意度测评中，事项办结率达到98.5%。',
    expected: [{ text: '98.5%', kind: 'rate', subject: '事项办结率' }],
  },
  {
    what: 'weights and areas get their kinds and base units',
    paragraph: '港区年吞吐量达12.6万吨，新建仓储面积3.2万平方米。',
    expected: [
      { text: '12.6万吨', kind: 'weight', normalized: 126000, baseUnit: '吨', subject: '港区年吞吐量' },
      { text: '3.2万平方米', kind: 'area', normalized: 32000, baseUnit: '平方米', subject: '新建仓储面积' },
    ],
  },
  {
    what: 'the noun after a count is its subject, with the verb before it',
    paragraph: '街道先后引进智能制造、生物医药等领域企业23家，打造12个共享车间。',
    expected: [
      { text: '23家', subject: '引进领域企业' },
      { text: '12个', subject: '打造共享车间' },
    ],
  },
  {
    what: 'counts listed with 、 each take their own noun',
    paragraph: '全区建成党群服务中心36个、网格驿站210个、志愿服务队58支。',
    expected: [
      { text: '36个', subject: '全区建成党群服务中心' },
      { text: '210个', subject: '网格驿站' },
      { text: '58支', subject: '志愿服务队' },
    ],
  },
  {
    what: 'ASCII punctuation: comma-separated clauses and an ASCII full stop',
    paragraph: '2024年,天桥区新增市场主体1.8万户,同比增长6.5%.下一步将继续发力.',
    expected: [
      { text: '1.8万户', year: 2024, normalized: 18000, quote: '2024年,天桥区新增市场主体1.8万户,同比增长6.5%.' },
      { text: '6.5%', year: 2024, kind: 'growth' },
    ],
  },
  {
    what: '今年 is the story year when it is known',
    paragraph: '今年，全区计划改造老旧小区60个。',
    storyYear: 2024,
    expected: [{ text: '60个', year: 2024, target: true, subject: '全区改造老旧小区' }],
  },
  {
    what: '20条措施 names a policy document; 分为三类 sorts things; 两个维护 is a slogan',
    paragraph: '区里出台支持民营经济发展20条措施，将商户分为A、B、C三类管理，坚决做到两个维护。',
    expected: [],
  },
  {
    what: 'a plan stated for a year carries to the next sentence of the paragraph',
    paragraph: '2025年，全区将实施城市更新行动。全年改造背街小巷120条。',
    expected: [{ text: '120条', year: 2025, target: true, period: '全年' }],
  },
  {
    what: 'figures inside a quoted speech count; a quoted name does not',
    paragraph: '“今年我们就要建成20个‘口袋公园’，带动300人就业。”他说，“十大”工程正在推进。',
    expected: [
      { text: '20个', target: true, subject: '建成‘口袋公园’' },
      { text: '300人', target: true, subject: '带动就业' },
    ],
  },
];

describe('extractMetrics', () => {
  it.each(rows)('$what', ({ paragraph, expected, storyYear }) => {
    const found = extractMetrics([paragraph], { storyYear: storyYear ?? null });
    expect(found.map((m) => m.text)).toEqual(expected.map((e) => e.text));
    found.forEach((m, i) => expect(m).toMatchObject(expected[i] ?? {}));
    for (const m of found) {
      expect(paragraph.slice(m.start, m.start + m.text.length)).toBe(m.text);
      expect(paragraph).toContain(m.quote);
      expect(m.quote).toContain(m.text);
    }
  });

  it('quotes the whole sentence, closing quotation mark included', () => {
    const paragraph = '会上通报了进展。“全年新增就业岗位3000个。”负责人表示。';
    const [m] = extractMetrics([paragraph]);
    expect(m?.quote).toBe('“全年新增就业岗位3000个。”');
  });

  it('numbers paragraphs and offsets as given', () => {
    const found = extractMetrics(['没有数字的段落。', '第二段：新建学校5所。']);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ paragraph: 1, start: 8, text: '5所', subject: '新建学校' });
  });

  it('never throws, and every figure is verbatim in its paragraph and sentence', () => {
    const newsy = fc.string({
      unit: fc.constantFrom(
        ...'0123456789０１２３４５６７８９.，。、；：％%万亿余多以上约超近两三五个家项名人元亩吨年月日号第“”‘’《》()分别同比增长占位列居首位将计划到'.split(''),
      ),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.array(fc.oneof(newsy, fc.string({ unit: 'binary', maxLength: 60 })), { maxLength: 3 }), (paragraphs) => {
        for (const m of extractMetrics(paragraphs)) {
          const paragraph = paragraphs[m.paragraph] ?? '';
          expect(paragraph.slice(m.start, m.start + m.text.length)).toBe(m.text);
          expect(paragraph).toContain(m.quote);
          expect(m.subject.length).toBeGreaterThan(0);
        }
      }),
    );
  });

  it('never invents digits: an Arabic figure reads back from its own text', () => {
    const digits = fc.string({ unit: fc.constantFrom(...'0123456789.,%万亿个家元，。增长'.split('')), maxLength: 40 });
    fc.assert(
      fc.property(digits, (paragraph) => {
        for (const m of extractMetrics([paragraph])) {
          const printed = /\d[\d,]*(?:\.\d+)?/.exec(m.text);
          if (printed) expect(Number(printed[0].replace(/,/g, ''))).toBe(m.value);
        }
      }),
    );
  });
});
