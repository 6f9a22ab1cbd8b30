/**
 * chart: figures that belong together → proposed charts. Pure: metric records and stories in, chart records out.
 *
 * Figures are charted together when the story prints them together: same story, same or neighbouring paragraph,
 * same kind of quantity and same base unit, compatible year and period, and comparable subjects (a shared word, or
 * printed in the same sentence or paragraph). Within such a group, a figure stated as a whole (`共…57个`) whose parts
 * follow it becomes a stacked bar; results of one year beside targets of a later year become grouped bars; a
 * programme's phases with years, or one subject over several years, become a timeline. Everything else is a bar chart.
 */
import { syllables, SlugRegistry } from './slug.ts';
import { toMarkdownFile, escapeMarkdown } from './writeMarkdown.ts';
import type { ChartData, MetricData, InitiativeData } from '../../src/schemas.ts';

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
  /** The story's blocks (subheads and paragraphs, cleaned text) in order; figures are placed by finding their sentence. */
  paragraphs?: readonly string[];
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
  /** Places, for naming where a chart is about (optional: titles fall back to the subjects). */
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

/** Most figures drawn in one chart; a longer list is cut to the figures printed first. */
export const MAX_FIGURES = 10;
/** Most syllables in a chart's slug. */
const MAX_SLUG_SYLLABLES = 14;

/** Kinds of quantity that can be drawn as bars; ranks and unclassified numbers cannot. */
const CHARTABLE_KINDS = new Set<MetricData['kind']>(['count', 'amount', 'growth', 'share', 'rate', 'area', 'weight', 'volume', 'duration']);
/** Kinds measured in per cent or percentage points: comparable across subjects without sharing a word. */
const RELATIVE_KINDS = new Set<MetricData['kind']>(['growth', 'share', 'rate']);

/** Words that say where rather than what; stripped from labels (place names are added from the input). Bare `济南` stays: it starts company names (`济南二机床`). */
const PLACE_WORDS = ['济南市', '全市', '全区', '全县', '全省', '我市', '我区', '本市', '本区'];
/** Kinds that are flows over a period: comparable only for the same period (`一季度` beside a whole year misleads). */
const FLOW_KINDS = new Set<MetricData['kind']>(['amount', 'growth', 'share', 'rate']);
/** Longest label made from a clause of the sentence; longer clauses are no label. */
const MAX_CLAUSE_LABEL = 16;
/** Largest ratio of the biggest to the smallest bar: beyond it the small bar cannot be seen and the pair is no comparison. */
const MAX_RATIO = 1000;
/** Longest title topic made by listing the labels (`社区工作站和街道工作室`). */
const MAX_LISTED_TOPIC = 24;
/** Verbs, adverbs and measure words too common in figure subjects to make two subjects comparable. */
const STOP_BIGRAMS = new Set([
  ...['加快', '推进', '推动', '实现', '完成', '开展', '建设', '打造', '新增', '累计', '举办', '同比', '增长', '提升', '全年', '其中', '共计', '达到', '成立', '建立', '以上', '计划'],
  ...['总量', '总额', '数量', '规模', '总数', '合计', '总计'],
]);
/** Words printed right before a figure that state it as a whole. */
const TOTAL_MARK = /(?:共|总|合计|累计|总计|全部|一共)[^，。；、]{0,8}$/u;
/** A number with its unit inside a clause (`12个`, `89.56亿元`), removed when a clause becomes a label. */
const NUMBER_WITH_UNIT = /[约近超逾]?\d+(?:\.\d+)?(?![\d.年月日号])[万亿]?(?:个百分点|[个家项名人户处支条栋次场台吨亩元%])?(?:以上|余|多)?/gu;
/** Characters that end a clause inside a sentence. */
const CLAUSE_END = /[，。；：！？,;:!?]/u;

/** A figure placed in its story. */
interface Figure {
  id: string;
  m: MetricData;
  /** Index of the block holding the sentence; figures whose sentence is not found get a block of their own. */
  block: number;
  /** Position in the story, for printed order. */
  order: number;
  /** Label: what is measured, without the place and period the title carries. */
  label: string;
}

/** Proposes charts for the corpus, in story order; slugs are pinyin of the titles, deduplicated in that order. */
export function proposeCharts(input: ProposeChartsInput): ChartRecord[] {
  const places = new Map((input.districts ?? []).map((d) => [d.slug, d]));
  const placeNames = [...(input.districts ?? [])].flatMap((d) => [d.name, ...d.aliases]).filter((n) => n.length >= 2);
  const stripWords = [...new Set([...placeNames, ...PLACE_WORDS])].sort((a, b) => b.length - a.length);
  const articles = [...input.articles].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : a.storyIndex - b.storyIndex));
  const byArticle = new Map<string, MetricInput[]>();
  for (const metric of input.metrics) {
    const list = byArticle.get(metric.data.article) ?? [];
    list.push(metric);
    byArticle.set(metric.data.article, list);
  }

  const drafts: Draft[] = [];
  for (const article of articles) {
    const figures = placeFigures(byArticle.get(article.slug) ?? [], article.paragraphs ?? [], stripWords);
    const ctx: Context = { article, places, stripWords };
    drafts.push(...initiativeTimeline(article, input.initiatives ?? [], places));
    const used = new Set<string>();
    for (const bucket of buckets(figures)) {
      // A figure goes in one of these at most: its subject over the years first, then results against targets.
      for (const make of [subjectTimelines, targetComparisons]) {
        for (const draft of make(bucket.filter((f) => !used.has(f.id)), ctx)) {
          for (const id of draft.metrics) used.add(id);
          drafts.push(draft);
        }
      }
      const rest = bucket.filter((f) => !used.has(f.id));
      for (const group of comparableGroups(rest)) {
        const draft = stackedBar(group, ctx) ?? barChart(group, ctx);
        if (draft) drafts.push(draft);
      }
    }
  }

  // Published slugs stay taken, even by charts no longer proposed: a URL once published never shows another chart.
  const slugs = new SlugRegistry();
  for (const p of input.previous ?? []) slugs.claim(p.id);
  const published = new Map((input.previous ?? []).map((p) => [chartKey(p.data.type, p.data.metrics, p.data.initiatives), p]));
  const seen = new Set<string>();
  const out: ChartRecord[] = [];
  for (const draft of drafts) {
    const key = chartKey(draft.type, draft.metrics, draft.initiatives);
    if (seen.has(key)) continue;
    seen.add(key);
    const before = published.get(key);
    if (before?.data.handMade) continue;
    const id = before?.id ?? slugs.claim(syllables(draft.title).slice(0, MAX_SLUG_SYLLABLES).join('-') || 'chart');
    out.push({ id, data: toChartData(draft, input.articles) });
  }
  return out;
}

/** What makes two charts the same chart: type, figures and programmes, in any order. */
function chartKey(type: string, metrics: readonly string[], initiatives: readonly string[]): string {
  return `${type}:${[...metrics].sort().join(',')}:${[...initiatives].sort().join(',')}`;
}

/** The Markdown file ingest writes for a chart: its frontmatter, then its finding as the body. */
export function chartToMarkdown(chart: ChartRecord): string {
  return toMarkdownFile(chart.data, escapeMarkdown(chart.data.finding));
}

/** A chart before its slug and source line are settled. */
interface Draft {
  title: string;
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
}

interface Context {
  article: ArticleInput;
  places: Map<string, PlaceInput>;
  stripWords: string[];
}

/** Places each chartable figure in its story's blocks and drops repeats (the same subject and value stated twice). */
function placeFigures(metrics: readonly MetricInput[], blocks: readonly string[], stripWords: readonly string[]): Figure[] {
  const figures: Figure[] = [];
  const quoteBlocks = new Map<string, number>();
  for (const { id, data: m } of metrics) {
    if (!CHARTABLE_KINDS.has(m.kind) || m.baseUnit === '' || m.valueMax !== null) continue;
    let block = blocks.findIndex((b) => b.includes(m.quote));
    if (block === -1) {
      // A sentence not found in the blocks still groups with figures of the same sentence, never with neighbours.
      block = quoteBlocks.get(m.quote) ?? 10_000 + 2 * quoteBlocks.size;
      quoteBlocks.set(m.quote, block);
    }
    const within = blocks[block]?.indexOf(m.quote) ?? 0;
    const order = block * 100_000 + Math.max(within, 0) + Math.max(m.quote.indexOf(m.text), 0);
    figures.push({ id, m, block, order, label: '' });
  }
  figures.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const seen = new Set<string>();
  const unique = figures.filter((f) => {
    const key = `${f.m.subject}|${f.m.normalized}|${f.m.baseUnit}|${f.m.target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  for (const f of unique) f.label = labelOf(f, unique, stripWords);
  return unique;
}

/** Figures of one story split by kind and base unit: only these can share an axis. */
function buckets(figures: readonly Figure[]): Figure[][] {
  const map = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = `${f.m.kind}|${f.m.baseUnit}`;
    const list = map.get(key) ?? [];
    list.push(f);
    map.set(key, list);
  }
  return [...map.values()];
}

/** Comparable figures of one bucket: linked when printed in the same sentence or paragraph, or in neighbouring paragraphs with a word in common (any relative figures there). Each group is in printed order, its years and periods compatible. */
function comparableGroups(figures: readonly Figure[]): Figure[][] {
  const parent = figures.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i]!;
      const b = figures[j]!;
      if (!compatibleTime(a.m, b.m)) continue;
      const gap = Math.abs(a.block - b.block);
      const relative = RELATIVE_KINDS.has(a.m.kind);
      // A paragraph is one topic: its money figures and rates compare; counts of different things need a word in common.
      const linked =
        a.m.quote === b.m.quote ||
        (gap === 0 && (relative || a.m.kind === 'amount' || sharesWord(a.label, b.label))) ||
        (gap === 1 && (relative || sharesWord(a.label, b.label)));
      if (linked) parent[find(j)] = find(i);
    }
  }
  const groups = new Map<number, Figure[]>();
  figures.forEach((f, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) ?? []), f]);
  });
  return [...groups.values()].flatMap(splitByTime).filter((g) => g.length >= 2);
}

/** Splits a group whose figures, linked through figures without a year, state two different years or periods. */
function splitByTime(group: Figure[]): Figure[][] {
  const keys = new Set(group.map((f) => `${f.m.year ?? ''}|${f.m.period ?? ''}`).filter((k) => k !== '|'));
  if (keys.size <= 1) return [group];
  const byKey = new Map<string, Figure[]>();
  for (const f of group) {
    if (f.m.year === null && f.m.period === null) continue;
    const key = `${f.m.year ?? ''}|${f.m.period ?? ''}`;
    byKey.set(key, [...(byKey.get(key) ?? []), f]);
  }
  return [...byKey.values()];
}

/** Years agree or one is unstated; periods agree (for flows, both unstated counts as agreeing, one unstated does not). */
function compatibleTime(a: MetricData, b: MetricData): boolean {
  const year = a.year === null || b.year === null || a.year === b.year;
  const period = FLOW_KINDS.has(a.kind) ? a.period === b.period : a.period === null || b.period === null || a.period === b.period;
  return year && period;
}

/** A part-of-whole chart: a figure stated as a total, followed in its sentence by at least two parts that fit in it. */
function stackedBar(group: readonly Figure[], ctx: Context): Draft | null {
  const candidates = [...group].filter((f) => !RELATIVE_KINDS.has(f.m.kind) && TOTAL_MARK.test(f.m.quote.slice(0, f.m.quote.indexOf(f.m.text))));
  candidates.sort((a, b) => b.m.normalized - a.m.normalized);
  for (const total of candidates) {
    const parts = group.filter((f) => f !== total && f.m.quote === total.m.quote && f.order > total.order && f.m.normalized > 0 && f.m.normalized < total.m.normalized);
    const sum = parts.reduce((s, f) => s + f.m.normalized, 0);
    if (parts.length < 2 || sum > total.m.normalized * 1.0005 || sum < total.m.normalized * 0.5) continue;
    const unit = displayUnit([total, ...parts]);
    const rest = total.m.normalized - sum;
    const largest = [...parts].sort((a, b) => b.m.normalized - a.m.normalized)[0]!;
    const share = (100 * largest.m.normalized) / total.m.normalized;
    const where = placeOf([total, ...parts], ctx);
    const totalLabel = total.label;
    const finding =
      `${totalLabel}共${total.m.text}，其中${largest.label}占比最大，${largest.m.text}，占${formatShare(share)}` +
      (rest > total.m.normalized * 0.005 ? `；另有${formatAmount(rest, unit, total.m.baseUnit)}未列明。` : '。');
    return {
      title: `${prefixed(where, timeOf([total, ...parts]), totalLabel)}构成`,
      type: 'stacked-bar',
      unit,
      finding,
      metrics: [total.id, ...parts.map((p) => p.id)],
      labels: [totalLabel, ...parts.map((p) => p.label)],
      series: [null, ...parts.map(() => null)],
      total: total.id,
      initiatives: [],
      district: commonDistrict([total, ...parts]),
      articles: [ctx.article.slug],
    };
  }
  return null;
}

/** Ranked bars: the group's figures, largest first (targets drawn apart by the renderer). */
function barChart(group: readonly Figure[], ctx: Context): Draft | null {
  const figures = group.slice(0, MAX_FIGURES);
  if (figures.length < 2) return null;
  if (new Set(figures.map((f) => f.m.normalized)).size < 2) return null;
  const magnitudes = figures.map((f) => Math.abs(f.m.normalized)).filter((v) => v > 0);
  if (magnitudes.length > 0 && Math.max(...magnitudes) / Math.min(...magnitudes) > MAX_RATIO) return null;
  const ranked = [...figures].sort((a, b) => b.m.normalized - a.m.normalized || a.order - b.order);
  const top = ranked[0]!;
  const bottom = ranked[ranked.length - 1]!;
  const [most, least] = top.m.kind === 'growth' && top.m.baseUnit !== '%' ? ['最高', '最低'] : (EXTREMES[top.m.kind] ?? ['最高', '最低']);
  let finding = `${top.label}${most}，${top.m.text}`;
  if (ranked.length >= 3) finding += `；${bottom.label}${least}，${bottom.m.text}`;
  else if (!RELATIVE_KINDS.has(top.m.kind) && bottom.m.normalized > 0 && top.m.normalized / bottom.m.normalized >= 1.5)
    finding += `，是${bottom.label}（${bottom.m.text}）的${formatRatio(top.m.normalized / bottom.m.normalized)}倍`;
  else finding += `，${bottom.label}${bottom.m.text}`;
  return {
    title: prefixed(placeOf(ranked, ctx), timeOf(ranked), topicWithMeasure(ranked.map((f) => f.label), top.m.kind)),
    type: 'bar',
    unit: displayUnit(ranked),
    finding: `${finding}。`,
    metrics: ranked.map((f) => f.id),
    labels: ranked.map((f) => f.label),
    series: ranked.map(() => null),
    total: null,
    initiatives: [],
    district: commonDistrict(ranked),
    articles: [ctx.article.slug],
  };
}

/** Results of one year beside targets for a later year, in the same story and unit, with comparable subjects. */
function targetComparisons(bucket: readonly Figure[], ctx: Context): Draft[] {
  const results = bucket.filter((f) => !f.m.target && f.m.year !== null);
  const targets = bucket.filter((f) => f.m.target && f.m.year !== null);
  if (results.length === 0 || targets.length === 0) return [];
  const resultYear = Math.max(...results.map((f) => f.m.year!));
  const targetYears = targets.map((f) => f.m.year!).filter((y) => y > resultYear);
  if (targetYears.length === 0) return [];
  const targetYear = Math.min(...targetYears);
  const before = results.filter((f) => f.m.year === resultYear);
  const after = targets.filter((f) => f.m.year === targetYear);
  const r = before.filter((f) => after.some((t) => sharesWord(f.label, t.label)));
  const t = after.filter((f) => before.some((b) => sharesWord(f.label, b.label)));
  if (r.length === 0 || t.length === 0) return [];
  const rankedR = [...r].sort((a, b) => b.m.normalized - a.m.normalized).slice(0, MAX_FIGURES / 2);
  const rankedT = [...t].sort((a, b) => b.m.normalized - a.m.normalized).slice(0, MAX_FIGURES / 2);
  const all = [...rankedR, ...rankedT];
  const resultSeries = `${resultYear}年`;
  const targetSeries = `${targetYear}年目标`;
  const topR = rankedR[0]!;
  const topT = rankedT[0]!;
  return [
    {
      title: `${prefixed(placeOf(all, ctx), null, topicWithMeasure(all.map((f) => f.label), topR.m.kind))}：${resultYear}年与${targetYear}年目标`,
      type: 'grouped-bar',
      unit: displayUnit(all),
      finding: `${resultYear}年${topR.label}${topR.m.text}；${targetYear}年目标${topT.label}${topT.m.text}。`,
      metrics: all.map((f) => f.id),
      labels: all.map((f) => f.label),
      series: [...rankedR.map(() => resultSeries), ...rankedT.map(() => targetSeries)],
      total: null,
      initiatives: [],
      district: commonDistrict(all),
      articles: [ctx.article.slug],
    },
  ];
}

/** One subject stated for several years in a story: a timeline of its values. */
function subjectTimelines(bucket: readonly Figure[], ctx: Context): Draft[] {
  const drafts: Draft[] = [];
  const taken = new Set<string>();
  for (const f of bucket) {
    if (taken.has(f.id) || f.m.year === null) continue;
    const same = bucket.filter((g) => g.m.year !== null && !taken.has(g.id) && sameSubject(f.label, g.label));
    const byYear = new Map<number, Figure>();
    for (const g of same) if (!byYear.has(g.m.year!)) byYear.set(g.m.year!, g);
    if (byYear.size < 2) continue;
    const points = [...byYear.values()].sort((a, b) => a.m.year! - b.m.year!);
    for (const p of points) taken.add(p.id);
    const first = points[0]!;
    const last = points[points.length - 1]!;
    const verb = last.m.normalized > first.m.normalized ? '增至' : last.m.normalized < first.m.normalized ? '降至' : '保持';
    const label = f.label;
    drafts.push({
      title: `${prefixed(placeOf(points, ctx), null, label)}（${first.m.year}—${last.m.year}年）`,
      type: 'timeline',
      unit: displayUnit(points),
      finding: `${label}从${first.m.year}年的${first.m.text}${verb}${last.m.year}年的${last.m.text}${last.m.target ? '（目标）' : ''}。`,
      metrics: points.map((p) => p.id),
      labels: points.map((p) => `${p.m.year}年${p.m.target ? '目标' : ''}`),
      series: points.map((p) => (p.m.target ? '目标' : '实际')),
      total: null,
      initiatives: [],
      district: commonDistrict(points),
      articles: [ctx.article.slug],
    });
  }
  return drafts;
}

/** Programmes of a story that state their years: a timeline of phases (`2023年为“筑基赋能年”`), under the span that holds them. */
function initiativeTimeline(article: ArticleInput, initiatives: readonly InitiativeInput[], places: Map<string, PlaceInput>): Draft[] {
  const dated = initiatives
    .filter((i) => i.data.years !== null && i.data.articles.includes(article.slug))
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
  const what = parent ? `“${parent.data.name}”${chineseNumber(years)}年安排` : '各项工作时间安排';
  const finding =
    phases.length >= 2
      ? `${phases.map((p) => `${p.data.years!.start}年为“${p.data.name}”`).join('，')}。`
      : `${dated.map((i) => `“${i.data.name}”${yearSpan(i.data.years!)}`).join('，')}。`;
  return [
    {
      title: `${where}${what}（${start}—${end}年）`,
      type: 'timeline',
      unit: '年',
      finding: parent && phases.length >= 2 ? `“${parent.data.name}”${yearSpan(parent.data.years!)}分${chineseNumber(phases.length)}步：${finding}` : finding,
      metrics: [],
      labels: [],
      series: [],
      total: null,
      initiatives: dated.map((i) => i.slug),
      district,
      articles: [article.slug],
    },
  ];
}

/** The frontmatter of a draft, with its source line naming the stories. */
function toChartData(draft: Draft, articles: readonly ArticleInput[]): ChartData {
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
  };
}

/** `据报道《headline》（file，第N篇）`: the stories the figures come from. */
export function sourceLine(slugs: readonly string[], articles: readonly ArticleInput[]): string {
  const cited = slugs.map((slug) => articles.find((a) => a.slug === slug)).filter((a): a is ArticleInput => a !== undefined);
  if (cited.length === 0) return '泉城数读据济南本地报纸报道整理';
  return `泉城数读据济南本地报纸报道整理：${cited.map((a) => `《${a.title}》（${a.source}，第${a.storyIndex}篇）`).join('；')}`;
}

/** What a figure measures, as a bar label: its subject without the places and period the title carries. */
function labelOf(f: Figure, all: readonly Figure[], stripWords: readonly string[]): string {
  let label = stripContext(f.m.subject, f.m, stripWords);
  const generic = [...label].length <= 2 || all.some((g) => g !== f && g.m.quote === f.m.quote && g.m.subject !== f.m.subject && g.m.subject.endsWith(f.m.subject) && g.m.baseUnit === f.m.baseUnit);
  // A rate's clause says only `同比增长`; a count's or amount's clause says what was counted.
  if (generic && !RELATIVE_KINDS.has(f.m.kind)) {
    const clause = clauseLabel(f, all, stripWords);
    const han = clause.match(/\p{Script=Han}/gu)?.length ?? 0;
    if (han >= 3 && [...clause].length <= MAX_CLAUSE_LABEL && !/^(?:同比|分别|其中)/u.test(clause)) label = clause;
  }
  return label || f.m.subject;
}

/** Subject with leading place words, year and period removed; keeps the subject when nothing would be left. */
function stripContext(subject: string, m: MetricData, stripWords: readonly string[]): string {
  let s = subject;
  for (let changed = true; changed; ) {
    changed = false;
    for (const w of [...stripWords, ...(m.year !== null ? [`${m.year}年`] : []), ...(m.period ? [m.period] : [])]) {
      if (s.startsWith(w) && s.length > w.length + 1) {
        s = s.slice(w.length);
        changed = true;
      }
    }
  }
  return s.replace(/^[的、，]/u, '');
}

/** The clause of the sentence that states the figure, other figures removed; the clause before it when this one says only `总投资…`. */
function clauseLabel(f: Figure, all: readonly Figure[], stripWords: readonly string[]): string {
  const quote = f.m.quote;
  const at = quote.indexOf(f.m.text);
  if (at === -1) return '';
  const clauses = splitClauses(quote);
  const index = clauses.findIndex((c) => at >= c.start && at < c.end);
  const texts = all.filter((g) => g.m.quote === quote).map((g) => g.m.text);
  const clean = (i: number): string => {
    const c = clauses[i];
    if (!c) return '';
    let s = quote.slice(c.start, c.end);
    for (const t of texts) s = s.split(t).join('');
    s = s.replace(NUMBER_WITH_UNIT, '');
    return stripContext(s.replace(/[“”"]/gu, '').trim(), f.m, stripWords);
  };
  const own = clean(index);
  return [...own].length <= 3 && index > 0 ? clean(index - 1) : own;
}

/** Clause ranges of a sentence, split at commas, semicolons and stops. */
function splitClauses(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (let i = 0; i < sentence.length; i++) {
    if (CLAUSE_END.test(sentence[i]!)) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (start < sentence.length) out.push({ start, end: sentence.length });
  return out;
}

/** Han bigrams of a label that say what it is about (common verbs left out). */
function contentBigrams(label: string): Set<string> {
  const han = label.replace(/[^\p{Script=Han}0-9]+/gu, ' ');
  const out = new Set<string>();
  for (const run of han.split(' ')) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) {
      const bigram = chars[i]! + chars[i + 1]!;
      if (!STOP_BIGRAMS.has(bigram)) out.add(bigram);
    }
  }
  return out;
}

/** Two labels share a content word (a Han bigram outside the stop list). */
export function sharesWord(a: string, b: string): boolean {
  const bigramsA = contentBigrams(a);
  for (const x of contentBigrams(b)) if (bigramsA.has(x)) return true;
  return false;
}

/** Two labels name the same quantity: nearly the same words and the same numbers inside them (`10亿元以上` ≠ `亿元以上`). */
export function sameSubject(a: string, b: string): boolean {
  const numbers = (s: string) => (s.match(/\d+(?:\.\d+)?/gu) ?? []).join(',');
  if (numbers(a) !== numbers(b)) return false;
  const x = contentBigrams(a);
  const y = contentBigrams(b);
  if (x.size === 0 || y.size === 0) return a === b;
  let shared = 0;
  for (const g of x) if (y.has(g)) shared++;
  return (2 * shared) / (x.size + y.size) >= 0.75;
}

/** What several labels are about, for a title: the words all of them end with; the labels themselves when few and short (`社区工作站和街道工作室`); a run of three or more characters all share; the ending most share (`产值等指标`); else empty. */
export function topic(labels: readonly string[]): string {
  if (labels.length === 0) return '';
  if (labels.length === 1) return labels[0]!;
  const suffix = commonSuffix(labels);
  if ([...suffix].length >= 2) return suffix;
  const and = labels.some((l) => l.includes('和')) ? '与' : '和';
  const listed = labels.length <= 3 ? `${labels.slice(0, -1).join('、')}${and}${labels[labels.length - 1]}` : '';
  if (listed && [...listed].length <= MAX_LISTED_TOPIC) return listed;
  let bestAll = '';
  let bestMost = '';
  let bestMostCount = 0;
  const seen = new Set<string>();
  for (const label of labels) {
    const cs = [...label];
    for (let i = 0; i < cs.length; i++) {
      for (let j = i + 2; j <= cs.length; j++) {
        const run = cs.slice(i, j).join('');
        if (seen.has(run) || !/^\p{Script=Han}+$/u.test(run) || STOP_BIGRAMS.has(run) || run.startsWith('的')) continue;
        seen.add(run);
        const count = labels.filter((l) => l.includes(run)).length;
        if (count === labels.length && [...run].length >= 3 && [...run].length > [...bestAll].length) bestAll = run;
        const ending = labels.filter((l) => l.endsWith(run)).length;
        if (ending * 2 > labels.length && (ending > bestMostCount || (ending === bestMostCount && [...run].length > [...bestMost].length))) {
          bestMost = run;
          bestMostCount = ending;
        }
      }
    }
  }
  if (bestAll) return bestAll;
  if (bestMost) return `${bestMost}等指标`;
  return '';
}

/** The title's what: the topic with its measure (`产值等指标增速`, `…数量`), or `主要指标` words when there is no topic. */
function topicWithMeasure(labels: readonly string[], kind: MetricData['kind']): string {
  const what = topic(labels).replace(/^的/u, '');
  const measure = MEASURE[kind] ?? '';
  if (!what) return FALLBACK_TOPIC[kind] ?? '主要指标';
  return what.endsWith(measure) ? what : `${what}${measure}`;
}

/** Longest run of whole characters that every label ends with, without a leading `的`. */
function commonSuffix(labels: readonly string[]): string {
  const arrays = labels.map((l) => [...l]);
  const shortest = Math.min(...arrays.map((a) => a.length));
  let n = 0;
  while (n < shortest && arrays.every((a) => a[a.length - 1 - n] === arrays[0]![arrays[0]!.length - 1 - n])) n++;
  // Without a word list the suffix may start mid-word (`业产值` of 工业产值 and 服务业产值). Unless every label has a
  // boundary before it (`…的重点楼宇`) or is the suffix itself, an odd-length suffix loses its first character:
  // most Chinese words are two characters long, so `物流企业` stays whole and `业产值` becomes `产值`.
  const boundary = arrays.every((a) => a.length === n || /[的、和与“”"（）()]/u.test(a[a.length - n - 1] ?? ''));
  const kept = boundary || n % 2 === 0 ? n : n - 1;
  return arrays[0]!.slice(arrays[0]!.length - kept).join('').replace(/^[的、和与]+/u, '');
}

/** Title = where + when + what, without repeating a place the subject already names. */
function prefixed(where: string, when: string | null, what: string): string {
  const place = where && !what.includes(where) ? where : '';
  return `${place}${when ?? ''}${what}`;
}

/** Where a group of figures is about: its place's short name when one place holds most of them, else 济南. */
function placeOf(figures: readonly Figure[], ctx: Context): string {
  const votes = new Map<string, number>();
  for (const f of figures) if (f.m.district) votes.set(f.m.district, (votes.get(f.m.district) ?? 0) + 1);
  const best = [...votes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best && best[1] * 2 >= figures.length) return shortName(ctx.places.get(best[0])) || '';
  return '济南';
}

/** The district every figure names, else null. */
function commonDistrict(figures: readonly Figure[]): string | null {
  const first = figures[0]?.m.district ?? null;
  return first !== null && figures.every((f) => f.m.district === first) ? first : null;
}

/** The year and period every figure states alike: `2023年一季度`; null when they do not all state one. */
function timeOf(figures: readonly Figure[]): string | null {
  const first = figures[0]?.m;
  if (!first) return null;
  const year = first.year !== null && figures.every((f) => f.m.year === first.year) ? `${first.year}年` : '';
  const period = first.period !== null && figures.every((f) => f.m.period === first.period) ? first.period : '';
  return year + period || null;
}

/** A place's shortest printed form that still names it (`高新区` for 济南高新技术产业开发区). */
function shortName(place: PlaceInput | undefined): string {
  if (!place) return '';
  const forms = [place.name, ...place.aliases].filter((n) => [...n].length >= 3 || n === place.name);
  return forms.sort((a, b) => [...a].length - [...b].length || (a < b ? -1 : 1))[0] ?? place.name;
}

/** Superlatives for the finding, by kind of quantity. */
const EXTREMES: Partial<Record<MetricData['kind'], [string, string]>> = {
  growth: ['增速最高', '增速最低'],
  count: ['最多', '最少'],
  amount: ['最高', '最低'],
  share: ['占比最高', '占比最低'],
  rate: ['最高', '最低'],
  area: ['最大', '最小'],
  weight: ['最多', '最少'],
  volume: ['最多', '最少'],
  duration: ['最长', '最短'],
};

/** The title's what when the labels share nothing, by kind. */
const FALLBACK_TOPIC: Partial<Record<MetricData['kind'], string>> = {
  growth: '主要指标增速',
  count: '各项数量',
  amount: '主要指标',
  share: '各项占比',
  rate: '各项比率',
  area: '各项面积',
  weight: '各项重量',
};

/** What the title calls the quantity, by kind. */
const MEASURE: Partial<Record<MetricData['kind'], string>> = {
  growth: '增速',
  count: '数量',
  share: '占比',
  area: '面积',
};

/** The unit values are drawn in: `亿元` or `万元` for money, `万吨` for large weights, else the base unit. */
function displayUnit(figures: readonly Figure[]): string {
  const base = figures[0]?.m.baseUnit ?? '';
  const max = Math.max(...figures.map((f) => Math.abs(f.m.normalized)));
  if (base === '元') return max >= 1e8 ? '亿元' : max >= 1e4 ? '万元' : '元';
  if (base === '%' || base === '个百分点') return base;
  if (max >= 1e8) return `亿${base}`;
  if (max >= 1e5) return `万${base}`;
  return base;
}

/** A value in base units, written in the display unit with at most two decimals: `94.27亿元`, `10个`. */
function formatAmount(normalized: number, unit: string, baseUnit: string): string {
  const scale = unit === baseUnit ? 1 : unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1;
  return `${Number((normalized / scale).toFixed(2))}${unit}`;
}

/** Per cent with at most one decimal: `43.9%`. */
function formatShare(pct: number): string {
  return `${Number(pct.toFixed(1))}%`;
}

/** A ratio with at most one decimal: `8.9`. */
function formatRatio(x: number): string {
  return `${Number(x.toFixed(1))}`;
}

/** `2023年` or `2023—2025年`. */
function yearSpan(years: { start: number; end: number }): string {
  return years.start === years.end ? `（${years.start}年）` : `（${years.start}—${years.end}年）`;
}

/** 1–10 in Chinese numerals, larger numbers in digits. */
function chineseNumber(n: number): string {
  return ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);
}
