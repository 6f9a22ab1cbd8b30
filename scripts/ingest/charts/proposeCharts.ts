/**
 * chart: figures whose frames match → proposed charts. Pure: metric records and stories in, chart records out.
 *
 * Charts are proposed from the figure frame (entity, measure, basis, period, target), never from numbers that merely
 * share a unit. Figures are indexed once by frame keys, so the work grows linearly with the corpus, and each index
 * gives one kind of chart (the rules in `chartRules.ts` say when it may be drawn):
 * - the same measure for several entities of one kind in one period, across stories (`compare`);
 * - the parts a sentence states (`其中`) of a whole it states (`parts-of-whole`);
 * - one entity's measure over the years, a later target of the same measure marked as such (`over-time`);
 * - several growth rates of one place in one period (`indicators-of-one-place`);
 * - a programme's phases by year (`programme-timeline`).
 * Every candidate is checked with `checkRule`; those that fail are returned as dropped, with the rule they broke, for
 * the review. A figure without a complete frame is charted nowhere and listed as incomplete.
 */
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { syllables, SlugRegistry } from '../resolve/slug.ts';
import { toMarkdownFile, escapeMarkdown } from '../write/writeMarkdown.ts';
import {
  checkRule,
  isBound,
  isPartOf,
  isThresholdItself,
  measureKey,
  missingFrame,
  timeKey,
  type BrokenRule,
  type ChartRule,
  type RuleChart,
} from './chartRules.ts';
import type { ChartData, MetricData, InitiativeData } from '../../../src/schemas.ts';
import { displayUnit, formatShare, formatValue, toDisplay, yearSpan } from '../../../src/core/numbers.ts';

/** A figure as ingest wrote it: its id (file name) and frontmatter. */
export interface MetricInput {
  /** Metric id, the file name without `.md`. */
  id: string;
  /** The figure's frontmatter. */
  data: MetricData;
}

/** A story, as much of it as charts need. */
export interface ArticleInput {
  /** Story slug. */
  slug: string;
  /** Headline. */
  title: string;
  /** Source file name. */
  source: string;
  /** 1-based position of the story within its source file. */
  storyIndex: number;
  /** The story's blocks (subheads and paragraphs, cleaned text) in order; figures are ordered by where their sentence is. */
  paragraphs?: readonly string[];
  /** Where it was printed, from the sources manifest (each null when unknown). */
  printed?: { publication: string | null; published: string | null; page: string | null };
}

/** A place, for chart titles. */
export interface PlaceInput {
  /** Place slug. */
  slug: string;
  /** Official full name. */
  name: string;
  /** Other forms the stories use (`高新区`). */
  aliases: readonly string[];
}

/** A programme, for timelines of its phases. */
export interface InitiativeInput {
  /** Initiative slug. */
  slug: string;
  /** The initiative's frontmatter (only name, owner, districts, articles and years are read). */
  data: Pick<InitiativeData, 'name' | 'owner' | 'districts' | 'articles' | 'years'>;
}

/** Everything `proposeCharts` reads. */
export interface ProposeChartsInput {
  /** Every figure of the corpus. */
  metrics: readonly MetricInput[];
  /** Every story. */
  articles: readonly ArticleInput[];
  /** Places, for naming where a programme timeline is about (optional). */
  districts?: readonly PlaceInput[];
  /** Programmes, for timelines (optional). */
  initiatives?: readonly InitiativeInput[];
  /** The charts already published (`content/charts/`): a chart drawing the same figures keeps its slug, one a journalist made or edited replaces the proposal, and no new chart takes a published slug. */
  previous?: readonly PreviousChart[];
}

/** A chart already on disk, as much of it as slug stability needs. */
export interface PreviousChart {
  /** Its slug. */
  id: string;
  /** Its type, figures, programmes and whether a journalist made it. */
  data: Pick<ChartData, 'type' | 'metrics' | 'initiatives' | 'handMade'>;
}

/** A proposed chart: its slug (the file name) and frontmatter. */
export interface ChartRecord {
  /** Pinyin slug, unique among the proposed charts. */
  id: string;
  /** Frontmatter, valid against `schemas.charts`. */
  data: ChartData;
}

/** A candidate chart the rules refused, for the review. */
export interface DroppedChart {
  /** The title it would have had. */
  title: string;
  /** The figures it would have drawn. */
  metrics: string[];
  /** The rule it was proposed under. */
  rule: ChartRule | null;
  /** What it broke. */
  broken: BrokenRule;
  /** Why, naming the figures. */
  reason: string;
}

/** What the proposer decided: the charts, the candidates it dropped, the figures it could not place in any frame. */
export interface ChartPlan {
  /** Charts to write, in corpus order. */
  charts: ChartRecord[];
  /** Candidates that broke a rule. */
  dropped: DroppedChart[];
  /** Figures charted nowhere because their frame lacks entity, entity kind, measure or basis: id → missing fields. */
  incomplete: { id: string; missing: string[] }[];
}

/** Most figures drawn in one chart; a longer list keeps the largest (compare) or the latest years (over time). */
export const MAX_FIGURES = 10;
/** Most syllables in a chart's slug. */
const MAX_SLUG_SYLLABLES = 14;

/** A figure with its place in the corpus (story order, then where its sentence is printed). */
interface Figure {
  id: string;
  m: MetricData;
  order: number;
}

/** A chart before its slug and source line are settled. */
interface Draft {
  rule: ChartRule;
  title: string;
  subtitle: string;
  type: ChartData['type'];
  unit: string;
  finding: string;
  metrics: string[];
  labels: string[];
  series: (string | null)[];
  total: string | null;
  initiatives: string[];
  district: string | null;
  articles: string[];
  /** Where the chart sorts: its first figure's place in the corpus. */
  order: number;
  /** The figures' frontmatter, for the rule check (empty for a programme timeline). */
  figures: MetricInput[];
}

/** The file in `content/charts/` that remembers every slug ever published and the figures it drew. */
export const SLUG_REGISTRY_FILE = 'published-slugs.yaml';

/** Reads the slug registry: the charts once published, even those no longer proposed (their slugs stay taken). */
export function parseSlugRegistry(text: string): PreviousChart[] {
  const raw: unknown = parseYaml(text) ?? [];
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((e: unknown): PreviousChart[] => {
    const r = e as { slug?: unknown; type?: unknown; metrics?: unknown; initiatives?: unknown };
    if (typeof r.slug !== 'string' || typeof r.type !== 'string') return [];
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
    return [{ id: r.slug, data: { type: r.type as ChartData['type'], metrics: list(r.metrics), initiatives: list(r.initiatives), handMade: false } }];
  });
}

/** Writes the slug registry: every chart published before or now, by slug, with the figures it drew. */
export function slugRegistryText(previous: readonly PreviousChart[], charts: readonly ChartRecord[]): string {
  const bySlug = new Map<string, { slug: string; type: string; metrics: string[]; initiatives: string[] }>();
  for (const p of previous) bySlug.set(p.id, { slug: p.id, type: p.data.type, metrics: [...p.data.metrics], initiatives: [...p.data.initiatives] });
  for (const c of charts) bySlug.set(c.id, { slug: c.id, type: c.data.type, metrics: [...c.data.metrics], initiatives: [...c.data.initiatives] });
  const entries = [...bySlug.values()].sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return `# Every chart slug ever published and the figures it drew: a chart drawing them again gets its slug back, and no\n# other chart ever takes it. Written by ingest.\n${stringifyYaml(entries)}`;
}

/** Proposes charts for the corpus, in corpus order; slugs are pinyin of the titles, deduplicated in that order. */
export function proposeCharts(input: ProposeChartsInput): ChartRecord[] {
  return planCharts(input).charts;
}

/** Proposes charts and says what it dropped and why: the review a journalist reads before publishing. */
export function planCharts(input: ProposeChartsInput): ChartPlan {
  const places = new Map((input.districts ?? []).map((d) => [d.slug, d]));
  const articles = [...input.articles].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.storyIndex - b.storyIndex));
  const articleIndex = new Map(articles.map((a, i) => [a.slug, i]));
  const storyText = new Map(articles.map((a) => [a.slug, (a.paragraphs ?? []).join('\n')]));
  // Each story's programmes, in input order, and each story by slug: looked up once per story and per chart, where
  // scanning every programme or story for each made the proposer quadratic in the archive.
  const initiativesByArticle = new Map<string, InitiativeInput[]>();
  for (const i of input.initiatives ?? [])
    for (const slug of new Set(i.data.articles)) {
      const list = initiativesByArticle.get(slug);
      if (list) list.push(i);
      else initiativesByArticle.set(slug, [i]);
    }
  const bySlug = new Map<string, ArticleInput>();
  for (const a of input.articles) if (!bySlug.has(a.slug)) bySlug.set(a.slug, a);

  const incomplete: ChartPlan['incomplete'] = [];
  const figures: Figure[] = [];
  for (const { id, data: m } of input.metrics) {
    const missing = missingFrame(m);
    if (missing.length > 0) {
      incomplete.push({ id, missing });
      continue;
    }
    // Counts restating a list, size limits, ranges, ranks and ratios are no bars.
    if (m.enumerated || isThresholdItself(m) || m.valueMax !== null || m.basis === 'rank' || m.basis === 'multiple' || m.baseUnit === '') continue;
    const at = storyText.get(m.article)?.indexOf(m.quote) ?? -1;
    const order = (articleIndex.get(m.article) ?? articles.length) * 10_000_000 + Math.max(at, 0) * 100 + (Math.max(m.quote.indexOf(m.text), 0) % 100);
    figures.push({ id, m, order });
  }
  figures.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  incomplete.sort((a, b) => (a.id < b.id ? -1 : 1));

  const drafts: Draft[] = [
    // A programme timeline sorts before the story's figures.
    ...articles.flatMap((a, i) => initiativeTimeline(a, initiativesByArticle.get(a.slug) ?? [], places).map((d) => ({ ...d, order: i * 10_000_000 - 1 }))),
    ...compareDrafts(figures, places),
    ...partsDrafts(figures),
    ...overTimeDrafts(figures),
    ...indicatorDrafts(figures),
  ];
  drafts.sort((a, b) => a.order - b.order || CHART_ORDER.indexOf(a.rule) - CHART_ORDER.indexOf(b.rule) || (a.metrics.join() < b.metrics.join() ? -1 : 1));

  // Published slugs stay taken, even by charts no longer proposed: a URL once published never shows another chart.
  const slugs = new SlugRegistry();
  for (const p of input.previous ?? []) slugs.claim(p.id);
  const published = new Map((input.previous ?? []).map((p) => [chartKey(p.data.type, p.data.metrics, p.data.initiatives), p]));
  const seen = new Set<string>();
  const charts: ChartRecord[] = [];
  const dropped: DroppedChart[] = [];
  for (const draft of drafts) {
    const key = chartKey(draft.type, draft.metrics, draft.initiatives);
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = checkRule(ruleChart(draft), draft.rule);
    if (!verdict.ok) {
      dropped.push({ title: draft.title, metrics: draft.metrics, rule: draft.rule, broken: verdict.broken, reason: verdict.reason });
      continue;
    }
    const before = published.get(key);
    if (before?.data.handMade) continue;
    const id = before?.id ?? slugs.claim(syllables(draft.title).slice(0, MAX_SLUG_SYLLABLES).join('-') || 'chart');
    charts.push({ id, data: toChartData(draft, bySlug) });
  }
  return { charts, dropped, incomplete };
}

/** Order of rules among charts starting at the same figure. */
const CHART_ORDER: readonly ChartRule[] = ['programme-timeline', 'parts-of-whole', 'indicators-of-one-place', 'over-time', 'compare'];

/** A draft as the rules read it. */
function ruleChart(draft: Draft): RuleChart {
  return {
    rule: draft.rule,
    type: draft.type,
    figures: draft.figures,
    total: draft.total,
    series: draft.series,
    finding: draft.finding,
    district: draft.district,
  };
}

/** What makes two charts the same chart: type, figures and programmes, in any order. */
function chartKey(type: string, metrics: readonly string[], initiatives: readonly string[]): string {
  return `${type}:${[...metrics].sort().join(',')}:${[...initiatives].sort().join(',')}`;
}

/** The Markdown file ingest writes for a chart: its frontmatter, then its finding as the body. */
export function chartToMarkdown(chart: ChartRecord): string {
  return toMarkdownFile(chart.data, escapeMarkdown(chart.data.finding));
}

/** Groups figures by a key in one pass; figures whose key is null are left out. */
function groupBy(figures: readonly Figure[], key: (m: MetricData) => string | null): Figure[][] {
  const map = new Map<string, Figure[]>();
  for (const f of figures) {
    const k = key(f.m);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(f);
    else map.set(k, [f]);
  }
  return [...map.values()];
}

/** The first figure for each value of `key`, in corpus order (the same statement printed twice counts once). */
function firstBy(figures: readonly Figure[], key: (m: MetricData) => string): Figure[] {
  const seen = new Set<string>();
  return figures.filter((f) => {
    const k = key(f.m);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The same measure, basis and period for several entities of one kind, from any story: ranked bars. */
function compareDrafts(figures: readonly Figure[], places: ReadonlyMap<string, PlaceInput>): Draft[] {
  const drafts: Draft[] = [];
  for (const group of groupBy(figures, (m) => `${measureKey(m)}|${timeKey(m)}|${m.target}|${m.entityKind}`)) {
    const entities = firstBy(group, (m) => m.entity!);
    if (entities.length < 2) continue;
    const ranked = [...entities].sort((a, b) => b.m.normalized - a.m.normalized || a.order - b.order);
    const shown = ranked.slice(0, MAX_FIGURES);
    const cut = shown.length < ranked.length;
    const first = shown[0]!.m;
    const top = shown[0]!;
    const bottom = shown[shown.length - 1]!;
    const [most, least] = extremes(first);
    // A floor or ceiling at either end may not be the extreme it looks like: then the finding only says what is drawn.
    const finding =
      isBound(top.m) || (!cut && isBound(bottom.m)) || top.m.normalized === bottom.m.normalized
        ? `${ranked.length}个${ENTITY_WORD[first.entityKind!]}${when(first) ?? ''}${what(first)}如图。`
        : `${tied(shown, top, (f) => f.m.entity!)}${most}，${top.m.text}` +
          (cut ? `（图中为前${MAX_FIGURES}位）。` : `；${tied(shown, bottom, (f) => f.m.entity!)}${least}，${bottom.m.text}。`);
    const draft = base('compare', shown, 'bar');
    // Companies or programmes of one place say where they are (`某区各单位`); places name themselves in the labels.
    const where = first.entityKind === 'organisation' || first.entityKind === 'programme' ? shortName(places.get(draft.district ?? '')) : '';
    drafts.push({
      ...draft,
      title: `${where}${ENTITY_PLURAL[first.entityKind!]}${when(first) ?? ''}${what(first)}${first.target ? '目标' : ''}`,
      subtitle: subtitle(shown, when(first)) + (cut ? ` · 前${MAX_FIGURES}位` : ''),
      finding,
      labels: shown.map((f) => f.m.entity!),
    });
  }
  return drafts;
}

/** The parts a sentence states with `其中` of a whole it states: a stacked bar, what they leave labelled 未列明. */
function partsDrafts(figures: readonly Figure[]): Draft[] {
  const drafts: Draft[] = [];
  for (const sentence of groupBy(figures, (m) => `${m.article}|${m.quote}`)) {
    if (sentence.length < 3) continue;
    // One chart per unit: a sentence may state the parts of a count and, beside them, of their investment.
    const best = new Map<string, { whole: Figure; parts: Figure[] }>();
    for (const whole of sentence) {
      if (whole.m.basis !== 'level') continue;
      const parts = sentence.filter((p) => p !== whole && p.m.basis === 'level' && p.m.baseUnit === whole.m.baseUnit && isPartOf(p.m, whole.m));
      const known = best.get(whole.m.baseUnit);
      if (parts.length >= 2 && (!known || parts.length > known.parts.length)) best.set(whole.m.baseUnit, { whole, parts });
    }
    for (const { whole, parts } of best.values()) {
      const shown = parts.slice(0, MAX_FIGURES - 1);
      const all = [whole, ...shown];
      const unit = chartUnit(all);
      const sum = shown.reduce((s, p) => s + p.m.normalized, 0);
      const largest = [...shown].sort((a, b) => b.m.normalized - a.m.normalized || a.order - b.order)[0]!;
      const rest = whole.m.normalized - sum;
      drafts.push({
        ...base('parts-of-whole', all, 'stacked-bar'),
        title: `${whole.m.entity}${when(whole.m) ?? ''}${whole.m.measure}构成`,
        subtitle: subtitle(all, when(whole.m)),
        unit,
        finding:
          `${whole.m.measure}共${whole.m.text}，其中${largest.m.measure}最多，${largest.m.text}，占${formatShare(largest.m.normalized, whole.m.normalized)}` +
          (rest > whole.m.normalized * 0.005 ? `；另有${formatValue(toDisplay(rest, unit, whole.m.baseUnit), unit)}未列明。` : '。'),
        labels: all.map((f) => f.m.measure!),
        total: whole.id,
      });
    }
  }
  return drafts;
}

/** One entity's measure in several years (a later target of the same measure marked 目标): a timeline. */
function overTimeDrafts(figures: readonly Figure[]): Draft[] {
  const drafts: Draft[] = [];
  const dated = (m: MetricData) =>
    m.year === null || m.yearFrom !== null || m.yearTo !== null ? null : `${m.entity}|${m.entityKind}|${measureKey(m)}|${m.period ?? ''}`;
  for (const group of groupBy(figures, dated)) {
    const points = firstBy(group, (m) => `${m.year}|${m.target}`);
    const results = points.filter((f) => !f.m.target).sort((a, b) => a.m.year! - b.m.year!);
    const lastResult = results[results.length - 1]?.m.year ?? -Infinity;
    // A target is drawn only after the results it is set against: the next target year.
    const target = points.filter((f) => f.m.target && f.m.year! > lastResult).sort((a, b) => a.m.year! - b.m.year!)[0];
    const shown = [...results.slice(-(target ? MAX_FIGURES - 1 : MAX_FIGURES)), ...(target ? [target] : [])];
    if (shown.length < 2 || results.length === 0) continue;
    const m = shown[0]!.m;
    const first = results[0]!;
    const last = results[results.length - 1]!;
    const years = `${shown[0]!.m.year}—${shown[shown.length - 1]!.m.year}年`;
    const verb = last.m.normalized > first.m.normalized ? '增至' : last.m.normalized < first.m.normalized ? '降至' : '持平于';
    const bounded = results.some((f) => isBound(f.m));
    let finding =
      results.length >= 2
        ? bounded
          ? `${m.entity}${m.period ?? ''}${what(m)}${first.m.year}年为${first.m.text}，${last.m.year}年为${last.m.text}`
          : `${m.entity}${m.period ?? ''}${what(m)}从${first.m.year}年的${first.m.text}${verb}${last.m.year}年的${last.m.text}`
        : `${m.entity}${last.m.year}年${m.period ?? ''}${what(m)}${last.m.text}`;
    if (target) finding += `；${target.m.year}年目标为${target.m.text}`;
    drafts.push({
      ...base('over-time', shown, 'timeline'),
      title: `${m.entity}${m.period ?? ''}${what(m)}（${years}${target ? '，含目标' : ''}）`,
      subtitle: subtitle(shown, `${years}${m.period ?? ''}`),
      finding: `${finding}。`,
      labels: shown.map((f) => `${f.m.year}年${f.m.target ? '目标' : ''}`),
      series: shown.map((f) => (f.m.target ? '目标' : '实际')),
    });
  }
  return drafts;
}

/** Several growth rates of one place in one period, each bar its measure: `某区2023年一季度主要指标增速`. */
function indicatorDrafts(figures: readonly Figure[]): Draft[] {
  const drafts: Draft[] = [];
  const key = (m: MetricData) =>
    m.basis === 'growth-rate' && !m.target && (m.entityKind === 'place' || m.entityKind === 'city') ? `${m.entity}|${m.baseUnit}|${timeKey(m)}` : null;
  for (const group of groupBy(figures, key)) {
    const measures = firstBy(group, (m) => m.measure!);
    if (measures.length < 2) continue;
    const shown = [...measures].sort((a, b) => b.m.normalized - a.m.normalized || a.order - b.order).slice(0, MAX_FIGURES);
    const m = shown[0]!.m;
    const top = shown[0]!;
    const bottom = shown[shown.length - 1]!;
    drafts.push({
      ...base('indicators-of-one-place', shown, 'bar'),
      title: `${m.entity}${when(m) ?? ''}主要指标增速`,
      subtitle: subtitle(shown, when(m)),
      finding:
        top.m.normalized === bottom.m.normalized
          ? `${m.entity}${when(m) ?? ''}${shown.length}项指标增速均为${top.m.text}。`
          : `${tied(shown, top, (f) => f.m.measure!)}增速最高，${top.m.text}；${tied(shown, bottom, (f) => f.m.measure!)}增速最低，${bottom.m.text}。`,
      labels: shown.map((f) => f.m.measure!),
    });
  }
  return drafts;
}

/** The fields every figure chart fills the same way. */
function base(rule: ChartRule, shown: readonly Figure[], type: ChartData['type']): Draft {
  return {
    rule,
    title: '',
    subtitle: '',
    type,
    unit: chartUnit(shown),
    finding: '',
    metrics: shown.map((f) => f.id),
    labels: [],
    series: shown.map(() => null),
    total: null,
    initiatives: [],
    district: commonDistrict(shown),
    articles: [...new Set([...shown].sort((a, b) => a.order - b.order).map((f) => f.m.article))],
    order: Math.min(...shown.map((f) => f.order)),
    figures: shown.map((f) => ({ id: f.id, data: f.m })),
  };
}

/** The names of every figure tied with `extreme` (`甲区、乙区`): a shared top is not one entity's. */
function tied(shown: readonly Figure[], extreme: Figure, name: (f: Figure) => string): string {
  return shown
    .filter((f) => f.m.normalized === extreme.m.normalized)
    .map(name)
    .join('、');
}

/** Words for several entities of a kind, as a title's where. */
const ENTITY_PLURAL: Record<NonNullable<MetricData['entityKind']>, string> = { place: '各地', organisation: '各单位', programme: '各项目', city: '各城市' };
/** Word for one entity of a kind, counted in a finding. */
const ENTITY_WORD: Record<NonNullable<MetricData['entityKind']>, string> = { place: '地方', organisation: '单位', programme: '项目', city: '城市' };
/** How a basis reads after its measure in a title (`工业总产值增速`). */
const BASIS_SUFFIX: Record<NonNullable<MetricData['basis']>, string> = {
  level: '',
  change: '增加额',
  'growth-rate': '增速',
  share: '占比',
  multiple: '倍数',
  rank: '位次',
};
/** How a basis reads in the subtitle. */
const BASIS_LABEL: Record<NonNullable<MetricData['basis']>, string> = {
  level: '总量',
  change: '增减量',
  'growth-rate': '增长率',
  share: '占比',
  multiple: '倍数',
  rank: '位次',
};

/** The measure with its basis, for titles and findings: `工业总产值增速`, `签约项目`. */
function what(m: MetricData): string {
  const suffix = BASIS_SUFFIX[m.basis!];
  return m.measure!.endsWith(suffix) ? m.measure! : `${m.measure}${suffix}`;
}

/** `2023年一季度`, `2013—2022年`, `一季度` (year unknown), or null when the figure states no time at all. */
function when(m: MetricData): string | null {
  const year = m.yearFrom !== null && m.yearTo !== null ? `${m.yearFrom}—${m.yearTo}年` : m.year !== null ? `${m.year}年` : '';
  return year + (m.period ?? '') || null;
}

/** The frame every figure shares, shown under the title: `单位：% · 增长率 · 2023年一季度`. */
function subtitle(figures: readonly Figure[], time: string | null): string {
  const m = figures[0]!.m;
  const parts = [`单位：${chartUnit(figures)}`, BASIS_LABEL[m.basis!], time ?? '时间未注明'];
  if (figures.every((f) => f.m.target)) parts.push('目标');
  if (m.threshold) parts.push(m.threshold);
  return parts.join(' · ');
}

/** Superlatives by basis: `增速最高`, `最多`. */
function extremes(m: MetricData): [string, string] {
  if (m.basis === 'growth-rate') return ['增速最高', '增速最低'];
  if (m.basis === 'share') return ['占比最高', '占比最低'];
  return m.kind === 'count' ? ['最多', '最少'] : ['最高', '最低'];
}

/** The district every figure names, else null. */
function commonDistrict(figures: readonly Figure[]): string | null {
  const first = figures[0]?.m.district ?? null;
  return first !== null && figures.every((f) => f.m.district === first) ? first : null;
}

/** The unit values are drawn in: `亿元` or `万元` for money, `万吨` for large weights, else the base unit. */
function chartUnit(figures: readonly Figure[]): string {
  return displayUnit(
    figures[0]?.m.baseUnit ?? '',
    figures.map((f) => f.m.normalized),
  );
}

/** The frontmatter of a draft, with its source line naming the stories. */
function toChartData(draft: Draft, articles: ReadonlyMap<string, ArticleInput>): ChartData {
  return {
    title: draft.title,
    metrics: draft.metrics,
    type: draft.type,
    source: sourceLine(draft.articles, articles),
    handMade: false,
    finding: draft.finding,
    unit: draft.unit,
    labels: draft.labels,
    series: draft.series,
    total: draft.total,
    initiatives: draft.initiatives,
    district: draft.district,
    articles: draft.articles,
    subtitle: draft.subtitle,
    rule: draft.rule,
  };
}

/** A programme's name as a title or finding prints it: in quotation marks, unless it carries its own (`“三强”行动`). */
export function quotedName(name: string): string {
  return /[“”"「」『』《》]/u.test(name) ? name : `“${name}”`;
}

/**
 * Programmes of a story that state their years: a timeline of phases (`2023年为“筑基赋能年”`), under the span that
 * holds them. `initiatives` are the programmes the story names.
 */
function initiativeTimeline(article: ArticleInput, initiatives: readonly InitiativeInput[], places: Map<string, PlaceInput>): Draft[] {
  const dated = initiatives
    .filter((i) => i.data.years !== null)
    .sort((a, b) => a.data.years!.start - b.data.years!.start || b.data.years!.end - a.data.years!.end || (a.slug < b.slug ? -1 : 1));
  if (dated.length < 2 || new Set(dated.map((i) => i.data.years!.start)).size < 2) return [];
  const start = Math.min(...dated.map((i) => i.data.years!.start));
  const end = Math.max(...dated.map((i) => i.data.years!.end));
  const spans = dated.filter((i) => i.data.years!.end > i.data.years!.start);
  const phases = dated.filter((i) => i.data.years!.end === i.data.years!.start);
  // A span counts as the programme the phases belong to only when it covers every one of them.
  const parent = spans.find((s) => phases.every((p) => p.data.years!.start >= s.data.years!.start && p.data.years!.end <= s.data.years!.end));
  const districtVotes = new Map<string, number>();
  for (const i of dated) for (const d of i.data.districts) districtVotes.set(d, (districtVotes.get(d) ?? 0) + 1);
  const district = [...districtVotes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
  const where = district ? shortName(places.get(district)) : '';
  const years = end - start + 1;
  const what = parent ? `${quotedName(parent.data.name)}${chineseNumber(years)}年安排` : '各项工作时间安排';
  const finding =
    phases.length >= 2
      ? `${phases.map((p) => `${p.data.years!.start}年为${quotedName(p.data.name)}`).join('，')}。`
      : `${dated.map((i) => `${quotedName(i.data.name)}（${yearSpan(i.data.years!.start, i.data.years!.end)}）`).join('，')}。`;
  return [
    {
      rule: 'programme-timeline',
      title: `${where}${what}（${start}—${end}年）`,
      subtitle: `单位：年 · 各阶段起止 · ${start}—${end}年`,
      type: 'timeline',
      unit: '年',
      finding:
        parent && phases.length >= 2
          ? `${quotedName(parent.data.name)}（${yearSpan(parent.data.years!.start, parent.data.years!.end)}）分${chineseNumber(phases.length)}步：${finding}`
          : finding,
      metrics: [],
      labels: [],
      series: [],
      total: null,
      initiatives: dated.map((i) => i.slug),
      district,
      articles: [article.slug],
      order: 0,
      figures: [],
    },
  ];
}

/**
 * The stories the figures come from, as printed where the sources manifest says (`《headline》（济南日报，2023-04-24，
 * A3版）`) and `来源未注明日期` where it does not; the source file and story number follow as the archive reference.
 * `articles` are the stories by slug.
 */
export function sourceLine(slugs: readonly string[], articles: ReadonlyMap<string, ArticleInput>): string {
  const cited = slugs.map((slug) => articles.get(slug)).filter((a): a is ArticleInput => a !== undefined);
  if (cited.length === 0) return '泉城数读据济南本地报纸报道整理';
  const printed = (a: ArticleInput): string => {
    const p = a.printed;
    const parts = [p?.publication ?? null, p?.published ?? '来源未注明日期', p?.page ? `${p.page}版` : null].filter((x): x is string => x !== null);
    return `${parts.join('，')}；存档：${a.source}，第${a.storyIndex}篇`;
  };
  return `泉城数读据济南本地报纸报道整理：${cited.map((a) => `《${a.title}》（${printed(a)}）`).join('；')}`;
}

/** A place's shortest printed form that still names it (`高新区` for 济南高新技术产业开发区). */
function shortName(place: PlaceInput | undefined): string {
  if (!place) return '';
  const forms = [place.name, ...place.aliases].filter((n) => [...n].length >= 3 || n === place.name);
  return forms.sort((a, b) => [...a].length - [...b].length || (a < b ? -1 : 1))[0] ?? place.name;
}

/** 1–10 in Chinese numerals, larger numbers in digits. */
function chineseNumber(n: number): string {
  return ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);
}
