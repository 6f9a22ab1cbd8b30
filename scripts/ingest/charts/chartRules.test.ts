import { describe, expect, it } from 'vitest';
import { checkChart, checkRule, isBound, isPartOf, type RuleChart, type RuleFigure } from './chartRules.ts';
import { framed } from './frameFixtures.ts';

/** A chart of `figures` claiming `rule`; series, total and finding as given. */
function chart(rule: RuleChart['rule'], figures: RuleFigure[], extra: Partial<RuleChart> = {}): RuleChart {
  return { rule, type: 'bar', figures, total: null, series: figures.map(() => null), finding: '', district: null, ...extra };
}

/** Checks `c` against the rule it claims: it passes when `ok`, else it breaks the check named `broken`. */
function expectVerdict(c: RuleChart, ok: boolean, broken: string | null): void {
  if (c.rule === null) throw new Error('the chart claims no rule');
  const v = checkRule(c, c.rule);
  expect(v.ok).toBe(ok);
  if (!v.ok) expect(v.broken).toBe(broken);
}

const district = (entity: string, text: string, extra = {}) =>
  framed(entity, text, { entity, measure: '规上工业增加值', basis: 'growth-rate', period: '一季度', ...extra });
const threeDistricts = [district('甲区', '12.5%'), district('乙区', '9.1%'), district('丙区', '7.4%')];

describe('compare: one measure and basis, one unit, one period, all results or all targets, entities of one kind', () => {
  it.each([
    // Three districts, same measure, basis and quarter: the chart the rule is for.
    ['three districts alike', threeDistricts, true, null],
    // Two districts only: two bars are kept for before/after or result/target, never for two rivals.
    ['two districts', threeDistricts.slice(0, 2), false, 'two-bars'],
    // A different measure slipped in (a voucher top-up ratio beside industry growth).
    [
      'voucher ratio among growth rates',
      [...threeDistricts.slice(0, 2), district('丙区', '20%', { measure: '消费券配套比例', basis: 'share' })],
      false,
      'mixed-bases',
    ],
    ['another measure, same basis', [...threeDistricts.slice(0, 2), district('丙区', '20%', { measure: '社会消费品零售总额' })], false, 'unrelated-measures'],
    // A first-quarter rate beside a half-year rate.
    ['another period', [...threeDistricts.slice(0, 2), district('丙区', '8%', { period: '上半年' })], false, 'mixed-periods'],
    ['another year', [...threeDistricts.slice(0, 2), district('丙区', '8%', { year: 2022 })], false, 'mixed-periods'],
    // `一季度` without a year in two stories may be two different quarters.
    [
      'no year, two stories',
      [district('甲区', '12.5%', { year: null }), district('乙区', '9.1%', { year: null }), district('丙区', '7.4%', { year: null, article: 'ling-yi-pian' })],
      false,
      'mixed-periods',
    ],
    [
      'no year, one story',
      [district('甲区', '12.5%', { year: null }), district('乙区', '9.1%', { year: null }), district('丙区', '7.4%', { year: null })],
      true,
      null,
    ],
    // A target among results.
    ['a target among results', [...threeDistricts.slice(0, 2), district('丙区', '8%', { target: true })], false, 'targets-with-results'],
    // A company's growth (107%) among districts' totals.
    ['a company among districts', [...threeDistricts.slice(0, 2), district('某机床集团', '107%', { entityKind: 'organisation' })], false, 'mixed-entity-kinds'],
    // Units that do not normalise to one base.
    [
      'yuan beside tonnes',
      [framed('a', '3亿元', { entity: '甲区' }), framed('b', '5万吨', { entity: '乙区' }), framed('c', '2亿元', { entity: '丙区' })],
      false,
      'mixed-units',
    ],
    ['one district twice', [...threeDistricts, district('甲区', '11%')], false, 'repeated-entity'],
  ])('%s', (_name, figures, ok, broken) => {
    expectVerdict(chart('compare', figures), ok, broken);
  });
});

describe('never, whatever the rule', () => {
  it('a count that only restates a list (三个组织：…) is no figure to chart', () => {
    const enumerated = framed('a', '3家', { entity: '某区', measure: '高新技术企业', enumerated: true });
    const v = checkRule(
      chart('compare', [
        enumerated,
        framed('b', '73家', { entity: '乙区', measure: '高新技术企业' }),
        framed('c', '9家', { entity: '丙区', measure: '高新技术企业' }),
      ]),
      'compare',
    );
    expect(v).toMatchObject({ ok: false, broken: 'enumerated' });
  });

  it('a size limit (the 10亿元 of 10亿元以上项目) is not a figure', () => {
    const limit = framed('a', '10亿元', { threshold: '10亿元以上' });
    expect(checkRule(chart('compare', [limit, framed('b', '5亿元', { entity: '乙区' }), framed('c', '4亿元', { entity: '丙区' })]), 'compare')).toMatchObject({
      ok: false,
      broken: 'threshold',
    });
  });

  it('a floor (超过100亿元) in a ratio: "8.8倍" is refused', () => {
    const figs = [
      framed('a', '883.5亿元', { entity: '甲区', measure: '营业收入' }),
      framed('b', '超过100亿元', { entity: '乙区', measure: '营业收入' }),
      framed('c', '50亿元', { entity: '丙区', measure: '营业收入' }),
    ];
    expect(isBound(figs[1]!.data)).toBe(true);
    expect(checkRule(chart('compare', figs, { finding: '甲区最高，883.5亿元，是乙区的8.8倍。' }), 'compare')).toMatchObject({
      ok: false,
      broken: 'floor-in-ratio',
    });
    // Without the ratio, the same figures compare.
    expect(checkRule(chart('compare', figs, { finding: '甲区营业收入最高，883.5亿元。' }), 'compare').ok).toBe(true);
  });

  it('a ceiling printed in the text (近3万人) is a bound too', () => {
    expect(isBound(framed('a', '近3万人').data)).toBe(true);
    expect(isBound(framed('b', '3万人').data)).toBe(false);
  });

  it('a company figure in a chart about a place', () => {
    const factory = framed('f', '1500亿元', { entity: '某重工超级工厂', entityKind: 'organisation', measure: '年产值', district: null });
    const v = checkRule(
      chart(
        'compare',
        [
          factory,
          framed('g', '900亿元', { entity: '某集团', entityKind: 'organisation', measure: '年产值', district: null }),
          framed('h', '300亿元', { entity: '某公司', entityKind: 'organisation', measure: '年产值', district: null }),
        ],
        { district: 'mou-qu' },
      ),
      'compare',
    );
    expect(v).toMatchObject({ ok: false, broken: 'company-outside-place' });
  });

  it('a figure without a frame cannot be charted: the frame is what makes figures comparable', () => {
    const bare = framed('x', '12%', { entity: null, measure: null, basis: null, entityKind: null });
    expect(checkRule(chart('compare', [bare, ...threeDistricts]), 'compare')).toMatchObject({ ok: false, broken: 'incomplete-frame' });
  });

  it('"N倍" between two different measures', () => {
    const figs = [framed('a', '73家', { measure: '规上工业企业' }), framed('b', '12家', { measure: '专精特新企业' })];
    expect(checkRule(chart('over-time', figs, { finding: '规上工业企业是专精特新企业的6.1倍。' }), 'over-time')).toMatchObject({
      ok: false,
      broken: 'multiple-across-measures',
    });
  });
});

describe('parts of a whole: parts the sentence states with 其中, of a whole it states', () => {
  const quote = '全区推进重点项目57个，总投资300亿元，其中产业项目30个、民生项目12个。';
  const q2 = '截至目前，共推进重点项目57个，10个项目已竣工，12个项目计划2023年底前开工。';
  const whole = framed('w', '57个', { measure: '重点项目', quote });
  const a = framed('a', '30个', { measure: '产业项目', quote });
  const b = framed('b', '12个', { measure: '民生项目', quote });

  it.each([
    // The whole and two stated parts: 15 left 未列明 by the renderer.
    ['whole with two stated parts', [whole, a, b], 'w', true, null],
    // A whole stated as a total (共…57个) with its kinds after it, no 其中; a part with its own year under a whole without one.
    [
      'a total with its kinds after it',
      [
        framed('w3', '57个', { measure: '重点项目', year: null, quote: q2 }),
        framed('a3', '10个', { measure: '已竣工项目', year: null, quote: q2 }),
        framed('b3', '12个', { measure: '计划年底前开工项目', year: 2023, quote: q2 }),
      ],
      'w3',
      true,
      null,
    ],
    // A part without 其中 in the sentence is only a neighbour.
    ['parts in another sentence', [whole, a, framed('c', '12个', { measure: '民生项目' })], 'w', false, 'parts-not-stated'],
    ['one part only', [whole, a], 'w', false, 'two-bars'],
    // A floor (以上) whole: its shares are unknown.
    [
      'a floor whole',
      [
        framed('w2', '57个以上', { measure: '重点项目', quote: '推进重点项目57个以上，其中产业项目30个、民生项目12个。' }),
        framed('a2', '30个', { measure: '产业项目', quote: '推进重点项目57个以上，其中产业项目30个、民生项目12个。' }),
        framed('b2', '12个', { measure: '民生项目', quote: '推进重点项目57个以上，其中产业项目30个、民生项目12个。' }),
      ],
      'w2',
      false,
      'floor-in-ratio',
    ],
  ])('%s', (_name, figures, total, ok, broken) => {
    expectVerdict(chart('parts-of-whole', figures, { type: 'stacked-bar', total }), ok, broken);
  });

  it.each([
    // `共…N个，总投资X亿元`: the investment clause right after a stated total is the total of the same set.
    ['investment of a stated total', '共推进重点项目40个，总投资300亿元，8个项目已竣工，总投资50亿元。', '300亿元', '50亿元', true],
    // The same with ASCII punctuation.
    ['ASCII commas', '共推进重点项目40个,总投资300亿元,8个项目已竣工,总投资50亿元.', '300亿元', '50亿元', true],
    // A part's own investment is no total: the clause before it states no 共.
    ['investment of a part', '共推进重点项目40个，总投资300亿元，8个项目已竣工，总投资50亿元，20个项目已开工，总投资150亿元。', '50亿元', '150亿元', false],
    // Investment after a count without 共/其中: neighbours, not parts.
    ['no stated total', '推进重点项目40个，总投资300亿元，8个项目已竣工，总投资50亿元。', '300亿元', '50亿元', false],
  ])('isPartOf: %s', (_name, quote, wholeText, partText, expected) => {
    expect(isPartOf(framed('p', partText, { quote }).data, framed('w', wholeText, { quote }).data)).toBe(expected);
  });

  it('a subset drawn beside its superset as a rival bar is refused (重点楼宇 52 vs 其中 29)', () => {
    const q = '全区共有重点楼宇52个，其中税收过亿元楼宇29个。';
    const sup = framed('s', '52个', { measure: '重点楼宇', quote: q });
    const sub = framed('t', '29个', { measure: '重点楼宇', quote: q, text: '29个' });
    expect(isPartOf(sub.data, sup.data)).toBe(true);
    expect(checkChart(chart(null, [sup, sub, framed('u', '8个', { entity: '乙区', measure: '重点楼宇' })]))).toMatchObject({
      ok: false,
      broken: 'subset-beside-superset',
    });
  });
});

describe('over time: one entity and measure across years; a target only when marked', () => {
  const y = (id: string, text: string, year: number, extra = {}) => framed(id, text, { measure: '签约项目', year, ...extra });
  it.each([
    // Before and after: two bars are fine here.
    ['two years', [y('a', '540个', 2023), y('b', '671个', 2024)], [null, null], true, null],
    // Result and its target of the same measure, the target marked.
    ['result and marked target', [y('a', '671个', 2024), y('b', '700个', 2025, { target: true })], ['实际', '目标'], true, null],
    ['target not marked', [y('a', '671个', 2024), y('b', '700个', 2025, { target: true })], ['实际', '实际'], false, 'target-unmarked'],
    // A target of a measure counted differently (招引新项目, not 签约项目).
    [
      'target of another measure',
      [y('a', '671个', 2024), y('b', '1000个以上', 2025, { target: true, measure: '招引新项目' })],
      ['实际', '目标'],
      false,
      'unrelated-measures',
    ],
    ['two places', [y('a', '540个', 2023), y('b', '671个', 2024, { entity: '乙区' })], [null, null], false, 'mixed-entities'],
    ['a quarter beside a year', [y('a', '540个', 2023), y('b', '171个', 2024, { period: '一季度' })], [null, null], false, 'mixed-periods'],
    ['a year unknown', [y('a', '540个', 2023), framed('b', '671个', { measure: '签约项目', year: null })], [null, null], false, 'mixed-periods'],
  ])('%s', (_name, figures, series, ok, broken) => {
    expectVerdict(chart('over-time', figures, { type: 'timeline', series }), ok, broken);
  });
});

describe('indicators of one place: several growth rates of one place in one period', () => {
  const ind = (id: string, measure: string, text: string, extra = {}) => framed(id, text, { entity: '某街道', measure, period: '一季度', ...extra });
  const three = [ind('a', '工业总产值', '16.6%'), ind('b', '规上工业增加值', '12.1%'), ind('c', '固定资产投资', '8.3%')];
  it.each([
    ['three growth rates', three, true, null],
    ['two growth rates', three.slice(0, 2), false, 'two-bars'],
    // Single companies' growth (107%) among the place's totals.
    [
      'a company among the indicators',
      [...three, ind('d', '产值', '107%', { entity: '某机床集团', entityKind: 'organisation' })],
      false,
      'company-outside-place',
    ],
    // Levels of different measures (亿元 beside 亿元) are not indicators.
    [
      'levels of different measures',
      [ind('a', '工业总产值', '45亿元'), ind('b', '营业收入', '30亿元'), ind('c', '税收', '5亿元')],
      false,
      'levels-of-different-measures',
    ],
    ['another period', [...three.slice(0, 2), ind('c', '固定资产投资', '8.3%', { period: '上半年' })], false, 'mixed-periods'],
  ])('%s', (_name, figures, ok, broken) => {
    expectVerdict(chart('indicators-of-one-place', figures), ok, broken);
  });
});

describe('checkChart finds the rule of a chart that names none', () => {
  it('a bar of growth rates of one place is indicators; of three places, compare', () => {
    expect(checkChart(chart(null, threeDistricts))).toEqual({ ok: true, rule: 'compare' });
    const ind = ['工业总产值', '规上工业增加值', '固定资产投资'].map((m, i) => framed(`i${i}`, `${10 + i}%`, { measure: m }));
    expect(checkChart(chart(null, ind))).toEqual({ ok: true, rule: 'indicators-of-one-place' });
  });

  it('a programme timeline draws no figures', () => {
    expect(checkChart(chart(null, [], { type: 'timeline' }))).toEqual({ ok: true, rule: 'programme-timeline' });
  });
});
