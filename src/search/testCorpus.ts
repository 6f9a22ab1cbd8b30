/**
 * A small made-up site in the style of the Jinan stories, and search queries with the pages a reader
 * expects for each: the yardstick of `strategies.test.ts` and the corpus of `search.test.ts`.
 * Keys name documents as `<type>:<slug>`.
 */
import type { ArticleEntry, DistrictEntry, InitiativeEntry, MetricEntry, OfficialEntry, SearchSource } from './documents.ts';

const article = (id: string, title: string, body: string, links: Partial<ArticleEntry['data']> = {}): ArticleEntry => ({
  id,
  data: { title, kicker: null, subtitle: null, year: null, captions: [], districts: [], officials: [], initiatives: [], ...links },
  body,
});
const district = (id: string, name: string, aliases: string[], kind: string, parent: string | null = null): DistrictEntry => ({
  id,
  data: { name, aliases, kind, code: null, parent, articles: [] },
});
const official = (id: string, name: string, titles: string[], districts: string[] = []): OfficialEntry => ({
  id,
  data: { name, titles, districts, quotes: [], articles: [] },
});
const initiative = (id: string, name: string, description: string, districts: string[] = []): InitiativeEntry => ({
  id,
  data: { name, owner: null, districts, officials: [], descriptions: [{ text: description }], articles: [] },
});
const figure = (id: string, subject: string, text: string, quote: string, articleId: string, districtId: string | null = null): MetricEntry => ({
  id,
  data: { subject, text, quote, year: null, article: articleId, district: districtId, initiative: null, official: null },
});

/** The made-up site. */
export const TEST_SOURCE: SearchSource = {
  articles: [
    article(
      'leng-lian',
      '济南冷链物流基地建设加快',
      '2024年，济南国家骨干冷链物流基地完成投资12.5亿元，同比增长18.7%。\n\n全市规上物流企业达316家，营业收入883.5亿元。',
    ),
    article('yi-gong', '泉城义工走进姚家街道', '近日，历下区姚家街道组织泉城义工走进社区，为独居老人提供助餐服务。\n\n今年以来，全区注册志愿者超过1.2万人。', {
      districts: ['lixia-qu', 'yaojia-jiedao'],
      initiatives: ['quan-cheng-yi-gong'],
    }),
    article('lan-mei', '小蓝莓鼓起村民钱袋子', '长清区张夏街道的蓝莓种植基地今年亩产超过800公斤，带动周边300余户村民增收。', { districts: ['changqing-qu'] }),
    article('zhao-shang', '全年招引过亿元项目500个', '济南市投资促进局局长李洪伟介绍，2025年全市计划招引过亿元项目500个，新能源、物流等产业链招商持续发力。', {
      officials: ['li-hongwei'],
    }),
    article('ji-shu-he-tong', '一季度技术合同成交额达63亿元', '一季度，济南高新技术产业开发区技术合同成交额达63亿元，同比增长37%，位列全市第一。', {
      districts: ['gaoxin-qu'],
    }),
    article(
      'xin-li-liang',
      '凝聚“新力量” 服务“益满格”',
      '历下区新的社会阶层人士参与“新力量·益满格”活动，成立社区工作站126个。\n\n## 义工服务进网格\n\n网格员与义工结对，每周上门走访。',
      { districts: ['lixia-qu'], initiatives: ['xin-li-liang'] },
    ),
    article('wu-ji', '全市新增３家国家５Ａ级物流企业', '截至目前，全市共有国家５Ａ级物流企业22家，数量居全国同类城市前列。'),
    article('han-leng', '寒潮来袭 企业保供稳产', '寒冷天气下，产业链上下游企业保持生产，物流园区和仓储基地24小时运转，保障民生物资供应。'),
    article('cang-chu', '冷链物流企业加快布局', '多家冷链物流企业在济南设立区域总部，同时建设仓储基地，冷藏库容超过30万吨。'),
    article('dang-wei', '楼宇党建激活“红色引擎”', '姚家街道党委书记张明远表示，将把党的工作嵌入楼宇，服务入驻企业115家。', {
      districts: ['yaojia-jiedao'],
      officials: ['zhang-mingyuan'],
    }),
  ],
  districts: [
    district('lixia-qu', '历下区', ['历下'], 'district'),
    district('gaoxin-qu', '济南高新技术产业开发区', ['高新区', '济南高新区'], 'functional-area'),
    district('yaojia-jiedao', '姚家街道', [], 'street', 'lixia-qu'),
    district('changqing-qu', '长清区', ['长清'], 'district'),
  ],
  officials: [
    official('li-hongwei', '李洪伟', ['济南市投资促进局局长']),
    official('zhang-mingyuan', '张明远', ['姚家街道党委书记'], ['yaojia-jiedao']),
    official('shan-lixin', '单立新', ['长清区民政局局长'], ['changqing-qu']),
  ],
  initiatives: [
    initiative('quan-cheng-yi-gong', '泉城义工', '持续推进泉城义工志愿服务品牌升级。'),
    initiative('xin-li-liang', '新力量·益满格', '引导新的社会阶层人士进社区、进网格。', ['lixia-qu']),
  ],
  metrics: [
    figure('316-jia', '规上物流企业', '316家', '全市规上物流企业达316家，营业收入883.5亿元。', 'leng-lian'),
    figure(
      '63-yi-yuan',
      '技术合同成交额',
      '63亿元',
      '一季度，济南高新技术产业开发区技术合同成交额达63亿元，同比增长37%，位列全市第一。',
      'ji-shu-he-tong',
      'gaoxin-qu',
    ),
    figure('126-ge', '社区工作站', '126个', '历下区新的社会阶层人士参与“新力量·益满格”活动，成立社区工作站126个。', 'xin-li-liang', 'lixia-qu'),
    figure('800-gong-jin', '蓝莓亩产', '800公斤', '长清区张夏街道的蓝莓种植基地今年亩产超过800公斤，带动周边300余户村民增收。', 'lan-mei', 'changqing-qu'),
  ],
};

/** A query and what a reader expects from it. */
export interface TestQuery {
  /** What the reader types. */
  query: string;
  /** Every page that should be found (`<type>:<slug>`); empty for nonsense. */
  expected: string[];
  /** The page that should come first, where one clearly should. */
  top?: string;
  /** What the row tests. */
  note: string;
}

/** The test queries, each with the pages a reader would want. */
export const TEST_QUERIES: TestQuery[] = [
  { query: '义工', expected: ['article:yi-gong', 'article:xin-li-liang', 'initiative:quan-cheng-yi-gong'], note: 'two-character word' },
  {
    query: '物流',
    expected: ['article:leng-lian', 'article:zhao-shang', 'article:wu-ji', 'article:han-leng', 'article:cang-chu', 'figure:316-jia'],
    note: 'two-character word in titles and bodies',
  },
  { query: '蓝莓', expected: ['article:lan-mei', 'figure:800-gong-jin'], note: 'two-character word a general segmenter may not know' },
  {
    query: '历下区',
    expected: ['district:lixia-qu', 'district:yaojia-jiedao', 'article:yi-gong', 'article:xin-li-liang', 'initiative:xin-li-liang', 'figure:126-ge'],
    top: 'district:lixia-qu',
    note: 'a place: its page first, then what is in or about it',
  },
  { query: '李洪伟', expected: ['official:li-hongwei', 'article:zhao-shang'], top: 'official:li-hongwei', note: 'a name printed right after a title' },
  { query: '历下区义工', expected: ['article:yi-gong', 'article:xin-li-liang'], note: 'place and word run together without a space' },
  { query: '历下 义工', expected: ['article:yi-gong', 'article:xin-li-liang'], note: 'alias and word with a space' },
  { query: '冷链物流基地', expected: ['article:leng-lian', 'article:cang-chu'], note: 'compound: the phrase, or its words apart' },
  {
    query: '高新区',
    expected: ['district:gaoxin-qu', 'article:ji-shu-he-tong', 'figure:63-yi-yuan'],
    top: 'district:gaoxin-qu',
    note: 'an alias the story does not print (it prints the full name)',
  },
  { query: '５Ａ级', expected: ['article:wu-ji'], note: 'full-width letters and digits' },
  { query: '5A级', expected: ['article:wu-ji'], note: 'ASCII query, full-width text' },
  {
    query: '新力量益满格',
    expected: ['initiative:xin-li-liang', 'article:xin-li-liang', 'figure:126-ge'],
    top: 'initiative:xin-li-liang',
    note: 'a name typed without its middle dot',
  },
  { query: '泉城义工服务', expected: ['article:yi-gong', 'initiative:quan-cheng-yi-gong'], note: 'a programme name followed by a word' },
  { query: '长清蓝莓', expected: ['article:lan-mei', 'figure:800-gong-jin'], note: 'alias and word run together' },
  { query: '投资促进局', expected: ['official:li-hongwei', 'article:zhao-shang'], note: 'an organisation inside a post' },
  { query: '姚家街道党委书记', expected: ['article:dang-wei', 'official:zhang-mingyuan'], note: 'a post as printed' },
  { query: '技术合同', expected: ['article:ji-shu-he-tong', 'figure:63-yi-yuan'], note: 'a figure and its story' },
  { query: 'lixia', expected: ['district:lixia-qu'], top: 'district:lixia-qu', note: 'pinyin of an alias' },
  { query: 'lxq', expected: ['district:lixia-qu'], top: 'district:lixia-qu', note: 'pinyin initials' },
  { query: 'lihongwei', expected: ['official:li-hongwei'], top: 'official:li-hongwei', note: 'full pinyin of a name' },
  { query: 'li hongwei', expected: ['official:li-hongwei'], top: 'official:li-hongwei', note: 'pinyin with a space' },
  { query: 'shanlixin', expected: ['official:shan-lixin'], top: 'official:shan-lixin', note: 'surname read as a surname (单 shàn)' },
  { query: 'qcyg', expected: ['initiative:quan-cheng-yi-gong'], top: 'initiative:quan-cheng-yi-gong', note: 'initials of a programme' },
  { query: '量子火锅', expected: [], note: 'nonsense in Chinese' },
  { query: 'xyzzy', expected: [], note: 'nonsense in Latin letters' },
];
