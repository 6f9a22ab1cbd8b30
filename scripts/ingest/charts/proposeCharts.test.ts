import { describe, expect, it } from 'vitest';
import {
  chartToMarkdown,
  parseSlugRegistry,
  planCharts,
  proposeCharts,
  slugRegistryText,
  sourceLine,
  type ArticleInput,
  type InitiativeInput,
  type MetricInput,
} from './proposeCharts.ts';
import { framed } from './frameFixtures.ts';
import { schemas, type MetricData } from '../../../src/schemas.ts';

/** A story holding the given paragraphs. */
function story(slug: string, paragraphs: string[], storyIndex = 1): ArticleInput {
  return { slug, title: `${slug}的报道`, source: '001_test.txt', storyIndex, paragraphs };
}

/** The one chart `proposeCharts` draws from `input`: fails when it draws none or more than one. */
function onlyChart(input: Parameters<typeof proposeCharts>[0]): ReturnType<typeof proposeCharts>[number]['data'] {
  const charts = proposeCharts(input);
  expect(charts.map((c) => c.data.title)).toHaveLength(1);
  return charts[0]!.data;
}

/** A figure stated in `quote` of story `article`, with a made-up frame. */
function fig(id: string, text: string, quote: string, article: string, frame: Partial<MetricData>): MetricInput {
  return framed(id, text, { quote, article, ...frame });
}

describe('proposeCharts: frames decide, not units', () => {
  it('proposes no figure chart from figures without frames, and lists each as incomplete', () => {
    const q = '一季度，某区工业总产值同比增长16.6%，规上工业增加值同比增长37.1%，固定资产投资增长8%。';
    const bare = { entity: null, entityKind: null, measure: null, basis: null };
    const metrics = [fig('a', '16.6%', q, 's1', bare), fig('b', '37.1%', q, 's1', bare), fig('c', '8%', q, 's1', bare)];
    const plan = planCharts({ metrics, articles: [story('s1', [q])] });
    expect(plan.charts).toEqual([]);
    expect(plan.incomplete.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(plan.incomplete[0]!.missing).toEqual(['entity', 'entityKind', 'measure', 'basis']);
  });

  it('compares one measure of three districts printed in three stories, each bar from its own story', () => {
    const frame = (entity: string, district: string): Partial<MetricData> => ({
      entity,
      district,
      measure: '规上工业增加值',
      basis: 'growth-rate',
      year: 2023,
      period: '一季度',
    });
    const metrics = [
      fig('a', '12.5%', '2023年一季度，甲区规上工业增加值同比增长12.5%。', 's1', frame('甲区', 'jia-qu')),
      fig('b', '7.4%', '今年一季度，乙区规上工业增加值增长7.4%。', 's2', frame('乙区', 'yi-qu')),
      fig('c', '9.1%', '丙区一季度规上工业增加值增长9.1%。', 's3', frame('丙区', 'bing-qu')),
    ];
    const articles = [story('s1', [metrics[0]!.data.quote], 1), story('s2', [metrics[1]!.data.quote], 2), story('s3', [metrics[2]!.data.quote], 3)];
    const chart = onlyChart({ metrics, articles });
    expect(chart).toMatchObject({
      rule: 'compare',
      type: 'bar',
      title: '各地2023年一季度规上工业增加值增速',
      subtitle: '单位：% · 增长率 · 2023年一季度',
      metrics: ['a', 'c', 'b'],
      labels: ['甲区', '丙区', '乙区'],
      finding: '甲区增速最高，12.5%；乙区增速最低，7.4%。',
      articles: ['s1', 's2', 's3'],
      district: null,
    });
    expect(chart.source).toContain('《s2的报道》');
  });

  it('drops two rival bars and says which rule they broke', () => {
    const f = (id: string, entity: string) => fig(id, `${id === 'a' ? 52 : 29}个`, `${entity}有重点楼宇。`, 's1', { entity, measure: '重点楼宇', year: 2023 });
    const plan = planCharts({ metrics: [f('a', '甲区'), f('b', '乙区')], articles: [story('s1', ['甲区有重点楼宇。乙区有重点楼宇。'])] });
    expect(plan.charts).toEqual([]);
    expect(plan.dropped).toMatchObject([{ rule: 'compare', broken: 'two-bars', metrics: ['a', 'b'] }]);
  });

  it('never charts an enumerated count or a size limit', () => {
    const q = '全区拥有规上工业企业73家，其中高新技术企业甲、乙、丙3家。';
    const metrics = [
      fig('a', '73家', q, 's1', { measure: '规上工业企业' }),
      fig('b', '3家', q, 's1', { measure: '高新技术企业', enumerated: true }),
      fig('c', '9家', '乙区拥有规上工业企业9家。', 's1', { entity: '乙区', measure: '高新技术企业' }),
      fig('d', '10亿元', '10亿元以上项目34个。', 's1', { threshold: '10亿元以上', measure: '项目投资' }),
    ];
    const plan = planCharts({ metrics, articles: [story('s1', [q])] });
    expect(plan.charts).toEqual([]);
    expect(plan.dropped.flatMap((d) => d.metrics)).not.toContain('b');
    expect(plan.dropped.flatMap((d) => d.metrics)).not.toContain('d');
  });
});

describe('proposeCharts: indicators of one place', () => {
  const q1 = '一季度，某区工业总产值同比增长16.6%，规上工业增加值同比增长37.1%。';
  const q2 = '某区固定资产投资增长8%；区内某机床集团产值增长107%。';
  const one = { year: 2023, period: '一季度', basis: 'growth-rate' as const };
  const metrics = [
    fig('a', '16.6%', q1, 's1', { ...one, measure: '工业总产值' }),
    fig('b', '37.1%', q1, 's1', { ...one, measure: '规上工业增加值' }),
    fig('c', '8%', q2, 's1', { ...one, measure: '固定资产投资' }),
    fig('d', '107%', q2, 's1', { ...one, measure: '产值', entity: '某机床集团', entityKind: 'organisation' }),
  ];

  it("ranks the place's growth rates, each bar its measure, without the company", () => {
    expect(onlyChart({ metrics, articles: [story('s1', [q1, q2])] })).toMatchObject({
      rule: 'indicators-of-one-place',
      title: '某区2023年一季度主要指标增速',
      subtitle: '单位：% · 增长率 · 2023年一季度',
      labels: ['规上工业增加值', '工业总产值', '固定资产投资'],
      metrics: ['b', 'a', 'c'],
      finding: '规上工业增加值增速最高，37.1%；固定资产投资增速最低，8%。',
    });
  });
});

describe('proposeCharts: parts of a whole', () => {
  const q = '今年全区推进重点项目57个，其中产业项目30个、民生项目12个，总投资300亿元。';
  const metrics = [
    fig('w', '57个', q, 's1', { measure: '重点项目', year: 2024 }),
    fig('a', '30个', q, 's1', { measure: '产业项目', year: 2024 }),
    fig('b', '12个', q, 's1', { measure: '民生项目', year: 2024 }),
    fig('t', '300亿元', q, 's1', { measure: '重点项目总投资', year: 2024 }),
  ];

  it('stacks the parts the sentence states, the rest labelled 未列明', () => {
    expect(onlyChart({ metrics, articles: [story('s1', [q])] })).toMatchObject({
      rule: 'parts-of-whole',
      type: 'stacked-bar',
      total: 'w',
      metrics: ['w', 'a', 'b'],
      labels: ['重点项目', '产业项目', '民生项目'],
      title: '某区2024年重点项目构成',
      finding: '重点项目共57个，其中产业项目最多，30个，占52.6%；另有15个未列明。',
    });
  });

  it('stacks a count and, beside it, the investment of the same set, each with its stated parts', () => {
    // `共…N个，总投资…` states two totals of one set; each part is stated with its own investment.
    const q2 = '截至目前，共推进重点项目40个，总投资300亿元，8个项目已竣工，总投资50亿元，20个项目已开工，总投资150亿元。';
    const ms = [
      fig('n', '40个', q2, 's1', { measure: '推进重点项目' }),
      fig('nt', '300亿元', q2, 's1', { measure: '推进重点项目总投资' }),
      fig('a', '8个', q2, 's1', { measure: '已竣工的项目' }),
      fig('at', '50亿元', q2, 's1', { measure: '已竣工的项目总投资' }),
      fig('b', '20个', q2, 's1', { measure: '已开工的项目' }),
      fig('bt', '150亿元', q2, 's1', { measure: '已开工的项目总投资' }),
    ];
    const charts = proposeCharts({ metrics: ms, articles: [story('s1', [q2])] });
    expect(charts.map((c) => [c.data.total, c.data.metrics, c.data.finding])).toEqual([
      ['n', ['n', 'a', 'b'], '推进重点项目共40个，其中已开工的项目最多，20个，占50%；另有12个未列明。'],
      ['nt', ['nt', 'at', 'bt'], '推进重点项目总投资共300亿元，其中已开工的项目总投资最多，150亿元，占50%；另有100亿元未列明。'],
    ]);
  });

  it('does not stack over a floor (57个以上): its shares are unknown', () => {
    const floor = '全区推进重点项目57个以上，其中产业项目30个、民生项目12个。';
    const ms = [
      fig('w', '57个以上', floor, 's1', { measure: '重点项目' }),
      fig('a', '30个', floor, 's1', { measure: '产业项目' }),
      fig('b', '12个', floor, 's1', { measure: '民生项目' }),
    ];
    const plan = planCharts({ metrics: ms, articles: [story('s1', [floor])] });
    expect(plan.charts).toEqual([]);
    expect(plan.dropped).toMatchObject([{ rule: 'parts-of-whole', broken: 'floor-in-ratio' }]);
  });
});

describe('proposeCharts: over time, across stories', () => {
  const f = (id: string, text: string, year: number, article: string, extra: Partial<MetricData> = {}) =>
    fig(id, text, `${year}年，某市签约项目${text}。`, article, { entity: '某市', entityKind: 'city', measure: '签约项目', year, district: null, ...extra });

  it("draws one entity's measure over the years from two stories, and the next target of the same measure marked", () => {
    const metrics = [f('a', '540个', 2023, 's1'), f('b', '671个', 2024, 's2'), f('t', '700个', 2025, 's2', { target: true })];
    expect(
      onlyChart({
        metrics,
        articles: [story('s1', [metrics[0]!.data.quote], 1), story('s2', [metrics[1]!.data.quote, metrics[2]!.data.quote], 2)],
      }),
    ).toMatchObject({
      rule: 'over-time',
      type: 'timeline',
      title: '某市签约项目（2023—2025年，含目标）',
      labels: ['2023年', '2024年', '2025年目标'],
      series: ['实际', '实际', '目标'],
      finding: '某市签约项目从2023年的540个增至2024年的671个；2025年目标为700个。',
      articles: ['s1', 's2'],
    });
  });

  it('does not set a result against a target counted differently (another measure)', () => {
    const metrics = [f('b', '671个', 2024, 's1'), f('t', '1000个以上', 2025, 's1', { target: true, measure: '招引新项目' })];
    expect(proposeCharts({ metrics, articles: [story('s1', ['x'])] })).toEqual([]);
  });
});

describe('proposeCharts: programmes and records', () => {
  it("draws a plan's yearly phases under the span that holds them", () => {
    const initiative = (slug: string, name: string, start: number, end: number, districts: string[] = []): InitiativeInput => ({
      slug,
      data: { name, owner: null, districts, articles: ['s1'], years: { start, end } },
    });
    const initiatives = [
      initiative('a', '打基础年', 2023, 2023, ['mou-qu']),
      initiative('b', '上台阶年', 2024, 2024),
      initiative('c', '创一流年', 2025, 2025),
      initiative('p', '三提升', 2023, 2025, ['mou-qu']),
    ];
    expect(onlyChart({ metrics: [], articles: [story('s1', ['x'])], districts: [{ slug: 'mou-qu', name: '某区', aliases: [] }], initiatives })).toMatchObject({
      rule: 'programme-timeline',
      type: 'timeline',
      title: '某区“三提升”三年安排（2023—2025年）',
      initiatives: ['p', 'a', 'b', 'c'],
    });
  });

  it('does not wrap a programme name in a second pair of quotes when it carries its own', () => {
    const initiative = (slug: string, name: string, start: number, end: number): InitiativeInput => ({
      slug,
      data: { name, owner: null, districts: [], articles: ['s1'], years: { start, end } },
    });
    const initiatives = [initiative('a', '打基础年', 2023, 2023), initiative('b', '上台阶年', 2024, 2024), initiative('p', '“两提升”行动', 2023, 2024)];
    const chart = onlyChart({ metrics: [], articles: [story('s1', ['x'])], initiatives });
    expect(chart.title).toBe('“两提升”行动两年安排（2023—2024年）');
    expect(chart.finding).toBe('“两提升”行动（2023—2024年）分两步：2023年为“打基础年”，2024年为“上台阶年”。');
  });

  const frame = (entity: string): Partial<MetricData> => ({ entity, measure: '新增企业', year: 2024 });
  const metrics = [
    fig('a', '120家', '甲区新增企业120家。', 's1', frame('甲区')),
    fig('b', '45家', '乙区新增企业45家。', 's1', frame('乙区')),
    fig('c', '60家', '丙区新增企业60家。', 's1', frame('丙区')),
  ];
  const input = {
    metrics,
    articles: [
      story(
        's1',
        metrics.map((m) => m.data.quote),
      ),
    ],
  };

  it('keeps the published slug of a surviving chart, and never gives a new chart a published slug', () => {
    const [fresh] = proposeCharts(input);
    expect(fresh!.id).toBe('ge-di-2024-nian-xin-zeng-qi-ye');
    const [kept] = proposeCharts({
      ...input,
      previous: [{ id: 'jiu-ming-zi', data: { type: 'bar', metrics: ['c', 'b', 'a'], initiatives: [], handMade: false } }],
    });
    expect(kept!.id).toBe('jiu-ming-zi');
    const [other] = proposeCharts({
      ...input,
      previous: [{ id: 'ge-di-2024-nian-xin-zeng-qi-ye', data: { type: 'bar', metrics: ['x'], initiatives: [], handMade: false } }],
    });
    expect(other!.id).toBe('ge-di-2024-nian-xin-zeng-qi-ye-2');
  });

  it('remembers every published slug in the registry, so a chart that comes back after a run without it gets its slug back', () => {
    const [first] = proposeCharts({
      ...input,
      previous: [{ id: 'jiu-ming-zi', data: { type: 'bar', metrics: ['a', 'b', 'c'], initiatives: [], handMade: false } }],
    });
    // A run where the figures lost their frames: nothing is proposed, but the registry keeps the slug.
    const registry = slugRegistryText([], [first!]);
    expect(proposeCharts({ metrics: [], articles: input.articles, previous: parseSlugRegistry(registry) })).toEqual([]);
    const kept = slugRegistryText(parseSlugRegistry(registry), []);
    expect(kept).toBe(registry);
    const [back] = proposeCharts({ ...input, previous: parseSlugRegistry(kept) });
    expect(back!.id).toBe('jiu-ming-zi');
  });

  it('leaves a chart a journalist made in place of the proposal', () => {
    expect(
      proposeCharts({ ...input, previous: [{ id: 'bian-ji', data: { type: 'bar', metrics: ['a', 'b', 'c'], initiatives: [], handMade: true } }] }),
    ).toEqual([]);
  });

  it('writes records that pass the charts schema, and a file whose body is the finding', () => {
    const [chart] = proposeCharts(input);
    expect(schemas.charts.safeParse(chart!.data).success).toBe(true);
    expect(chartToMarkdown(chart!)).toMatch(/\nrule: compare\n[\s\S]*---\n\n甲区最多，120家；乙区最少，45家。\n$/u);
  });
});

describe('sourceLine', () => {
  const story = { slug: 's', title: '某区一季度工业经济稳中有进', source: '007_page.txt', storyIndex: 2 };
  // Rows: a manifest entry names the paper, date and page; none says the date is unknown; the file stays as archive.
  it.each([
    [
      { ...story, printed: { publication: '某城日报', published: '2023-04-24', page: 'A3' } },
      '《某区一季度工业经济稳中有进》（某城日报，2023-04-24，A3版；存档：007_page.txt，第2篇）',
    ],
    [{ ...story, printed: { publication: null, published: null, page: null } }, '《某区一季度工业经济稳中有进》（来源未注明日期；存档：007_page.txt，第2篇）'],
    [story, '《某区一季度工业经济稳中有进》（来源未注明日期；存档：007_page.txt，第2篇）'],
  ])('cites %j as printed', (article, cited) => {
    expect(sourceLine(['s'], new Map([['s', article]]))).toBe(`泉城数读据济南本地报纸报道整理：${cited}`);
  });
});
