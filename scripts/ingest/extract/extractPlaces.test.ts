import { describe, expect, it } from 'vitest';
import { extractPlaces } from './extractPlaces.ts';
import { jinanGazetteer, loadGazetteer } from './gazetteer.ts';

const jinan = jinanGazetteer();

/** A mention as the tests state it: printed form, code, parent code. */
type Expected = [text: string, code: string | null, parentCode: string | null];

interface Row {
  /** What the row tests. */
  what: string;
  /** A made-up paragraph in the style of the articles. */
  text: string;
  /** Codes of places named elsewhere in the story. */
  context?: string[];
  /** Every mention, in order. */
  expected: Expected[];
}

const rows: Row[] = [
  // Longest match.
  {
    what: 'a district then its street',
    text: '历下区姚家街道党委书记表示，楼宇经济持续发展。',
    expected: [
      ['历下区', '370102', null],
      ['姚家街道', '370102011', '370102'],
    ],
  },
  {
    what: '济南高新区 is one functional area, not 济南 + 高新区',
    text: '济南高新区累计完成技术合同认定登记额超63亿元。',
    expected: [['济南高新区', '370176', null]],
  },
  { what: 'the bare alias 高新区 after a time word', text: '一季度高新区技术合同认定登记额同比增长37%。', expected: [['高新区', '370176', null]] },
  {
    what: 'district, street and community in a row',
    text: '济阳区济北街道澄波社区的小郑自报名夜校以来充满期待。',
    expected: [
      ['济阳区', '370115', null],
      ['济北街道', '370115002', '370115'],
      ['澄波社区', '370115002032', '370115002'],
    ],
  },
  { what: '济南市X区 names the district', text: '济南市历下区新的社会阶层人士进社区活动给出了方案。', expected: [['历下区', '370102', null]] },
  {
    what: 'ASCII punctuation between names',
    text: '历下区,槐荫区(试点)率先推行。',
    expected: [
      ['历下区', '370102', null],
      ['槐荫区', '370104', null],
    ],
  },
  {
    what: 'a functional area the dataset lacks, then a village under 历城区',
    text: '南部山区高而南邱村村民脸上洋溢着笑容。',
    expected: [
      ['南部山区', null, null],
      ['南邱村', '370112018284', '370112018'],
    ],
  },
  {
    what: 'a street run by 起步区 keeps its dataset parent',
    text: '起步区太平街道新建了一批项目。',
    expected: [
      ['起步区', null, null],
      ['太平街道', '370115006', '370115'],
    ],
  },

  // Shared names.
  {
    what: 'two 房庄村 in 长清区: common ancestor, no guess',
    text: '长清区房庄村位于济南与泰安交界处，全村200多口人。',
    expected: [
      ['长清区', '370113', null],
      ['房庄村', null, '370113'],
    ],
  },
  {
    what: 'the town printed before decides',
    text: '双泉镇房庄村的蓝莓产业项目投资2亿元。',
    expected: [
      ['双泉镇', '370113108', '370113'],
      ['房庄村', '370113108238', '370113108'],
    ],
  },
  {
    what: 'the story context decides',
    text: '房庄村的村民老邵最津津乐道的就是村里的大项目。',
    context: ['370113005'],
    expected: [['房庄村', '370113005203', '370113005']],
  },
  {
    what: 'a street elsewhere in the paragraph decides',
    text: '房庄村引来了蓝莓产业项目，归德街道为项目落地提供保障。',
    expected: [
      ['房庄村', '370113005203', '370113005'],
      ['归德街道', '370113005', '370113'],
    ],
  },
  {
    what: '小庄村 in several districts, no context: not told apart, no parent',
    text: '小庄村的文化广场丰富了群众的文化生活。',
    expected: [['小庄村', null, null]],
  },
  {
    what: '小庄村 with the story about 市中区',
    text: '小庄村的文化广场丰富了群众的文化生活。',
    context: ['370103'],
    expected: [['小庄村', '370103022219', '370103022']],
  },

  // District short forms.
  {
    what: 'short form after a middle dot',
    text: '开展“寻美·历下”活动，发挥最美历下“宣传员”的作用。',
    expected: [
      ['历下', '370102', null],
      ['历下', '370102', null],
    ],
  },
  { what: 'short form after a preposition', text: '为槐荫工业经济注入强劲发展动力。', expected: [['槐荫', '370104', null]] },
  { what: 'short form after a conjunction', text: '中国钢研科技集团与钢城合作共建研究院。', expected: [['钢城', '370117', null]] },
  {
    what: 'short form after a verb that takes a place',
    text: '推动法国鲁昂高等电子工程学院山东校区落地市中区，更多项目落户槐荫。',
    expected: [
      ['市中区', '370103', null],
      ['槐荫', '370104', null],
    ],
  },
  { what: 'short form right after the city', text: '济南章丘的铁锅远近闻名。', expected: [['章丘', '370114', null]] },
  { what: 'short forms inside other words are not places', text: '他经历下岗再就业，同比增长清洁能源。', expected: [] },
  { what: '市中 as an ordinary word', text: '济南市中级人民法院和市中心医院在城市中心。', expected: [] },
  { what: '市中 alone without the district in context', text: '为强省会建设贡献“市中力量”。', expected: [] },
  { what: '市中 with the district in context', text: '为强省会建设贡献“市中力量”。', context: ['370103'], expected: [['市中', '370103', null]] },
  {
    what: '市中 with the district in the same paragraph',
    text: '市中区优化人才发展生态，让人才在市中发展有保障。',
    expected: [
      ['市中区', '370103', null],
      ['市中', '370103', null],
    ],
  },
  {
    what: 'a list of district short forms supports 市中 and 天桥',
    text: '历下、市中、槐荫、天桥、历城五区实现城乡救助标准一体化。',
    expected: [
      ['历下', '370102', null],
      ['市中', '370103', null],
      ['槐荫', '370104', null],
      ['天桥', '370105', null],
      ['历城', '370112', null],
    ],
  },
  { what: 'a footbridge is not 天桥区', text: '人行天桥下设置了便民服务点。', expected: [] },

  // Not places.
  { what: 'generic community phrases', text: '共筑泉城活力社区，推动城乡社区、试点社区和社区工作者队伍建设。', expected: [] },
  { what: 'the city itself', text: '济南市统计局公布全市一季度工业经济主要数据，济南位列全省第一。', expected: [] },
  { what: 'places outside Jinan', text: '济南高新区与上饶市铅山县、临夏州康乐县携手，济南与新加坡合作深化。', expected: [['济南高新区', '370176', null]] },
  { what: 'a Jinan name after another city', text: '枣庄市市中区和青岛高新区也派人参加。', expected: [] },
  { what: 'a village after a town Jinan does not have', text: '泰安市岱岳区某某镇小庄村的村民也来参观。', expected: [] },
  { what: 'dataset community names that are ordinary words', text: '打造了一批幸福社区、和谐社区和平安社区。', expected: [] },
  { what: 'a village name inside the name of an area', text: '高新区孙村片区城市更新项目加快推进。', expected: [['高新区', '370176', null]] },
  {
    what: 'generic village words after a district are not unlisted places',
    text: '商河县经济薄弱村全部清零，章丘区新型城镇化加快推进，历城区驻村第一书记到位。',
    expected: [
      ['商河县', '370126', null],
      ['章丘区', '370114', null],
      ['历城区', '370112', null],
    ],
  },
  { what: 'an ordinary-word village name alone', text: '中心村的党员带头示范。', expected: [] },
  {
    what: 'an ordinary-word village name under its town',
    text: '商河县怀仁镇中心村的党员带头示范。',
    expected: [
      ['商河县', '370126', null],
      ['怀仁镇', '370126102', '370126'],
      ['中心村', '370126102200', '370126102'],
    ],
  },
  {
    what: 'ordinary prose right after a district',
    text: '历城区常态化开展无任用调研，天桥区将在全区范围内开展行动。',
    expected: [
      ['历城区', '370112', null],
      ['天桥区', '370105', null],
    ],
  },

  // Places missing from the dataset.
  {
    what: 'an unlisted street after its district',
    text: '历下区某某街道召开居民议事会。',
    expected: [
      ['历下区', '370102', null],
      ['某某街道', null, '370102'],
    ],
  },
  {
    what: 'a renamed town (now 唐王街道)',
    text: '历城区唐王镇的大白菜远销全国。',
    expected: [
      ['历城区', '370112', null],
      ['唐王镇', null, '370112'],
    ],
  },
  {
    what: 'a village after a former town of Jinan is kept',
    text: '历城区唐王镇娄家庄村的大白菜远销全国。',
    expected: [
      ['历城区', '370112', null],
      ['唐王镇', null, '370112'],
      ['娄家庄村', '370112020204', '370112020'],
    ],
  },
  {
    what: 'a dataset name printed under another district',
    text: '历下区建新社区开展志愿服务。',
    expected: [
      ['历下区', '370102', null],
      ['建新社区', null, '370102'],
    ],
  },
];

describe('extractPlaces', () => {
  it.each(rows)('$what', ({ text, context, expected }) => {
    const mentions = extractPlaces(text, jinan, context);
    expect(mentions.map((mention): Expected => [mention.text, mention.place.code, mention.place.parentCode])).toEqual(expected);
    for (const mention of mentions) expect(text.slice(mention.start, mention.end)).toBe(mention.text);
  });

  it('lists the candidates of a shared name it cannot tell apart', () => {
    const [, village] = extractPlaces('长清区房庄村的村民老邵。', jinan);
    expect(village).toMatchObject({ text: '房庄村', via: 'alias', candidates: ['370113005203', '370113108238'] });
    expect(village?.place).toEqual({ code: null, name: '房庄村', kind: 'village', parentCode: '370113' });
  });

  it('says how each mention was recognised', () => {
    const mentions = extractPlaces('历下区某某街道、姚家街道和“寻美·历下”活动。', jinan);
    expect(mentions.map((mention) => [mention.text, mention.via, mention.place.kind])).toEqual([
      ['历下区', 'name', 'district'],
      ['某某街道', 'unlisted', 'street'],
      ['姚家街道', 'name', 'street'],
      ['历下', 'short-form', 'district'],
    ]);
  });

  it('works on a gazetteer passed in', () => {
    const tiny = loadGazetteer({
      source: 'test',
      columns: ['code', 'name', 'kind', 'parent', 'aliases', 'shortForms'],
      places: [
        ['370199', '甲区', 'district', null],
        ['370199001', '乙街道', 'street', '370199'],
        ['370199002', '丁街道', 'street', '370199'],
        ['370199001201', '丙村村民委员会', 'village', '370199001', ['丙村']],
        ['370199002201', '丙村村民委员会', 'village', '370199002', ['丙村']],
      ],
      outside: ['外市'],
    });
    // Shared name settled by the street before it; the one after another city's name is dropped.
    expect(extractPlaces('丁街道丙村和外市丙村', tiny).map((mention) => [mention.text, mention.place.code])).toEqual([
      ['丁街道', '370199002'],
      ['丙村', '370199002201'],
    ]);
  });
});

describe('extractPlaces: bare items of a list the gazetteer confirms under the story’s place', () => {
  const listRows: Row[] = [
    {
      what: 'communities of the district in context, listed in groups with 等',
      text: '以万紫巷、启明里等引领，玉函路、聚善街等跟进。',
      context: ['370103'],
      expected: [
        ['万紫巷', '370103002009', '370103002'],
        ['启明里', '370103003003', '370103003'],
        ['玉函路', '370103004005', '370103004'],
        ['聚善街', '370103003002', '370103003'],
      ],
    },
    {
      what: 'an estate community named X小区社区 in the dataset; the leading preposition is not part of the item',
      text: '以七一、万紫巷等为样板。',
      context: ['370103'],
      expected: [
        ['七一', '370103003005', '370103003'],
        ['万紫巷', '370103002009', '370103002'],
      ],
    },
    {
      what: 'ASCII-style list with the district in the paragraph',
      text: '市中区玉函路、聚善街等社区率先试点。',
      expected: [
        ['市中区', '370103', null],
        ['玉函路', '370103004005', '370103004'],
        ['聚善街', '370103003002', '370103003'],
      ],
    },
    { what: 'without a place in the story the bare words are not taken', text: '以万紫巷、启明里等引领。', expected: [] },
    { what: 'the same words under another district are not taken', text: '以万紫巷、启明里等引领。', context: ['370102'], expected: [] },
    { what: 'ordinary words in a list are not places', text: '以党建、服务等引领，治理、发展等跟进。', context: ['370103'], expected: [] },
    { what: 'a name outside a list is not taken', text: '玉函路风景优美。', context: ['370103'], expected: [] },
  ];
  it.each(listRows)('$what', ({ text, context, expected }) => {
    const found = extractPlaces(text, jinan, context ?? []);
    expect(found.map((m): Expected => [m.text, m.place.code, m.place.parentCode])).toEqual(expected);
  });
});
