/**
 * Evaluation fixture: 30 real figures of the five sources (value, unit, sentence and story exactly as ingest writes
 * them today), each with the frame written by hand as the figure-frame extraction should produce it — entity, kind,
 * measure, basis, year and period; enumerated counts and size limits marked. `proposeCharts.realFrames.test.ts` shows
 * which charts the proposer draws from them, so the site's charts can be judged before the frames land. One row a
 * figure: what is printed, then its frame; each sentence is written once and named by its story.
 */
import type { MetricData } from '../../src/schemas.ts';
import type { ArticleInput, MetricInput } from './proposeCharts.ts';

/** The sentences the figures stand in: story slug and the sentence as ingest quotes it. */
const SENTENCES = {
  tongji1: [
    'ji-nan-shi-tong-ji-ju-gong-bu-quan-shi',
    '近日，济南市统计局公布全市一季度工业经济主要数据，槐荫区完成工业总产值45.3亿元，同比增长16.6%，全区73家规模以上工业企业实现增加值同比增长37.1%，位列全市第二。',
  ],
  tongji2: [
    'ji-nan-shi-tong-ji-ju-gong-bu-quan-shi',
    '福深兴安、古天电子、新光机电3家高新技术企业一季度完成产值同比分别增长107%、89%、85%，为完成全年目标任务打下坚实基础。',
  ],
  tongji3: [
    'ji-nan-shi-tong-ji-ju-gong-bu-quan-shi',
    '据了解，作为槐荫区智能制造产业领军企业的济南二机床集团有限公司紧盯“百亿产出”目标，提升国际、国内新能源汽车、船舶、风电等领域市场份额，一季度完成产值同比增长79%，营业收入和利税总额同比分别提高80%和15%，为槐荫工业经济注入强劲发展动力。',
  ],
  yinling1: ['dang-jian-yin-ling-feng-fan-jin-ning-xin-wei', '服务业营收完成70.9亿元，同比增长13.7%。'],
  yinling2: ['dang-jian-yin-ling-feng-fan-jin-ning-xin-wei', '工业产值完成8亿元，同比增长4.3%；零售额32.4亿元，同比增长7.2%。'],
  yinling3: ['dang-jian-yin-ling-feng-fan-jin-ning-xin-wei', '街道财源建设完成8.4亿元，同比增长6.92%。'],
  yinling4: ['dang-jian-yin-ling-feng-fan-jin-ning-xin-wei', '固定资产投资7.13亿元，同比增长11%。'],
  wuliu1: [
    'xian-dai-wu-liu-wang-jian-she-jia-su-tui',
    '2022年，国家5A级物流企业19家，领先全国同类城市；规上物流企业316家，营业收入达883.5亿元，同比增长6.3%；物流业招商引资连续4年超过100亿元；新开墨西哥城、东京、特拉维夫3条货运航线，国际航空货邮吞吐量达5.54万吨；中欧班列通达20个国家47个城市，年开行量突破800列；董家—黄岛铁海联运班列实现常态化运行；全市铁路到发集装箱总量约32万标箱660余万吨货物，同比分别增长18.7%、15%……近年来，济南市口岸和物流业保持良好发展态势。',
  ],
  wuliu2: [
    'xian-dai-wu-liu-wang-jian-she-jia-su-tui',
    '截至目前，共推进重点项目57个，总投资525.95亿元，10个项目已竣工，总投资56.54亿元，25个项目已开工，总投资285.58亿元，12个项目计划2023年底前开工，总投资89.56亿元。',
  ],
  zhaoyin1: ['quan-nian-tui-jin-zhao-yin-xin-xiang-mu-hao', '2024年，济南签约落地亿元以上项目671个、总投资3950亿元。'],
  zhaoyin2: [
    'quan-nian-tui-jin-zhao-yin-xin-xiang-mu-hao',
    '聚焦主导产业和重点产业链群，加快沿链谋划、招大引强，全年推进招引新项目、好项目1000个以上，加快引进一批50亿元以上重大项目，其中，济南市投资促进局计划招引过亿元项目50个，10亿元以上项目5个；加快培育新质生产力，有效运用未来产业招商引资模式与举措研究成果，锁定激光制造、人工智能、第三代半导体、新能源电池、智能机器人、未来网络等9个细分赛道，引进一批代表性项目。',
  ],
  zhutui1: [
    'dang-jian-zhu-tui-gao-zhi-liang-fa-zhan-wei',
    '去年，林萍萍带领团队打造工业级5G专网，与博上科技联合为三一重工建设了亚洲最大的5G超级工厂，实现年均30万台重卡、60万台柴油发动机等规模生产，预计年产值超1500亿元。',
  ],
  zhutui2: [
    'dang-jian-zhu-tui-gao-zhi-liang-fa-zhan-wei',
    '文化商贸提档升级，举办“品味山东·乐购齐鲁”第五届双品网购节、“拾享市中·花漾生活”第四届济南玉符河文化旅游节、“品质消费MAI享市中”2023市中消费季等一系列促消费活动，在济南市第三期1400万政府汽车消费券的基础上配套增加20%金额优惠，进一步激活消费市场。',
  ],
  zhutui3: [
    'dang-jian-zhu-tui-gao-zhi-liang-fa-zhan-wei',
    '能源互联集聚壮大，今年新落地国家管网集团山东总部、榆济管道公司等能源类企业15家，累计打造智慧能源站、绿色校园分布式光伏试点等应用场景38处，产业规模突破3200亿元、同比增长19.9%。',
  ],
} as const;

/** The units of the figures: base unit and how many base units one is. */
const UNITS: Record<string, readonly [string, number]> = {
  亿元: ['元', 100000000],
  '%': ['%', 1],
  家: ['家', 1],
  个: ['个', 1],
};

/** What a row gives of the printed figure; the rest is derived (`normalized`, `baseUnit`, `text` as value and unit). */
type Printed = Pick<MetricData, 'value' | 'unit' | 'kind' | 'subject'> &
  Partial<Pick<MetricData, 'valueMax' | 'normalized' | 'target' | 'qualifier' | 'district' | 'year' | 'period' | 'text'>>;

/** A real figure from one of the `SENTENCES`, with its hand-written frame laid over it. */
function f(id: string, sentence: keyof typeof SENTENCES, printed: Printed, frame: Partial<MetricData>): MetricInput {
  const [article, quote] = SENTENCES[sentence];
  const [baseUnit, scale] = UNITS[printed.unit] ?? [printed.unit, 1];
  const data: MetricData = {
    valueMax: null,
    normalized: printed.value * scale,
    baseUnit,
    target: false,
    qualifier: null,
    district: null,
    year: null,
    period: null,
    text: `${printed.value}${printed.unit}`,
    article,
    quote,
    ...printed,
    entity: null,
    entityKind: null,
    entitySource: null,
    measure: null,
    basis: null,
    yearSource: null,
    yearFrom: null,
    yearTo: null,
    enumerated: false,
    threshold: null,
    placeGuessed: false,
    initiative: null,
    official: null,
    ...frame,
  };
  return { id, data };
}

/** The figures, by story. */
export const REAL_FRAMED_FIGURES: MetricInput[] = [
  f(
    '45-3-yi-yuan-07de50',
    'tongji1',
    { value: 45.3, unit: '亿元', kind: 'amount', district: 'huaiyin-qu', period: '一季度', subject: '槐荫区工业总产值' },
    { entity: '槐荫区', entityKind: 'place', measure: '工业总产值', basis: 'level' },
  ),
  f(
    '16-6pct-696f33',
    'tongji1',
    { value: 16.6, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '槐荫区工业总产值' },
    { entity: '槐荫区', entityKind: 'place', measure: '工业总产值', basis: 'growth-rate' },
  ),
  f(
    '37-1pct-9ccf96',
    'tongji1',
    { value: 37.1, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '全区规模以上工业企业增加值' },
    { entity: '槐荫区', entityKind: 'place', measure: '规上工业增加值', basis: 'growth-rate' },
  ),
  f(
    '73-jia-398099',
    'tongji1',
    { value: 73, unit: '家', kind: 'count', district: 'huaiyin-qu', period: '一季度', subject: '全区规模以上工业企业' },
    { entity: '槐荫区', entityKind: 'place', measure: '规模以上工业企业', basis: 'level' },
  ),
  f(
    '3-jia-4e7787',
    'tongji2',
    { value: 3, unit: '家', kind: 'count', district: 'huaiyin-qu', period: '一季度', subject: '高新技术企业' },
    { entity: '槐荫区', entityKind: 'place', measure: '高新技术企业', basis: 'level', enumerated: true },
  ),
  f(
    '107pct-ac1750',
    'tongji2',
    { value: 107, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '福深兴安产值' },
    { entity: '福深兴安', entityKind: 'organisation', measure: '产值', basis: 'growth-rate' },
  ),
  f(
    '89pct-114157',
    'tongji2',
    { value: 89, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '古天电子产值' },
    { entity: '古天电子', entityKind: 'organisation', measure: '产值', basis: 'growth-rate' },
  ),
  f(
    '85pct-b0a4aa',
    'tongji2',
    { value: 85, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '新光机电产值' },
    { entity: '新光机电', entityKind: 'organisation', measure: '产值', basis: 'growth-rate' },
  ),
  f(
    '79pct-4b467d',
    'tongji3',
    { value: 79, unit: '%', kind: 'growth', district: 'huaiyin-qu', period: '一季度', subject: '济南二机床集团有限公司产值' },
    { entity: '济南二机床集团有限公司', entityKind: 'organisation', measure: '产值', basis: 'growth-rate' },
  ),
  f(
    '13-7pct-477468',
    'yinling1',
    { value: 13.7, unit: '%', kind: 'growth', district: 'shandalu-jiedao', year: 2023, subject: '服务业营收' },
    { entity: '山大路街道', entityKind: 'place', measure: '服务业营收', basis: 'growth-rate', yearSource: 'story' },
  ),
  f(
    '4-3pct-0c0b07',
    'yinling2',
    { value: 4.3, unit: '%', kind: 'growth', district: 'shandalu-jiedao', year: 2023, subject: '工业产值' },
    { entity: '山大路街道', entityKind: 'place', measure: '工业产值', basis: 'growth-rate', yearSource: 'story' },
  ),
  f(
    '7-2pct-d0078f',
    'yinling2',
    { value: 7.2, unit: '%', kind: 'growth', district: 'shandalu-jiedao', year: 2023, subject: '零售额' },
    { entity: '山大路街道', entityKind: 'place', measure: '零售额', basis: 'growth-rate', yearSource: 'story' },
  ),
  f(
    '6-92pct-2696c3',
    'yinling3',
    { value: 6.92, unit: '%', kind: 'growth', district: 'shandalu-jiedao', year: 2023, subject: '街道财源建设' },
    { entity: '山大路街道', entityKind: 'place', measure: '街道财源建设', basis: 'growth-rate', yearSource: 'story' },
  ),
  f(
    '11pct-56f0e5',
    'yinling4',
    { value: 11, unit: '%', kind: 'growth', district: 'shandalu-jiedao', year: 2023, subject: '固定资产投资' },
    { entity: '山大路街道', entityKind: 'place', measure: '固定资产投资', basis: 'growth-rate', yearSource: 'story' },
  ),
  f(
    '70-9-yi-yuan-b918f5',
    'yinling1',
    { value: 70.9, unit: '亿元', kind: 'amount', normalized: 7090000000, district: 'shandalu-jiedao', year: 2023, subject: '服务业营收' },
    { entity: '山大路街道', entityKind: 'place', measure: '服务业营收', basis: 'level', yearSource: 'story' },
  ),
  f(
    '8-yi-yuan-b078e2',
    'yinling2',
    { value: 8, unit: '亿元', kind: 'amount', district: 'shandalu-jiedao', year: 2023, subject: '工业产值' },
    { entity: '山大路街道', entityKind: 'place', measure: '工业产值', basis: 'level', yearSource: 'story' },
  ),
  f(
    '883-5-yi-yuan-8f289d',
    'wuliu1',
    { value: 883.5, unit: '亿元', kind: 'amount', qualifier: '达', year: 2022, subject: '规上物流企业营业收入' },
    { entity: '济南市', entityKind: 'city', measure: '规上物流企业营业收入', basis: 'level', yearSource: 'text' },
  ),
  f(
    '6-3pct-5d640d',
    'wuliu1',
    { value: 6.3, unit: '%', kind: 'growth', year: 2022, subject: '规上物流企业营业收入' },
    { entity: '济南市', entityKind: 'city', measure: '规上物流企业营业收入', basis: 'growth-rate', yearSource: 'text' },
  ),
  f(
    '100-yi-yuan-bc8e91',
    'wuliu1',
    { value: 100, unit: '亿元', kind: 'amount', qualifier: '超过', year: 2022, subject: '物流业招商引资' },
    { entity: '济南市', entityKind: 'city', measure: '物流业招商引资', basis: 'level', yearSource: 'text' },
  ),
  f(
    '18-7pct-a61abd',
    'wuliu1',
    { value: 18.7, unit: '%', kind: 'growth', year: 2022, subject: '全市铁路到发集装箱总量' },
    { entity: '济南市', entityKind: 'city', measure: '铁路到发集装箱总量', basis: 'growth-rate', yearSource: 'text' },
  ),
  f(
    '15pct-883c5a',
    'wuliu1',
    { value: 15, unit: '%', kind: 'growth', year: 2022, subject: '货物' },
    { entity: '济南市', entityKind: 'city', measure: '铁路到发集装箱货物量', basis: 'growth-rate', yearSource: 'text' },
  ),
  f(
    '57-ge-218026',
    'wuliu2',
    { value: 57, unit: '个', kind: 'count', subject: '推进重点项目' },
    { entity: '济南市', entityKind: 'city', measure: '重点项目', basis: 'level' },
  ),
  f(
    '10-ge-ca8ce2',
    'wuliu2',
    { value: 10, unit: '个', kind: 'count', subject: '已竣工的项目' },
    { entity: '济南市', entityKind: 'city', measure: '已竣工项目', basis: 'level' },
  ),
  f(
    '25-ge-4f89f8',
    'wuliu2',
    { value: 25, unit: '个', kind: 'count', subject: '已开工的项目' },
    { entity: '济南市', entityKind: 'city', measure: '已开工项目', basis: 'level' },
  ),
  f(
    '12-ge-ba7221',
    'wuliu2',
    { value: 12, unit: '个', kind: 'count', year: 2023, subject: '项目' },
    { entity: '济南市', entityKind: 'city', measure: '计划2023年底前开工项目', basis: 'level', yearSource: 'text' },
  ),
  f(
    '671-ge-6c52cf',
    'zhaoyin1',
    { value: 671, unit: '个', kind: 'count', year: 2024, subject: '济南签约落地亿元以上项目' },
    { entity: '济南市', entityKind: 'city', measure: '签约落地亿元以上项目', basis: 'level', yearSource: 'text', threshold: '亿元以上' },
  ),
  f(
    '1000-ge-yi-shang-93eecc',
    'zhaoyin2',
    {
      value: 1000,
      unit: '个',
      kind: 'count',
      target: true,
      qualifier: '以上',
      year: 2025,
      period: '全年',
      text: '1000个以上',
      subject: '推进招引新项目、好项目',
    },
    { entity: '济南市', entityKind: 'city', measure: '招引新项目、好项目', basis: 'level', yearSource: 'text' },
  ),
  f(
    '1500-yi-yuan-f56c03',
    'zhutui1',
    { value: 1500, unit: '亿元', kind: 'amount', target: true, qualifier: '超', district: 'shizhong-qu', subject: '年产值' },
    { entity: '三一重工5G超级工厂', entityKind: 'organisation', measure: '年产值', basis: 'level' },
  ),
  f(
    '20pct-946d44',
    'zhutui2',
    { value: 20, unit: '%', kind: 'growth', district: 'shizhong-qu', subject: '济南市第三期政府汽车消费券配套' },
    { entity: '济南市第三期政府汽车消费券', entityKind: 'programme', measure: '配套比例', basis: 'share' },
  ),
  f(
    '19-9pct-cea450',
    'zhutui3',
    { value: 19.9, unit: '%', kind: 'growth', district: 'shizhong-qu', year: 2023, subject: '产业规模' },
    { entity: '市中区', entityKind: 'place', measure: '能源互联产业规模', basis: 'growth-rate', yearSource: 'story' },
  ),
];

/** The stories they come from (sentences only: the figures' own). */
export const REAL_STORIES: ArticleInput[] = [
  { slug: 'dang-jian-yin-ling-feng-fan-jin-ning-xin-wei', title: '党建引领风帆劲 凝心为民启新篇', source: '003_914b0a86cd06571a.txt', storyIndex: 2 },
  {
    slug: 'dang-jian-zhu-tui-gao-zhi-liang-fa-zhan-wei',
    title: '党建助推高质量发展，为强省会建设贡献“市中力量”',
    source: '004_59933a9ea9d10ab9.txt',
    storyIndex: 1,
  },
  { slug: 'ji-nan-shi-tong-ji-ju-gong-bu-quan-shi', title: '济南市统计局公布全市一季度工业经济主要数据…', source: '001_625344e733e11c76.txt', storyIndex: 4 },
  { slug: 'quan-nian-tui-jin-zhao-yin-xin-xiang-mu-hao', title: '全年推进招引新项目、好项目1000个以上', source: '000_9db4c5b3790c61ea.txt', storyIndex: 2 },
  { slug: 'xian-dai-wu-liu-wang-jian-she-jia-su-tui', title: '现代物流网建设加速推进', source: '001_625344e733e11c76.txt', storyIndex: 7 },
].map((a) => ({ ...a, paragraphs: REAL_FRAMED_FIGURES.filter((m) => m.data.article === a.slug).map((m) => m.data.quote) }));
