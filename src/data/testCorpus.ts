/**
 * A small made-up corpus for the data layer's tests: a district with a street and a community under it, a second
 * district, three stories over two newspaper files and two years, two people, two programmes and five figures. Each
 * helper fills the fields a test does not care about.
 */
import type { Corpus, Initiative, Metric, Official, Place, Story } from './site.ts';

type Ref<C extends string> = { collection: C; id: string };
const refs = <C extends string>(collection: C, ids: readonly string[]): Ref<C>[] => ids.map((id) => ({ collection, id }));

/** A story; `anchors` are the figures the annotator marked in its text. */
export function story(id: string, title: string, data: Partial<Story['data']> & { source: string; storyIndex: number }, anchors: string[] = []): Story {
  return {
    id,
    collection: 'articles',
    data: {
      title,
      titleGenerated: false,
      kicker: null,
      subtitle: null,
      column: null,
      sourceLine: 1,
      bylines: [],
      credits: [],
      dateline: null,
      year: null,
      published: null,
      publication: null,
      page: null,
      url: null,
      summary: '',
      captions: [],
      districts: [],
      officials: [],
      initiatives: [],
      metrics: [],
      ...data,
    },
    ...(anchors.length > 0 ? { rendered: { html: '', metadata: { frontmatter: { figureAnchors: anchors } } } } : {}),
  } as Story;
}

/** A place. */
export function place(id: string, name: string, kind: Place['data']['kind'], parent: string | null, more: Partial<Place['data']> = {}): Place {
  return {
    id,
    collection: 'districts',
    data: {
      name,
      aliases: [],
      kind,
      code: null,
      parent: parent === null ? null : { collection: 'districts', id: parent },
      articles: [],
      officials: [],
      initiatives: [],
      metrics: [],
      ...more,
    },
  } as Place;
}

/** A person. */
export function person(id: string, name: string, titles: string[], more: Partial<Official['data']> = {}): Official {
  return { id, collection: 'officials', data: { name, titles, category: null, articles: [], districts: [], quotes: [], ...more } } as Official;
}

/** A programme. */
export function programme(id: string, name: string, more: Partial<Initiative['data']> = {}): Initiative {
  return {
    id,
    collection: 'initiatives',
    data: { name, aliases: [], owner: null, districts: [], articles: [], years: null, metrics: [], officials: [], descriptions: [], ...more },
  } as Initiative;
}

/** A figure stated in `article`. */
export function figure(id: string, article: string, data: Partial<Metric['data']> & { subject: string; text: string; quote: string }): Metric {
  return {
    id,
    collection: 'metrics',
    data: {
      value: 1,
      valueMax: null,
      unit: '个',
      normalized: 1,
      baseUnit: '个',
      kind: 'count',
      target: false,
      qualifier: null,
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
      district: null,
      placeGuessed: false,
      year: null,
      period: null,
      initiative: null,
      official: null,
      article: { collection: 'articles', id: article },
      ...data,
    },
  } as Metric;
}

/** The made-up corpus: 青石区 over 柳岸街道 over 东坡社区, and 白沙县 beside it. */
export function testCorpus(): Corpus {
  return {
    articles: [
      // File 0001 is older than 0002: the index lists 0002's stories first.
      story('lu-wang', '青石区织密公交线网', {
        source: '0001.txt',
        storyIndex: 1,
        year: 2023,
        bylines: ['记者 甲乙'],
        summary: '青石区新开公交线路12条。',
        districts: refs('districts', ['qingshi-qu']),
        officials: refs('officials', ['zhao-mingyuan']),
        metrics: refs('metrics', ['xian-lu-12', 'zhan-dian-40']),
      }),
      story(
        'she-qu-shi-tang',
        '东坡社区食堂开张',
        {
          source: '0002.txt',
          storyIndex: 2,
          year: 2024,
          published: '2024-03-05',
          publication: '某城晚报',
          page: 'A03',
          districts: refs('districts', ['dongpo-shequ', 'liuan-jiedao']),
          initiatives: refs('initiatives', ['nuan-xin-fan-zhuo']),
          metrics: refs('metrics', ['yong-can-300']),
        },
        ['yong-can-300'],
      ),
      story('bai-sha-cha-chan', '白沙县茶叶增产', {
        source: '0002.txt',
        storyIndex: 1,
        year: 2024,
        districts: refs('districts', ['baisha-xian']),
        metrics: refs('metrics', ['cha-ye-zeng-zhang', 'cha-ye-mu']),
      }),
    ],
    districts: [
      place('qingshi-qu', '青石区', 'district', null, {
        code: '379901',
        articles: refs('articles', ['lu-wang']),
        initiatives: refs('initiatives', ['lv-dao']),
      }),
      place('liuan-jiedao', '柳岸街道', 'street', 'qingshi-qu', { code: '379901001', articles: refs('articles', ['she-qu-shi-tang']) }),
      place('dongpo-shequ', '东坡社区', 'community', 'liuan-jiedao', {
        aliases: ['东坡'],
        articles: refs('articles', ['she-qu-shi-tang']),
        officials: refs('officials', ['qian-xiaoyu']),
      }),
      place('baisha-xian', '白沙县', 'county', null, { code: '379902', articles: refs('articles', ['bai-sha-cha-chan']) }),
    ],
    officials: [
      person('zhao-mingyuan', '赵明远', ['青石区交通运输局局长'], {
        category: 'government',
        articles: refs('articles', ['lu-wang']),
        districts: refs('districts', ['qingshi-qu']),
        quotes: [{ text: '让群众出门有车坐。', article: { collection: 'articles', id: 'lu-wang' } }],
      }),
      person('qian-xiaoyu', '钱晓雨', ['东坡社区党委书记'], {
        category: 'community',
        articles: refs('articles', ['she-qu-shi-tang']),
        districts: refs('districts', ['dongpo-shequ']),
      }),
    ],
    initiatives: [
      programme('lv-dao', '绿道贯通', { owner: '青石区', districts: refs('districts', ['qingshi-qu']), officials: refs('officials', ['zhao-mingyuan']) }),
      programme('nuan-xin-fan-zhuo', '暖心饭桌', {
        owner: '柳岸街道',
        years: { start: 2023, end: 2025 },
        districts: refs('districts', ['dongpo-shequ']),
        articles: refs('articles', ['she-qu-shi-tang']),
        officials: refs('officials', ['qian-xiaoyu']),
        descriptions: [{ text: '为社区老人提供午餐。', article: { collection: 'articles', id: 'she-qu-shi-tang' } }],
        metrics: refs('metrics', ['yong-can-300']),
      }),
    ],
    metrics: [
      figure('xian-lu-12', 'lu-wang', {
        subject: '新开公交线路',
        text: '12条',
        quote: '青石区新开公交线路12条。',
        value: 12,
        unit: '条',
        normalized: 12,
        baseUnit: '条',
        year: 2023,
        district: { collection: 'districts', id: 'qingshi-qu' },
        official: { collection: 'officials', id: 'zhao-mingyuan' },
      }),
      figure('zhan-dian-40', 'lu-wang', {
        subject: '新建站点',
        text: '40余个',
        quote: '新建站点40余个。',
        value: 40,
        qualifier: '余',
        normalized: 40,
        year: 2023,
        district: { collection: 'districts', id: 'liuan-jiedao' },
      }),
      figure('yong-can-300', 'she-qu-shi-tang', {
        subject: '每日用餐老人',
        text: '300人次',
        quote: '食堂每日接待老人300人次。',
        value: 300,
        unit: '人次',
        normalized: 300,
        baseUnit: '人次',
        year: 2024,
        period: '一季度',
        district: { collection: 'districts', id: 'dongpo-shequ' },
        initiative: { collection: 'initiatives', id: 'nuan-xin-fan-zhuo' },
      }),
      figure('cha-ye-zeng-zhang', 'bai-sha-cha-chan', {
        subject: '茶叶产量增速',
        text: '8.5%',
        quote: '茶叶产量增长8.5%。',
        value: 8.5,
        unit: '%',
        normalized: 8.5,
        baseUnit: '%',
        kind: 'growth',
        year: 2024,
        district: { collection: 'districts', id: 'baisha-xian' },
      }),
      figure('cha-ye-mu', 'bai-sha-cha-chan', {
        subject: '茶园面积',
        text: '1.2万至1.5万亩',
        quote: '茶园面积达1.2万至1.5万亩。',
        value: 1.2,
        valueMax: 1.5,
        unit: '万亩',
        normalized: 12000,
        baseUnit: '亩',
        kind: 'area',
        target: true,
      }),
    ],
  };
}
