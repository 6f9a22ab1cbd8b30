/**
 * The collections joined once per build for the pages: lookups by id, the place hierarchy with counts rolled up,
 * who and what belongs to each place, person and programme, which figures have an anchor in their story, and one
 * flat row per figure for tables and downloads. Pure over a `Corpus`, so tests build it from a few made-up entries.
 */
import { articlePath, figureInStoryPath, figurePath } from '../core/routes.ts';
import type { CollectionEntry } from 'astro:content';
import { figureCaption } from '../utils/citation.ts';
import { BASIS_LABELS, formatFigure, KIND_LABELS } from '../utils/figures.ts';
import { formatNormalized } from '../core/numbers.ts';
import type { FigureReading, MetricData } from '../schemas.ts';
import { ancestorsOf, rollUp, type PlaceNode } from '../utils/places.ts';
import { sortStories } from '../utils/stories.ts';

/** A story entry. */
export type Story = CollectionEntry<'articles'>;
/** An official entry. */
export type Official = CollectionEntry<'officials'>;
/** A place entry. */
export type Place = CollectionEntry<'districts'>;
/** An initiative entry. */
export type Initiative = CollectionEntry<'initiatives'>;
/** A figure entry. */
export type Metric = CollectionEntry<'metrics'>;

/** The collections the pages read, as plain arrays of entries (what `getCollection` returns). */
export interface Corpus {
  /** Stories. */
  articles: readonly Story[];
  /** People. */
  officials: readonly Official[];
  /** Places. */
  districts: readonly Place[];
  /** Programmes. */
  initiatives: readonly Initiative[];
  /** Figures. */
  metrics: readonly Metric[];
}

/** A link to another entry: its id and the name to show. */
export interface NamedRef {
  /** Entry id (slug). */
  id: string;
  /** Name or headline. */
  name: string;
}

/** One figure flattened for the table, the CSV and the JSON download: the schema's fields as they are, links
 * named, and the figure set for reading. */
export interface FigureRow
  extends
    FigureReading,
    Pick<MetricData, 'placeGuessed' | 'entity' | 'entityKind' | 'measure' | 'basis' | 'yearSource' | 'entitySource' | 'enumerated' | 'text' | 'quote'> {
  /** Figure id. */
  id: string;
  /** Permalink path of the figure. */
  url: string;
  /** Path of the sentence stating it in its story (the story itself when the sentence has no anchor). */
  sourceUrl: string;
  /** The figure set for reading: `1,000余万元`. */
  display: string;
  /** Value in base units set for reading: `45.3亿元`. */
  normalizedDisplay: string;
  /** Chinese label of the kind. */
  kindLabel: string;
  /** What is measured, when, and the figure: `槐荫区工业总产值（一季度）：45.3亿元`. */
  caption: string;
  /** Place measured. */
  place: NamedRef | null;
  /** Chinese label of the basis (`增速`, `占比` …), empty when unknown. */
  basisLabel: string;
  /** Story stating it. */
  article: NamedRef;
  /** Programme it belongs to. */
  initiative: NamedRef | null;
  /** Official stating it. */
  official: NamedRef | null;
}

/** Everything the pages read, joined. */
export interface SiteData {
  /** Stories in listing order (newest file first). */
  stories: Story[];
  /** Stories by id. */
  storyById: Map<string, Story>;
  /** Officials by id. */
  officialById: Map<string, Official>;
  /** Places by id. */
  placeById: Map<string, Place>;
  /** Initiatives by id. */
  initiativeById: Map<string, Initiative>;
  /** Figures by id. */
  metricById: Map<string, Metric>;
  /** The place hierarchy. */
  placeNodes: Map<string, PlaceNode>;
  /** Ids of the places above each place, nearest first. */
  ancestorIds: Map<string, string[]>;
  /** The places directly under each place, in collection order. */
  childrenOf: Map<string, PlaceNode[]>;
  /** People whose entry names each place, in collection order. */
  officialsByPlace: Map<string, Official[]>;
  /** Programmes whose entry names each place, in collection order. */
  initiativesByPlace: Map<string, Initiative[]>;
  /** Programmes whose entry names each person, in collection order. */
  initiativesByOfficial: Map<string, Initiative[]>;
  /** Figures about each place or a place under it. */
  figuresUnder: Map<string, string[]>;
  /** Ids of figures marked in their story's text (`#fig-<id>` exists). */
  anchored: Set<string>;
  /** One row per figure, in story order then printed order. */
  rows: FigureRow[];
  /** Rows by figure id. */
  rowById: Map<string, FigureRow>;
  /** Figure rows of each story, in table order (so a figure page finds its story's other figures at once). */
  rowsByStory: Map<string, FigureRow[]>;
  /** Figure rows each person states, in table order. */
  rowsByOfficial: Map<string, FigureRow[]>;
  /** Figure rows tied to each programme, in table order. */
  rowsByInitiative: Map<string, FigureRow[]>;
  /** Each story's place in `stories`, so a page sorts the few stories it lists instead of filtering them all. */
  storyRank: Map<string, number>;
  /** Each figure's place in `rows`, so a page sorts the few rows it lists instead of filtering them all. */
  rowRank: Map<string, number>;
}

const byId = <T extends { id: string }>(entries: readonly T[]): Map<string, T> => new Map(entries.map((e) => [e.id, e]));

/** Ids of the figures the Markdown annotator marked in a story, from its rendered frontmatter. */
function figureAnchors(story: Story): string[] {
  const anchors = story.rendered?.metadata?.frontmatter;
  const list = anchors && typeof anchors === 'object' ? (anchors as Record<string, unknown>).figureAnchors : undefined;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

/** The entries listed under each key, keys taken from each entry's references, in entry order. */
function groupBy<T>(entries: readonly T[], keys: (entry: T) => readonly { id: string }[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const entry of entries) for (const id of new Set(keys(entry).map((ref) => ref.id))) (out.get(id) ?? out.set(id, []).get(id)!).push(entry);
  return out;
}

/** Each entry's position in the list. */
const rankOf = (entries: readonly { id: string }[]): Map<string, number> => new Map(entries.map((e, i) => [e.id, i]));

/** The entries with these ids, each once, in the order `rank` gives (ids without an entry skipped): what filtering the
 * whole ranked list by the ids gives, in time growing with the ids rather than the list. */
export function inRankOrder<T>(map: ReadonlyMap<string, T>, rank: ReadonlyMap<string, number>, ids: Iterable<string>): T[] {
  const found: [number, T][] = [];
  for (const id of new Set(ids)) {
    const entry = map.get(id);
    const at = rank.get(id);
    if (entry !== undefined && at !== undefined) found.push([at, entry]);
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, entry]) => entry);
}

/** Joins the collections: every lookup a page needs, built once. */
export function buildSite(corpus: Corpus): SiteData {
  const { articles: stories, officials, districts: places, initiatives, metrics } = corpus;
  const sorted = sortStories(stories);
  const storyById = byId(sorted);
  const officialById = byId(officials);
  const placeById = byId(places);
  const initiativeById = byId(initiatives);
  const metricById = byId(metrics);
  const anchored = new Set(sorted.flatMap(figureAnchors));

  const placeNodes = new Map<string, PlaceNode>(
    places.map((p) => [p.id, { id: p.id, name: p.data.name, kind: p.data.kind, parent: p.data.parent?.id ?? null, code: p.data.code }]),
  );
  const ownFigures = new Map<string, string[]>();
  for (const m of metrics) {
    const place = m.data.district?.id;
    if (place) (ownFigures.get(place) ?? ownFigures.set(place, []).get(place)!).push(m.id);
  }
  const figuresUnder = rollUp(placeNodes, ownFigures);
  const ancestorIds = new Map([...placeNodes.keys()].map((id) => [id, ancestorsOf(id, placeNodes).map((a) => a.id)]));
  const childrenOf = groupBy([...placeNodes.values()], (node) => (node.parent === null ? [] : [{ id: node.parent }]));

  const named = <T extends { id: string }>(map: Map<string, T>, id: string | undefined, name: (e: T) => string): NamedRef | null => {
    const entry = id === undefined ? undefined : map.get(id);
    return entry ? { id: entry.id, name: name(entry) } : null;
  };

  // Story order, then the order each story lists its figures in (printed order).
  const storyRank = rankOf(sorted);
  const printedRank = new Map(sorted.flatMap((s) => s.data.metrics.map((ref, i) => [ref.id, i] as const)));
  const ordered = [...metrics].sort(
    (a, b) =>
      (storyRank.get(a.data.article.id) ?? 1e9) - (storyRank.get(b.data.article.id) ?? 1e9) ||
      (printedRank.get(a.id) ?? 1e9) - (printedRank.get(b.id) ?? 1e9) ||
      a.id.localeCompare(b.id),
  );

  const rows: FigureRow[] = ordered.map((m) => {
    const d = m.data;
    const display = formatFigure(d);
    const story = storyById.get(d.article.id);
    return {
      id: m.id,
      url: figurePath(m.id),
      sourceUrl: anchored.has(m.id) ? figureInStoryPath(d.article.id, m.id) : articlePath(d.article.id),
      value: d.value,
      valueMax: d.valueMax,
      unit: d.unit,
      display,
      normalized: d.normalized,
      baseUnit: d.baseUnit,
      normalizedDisplay: formatNormalized(d.normalized, d.baseUnit),
      kind: d.kind,
      kindLabel: KIND_LABELS[d.kind],
      target: d.target,
      qualifier: d.qualifier,
      subject: d.subject,
      caption: figureCaption(d.subject, d.year, d.period, display),
      period: d.period,
      year: d.year,
      place: named(placeById, d.district?.id, (p) => p.data.name),
      placeGuessed: d.placeGuessed,
      entity: d.entity,
      entityKind: d.entityKind,
      measure: d.measure,
      basis: d.basis,
      basisLabel: d.basis ? BASIS_LABELS[d.basis] : '',
      yearSource: d.yearSource,
      entitySource: d.entitySource,
      enumerated: d.enumerated,
      article: { id: d.article.id, name: story?.data.title ?? d.article.id },
      initiative: named(initiativeById, d.initiative?.id, (i) => i.data.name),
      official: named(officialById, d.official?.id, (o) => o.data.name),
      text: d.text,
      quote: d.quote,
    };
  });

  return {
    stories: sorted,
    storyById,
    officialById,
    placeById,
    initiativeById,
    metricById,
    placeNodes,
    ancestorIds,
    childrenOf,
    officialsByPlace: groupBy(officials, (o) => o.data.districts),
    initiativesByPlace: groupBy(initiatives, (i) => i.data.districts),
    initiativesByOfficial: groupBy(initiatives, (i) => i.data.officials),
    figuresUnder,
    anchored,
    rows,
    rowById: byId(rows),
    rowsByStory: groupBy(rows, (row) => [row.article]),
    rowsByOfficial: groupBy(rows, (row) => (row.official ? [row.official] : [])),
    rowsByInitiative: groupBy(rows, (row) => (row.initiative ? [row.initiative] : [])),
    storyRank,
    rowRank: rankOf(rows),
  };
}

/** The entries of `map` for the given references, skipping any that do not exist. */
export function resolve<T>(map: ReadonlyMap<string, T>, refs: readonly { id: string }[]): T[] {
  return refs.flatMap((ref) => {
    const entry = map.get(ref.id);
    return entry === undefined ? [] : [entry];
  });
}
