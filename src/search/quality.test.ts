/**
 * Search quality as a reader meets it, on a small made-up site in the style of the Jinan stories: traditional
 * characters, partial matches (labelled), charts, posts above quotes, and words matched whole rather than as
 * scattered characters. Every query is answered by the whole index and by the sharded index alike.
 */
import { describe, expect, it } from 'vitest';
import { buildPayload, buildShards } from './buildIndex.ts';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import { createSearcher, type SearchAnswer } from './search.ts';
import { createShardedSearcher } from './shardClient.ts';
import { SHOWN } from './shardFormat.ts';
import { toSimplified } from './traditional.ts';

const story = (id: string, title: string, body: string, districts: string[] = []) => ({
  id,
  data: { title, kicker: null, subtitle: null, year: null, captions: [], districts, officials: [], initiatives: [] },
  body,
});

/** The made-up site. */
const SITE: SearchSource = {
  articles: [
    story('zhao-yin', '市中区开展“双招双引”攻坚', '市中区开展双招双引攻坚行动，一季度签约项目18个。', ['shizhong-qu']),
    // 双, 招, 引 and 网, 格, 员 and 历 … 城 all printed, never together
    story('san-luan', '基层一线见闻', '双方签约后，招聘会吸引了不少求职者；网上办事更方便，格子间里的职员说。历史文化名城迎来游客。'),
    story('wang-ge', '网格员走进楼栋', '天桥区的网格员每天走访独居老人，记录需求。', ['tianqiao-qu']),
    story('li-cheng', '历城区新建口袋公园', '历城区今年新建口袋公园12处。', ['licheng-qu']),
  ],
  districts: [
    { id: 'shizhong-qu', data: { name: '市中区', aliases: ['市中'], kind: 'district', code: null, parent: null, articles: [] } },
    { id: 'tianqiao-qu', data: { name: '天桥区', aliases: ['天桥'], kind: 'district', code: null, parent: null, articles: [] } },
    { id: 'licheng-qu', data: { name: '历城区', aliases: ['历城'], kind: 'district', code: null, parent: null, articles: [] } },
  ],
  officials: [
    { id: 'wang-jianhua', data: { name: '王建华', titles: ['天桥区委书记'], districts: ['tianqiao-qu'], quotes: [], articles: [] } },
    {
      id: 'zhao-min',
      data: { name: '赵敏', titles: ['天桥区区长'], districts: ['tianqiao-qu'], quotes: [{ text: '区委书记多次到企业调研。' }], articles: [] },
    },
  ],
  initiatives: [],
  metrics: [
    {
      id: '120-jia',
      data: {
        subject: '天桥区新增企业',
        text: '120家',
        quote: '区委书记王建华介绍，全区新增企业120家。',
        year: null,
        article: 'wang-ge',
        district: 'tianqiao-qu',
        initiative: null,
        official: null,
      },
    },
  ],
  charts: [
    {
      id: 'qian-yue-xiang-mu',
      data: { title: '各区签约项目数量', finding: '市中区签约项目最多，18个。', labels: ['市中区', '天桥区'], district: null, initiatives: [] },
    },
    {
      id: 'gong-ye-zeng-su',
      data: { title: '各区一季度工业增速', finding: '天桥区增长最快，同比增长12.5%。', labels: ['天桥区', '历城区'], district: null, initiatives: [] },
    },
  ],
};

const docs = buildSearchDocs(SITE);
const whole = createSearcher(buildPayload(docs), toSimplified);
const index = buildShards(docs, undefined, { wholeBelow: 0 });
const sharded = createShardedSearcher(
  index.manifest,
  async (name) => JSON.parse(index.files.get(name)!),
  async () => toSimplified,
);

/** What a reader sees of an answer: counts, and the first hits of each group with their rank (positions differ between the indexes). */
const seen = (answer: SearchAnswer): string =>
  JSON.stringify({
    ...answer,
    groups: answer.groups.map((g) => ({ ...g, hits: g.hits.slice(0, SHOWN).map(({ url, tier, score }) => ({ url, tier, score })) })),
  });

/** The answer of both searchers, checked equal. */
async function search(query: string): Promise<SearchAnswer> {
  const a = whole.search(query);
  const b = await sharded.search(query);
  expect(seen(b), `${query}: sharded ≠ whole`).toBe(seen(a));
  return a;
}
const urls = (answer: SearchAnswer): string[] => answer.groups.flatMap((g) => g.hits.map((h) => h.url));
const marks = (query: string, answer: SearchAnswer): string[] =>
  answer.groups
    .flatMap((g) => g.hits)
    .flatMap((h) =>
      whole
        .show(h, answer)
        .snippet.filter((s) => s.mark)
        .map((s) => s.text),
    );

describe('search quality', () => {
  it.each([
    // traditional characters of a district name
    ['歷城區', '/districts/licheng-qu/'],
    // traditional characters of a common word, in a headline
    ['網格員', '/articles/wang-ge/'],
  ])('%s (traditional) finds what the simplified form finds, %s first', async (query, first) => {
    const answer = await search(query);
    expect(urls(answer)[0]).toBe(first);
    expect(urls(answer)).toEqual(urls(await search(toSimplified(query))));
  });

  it.each([
    // a slogan the segmenter does not know: only the story printing it, marked whole
    ['双招双引', ['/articles/zhao-yin/'], '双招双引'],
    // a word the segmenter cuts as 网格|员
    ['网格员', ['/articles/wang-ge/'], '网格员'],
    // a district's short name, not 历史文化名城
    ['历城', ['/districts/licheng-qu/', '/articles/li-cheng/'], '历城'],
  ])('%s matches the word whole, never its characters scattered', async (query, expected, mark) => {
    const answer = await search(query);
    expect(urls(answer)).not.toContain('/articles/san-luan/');
    for (const url of expected) expect(urls(answer)).toContain(url);
    expect(urls(answer)[0]).toBe(expected[0]);
    for (const m of marks(query, answer)) expect(m).toBe(mark);
  });

  it('书记 puts the person holding the post above pages quoting one', async () => {
    const answer = await search('书记');
    expect(answer.groups[0]?.label).toBe('人物');
    expect(answer.groups[0]?.hits[0]?.url).toBe('/officials/wang-jianhua/');
    // the figure whose sentence mentions 书记 is still found, below
    expect(urls(answer)).toContain('/articles/wang-ge/#fig-120-jia');
  });

  it.each([
    // a chart's title
    ['项目数量', '/charts/qian-yue-xiang-mu/'],
    // a chart's finding
    ['增长最快', '/charts/gong-ye-zeng-su/'],
  ])('%s finds the chart %s, under 图表', async (query, chart) => {
    const answer = await search(query);
    const charts = answer.groups.find((g) => g.label === '图表');
    expect(charts?.hits[0]?.url).toBe(chart);
    expect(answer.partial).toBe(false);
  });

  it('when no page holds every word, the pages holding most of them, labelled partial', async () => {
    const answer = await search('网格员 量子计算');
    expect(answer.partial).toBe(true);
    expect(answer.matched).toEqual(['网格员']);
    expect(urls(answer)[0]).toBe('/articles/wang-ge/');
  });

  it('a word found nowhere finds nothing, not a partial match', async () => {
    const answer = await search('量子计算');
    expect(answer.total).toBe(0);
    expect(answer.partial).toBe(false);
  });
});
