/**
 * Comparability rules: when figures may share a chart. A chart is published only when its figures satisfy one of the
 * rules below, judged on their frames (entity, measure, basis, period, target), never on a shared unit alone. Ingest
 * checks every chart it proposes and every chart a journalist made (`handMade: true`) with `checkChart`.
 *
 * - `compare`: one measure and basis, one unit, one period, all results or all targets, across entities of one kind;
 * - `parts-of-whole`: parts the sentence states (`其中`, or after a total `共…`) of a whole it states; the rest drawn as 未列明;
 * - `over-time`: one entity and measure across years, a target of the same measure only as a marked target;
 * - `indicators-of-one-place`: several growth rates of one place in one period, each bar its own measure;
 * - `programme-timeline`: a programme's phases by year (no figures).
 * And never: a company's figure in a chart about a place, a count that restates a list (`enumerated`), a size limit
 * (`threshold`), a floor or ceiling (`超过`, `以上`) in a ratio or a share, two unrelated measures, `N倍` across measures.
 */
import { CHART_RULES, type ChartData, type MetricData } from '../../../src/schemas.ts';

/** A rule a chart can satisfy. */
export type ChartRule = (typeof CHART_RULES)[number];

/** Names of what a chart can break, for the review and ingest's error messages. */
export const BROKEN_RULES = [
  'incomplete-frame',
  'enumerated',
  'threshold',
  'mixed-units',
  'mixed-bases',
  'unrelated-measures',
  'mixed-periods',
  'targets-with-results',
  'target-unmarked',
  'mixed-entity-kinds',
  'mixed-entities',
  'repeated-entity',
  'company-outside-place',
  'floor-in-ratio',
  'multiple-across-measures',
  'subset-beside-superset',
  'parts-not-stated',
  'parts-exceed-whole',
  'two-bars',
  'levels-of-different-measures',
  'figures-on-programme-timeline',
] as const;
/** One way a chart can break the rules. */
export type BrokenRule = (typeof BROKEN_RULES)[number];

/** A figure as the rules read it: its id and frontmatter. */
export interface RuleFigure {
  /** Metric id. */
  id: string;
  /** Its frontmatter (frame included). */
  data: MetricData;
}

/** A chart as the rules read it: what it claims and the figures it draws, in order. */
export interface RuleChart {
  /** The rule it claims to satisfy; null lets `checkChart` find one (a hand-made chart that names none). */
  rule: ChartRule | null;
  /** Chart type. */
  type: ChartData['type'];
  /** The figures drawn, in order (the whole of a stacked bar among them). */
  figures: readonly RuleFigure[];
  /** Id of the whole in a parts-of-whole chart. */
  total: string | null;
  /** Series of each figure, parallel to `figures` (`目标` marks a target on an over-time chart). */
  series: readonly (string | null)[];
  /** The one-sentence finding. */
  finding: string;
  /** The place the chart is about, or null. */
  district: string | null;
}

/** The outcome of checking one chart. */
export type Verdict = { ok: true; rule: ChartRule } | { ok: false; rule: ChartRule | null; broken: BrokenRule; reason: string };

/** Qualifiers that make a figure a floor or a ceiling rather than a value (`超过100亿元`, `1000个以上`, `近3万人`). */
const BOUND_QUALIFIER = /^(?:超过?|逾|以上|余|多|突破|以下|不到|不足|近|将近|接近|不低于|不少于|至少|最多|最高)$/u;
/** The same, printed inside the figure's text. */
const BOUND_IN_TEXT = /^(?:超过?|逾|突破|近|不到|不足|至少)|(?:以上|以下|余|多)$/u;
/** A multiple stated in a finding (`8.8倍`). */
const MULTIPLE = /\d(?:\.\d+)?倍/u;
/** A share stated in a finding (`占43.9%`). */
const SHARE = /占[^，。；]*\d(?:\.\d+)?%/u;

/** A figure is a floor or ceiling: its qualifier or its printed text says `超过`, `以上`, `近` …. */
export function isBound(m: MetricData): boolean {
  return (m.qualifier !== null && BOUND_QUALIFIER.test(m.qualifier)) || BOUND_IN_TEXT.test(m.text);
}

/** The frame fields a figure lacks for charting: entity, entity kind, measure, basis. */
export function missingFrame(m: MetricData): string[] {
  const missing: string[] = [];
  if (m.entity === null) missing.push('entity');
  if (m.entityKind === null) missing.push('entityKind');
  if (m.measure === null) missing.push('measure');
  if (m.basis === null) missing.push('basis');
  return missing;
}

/** The figure is itself a size limit qualifying another (`10亿元` in `10亿元以上项目34个`), not a finding. */
export function isThresholdItself(m: MetricData): boolean {
  return m.threshold !== null && m.threshold.startsWith(`${m.value}${m.unit}`);
}

/** When a figure is for: year, span and period as one key (`2023||一季度`). */
export function timeKey(m: MetricData): string {
  return `${m.year ?? ''}|${m.yearFrom ?? ''}-${m.yearTo ?? ''}|${m.period ?? ''}`;
}

/** What a figure measures, threshold included: two figures compare only when this is equal. */
export function measureKey(m: MetricData): string {
  return `${m.measure ?? ''}|${m.basis ?? ''}|${m.baseUnit}|${m.threshold ?? ''}`;
}

const fail = (rule: ChartRule | null, broken: BrokenRule, reason: string): Verdict => ({ ok: false, rule, broken, reason });
const distinct = <T>(xs: readonly T[]): number => new Set(xs).size;
const label = (f: RuleFigure): string => `${f.id}（${f.data.entity ?? '?'}·${f.data.measure ?? '?'}·${f.data.text}）`;

/** What no chart may do, whatever its rule. */
function never(chart: RuleChart, rule: ChartRule): Verdict | null {
  const figs = chart.figures;
  if (rule === 'programme-timeline')
    return figs.length > 0 ? fail(rule, 'figures-on-programme-timeline', 'a programme timeline draws programmes, not figures') : null;
  for (const f of figs) {
    const missing = missingFrame(f.data);
    if (missing.length > 0) return fail(rule, 'incomplete-frame', `${label(f)} has no ${missing.join(', ')}`);
    if (f.data.enumerated) return fail(rule, 'enumerated', `${label(f)} only counts the things its sentence names`);
    if (isThresholdItself(f.data)) return fail(rule, 'threshold', `${label(f)} is a size limit (${f.data.threshold}), not a figure`);
  }
  if (distinct(figs.map((f) => f.data.baseUnit)) > 1) return fail(rule, 'mixed-units', `units ${[...new Set(figs.map((f) => f.data.baseUnit))].join(', ')}`);
  if (distinct(figs.map((f) => f.data.basis)) > 1) return fail(rule, 'mixed-bases', `bases ${[...new Set(figs.map((f) => f.data.basis))].join(', ')}`);
  const bounds = figs.filter((f) => isBound(f.data));
  if ((MULTIPLE.test(chart.finding) || SHARE.test(chart.finding)) && bounds.length > 0)
    return fail(rule, 'floor-in-ratio', `the finding states a ratio or share of ${label(bounds[0]!)}, a floor or ceiling`);
  if (MULTIPLE.test(chart.finding) && distinct(figs.map((f) => f.data.measure)) > 1)
    return fail(rule, 'multiple-across-measures', 'the finding states `N倍` between different measures');
  if (chart.district !== null) {
    const outside = figs.find((f) => f.data.entityKind === 'organisation' && f.data.district !== chart.district);
    if (outside) return fail(rule, 'company-outside-place', `${label(outside)} is about an organisation outside the chart's place`);
  }
  if (rule !== 'parts-of-whole') {
    // A figure stated after `其中` in another's sentence is its part: drawn beside it, a subset looks like a rival.
    for (const part of figs) {
      const whole = figs.find((w) => w !== part && w.data.quote === part.data.quote && isPartOf(part.data, w.data));
      if (whole) return fail(rule, 'subset-beside-superset', `${label(part)} is part of ${label(whole)}`);
    }
  }
  return null;
}

/** Words right before a figure that state it as a whole whose parts follow (`共推进重点项目57个，…10个已竣工`). */
const WHOLE_MARK = /(?:共|合计|总计|一共|共计)[^，。；、,;]{0,8}$/u;

/** A clause that opens by stating a total (`共推进重点项目57个`). */
const TOTAL_CLAUSE = /^(?:共|合计|总计|一共|共计)/u;

/** A clause that states a total of the set the clause before it counts (`共推进…57个，总投资525亿元`). */
const TOTAL_OF_SET = /^总[^，。；、,;]{0,6}$/u;

/**
 * The sentence states `part` as part of `whole`: after it and `其中`, or after a whole stated as a total (`共…57个`,
 * or `总投资…` right after such a clause: the total of the same set); same unit.
 */
export function isPartOf(part: MetricData, whole: MetricData): boolean {
  if (part.quote !== whole.quote || part.baseUnit !== whole.baseUnit) return false;
  const w = whole.quote.indexOf(whole.text);
  const p = part.quote.indexOf(part.text, w + whole.text.length);
  if (w === -1 || p === -1) return false;
  const before = whole.quote.slice(0, w);
  const clauses = before.split(/[，,；;]/u);
  const totalOfSet = clauses.length >= 2 && TOTAL_OF_SET.test(clauses.at(-1)!) && TOTAL_CLAUSE.test(clauses.at(-2)!);
  return whole.quote.slice(w + whole.text.length, p).includes('其中') || WHOLE_MARK.test(before) || totalOfSet;
}

/** One period, one target status: shared by compare and indicators. */
function oneTime(figs: readonly RuleFigure[], rule: ChartRule): Verdict | null {
  if (distinct(figs.map((f) => timeKey(f.data))) > 1)
    return fail(rule, 'mixed-periods', `periods ${[...new Set(figs.map((f) => timeKey(f.data)))].join(', ')}`);
  // `一季度` in two stories may be two different years: across stories the year must be known.
  const undated = figs.find((f) => f.data.year === null && f.data.yearTo === null);
  if (undated && distinct(figs.map((f) => f.data.article)) > 1)
    return fail(rule, 'mixed-periods', `${label(undated)} has no year, and the figures come from different stories`);
  if (distinct(figs.map((f) => f.data.target)) > 1) return fail(rule, 'targets-with-results', 'targets drawn as if they were results');
  return null;
}

/** Each rule's own conditions, after the common ones. */
const RULES: Record<ChartRule, (chart: RuleChart) => Verdict | null> = {
  compare(chart) {
    const figs = chart.figures;
    if (distinct(figs.map((f) => measureKey(f.data))) > 1)
      return fail('compare', 'unrelated-measures', `measures ${[...new Set(figs.map((f) => f.data.measure))].join(', ')}`);
    const time = oneTime(figs, 'compare');
    if (time) return time;
    if (distinct(figs.map((f) => f.data.entityKind)) > 1)
      return fail('compare', 'mixed-entity-kinds', `entity kinds ${[...new Set(figs.map((f) => f.data.entityKind))].join(', ')}`);
    if (distinct(figs.map((f) => f.data.entity)) < figs.length) return fail('compare', 'repeated-entity', 'an entity drawn twice');
    if (figs.length < 3) return fail('compare', 'two-bars', 'two bars compare only a before and after or a result and its target');
    return null;
  },
  'parts-of-whole'(chart) {
    const whole = chart.figures.find((f) => f.id === chart.total);
    const parts = chart.figures.filter((f) => f.id !== chart.total);
    if (!whole) return fail('parts-of-whole', 'parts-not-stated', 'no whole among the figures');
    if (parts.length < 2) return fail('parts-of-whole', 'two-bars', 'a whole with fewer than two parts');
    const loose = parts.find((p) => !isPartOf(p.data, whole.data));
    if (loose) return fail('parts-of-whole', 'parts-not-stated', `${label(loose)} is not stated (其中) as a part of ${label(whole)}`);
    const other = parts.find((p) => p.data.entity !== whole.data.entity);
    if (other)
      return fail(
        'parts-of-whole',
        other.data.entityKind === 'organisation' ? 'company-outside-place' : 'mixed-entities',
        `${label(other)} is about another entity than ${label(whole)}`,
      );
    // Parts are kinds of the whole (`12个项目计划2023年底前开工`): they may name a year only when the whole states none.
    const timed = whole.data.year !== null || whole.data.period !== null || whole.data.yearTo !== null;
    const otherTime = parts.find((p) => timed && timeKey(p.data) !== timeKey(whole.data));
    if (otherTime) return fail('parts-of-whole', 'mixed-periods', `${label(otherTime)} is for another period than ${label(whole)}`);
    const otherStatus = parts.find((p) => p.data.target !== whole.data.target);
    if (otherStatus) return fail('parts-of-whole', 'targets-with-results', `${label(otherStatus)} and ${label(whole)}: a target and a result`);
    const bound = chart.figures.find((f) => isBound(f.data));
    if (bound) return fail('parts-of-whole', 'floor-in-ratio', `${label(bound)} is a floor or ceiling: its share of the whole is unknown`);
    const sum = parts.reduce((s, p) => s + p.data.normalized, 0);
    if (sum > whole.data.normalized * 1.0005) return fail('parts-of-whole', 'parts-exceed-whole', `the parts add up to more than ${label(whole)}`);
    return null;
  },
  'over-time'(chart) {
    const figs = chart.figures;
    if (distinct(figs.map((f) => measureKey(f.data))) > 1)
      return fail('over-time', 'unrelated-measures', `measures ${[...new Set(figs.map((f) => f.data.measure))].join(', ')}`);
    if (distinct(figs.map((f) => f.data.entity)) > 1)
      return fail('over-time', 'mixed-entities', `entities ${[...new Set(figs.map((f) => f.data.entity))].join(', ')}`);
    if (distinct(figs.map((f) => f.data.period ?? '')) > 1 || figs.some((f) => f.data.year === null || f.data.yearFrom !== null))
      return fail('over-time', 'mixed-periods', 'every point must be one year of the same period');
    const unmarked = figs.find((f, i) => f.data.target !== /目标/u.test(chart.series[i] ?? ''));
    if (unmarked)
      return fail(
        'over-time',
        unmarked.data.target ? 'target-unmarked' : 'targets-with-results',
        `${label(unmarked)} ${unmarked.data.target ? 'is a target not marked 目标' : 'is a result marked 目标'}`,
      );
    const points = figs.map((f) => `${f.data.year}|${f.data.target}`);
    if (distinct(points) < figs.length) return fail('over-time', 'repeated-entity', 'one year drawn twice');
    if (distinct(figs.map((f) => f.data.year)) < 2) return fail('over-time', 'mixed-periods', 'fewer than two years');
    return null;
  },
  'indicators-of-one-place'(chart) {
    const figs = chart.figures;
    const company = figs.find((f) => f.data.entityKind === 'organisation' || f.data.entityKind === 'programme');
    if (company) return fail('indicators-of-one-place', 'company-outside-place', `${label(company)} is not about a place`);
    if (distinct(figs.map((f) => f.data.entity)) > 1)
      return fail('indicators-of-one-place', 'mixed-entities', `places ${[...new Set(figs.map((f) => f.data.entity))].join(', ')}`);
    if (figs.some((f) => f.data.basis !== 'growth-rate'))
      return fail('indicators-of-one-place', 'levels-of-different-measures', 'only growth rates of different measures share an axis');
    const time = oneTime(figs, 'indicators-of-one-place');
    if (time) return time;
    if (distinct(figs.map((f) => f.data.measure)) < figs.length) return fail('indicators-of-one-place', 'repeated-entity', 'a measure drawn twice');
    if (figs.length < 3) return fail('indicators-of-one-place', 'two-bars', 'two bars compare only a before and after or a result and its target');
    return null;
  },
  'programme-timeline'() {
    return null;
  },
};

/** Checks a chart against its rule (or, when it names none, finds the rule it satisfies). */
export function checkChart(chart: RuleChart): Verdict {
  if (chart.rule !== null) return checkRule(chart, chart.rule);
  const candidates: ChartRule[] =
    chart.figures.length === 0
      ? ['programme-timeline']
      : chart.type === 'stacked-bar'
        ? ['parts-of-whole']
        : chart.type === 'timeline'
          ? ['over-time']
          : ['compare', 'indicators-of-one-place', 'over-time'];
  const verdicts = candidates.map((rule) => checkRule(chart, rule));
  return verdicts.find((v) => v.ok) ?? verdicts[0]!;
}

/** Checks a chart against one rule: the common conditions, then the rule's own. */
export function checkRule(chart: RuleChart, rule: ChartRule): Verdict {
  return never(chart, rule) ?? RULES[rule](chart) ?? { ok: true, rule };
}

/** A verdict in one line, for the review and error messages: `compare` or `broke two-bars (compare): …`. */
export function describeVerdict(v: Verdict): string {
  return v.ok ? v.rule : `broke ${v.broken}${v.rule ? ` (${v.rule})` : ''}: ${v.reason}`;
}
