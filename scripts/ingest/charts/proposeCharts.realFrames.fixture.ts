/**
 * Evaluation fixture: 30 real figures of the five sources (value, unit, sentence and story exactly as ingest writes
 * them today), each with the frame written by hand as the figure-frame extraction should produce it — entity, kind,
 * measure, basis, year and period; enumerated counts and size limits marked. `proposeCharts.realFrames.test.ts` shows
 * which charts the proposer draws from them, so the site's charts can be judged before the frames land. Written as a
 * table: each story once with what its figures share, each sentence once, then one row a figure.
 */
import type { MetricData } from '../../../src/schemas.ts';
import type { ArticleInput, MetricInput } from './proposeCharts.ts';

/** Base unit and scale of the units that are a multiple of another. */
const UNITS: Record<string, readonly [string, number]> = { 亿元: ['元', 1e8] };

/** A figure's row: id, value and unit as printed, kind, subject, then the hand-written measure and basis. */
type Row = [
  id: string,
  value: number,
  unit: string,
  kind: MetricData['kind'],
  subject: string,
  measure: string,
  basis: NonNullable<MetricData['basis']>,
  other?: Partial<MetricData>,
];

/** The figures of one story: what they share (place, year, entity …) written once, then each sentence with a row a figure. */
function story(article: string, shared: Partial<MetricData>, sentences: [quote: string, rows: Row[]][]): MetricInput[] {
  return sentences.flatMap(([quote, rows]) =>
    rows.map(([id, value, unit, kind, subject, measure, basis, other]) => {
      const [baseUnit, scale] = UNITS[unit] ?? [unit, 1];
      const data: MetricData = {
        value,
        valueMax: null,
        unit,
        normalized: value * scale,
        baseUnit,
        kind,
        target: false,
        qualifier: null,
        district: null,
        year: null,
        period: null,
        article,
        quote,
        text: `${value}${unit}`,
        subject,
        entity: null,
        entityKind: null,
        entitySource: null,
        measure,
        basis,
        yearSource: null,
        yearFrom: null,
        yearTo: null,
        enumerated: false,
        threshold: null,
        placeGuessed: false,
        initiative: null,
        official: null,
        ...shared,
        ...other,
      };
      return { id, data };
    }),
  );
}

/** The figures, by story and sentence, in the order ingest wrote them. */
export const REAL_FRAMED_FIGURES: MetricInput[] = [
  ...story('ji-nan-shi-tong-ji-ju-gong-bu-quan-shi', { district: 'huaiyin-qu', period: '一季度' }, [
    [
      '近日，济南市统计局公布全市一季度工业经济主要数据，槐荫区完成工业总产值45.3亿元，同比增长16.6%，全区73家规模以上工业企业实现增加值同比增长37.1%，位列全市第二。',
      [
        ['45-3-yi-yuan-07de50', 45.3, '亿元', 'amount', '槐荫区工业总产值', '工业总产值', 'level', { entity: '槐荫区', entityKind: 'place' }],
        ['16-6pct-696f33', 16.6, '%', 'growth', '槐荫区工业总产值', '工业总产值', 'growth-rate', { entity: '槐荫区', entityKind: 'place' }],
        ['37-1pct-9ccf96', 37.1, '%', 'growth', '全区规模以上工业企业增加值', '规上工业增加值', 'growth-rate', { entity: '槐荫区', entityKind: 'place' }],
        ['73-jia-398099', 73, '家', 'count', '全区规模以上工业企业', '规模以上工业企业', 'level', { entity: '槐荫区', entityKind: 'place' }],
      ],
    ],
    [
      '福深兴安、古天电子、新光机电3家高新技术企业一季度完成产值同比分别增长107%、89%、85%，为完成全年目标任务打下坚实基础。',
      [
        ['3-jia-4e7787', 3, '家', 'count', '高新技术企业', '高新技术企业', 'level', { entity: '槐荫区', entityKind: 'place', enumerated: true }],
        ['107pct-ac1750', 107, '%', 'growth', '福深兴安产值', '产值', 'growth-rate', { entity: '福深兴安', entityKind: 'organisation' }],
        ['89pct-114157', 89, '%', 'growth', '古天电子产值', '产值', 'growth-rate', { entity: '古天电子', entityKind: 'organisation' }],
        ['85pct-b0a4aa', 85, '%', 'growth', '新光机电产值', '产值', 'growth-rate', { entity: '新光机电', entityKind: 'organisation' }],
      ],
    ],
    [
      '据了解，作为槐荫区智能制造产业领军企业的济南二机床集团有限公司紧盯“百亿产出”目标，提升国际、国内新能源汽车、船舶、风电等领域市场份额，一季度完成产值同比增长79%，营业收入和利税总额同比分别提高80%和15%，为槐荫工业经济注入强劲发展动力。',
      [
        [
          '79pct-4b467d',
          79,
          '%',
          'growth',
          '济南二机床集团有限公司产值',
          '产值',
          'growth-rate',
          { entity: '济南二机床集团有限公司', entityKind: 'organisation' },
        ],
      ],
    ],
  ]),
  ...story(
    'dang-jian-yin-ling-feng-fan-jin-ning-xin-wei',
    { district: 'shandalu-jiedao', year: 2023, entity: '山大路街道', entityKind: 'place', yearSource: 'story' },
    [
      ['服务业营收完成70.9亿元，同比增长13.7%。', [['13-7pct-477468', 13.7, '%', 'growth', '服务业营收', '服务业营收', 'growth-rate']]],
      [
        '工业产值完成8亿元，同比增长4.3%；零售额32.4亿元，同比增长7.2%。',
        [
          ['4-3pct-0c0b07', 4.3, '%', 'growth', '工业产值', '工业产值', 'growth-rate'],
          ['7-2pct-d0078f', 7.2, '%', 'growth', '零售额', '零售额', 'growth-rate'],
        ],
      ],
      ['街道财源建设完成8.4亿元，同比增长6.92%。', [['6-92pct-2696c3', 6.92, '%', 'growth', '街道财源建设', '街道财源建设', 'growth-rate']]],
      ['固定资产投资7.13亿元，同比增长11%。', [['11pct-56f0e5', 11, '%', 'growth', '固定资产投资', '固定资产投资', 'growth-rate']]],
      [
        '服务业营收完成70.9亿元，同比增长13.7%。',
        [['70-9-yi-yuan-b918f5', 70.9, '亿元', 'amount', '服务业营收', '服务业营收', 'level', { normalized: 7090000000 }]],
      ],
      ['工业产值完成8亿元，同比增长4.3%；零售额32.4亿元，同比增长7.2%。', [['8-yi-yuan-b078e2', 8, '亿元', 'amount', '工业产值', '工业产值', 'level']]],
    ],
  ),
  ...story('xian-dai-wu-liu-wang-jian-she-jia-su-tui', { entity: '济南市', entityKind: 'city' }, [
    [
      '2022年，国家5A级物流企业19家，领先全国同类城市；规上物流企业316家，营业收入达883.5亿元，同比增长6.3%；物流业招商引资连续4年超过100亿元；新开墨西哥城、东京、特拉维夫3条货运航线，国际航空货邮吞吐量达5.54万吨；中欧班列通达20个国家47个城市，年开行量突破800列；董家—黄岛铁海联运班列实现常态化运行；全市铁路到发集装箱总量约32万标箱660余万吨货物，同比分别增长18.7%、15%……近年来，济南市口岸和物流业保持良好发展态势。',
      [
        [
          '883-5-yi-yuan-8f289d',
          883.5,
          '亿元',
          'amount',
          '规上物流企业营业收入',
          '规上物流企业营业收入',
          'level',
          { qualifier: '达', year: 2022, yearSource: 'text' },
        ],
        ['6-3pct-5d640d', 6.3, '%', 'growth', '规上物流企业营业收入', '规上物流企业营业收入', 'growth-rate', { year: 2022, yearSource: 'text' }],
        ['100-yi-yuan-bc8e91', 100, '亿元', 'amount', '物流业招商引资', '物流业招商引资', 'level', { qualifier: '超过', year: 2022, yearSource: 'text' }],
        ['18-7pct-a61abd', 18.7, '%', 'growth', '全市铁路到发集装箱总量', '铁路到发集装箱总量', 'growth-rate', { year: 2022, yearSource: 'text' }],
        ['15pct-883c5a', 15, '%', 'growth', '货物', '铁路到发集装箱货物量', 'growth-rate', { year: 2022, yearSource: 'text' }],
      ],
    ],
    [
      '截至目前，共推进重点项目57个，总投资525.95亿元，10个项目已竣工，总投资56.54亿元，25个项目已开工，总投资285.58亿元，12个项目计划2023年底前开工，总投资89.56亿元。',
      [
        ['57-ge-218026', 57, '个', 'count', '推进重点项目', '重点项目', 'level'],
        ['10-ge-ca8ce2', 10, '个', 'count', '已竣工的项目', '已竣工项目', 'level'],
        ['25-ge-4f89f8', 25, '个', 'count', '已开工的项目', '已开工项目', 'level'],
        ['12-ge-ba7221', 12, '个', 'count', '项目', '计划2023年底前开工项目', 'level', { year: 2023, yearSource: 'text' }],
      ],
    ],
  ]),
  ...story('quan-nian-tui-jin-zhao-yin-xin-xiang-mu-hao', { entity: '济南市', entityKind: 'city', yearSource: 'text' }, [
    [
      '2024年，济南签约落地亿元以上项目671个、总投资3950亿元。',
      [['671-ge-6c52cf', 671, '个', 'count', '济南签约落地亿元以上项目', '签约落地亿元以上项目', 'level', { year: 2024, threshold: '亿元以上' }]],
    ],
    [
      '聚焦主导产业和重点产业链群，加快沿链谋划、招大引强，全年推进招引新项目、好项目1000个以上，加快引进一批50亿元以上重大项目，其中，济南市投资促进局计划招引过亿元项目50个，10亿元以上项目5个；加快培育新质生产力，有效运用未来产业招商引资模式与举措研究成果，锁定激光制造、人工智能、第三代半导体、新能源电池、智能机器人、未来网络等9个细分赛道，引进一批代表性项目。',
      [
        [
          '1000-ge-yi-shang-93eecc',
          1000,
          '个',
          'count',
          '推进招引新项目、好项目',
          '招引新项目、好项目',
          'level',
          { text: '1000个以上', target: true, qualifier: '以上', year: 2025, period: '全年' },
        ],
      ],
    ],
  ]),
  ...story('dang-jian-zhu-tui-gao-zhi-liang-fa-zhan-wei', { district: 'shizhong-qu' }, [
    [
      '去年，林萍萍带领团队打造工业级5G专网，与博上科技联合为三一重工建设了亚洲最大的5G超级工厂，实现年均30万台重卡、60万台柴油发动机等规模生产，预计年产值超1500亿元。',
      [
        [
          '1500-yi-yuan-f56c03',
          1500,
          '亿元',
          'amount',
          '年产值',
          '年产值',
          'level',
          { target: true, qualifier: '超', entity: '三一重工5G超级工厂', entityKind: 'organisation' },
        ],
      ],
    ],
    [
      '文化商贸提档升级，举办“品味山东·乐购齐鲁”第五届双品网购节、“拾享市中·花漾生活”第四届济南玉符河文化旅游节、“品质消费MAI享市中”2023市中消费季等一系列促消费活动，在济南市第三期1400万政府汽车消费券的基础上配套增加20%金额优惠，进一步激活消费市场。',
      [
        [
          '20pct-946d44',
          20,
          '%',
          'growth',
          '济南市第三期政府汽车消费券配套',
          '配套比例',
          'share',
          { entity: '济南市第三期政府汽车消费券', entityKind: 'programme' },
        ],
      ],
    ],
    [
      '能源互联集聚壮大，今年新落地国家管网集团山东总部、榆济管道公司等能源类企业15家，累计打造智慧能源站、绿色校园分布式光伏试点等应用场景38处，产业规模突破3200亿元、同比增长19.9%。',
      [
        [
          '19-9pct-cea450',
          19.9,
          '%',
          'growth',
          '产业规模',
          '能源互联产业规模',
          'growth-rate',
          { year: 2023, entity: '市中区', entityKind: 'place', yearSource: 'story' },
        ],
      ],
    ],
  ]),
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
