import { describe, expect, it } from 'vitest';
import { buildChartModel, defaultUnit, type ArticleRecord, type ChartEntry, type InitiativeRecord, type MetricRecord } from './model.ts';
import { apaChartCitation, chartCsv, chartJson, gbtChartCitation, iframeSnippet } from './meta.ts';

/** A figure with the fields a test names; amounts in 亿元 by default. */
function figure(id: string, value: number, extra: Partial<MetricRecord> = {}): MetricRecord {
  return {
    id,
    value,
    unit: '亿元',
    normalized: value * 1e8,
    baseUnit: '元',
    kind: 'amount',
    target: false,
    subject: `指标${id}`,
    district: null,
    year: null,
    period: null,
    article: 'gu-shi',
    quote: `指标${id}完成${value}亿元。`,
    text: `${value}亿元`,
    ...extra,
  };
}

/** A chart entry over `metrics`. */
function entry(metrics: string[], extra: Partial<ChartEntry> = {}): ChartEntry {
  return {
    id: 'tu',
    title: '某区主要指标',
    type: 'bar',
    source: '据报道',
    handMade: false,
    finding: '',
    subtitle: '',
    rule: null,
    unit: '',
    labels: [],
    series: [],
    metrics,
    total: null,
    initiatives: [],
    district: null,
    articles: [],
    ...extra,
  };
}

const story: ArticleRecord = { slug: 'gu-shi', title: '某区经济稳中向好', source: '001.txt', storyIndex: 2, bylines: ['张三'], year: 2023 };
const articles = new Map([[story.slug, story]]);
const none = new Map<string, InitiativeRecord>();
const byId = (...fs: MetricRecord[]) => new Map(fs.map((f) => [f.id, f]));

describe('buildChartModel', () => {
  it('draws amounts in 亿元 and keeps the printed figure beside the drawn value', () => {
    const model = buildChartModel(entry(['a', 'b']), byId(figure('a', 70.9), figure('b', 8)), articles, none);
    expect(model.unit).toBe('亿元');
    expect(model.points.map((p) => p.value)).toEqual([70.9, 8]);
    expect(model.points[0]!.figure.text).toBe('70.9亿元');
  });

  it('puts a figure printed in 万元 on the 亿元 axis at its true size', () => {
    const small = figure('c', 2370, { unit: '万元', normalized: 2370e4, text: '2370万元' });
    const model = buildChartModel(entry(['a', 'c']), byId(figure('a', 45.3), small), articles, none);
    expect(model.points[1]!.value).toBeCloseTo(0.237, 9);
  });

  it('refuses figures in different base units on one axis', () => {
    const count = figure('n', 73, { unit: '家', normalized: 73, baseUnit: '家', kind: 'count', text: '73家' });
    expect(() => buildChartModel(entry(['a', 'n']), byId(figure('a', 45.3), count), articles, none)).toThrow(/different units/);
  });

  it('names the chart and the figure when a link is broken', () => {
    expect(() => buildChartModel(entry(['missing']), byId(), articles, none)).toThrow(/chart tu: figure missing/);
  });

  it('separates the whole of a stacked bar from its parts and computes what they leave', () => {
    const model = buildChartModel(
      entry(['t', 'p1', 'p2'], { type: 'stacked-bar', total: 't' }),
      byId(figure('t', 525.95), figure('p1', 56.54), figure('p2', 285.58)),
      articles,
      none,
    );
    expect(model.total?.metric).toBe('t');
    expect(model.points.map((p) => p.metric)).toEqual(['p1', 'p2']);
    expect(model.remainder).toBeCloseTo(183.83, 6);
  });

  it('rejects parts that add up to more than the whole', () => {
    expect(() => buildChartModel(entry(['t', 'p'], { type: 'stacked-bar', total: 't' }), byId(figure('t', 10), figure('p', 20)), articles, none)).toThrow(
      /more than the total/,
    );
  });

  it('uses labels and series from the entry, the subject where a label is missing', () => {
    const model = buildChartModel(
      entry(['a', 'b'], { labels: ['零售额', ''], series: ['2024年', '2025年目标'] }),
      byId(figure('a', 1), figure('b', 2)),
      articles,
      none,
    );
    expect(model.points.map((p) => p.label)).toEqual(['零售额', '指标b']);
    expect(model.points.map((p) => p.series)).toEqual(['2024年', '2025年目标']);
  });

  it('states a finding when a hand-made entry has none', () => {
    const model = buildChartModel(entry(['a', 'b'], { handMade: true }), byId(figure('a', 70.9), figure('b', 8)), articles, none);
    expect(model.finding).toBe('指标a最高，70.9亿元；指标b最低，8亿元。');
  });

  it('turns programmes with years into timeline spans', () => {
    const initiatives = new Map<string, InitiativeRecord>([
      ['san-qiang', { slug: 'san-qiang', name: '三强', years: { start: 2023, end: 2025 } }],
      ['wu-nian', { slug: 'wu-nian', name: '无年份', years: null }],
    ]);
    const model = buildChartModel(entry([], { type: 'timeline', initiatives: ['san-qiang', 'wu-nian'] }), byId(), articles, initiatives);
    expect(model.spans).toEqual([{ initiative: 'san-qiang', label: '三强', start: 2023, end: 2025 }]);
  });

  it('picks 万 for large counts and keeps small ones in their classifier', () => {
    expect(defaultUnit([figure('x', 1, { baseUnit: '人', normalized: 14000 })])).toBe('人');
    expect(defaultUnit([figure('x', 1, { baseUnit: '吨', normalized: 6_600_000 })])).toBe('万吨');
  });
});

describe('downloads and citations', () => {
  const model = buildChartModel(entry(['a', 'b']), byId(figure('a', 70.9), figure('b', 8)), articles, none);
  const site = 'https://example.org/';
  const permalink = 'https://example.org/charts/tu/';

  it('writes CSV with a byte-order mark, a header, and a link to each sentence', () => {
    const csv = chartCsv(model, site);
    expect(csv.startsWith('\uFEFF序号,项目,原文数字')).toBe(true);
    expect(csv).toContain('https://example.org/articles/gu-shi/#fig-a');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(3);
  });

  it('puts the metric files’ values, the drawn values and the sources in the JSON', () => {
    const json = chartJson(model, site, { gbt7714: 'g', apa: 'a' }) as {
      data: { metric: string; value: number; chartValue: number; url: string }[];
      sources: { url: string }[];
    };
    expect(json.data.map((d) => [d.metric, d.value, d.chartValue])).toEqual([
      ['a', 70.9, 70.9],
      ['b', 8, 8],
    ]);
    expect(json.sources[0]!.url).toBe('https://example.org/articles/gu-shi/');
    // The manifest says nothing of this story: null fields and a citation that says so, not a guess.
    expect(json.sources[0]).toMatchObject({ publication: null, published: null, page: null, citation: '张三. 某区经济稳中向好[N]. 来源未注明日期.' });
  });

  it('cites in GB/T 7714 with [EB/OL], dates, permalink and the source story', () => {
    expect(gbtChartCitation(model, permalink, '2025-01-31', '2025-02-01')).toBe(
      '泉城数读. 某区主要指标[EB/OL]. (2025-01-31)[2025-02-01]. https://example.org/charts/tu/. 数据来源: 张三. 某区经济稳中向好[N]. 来源未注明日期.',
    );
  });

  it('cites in APA with the update date and the retrieval date spelled out', () => {
    expect(apaChartCitation(model, permalink, '2025-01-31', '2025-02-01')).toBe(
      '泉城数读. (2025, January 31). 某区主要指标 [Chart]. 泉城数读 · Jinan by the Numbers. Retrieved February 1, 2025, from https://example.org/charts/tu/. Data from 张三. (来源未注明日期). 某区经济稳中向好.',
    );
  });

  it('names the newspaper, date and page of a source story the manifest dates', () => {
    const dated = { ...model, articles: [{ ...story, publication: '示例日报', published: '2023-04-24', page: 'A3' }] };
    expect(gbtChartCitation(dated, permalink, '2025-01-31', '2025-02-01')).toMatch(/数据来源: 张三\. 某区经济稳中向好\[N\]\. 示例日报, 2023-04-24\(A3\)\.$/u);
    expect(apaChartCitation(dated, permalink, '2025-01-31')).toMatch(/Data from 张三\. \(2023, April 24\)\. 某区经济稳中向好\. 示例日报, A3\.$/u);
  });

  it('escapes the title inside the iframe snippet', () => {
    expect(iframeSnippet('https://example.org/embed/tu/', '“三强” & <b>', 400)).toBe(
      '<iframe src="https://example.org/embed/tu/" title="“三强” &amp; &lt;b>" width="100%" height="400" style="border:0;max-width:720px" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"></iframe>',
    );
  });
});
