import { describe, expect, it } from 'vitest';
import { chartToMarkdown, proposeCharts, sameSubject, sharesWord, topic, type ArticleInput, type InitiativeInput, type MetricInput, type PlaceInput } from './proposeCharts.ts';
import { schemas, type MetricData } from '../../src/schemas.ts';

// Synthesizers: a figure is built from its printed text and its sentence, the way the extractor writes it.

const UNITS: Record<string, { base: string; scale: number; kind: MetricData['kind'] }> = {
  亿元: { base: '元', scale: 1e8, kind: 'amount' },
  万元: { base: '元', scale: 1e4, kind: 'amount' },
  '%': { base: '%', scale: 1, kind: 'growth' },
  个: { base: '个', scale: 1, kind: 'count' },
  家: { base: '家', scale: 1, kind: 'count' },
  支: { base: '支', scale: 1, kind: 'count' },
  亩: { base: '亩', scale: 1, kind: 'area' },
};

let counter = 0;

/** A figure printed as `text` (`45.3亿元`) about `subject`, stated in `quote`. */
function fig(text: string, subject: string, quote: string, extra: Partial<MetricData> = {}): MetricInput {
  const m = /^([\d.]+)(.*)$/u.exec(text)!;
  const value = Number(m[1]);
  const unit = m[2]!.replace(/以上|余/gu, '');
  const u = UNITS[unit]!;
  counter += 1;
  return {
    id: `m${String(counter).padStart(3, '0')}`,
    data: {
      value,
      valueMax: null,
      unit,
      normalized: value * u.scale,
      baseUnit: u.base,
      kind: u.kind,
      target: false,
      qualifier: null,
      subject,
      district: null,
      year: null,
      period: null,
      article: 'gu-shi',
      quote,
      text,
      initiative: null,
      official: null,
      entity: null,
      entityKind: null,
      measure: null,
      basis: null,
      yearSource: null,
      yearFrom: null,
      yearTo: null,
      enumerated: false,
      threshold: null,
      ...extra,
    },
  };
}

/** A story holding the given paragraphs. */
function story(paragraphs: string[], slug = 'gu-shi'): ArticleInput {
  return { slug, title: '某区经济稳中向好', source: '001_test.txt', storyIndex: 1, paragraphs };
}

const places: PlaceInput[] = [
  { slug: 'huaiyin-qu', name: '槐荫区', aliases: ['槐荫'] },
  { slug: 'jinangaoxin-qu', name: '济南高新技术产业开发区', aliases: ['济南高新区', '高新区'] },
];

describe('proposeCharts: which figures are charted together', () => {
  it('ranks growth rates of one place and quarter printed in neighbouring paragraphs (槐荫区 style)', () => {
    const p1 = '一季度，槐荫区完成工业总产值同比增长16.6%，规模以上工业企业增加值同比增长37.1%。';
    const p2 = '福深兴安、古天电子一季度完成产值同比分别增长107%、89%。';
    const q = { district: 'huaiyin-qu', period: '一季度' };
    const metrics = [
      fig('16.6%', '槐荫区工业总产值', p1, q),
      fig('37.1%', '规模以上工业企业增加值', p1, q),
      fig('107%', '福深兴安产值', p2, q),
      fig('89%', '古天电子产值', p2, q),
    ];
    const [chart, ...rest] = proposeCharts({ metrics, articles: [story([p1, p2])], districts: places });
    expect(rest).toHaveLength(0);
    expect(chart!.data.type).toBe('bar');
    expect(chart!.data.labels).toEqual(['福深兴安产值', '古天电子产值', '规模以上工业企业增加值', '工业总产值']);
    expect(chart!.data.title).toBe('槐荫区一季度产值等指标增速');
    expect(chart!.data.unit).toBe('%');
    expect(chart!.data.finding).toBe('福深兴安产值增速最高，107%；工业总产值增速最低，16.6%。');
    expect(chart!.data.district).toBe('huaiyin-qu');
  });

  it('charts money figures of one paragraph, printed in different sentences, in 亿元 (街道 economic indicators)', () => {
    const p = '街道财源建设完成8.4亿元。固定资产投资7.13亿元。服务业营收完成70.9亿元。';
    const metrics = [fig('8.4亿元', '街道财源建设', '街道财源建设完成8.4亿元。'), fig('7.13亿元', '固定资产投资', '固定资产投资7.13亿元。'), fig('70.9亿元', '服务业营收', '服务业营收完成70.9亿元。')];
    const charts = proposeCharts({ metrics, articles: [story([p])] });
    expect(charts).toHaveLength(1);
    expect(charts[0]!.data.unit).toBe('亿元');
    expect(charts[0]!.data.labels[0]).toBe('服务业营收');
  });

  const unrelated = ['引进重点项目134个。', '全区17个街道聚焦阵地提升。'];
  const periods = ['一季度金融业增加值增长11.7%。', '产业规模增长19.9%。'];
  const far = ['引进企业12家。', '中间一段。', '又一段。', '上市企业5家。'];
  it.each([
    // a count and an amount in one sentence never share an axis
    ['mixed units', [fig('73家', '规模以上工业企业', '全区73家企业完成产值45.3亿元。'), fig('45.3亿元', '工业产值', '全区73家企业完成产值45.3亿元。')], ['全区73家企业完成产值45.3亿元。']],
    // counts of unrelated things in different sentences of one paragraph are no comparison
    ['unrelated counts', [fig('134个', '引进重点项目', unrelated[0]!), fig('17个', '全区街道', unrelated[1]!)], [unrelated.join('')]],
    // a lone figure is no chart
    ['one figure', [fig('63亿元', '技术合同认定登记额', '完成技术合同认定登记额63亿元。')], ['完成技术合同认定登记额63亿元。']],
    // two equal values have nothing to compare
    ['equal values', [fig('100%', '好评率', '好评率100%，业务办结率100%。', { kind: 'rate' }), fig('100%', '业务办结率', '好评率100%，业务办结率100%。', { kind: 'rate' })], ['好评率100%，业务办结率100%。']],
    // a quarter's growth beside a growth with no period is not comparable
    ['different periods', [fig('11.7%', '金融业增加值', periods[0]!, { period: '一季度' }), fig('19.9%', '产业规模', periods[1]!)], [periods.join('')]],
    // far apart in the story (not neighbouring paragraphs), even with a word in common
    ['far apart', [fig('12家', '引进企业', far[0]!), fig('5家', '上市企业', far[3]!)], far],
  ])('proposes nothing for %s', (_, metrics, paragraphs) => {
    expect(proposeCharts({ metrics, articles: [story(paragraphs)] })).toEqual([]);
  });

  it('charts counts of the same classifier listed in one sentence (stations, workrooms)', () => {
    const s = '目前，已在各街道成立13个街道工作室、126个社区工作站。';
    const charts = proposeCharts({ metrics: [fig('13个', '街道工作室', s), fig('126个', '社区工作站', s)], articles: [story([s])] });
    expect(charts).toHaveLength(1);
    expect(charts[0]!.data.title).toBe('济南社区工作站和街道工作室数量');
    expect(charts[0]!.data.finding).toBe('社区工作站最多，126个，是街道工作室（13个）的9.7倍。');
  });

  it('states the same subject and value once when the story repeats it', () => {
    const lead = '全年推进招引新项目1000个以上，新拓项目120个。';
    const body = '全年推进招引新项目1000个以上。新拓项目120个。';
    const metrics = [fig('1000个以上', '推进招引新项目', lead), fig('120个', '新拓项目', lead), fig('1000个以上', '推进招引新项目', body)];
    const charts = proposeCharts({ metrics, articles: [story([lead, body])] });
    expect(charts).toHaveLength(1);
    expect(charts[0]!.data.metrics).toHaveLength(2);
  });
});

describe('proposeCharts: part of a whole', () => {
  it.each([
    // full-width commas, as printed
    ['full-width', '截至目前，共推进重点项目57个，10个项目已竣工，25个项目已开工，12个项目计划2023年底前开工。'],
    // ASCII commas in an unseen article
    ['ASCII', '截至目前,共推进重点项目57个,10个项目已竣工,25个项目已开工,12个项目计划2023年底前开工。'],
  ])('draws a stated total and the parts after it as a stacked bar (%s punctuation)', (_, s) => {
    const metrics = [fig('57个', '推进重点项目', s), fig('10个', '已竣工的项目', s), fig('25个', '已开工的项目', s), fig('12个', '项目', s)];
    const [chart] = proposeCharts({ metrics, articles: [story([s])] });
    expect(chart!.data.type).toBe('stacked-bar');
    expect(chart!.data.total).toBe(metrics[0]!.id);
    expect(chart!.data.metrics).toEqual(metrics.map((m) => m.id));
    expect(chart!.data.labels).toEqual(['推进重点项目', '已竣工的项目', '已开工的项目', '项目计划2023年底前开工']);
    expect(chart!.data.title).toBe('济南推进重点项目构成');
    expect(chart!.data.finding).toBe('推进重点项目共57个，其中已开工的项目占比最大，25个，占43.9%；另有10个未列明。');
  });

  it('labels an investment by the clause before it when its own clause only says 总投资', () => {
    const s = '共推进重点项目总投资525.95亿元，10个项目已竣工，总投资56.54亿元，25个项目已开工，总投资285.58亿元，12个项目计划2023年底前开工，总投资89.56亿元。';
    const metrics = [fig('525.95亿元', '推进重点项目总投资', s), fig('56.54亿元', '已竣工的项目总投资', s), fig('285.58亿元', '已开工的项目总投资', s), fig('89.56亿元', '项目总投资', s)];
    const [chart] = proposeCharts({ metrics, articles: [story([s])] });
    expect(chart!.data.type).toBe('stacked-bar');
    expect(chart!.data.labels[3]).toBe('项目计划2023年底前开工');
  });

  it('does not stack parts that add up to more than the stated total', () => {
    const s = '共有企业50家，其中规上企业40家，高新技术企业30家。';
    const [chart] = proposeCharts({ metrics: [fig('50家', '企业', s), fig('40家', '规上企业', s), fig('30家', '高新技术企业', s)], articles: [story([s])] });
    expect(chart!.data.type).toBe('bar');
  });
});

describe('proposeCharts: results against targets, and years', () => {
  it('sets a year’s results beside the next year’s targets with comparable subjects (grouped bars)', () => {
    const before = '2024年，济南签约落地亿元以上项目671个，新拓项目超过120个。';
    const plan = '2025年，全年推进招引新项目、好项目1000个以上，计划招引过亿元项目50个，锁定9个细分赛道。';
    const metrics = [
      fig('671个', '济南签约落地亿元以上项目', before, { year: 2024 }),
      fig('120个', '新拓项目', before, { year: 2024 }),
      fig('1000个以上', '推进招引新项目、好项目', plan, { year: 2025, target: true }),
      fig('50个', '招引过亿元项目', plan, { year: 2025, target: true }),
      fig('9个', '锁定细分赛道', plan, { year: 2025, target: true }),
    ];
    const charts = proposeCharts({ metrics, articles: [story([before, plan])] });
    const grouped = charts.find((c) => c.data.type === 'grouped-bar')!;
    expect(grouped.data.series).toEqual(['2024年', '2024年', '2025年目标', '2025年目标']);
    expect(grouped.data.labels).not.toContain('锁定细分赛道');
    expect(grouped.data.title).toBe('济南项目数量：2024年与2025年目标');
  });

  it('draws one subject stated for several years as a timeline of figures', () => {
    const s = '2022年全市冷库容量30万吨，2025年将达到68万吨。';
    const tonnes = (text: string, value: number, year: number, target: boolean): MetricInput => {
      const m = fig(`${value}个`, '冷库容量', s, { year, target });
      return { id: m.id, data: { ...m.data, unit: '万吨', baseUnit: '吨', normalized: value * 1e4, kind: 'weight', text } };
    };
    const [chart] = proposeCharts({ metrics: [tonnes('30万吨', 30, 2022, false), tonnes('68万吨', 68, 2025, true)], articles: [story([s])] });
    expect(chart!.data.type).toBe('timeline');
    expect(chart!.data.labels).toEqual(['2022年', '2025年目标']);
    expect(chart!.data.finding).toBe('冷库容量从2022年的30万吨增至2025年的68万吨（目标）。');
  });

  it('draws a plan’s yearly phases under the span that holds them (天桥区 three-year plan)', () => {
    const initiative = (slug: string, name: string, start: number, end: number, districts: string[] = []): InitiativeInput => ({
      slug,
      data: { name, owner: null, districts, articles: ['gu-shi'], years: { start, end } },
    });
    const initiatives = [
      initiative('zhu-ji', '筑基赋能年', 2023, 2023, ['tianqiao-qu']),
      initiative('gong-gu', '巩固提升年', 2024, 2024),
      initiative('quan-mian', '全面过硬年', 2025, 2025),
      initiative('san-qiang', '三强', 2023, 2025, ['tianqiao-qu']),
    ];
    const districts = [{ slug: 'tianqiao-qu', name: '天桥区', aliases: ['天桥'] }];
    const [chart] = proposeCharts({ metrics: [], articles: [story(['自2023年至2025年，天桥区将开展“三强”行动。'])], districts, initiatives });
    expect(chart!.data.type).toBe('timeline');
    expect(chart!.data.initiatives).toEqual(['san-qiang', 'zhu-ji', 'gong-gu', 'quan-mian']);
    expect(chart!.data.metrics).toEqual([]);
    expect(chart!.data.title).toBe('天桥区“三强”三年安排（2023—2025年）');
    expect(chart!.data.finding).toBe('“三强”（2023—2025年）分三步：2023年为“筑基赋能年”，2024年为“巩固提升年”，2025年为“全面过硬年”。');
  });
});

describe('proposeCharts: records', () => {
  const s = '全市新增高新技术企业120家、专精特新企业45家。';
  const input = { metrics: [fig('120家', '新增高新技术企业', s), fig('45家', '专精特新企业', s)], articles: [story([s])] };

  it('gives stable pinyin slugs and a numbered one to a repeated title', () => {
    const t = '又一句：新增高新技术企业120家、专精特新企业45家。';
    const second = { ...story([t], 'ling-yi-pian'), title: '另一篇' };
    const again = [fig('120家', '新增高新技术企业', t, { article: 'ling-yi-pian' }), fig('45家', '专精特新企业', t, { article: 'ling-yi-pian' })];
    const charts = proposeCharts({ metrics: [...input.metrics, ...again], articles: [input.articles[0]!, second] });
    expect(charts.map((c) => c.id)).toEqual(['ji-nan-qi-ye-shu-liang', 'ji-nan-qi-ye-shu-liang-2']);
    expect(proposeCharts(input).map((c) => c.id)).toEqual(proposeCharts(input).map((c) => c.id));
  });

  it('keeps the published slug of a chart drawing the same figures, even when its title changes', () => {
    const [first] = proposeCharts(input);
    const previous = [{ id: 'gao-xin-ji-shu-qi-ye', data: { ...first!.data } }];
    const [again] = proposeCharts({ ...input, previous });
    expect(again!.id).toBe('gao-xin-ji-shu-qi-ye');
  });

  it('leaves a chart a journalist made in place of the proposal, and never reuses a published slug', () => {
    const [first] = proposeCharts(input);
    expect(proposeCharts({ ...input, previous: [{ id: 'shou-gong', data: { ...first!.data, handMade: true } }] })).toEqual([]);
    const retired = { id: first!.id, data: { type: 'bar' as const, metrics: ['other-1', 'other-2'], initiatives: [], handMade: false } };
    expect(proposeCharts({ ...input, previous: [retired] }).map((c) => c.id)).toEqual([`${first!.id}-2`]);
  });

  it('writes records that pass the charts schema, naming the story in the source line', () => {
    const [chart] = proposeCharts(input);
    expect(() => schemas.charts.parse(chart!.data)).not.toThrow();
    expect(chart!.data.handMade).toBe(false);
    expect(chart!.data.source).toBe('泉城数读据济南本地报纸报道整理：《某区经济稳中向好》（001_test.txt，第1篇）');
    expect(chart!.data.articles).toEqual(['gu-shi']);
  });

  it('renders a chart file: frontmatter, then the finding', () => {
    const [chart] = proposeCharts(input);
    const file = chartToMarkdown(chart!);
    expect(file.startsWith('---\ntitle: 济南企业数量\n')).toBe(true);
    expect(file.trimEnd().endsWith(chart!.data.finding)).toBe(true);
  });
});

describe('subject helpers', () => {
  it.each([
    // a shared content word
    ['规上物流企业', '国家5A级物流企业', true],
    // only a shared common verb
    ['加快路网项目', '加快商贸综合体建设', false],
    // only a shared measure word
    ['铁路集装箱总量', '冷藏总量', false],
  ])('sharesWord(%s, %s) is %s', (a, b, expected) => {
    expect(sharesWord(a, b)).toBe(expected);
  });

  it.each([
    // the same subject, reworded slightly
    ['冷库容量', '全市冷库容量', true],
    // a number inside the subject changes what is counted
    ['10亿元以上项目', '亿元以上项目', false],
  ])('sameSubject(%s, %s) is %s', (a, b, expected) => {
    expect(sameSubject(a, b)).toBe(expected);
  });

  it.each([
    // all end alike
    [['工业产值', '服务业产值'], '产值'],
    // two short labels are listed
    [['社区工作站', '街道工作室'], '社区工作站和街道工作室'],
    // most end alike
    [['福深兴安产值', '古天电子产值', '新光机电产值', '利税总额', '营业收入'], '产值等指标'],
    // nothing in common
    [['服务业营收', '零售额', '街道财源建设', '工业产值'], ''],
  ])('topic(%j) is %s', (labels, expected) => {
    expect(topic(labels)).toBe(expected);
  });
});
