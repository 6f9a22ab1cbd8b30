/**
 * The collections joined once per build for the pages: lookups by id, the place hierarchy with counts rolled up,
 * which figures have an anchor in their story, and one flat row per figure for tables and downloads.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articlePath } from '../utils/site.ts';
import { figureInStoryPath, figurePath } from '../utils/paths.ts';
import { figureCaption } from '../utils/citation.ts';
import { BASIS_LABELS, formatFigure, formatNormalized, KIND_LABELS } from '../utils/figures.ts';
import type { MetricData } from '../schemas.ts';
import { rollUp, type PlaceNode } from '../utils/places.ts';
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

/** A link to another entry: its id and the name to show. */
export interface NamedRef {
  /** Entry id (slug). */
  id: string;
  /** Name or headline. */
  name: string;
}

/** One figure flattened for the table, the CSV and the JSON download: the schema's fields as they are, links
 * named, and the figure set for reading. */
export interface FigureRow extends Pick<
  MetricData,
  | 'value'
  | 'valueMax'
  | 'unit'
  | 'normalized'
  | 'baseUnit'
  | 'kind'
  | 'target'
  | 'qualifier'
  | 'subject'
  | 'period'
  | 'year'
  | 'placeGuessed'
  | 'entity'
  | 'entityKind'
  | 'measure'
  | 'basis'
  | 'yearSource'
  | 'entitySource'
  | 'enumerated'
  | 'text'
  | 'quote'
> {
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
}

const byId = <T extends { id: string }>(entries: readonly T[]): Map<string, T> => new Map(entries.map((e) => [e.id, e]));

/** Ids of the figures the Markdown annotator marked in a story, from its rendered frontmatter. */
function figureAnchors(story: Story): string[] {
  const anchors = story.rendered?.metadata?.frontmatter;
  const list = anchors && typeof anchors === 'object' ? (anchors as Record<string, unknown>).figureAnchors : undefined;
  return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
}

async function load(): Promise<SiteData> {
  const [stories, officials, places, initiatives, metrics] = await Promise.all([
    getCollection('articles'),
    getCollection('officials'),
    getCollection('districts'),
    getCollection('initiatives'),
    getCollection('metrics'),
  ]);
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
    if (place) ownFigures.set(place, [...(ownFigures.get(place) ?? []), m.id]);
  }
  const figuresUnder = rollUp(placeNodes, ownFigures);

  const named = <T extends { id: string }>(map: Map<string, T>, id: string | undefined, name: (e: T) => string): NamedRef | null => {
    const entry = id === undefined ? undefined : map.get(id);
    return entry ? { id: entry.id, name: name(entry) } : null;
  };

  // Story order, then the order each story lists its figures in (printed order).
  const storyRank = new Map(sorted.map((s, i) => [s.id, i]));
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

  const rowsByStory = new Map<string, FigureRow[]>();
  for (const row of rows) rowsByStory.set(row.article.id, [...(rowsByStory.get(row.article.id) ?? []), row]);
  return {
    stories: sorted,
    storyById,
    officialById,
    placeById,
    initiativeById,
    metricById,
    placeNodes,
    figuresUnder,
    anchored,
    rows,
    rowById: byId(rows),
    rowsByStory,
  };
}

let cached: Promise<SiteData> | undefined;

/** The joined collections; loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
  // The dev server keeps modules alive across content edits; only a build may reuse the first load.
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}

/** The entries of `map` for the given references, skipping any that do not exist. */
export function resolve<T>(map: ReadonlyMap<string, T>, refs: readonly { id: string }[]): T[] {
  return refs.flatMap((ref) => {
    const entry = map.get(ref.id);
    return entry === undefined ? [] : [entry];
  });
}
