/**
 * link: the drafts, merged, corrected and slugged → every record with its links: each figure's frame (whose figure,
 * what it measures) and its programme and speaker, each person's and programme's places, each place's people,
 * programmes and figures, and each story's links to all of them.
 */
import type { PlaceMention } from '../extract/extractPlaces.ts';
import type { MetricMention } from '../extract/extractMetrics.ts';
import { officialCategory } from '../extract/officialCategory.ts';
import { buildFrame } from './figureFrame.ts';
import { paragraphTopic, type PlaceAtStart } from './topicContinuity.ts';
import {
  COMPARED_TO_CITY,
  compareKeys,
  displayName,
  placeKey,
  sentenceStartFor,
  type Drafts,
  type InitiativeDraft,
  type MetricDraft,
  type OfficialDraft,
} from './drafts.ts';
import type { StoryMention, TextSpan } from '../types.ts';
import type { ArticleData, DistrictData, InitiativeData, MetricData, OfficialData } from '../../../src/schemas.ts';

/** Every entry of every entity collection, ready to validate and write. */
export interface LinkedCorpus {
  /** Per story slug: the links to add to its frontmatter. */
  articleLinks: Map<string, Pick<ArticleData, 'districts' | 'officials' | 'initiatives' | 'metrics'>>;
  /** Officials by slug, with the body of their file. */
  officials: Map<string, { data: OfficialData; body: string }>;
  /** Places by slug. */
  districts: Map<string, { data: DistrictData; body: string }>;
  /** Programmes by slug. */
  initiatives: Map<string, { data: InitiativeData; body: string }>;
  /** Figures by id. */
  metrics: Map<string, { data: MetricData; body: string }>;
  /** Where each figure sits in its story, for the article page's anchors: id → [block index, offset]. */
  positions: Map<string, { article: string; block: number; start: number; text: string }>;
  /** Per story slug: every place, person, programme and figure printed in its body blocks that has an entry, in reading order. */
  mentions: Map<string, StoryMention[]>;
  /** Ids of figures whose place is the story's place rather than one named in their sentence: a guess to check. */
  guessedPlaces: Set<string>;
}

/** The programme a figure is about: one whose printed name stands right before the figure's measure
 * (`“某某”工程惠及12万人` → 惠及), not one merely named elsewhere in the sentence. */
function programmeOwning(it: InitiativeDraft | undefined, x: MetricMention): string | null {
  if (!it || x.measure === null) return null;
  for (const form of it.printed) {
    const at = x.quote.indexOf(form);
    if (at < 0) continue;
    const between = x.quote.slice(at + form.length).replace(/^[”’》"]/u, '');
    if (between.startsWith(x.measure) || between.startsWith(x.text)) return it.name;
  }
  return null;
}

/** The officials, programmes and figures of each story, in the entities' own order. */
type StoryIndex = (slug: string) => { officials: OfficialDraft[]; initiatives: InitiativeDraft[]; metrics: MetricDraft[] };

/**
 * Indexes by story, so linking stays linear in the size of the corpus: each entity is visited once per story it
 * appears in, never once per story of the corpus.
 */
function indexByStory(d: Drafts): StoryIndex {
  const inStory = new Map<string, { officials: OfficialDraft[]; initiatives: InitiativeDraft[]; metrics: MetricDraft[] }>();
  const story: StoryIndex = (slug) => {
    let entry = inStory.get(slug);
    if (!entry) inStory.set(slug, (entry = { officials: [], initiatives: [], metrics: [] }));
    return entry;
  };
  for (const o of d.officials.values()) for (const a of o.articles) story(a).officials.push(o);
  for (const it of d.initiatives.values()) for (const a of it.articles) story(a).initiatives.push(it);
  for (const m of d.metrics) story(m.article).metrics.push(m);
  return story;
}

/** Each figure's programme and speaker. */
interface FigureLinks {
  initiative: Map<MetricDraft, InitiativeDraft>;
  official: Map<MetricDraft, OfficialDraft>;
}

/** Links each figure to the programme named last before it in its sentence and to the official who states it. */
function linkFigures(d: Drafts, story: StoryIndex): FigureLinks {
  const links: FigureLinks = { initiative: new Map(), official: new Map() };
  for (const m of d.metrics) {
    let best: { draft: InitiativeDraft; at: number } | null = null;
    for (const it of story(m.article).initiatives) {
      for (const form of it.printed) {
        const at = m.mention.quote.indexOf(form);
        if (at >= 0 && (best === null || at > best.at)) best = { draft: it, at };
      }
    }
    if (best) links.initiative.set(m, best.draft);
    for (const o of story(m.article).officials) {
      const speaks = o.quotes.some((q) => q.article === m.article && (q.text.includes(m.mention.quote) || m.mention.quote.includes(q.text)));
      if (speaks || m.mention.quote.includes(o.name)) {
        links.official.set(m, o);
        break;
      }
    }
  }
  return links;
}

/** The places of people (from their titles) and of programmes (from their owner, else their sentences), by key. */
function entityPlaces(d: Drafts): { officials: Map<OfficialDraft, string[]>; initiatives: Map<InitiativeDraft, string[]> } {
  const placesIn = (text: string): string[] => (d.entityTextPlaces.get(text) ?? []).map((pm) => placeKey(pm.place)).filter((k) => d.places.has(k));
  const officials = new Map<OfficialDraft, string[]>();
  for (const o of d.officials.values()) officials.set(o, [...new Set(o.titles.flatMap(placesIn))]);
  const initiatives = new Map<InitiativeDraft, string[]>();
  for (const it of d.initiatives.values()) {
    const fromOwner = it.owner ? placesIn(it.owner) : [];
    initiatives.set(it, [...new Set(fromOwner.length > 0 ? fromOwner : it.descriptions.flatMap((x) => placesIn(x.text)))]);
  }
  return { officials, initiatives };
}

/** People named in the same paragraph as each programme, in the officials' order. */
function programmePeople(d: Drafts, story: StoryIndex): Map<InitiativeDraft, OfficialDraft[]> {
  const officialOrder = new Map([...d.officials.values()].map((o, i) => [o, i]));
  const out = new Map<InitiativeDraft, OfficialDraft[]>();
  for (const it of d.initiatives.values()) {
    const people = new Set<OfficialDraft>();
    for (const [slug, ps] of it.paragraphs) {
      for (const o of story(slug).officials) if ((o.paragraphs.get(slug) ?? []).some((p) => ps.includes(p))) people.add(o);
    }
    out.set(
      it,
      [...people].sort((a, b) => officialOrder.get(a)! - officialOrder.get(b)!),
    );
  }
  return out;
}

/** Everything tied to each place, in the entities' own order. */
function byPlace<T>(entries: Iterable<T>, keysOf: (entry: T) => readonly string[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const entry of entries) for (const key of keysOf(entry)) out.set(key, [...(out.get(key) ?? []), entry]);
  return out;
}

/** What framing a figure needs beyond its draft. */
interface FigureContext {
  d: Drafts;
  extractionBySlug: Map<string, Drafts['extractions'][number]>;
  figures: FigureLinks;
  placeSlug: (key: string | null) => string | null;
  /** The place extract found opening a sentence of a paragraph, by its display name (`placeOpening`). */
  placeAtStart: (mentions: readonly PlaceMention[]) => PlaceAtStart;
}

/** The record of one figure: its frame read from its sentence (or continued from its paragraph), then its corrections. */
function figureRecord(m: MetricDraft, ctx: FigureContext): MetricData {
  const x = m.mention;
  const text = ctx.extractionBySlug.get(m.article)?.texts[x.paragraph] ?? '';
  const place = m.districtKey === null ? undefined : ctx.d.places.get(m.districtKey);
  const frameInput = {
    mention: x,
    lead: text.slice(Math.max(0, x.start - 8), x.start),
    placePrinted: m.placeFrom === 'sentence' ? (m.placePrinted ?? (place ? displayName(place.name, place.aliases) : null)) : null,
    placeName: m.placeFrom === 'story' && place ? displayName(place.name, place.aliases) : null,
    programme: programmeOwning(ctx.figures.initiative.get(m), x),
    // The city is the entity where the part of the sentence before the figure names it and no place is named.
    cityWide:
      m.districtKey === null &&
      /全市|济南/u.test(text.slice(Math.max(text.lastIndexOf('；', x.start) + 1, sentenceStartFor(text, x)), x.start).replace(COMPARED_TO_CITY, '')),
  };
  const textFrame = buildFrame(frameInput);
  // A figure whose own sentence names no entity continues the subject of an earlier sentence of its paragraph.
  const topic =
    textFrame.entity === null ? paragraphTopic(text, x.start, ctx.placeAtStart(ctx.extractionBySlug.get(m.article)?.places[x.paragraph] ?? [])) : null;
  const frame = topic
    ? buildFrame({
        ...frameInput,
        mention: { ...x, organisation: topic.entityKind === 'organisation' ? topic.entity : null },
        placePrinted: topic.entityKind === 'place' ? topic.entity : null,
        cityWide: topic.entityKind === 'city',
      })
    : textFrame;
  // The fields the sentence told pass through as they are; the frame and the links are the corpus's.
  const { paragraph: _paragraph, start: _start, organisation: _organisation, ...printed } = x;
  const data: MetricData = {
    ...printed,
    subject: frame.subject,
    entity: frame.entity,
    entityKind: frame.entityKind,
    entitySource: frame.entity === null ? null : topic ? 'paragraph' : 'text',
    measure: frame.measure,
    district: ctx.placeSlug(m.districtKey),
    placeGuessed: m.placeFrom === 'story' && m.districtKey !== null,
    article: m.article,
    initiative: ctx.figures.initiative.get(m)?.slug ?? null,
    official: ctx.figures.official.get(m)?.slug ?? null,
    ...m.fixed,
  };
  // An entity set by hand is read from the text by the journalist, unless the correction says otherwise.
  if (m.fixed.entity !== undefined && m.fixed.entitySource === undefined) data.entitySource = data.entity === null ? null : 'text';
  // A corrected frame relabels the figure unless the correction sets the label itself.
  if (
    m.fixed.subject === undefined &&
    (m.fixed.measure !== undefined || m.fixed.entity !== undefined || m.fixed.basis !== undefined || m.fixed.period !== undefined)
  ) {
    const kind = data.entityKind;
    data.subject = buildFrame({
      mention: {
        ...x,
        measure: data.measure,
        organisation: kind === 'organisation' || kind === 'programme' ? data.entity : null,
        basis: data.basis ?? x.basis,
        period: data.period,
      },
      lead: text.slice(Math.max(0, x.start - 8), x.start),
      placePrinted: null,
      placeName: null,
      programme: null,
    }).subject;
  }
  return data;
}

/** Builds every record with its links. */
export function link(d: Drafts): LinkedCorpus {
  const placeSlug = (key: string | null): string | null => (key === null ? null : (d.places.get(key)?.slug ?? null));
  const extractionBySlug = new Map(d.extractions.map((ex) => [ex.story.slug, ex]));
  const storyOrder = new Map(d.extractions.map((ex, i) => [ex.story.slug, i]));
  const story = indexByStory(d);
  const figures = linkFigures(d, story);
  const places = entityPlaces(d);
  const initiativeOfficials = programmePeople(d, story);
  const initiativeMetrics = new Map<InitiativeDraft, string[]>();
  for (const m of d.metrics) {
    const it = figures.initiative.get(m);
    if (it) initiativeMetrics.set(it, [...(initiativeMetrics.get(it) ?? []), m.id]);
  }
  const placeOfficials = byPlace(d.officials.values(), (o) => places.officials.get(o) ?? []);
  const placeInitiatives = byPlace(d.initiatives.values(), (it) => places.initiatives.get(it) ?? []);
  const placeMetrics = byPlace(d.metrics, (m) => (m.districtKey ? [m.districtKey] : []));

  const out: LinkedCorpus = {
    articleLinks: new Map(),
    officials: new Map(),
    districts: new Map(),
    initiatives: new Map(),
    metrics: new Map(),
    positions: new Map(),
    mentions: new Map(),
    guessedPlaces: new Set(),
  };

  // The place extract found at the very start of a sentence's body, by its display name: a subject for topic continuity.
  const placeAtStart =
    (mentions: readonly PlaceMention[]): PlaceAtStart =>
    (_body, at) => {
      const first = mentions.find((pm) => pm.start === at);
      if (!first) return null;
      const known = d.places.get(placeKey(first.place));
      return known ? displayName(known.name, known.aliases) : first.text;
    };
  const ctx: FigureContext = { d, extractionBySlug, figures, placeSlug, placeAtStart };
  for (const m of d.metrics) {
    const data = figureRecord(m, ctx);
    const x = m.mention;
    out.metrics.set(m.id, { data, body: '' });
    if (data.placeGuessed) out.guessedPlaces.add(m.id);
    out.positions.set(m.id, { article: m.article, block: x.paragraph, start: x.start, text: x.text });
  }

  for (const o of d.officials.values()) {
    out.officials.set(o.slug, {
      data: {
        name: o.name,
        titles: o.titles,
        category: o.categorySet ?? officialCategory(o.titles).category,
        articles: o.articles,
        districts: (places.officials.get(o) ?? []).map((k) => placeSlug(k)!).filter(Boolean),
        quotes: o.quotes,
      },
      body: '',
    });
  }

  for (const it of d.initiatives.values()) {
    out.initiatives.set(it.slug, {
      data: {
        name: it.name,
        aliases: [...it.aliases],
        owner: it.owner,
        districts: (places.initiatives.get(it) ?? []).map((k) => placeSlug(k)!).filter(Boolean),
        articles: it.articles,
        years: it.years,
        metrics: initiativeMetrics.get(it) ?? [],
        officials: (initiativeOfficials.get(it) ?? []).map((o) => o.slug),
        descriptions: it.descriptions,
      },
      body: '',
    });
  }

  for (const p of [...d.places.values()].sort(compareKeys)) {
    out.districts.set(p.slug, {
      data: {
        name: displayName(p.name, p.aliases),
        aliases: [...p.aliases].filter((a) => a !== displayName(p.name, p.aliases)).sort(),
        kind: p.kind,
        code: p.code,
        parent: placeSlug(p.parentKey),
        articles: [...p.articles].sort((a, b) => (storyOrder.get(a) ?? 0) - (storyOrder.get(b) ?? 0)),
        officials: (placeOfficials.get(p.key) ?? []).map((o) => o.slug),
        initiatives: (placeInitiatives.get(p.key) ?? []).map((it) => it.slug),
        metrics: (placeMetrics.get(p.key) ?? []).map((m) => m.id),
      },
      body: '',
    });
  }

  for (const [slug, ex] of extractionBySlug) {
    out.mentions.set(slug, storyMentions(ex, story(slug), placeSlug));
    out.articleLinks.set(slug, {
      districts: (d.storyPlaces.get(slug) ?? []).map((k) => placeSlug(k)).filter((s): s is string => s !== null),
      officials: story(slug).officials.map((o) => o.slug),
      initiatives: story(slug).initiatives.map((it) => it.slug),
      metrics: story(slug).metrics.map((m) => m.id),
    });
  }
  return out;
}

/** The mentions of one story's body, in reading order: places that have an entry, people and programmes where their
 * names are printed, figures where their printed form stands. */
function storyMentions(
  ex: Drafts['extractions'][number],
  entries: { officials: OfficialDraft[]; initiatives: InitiativeDraft[]; metrics: MetricDraft[] },
  placeSlug: (key: string | null) => string | null,
): StoryMention[] {
  const slug = ex.story.slug;
  const at = (s: TextSpan): string => ex.texts[s.paragraph]?.slice(s.start, s.end) ?? '';
  const out: StoryMention[] = [];
  ex.places.forEach((list, paragraph) => {
    for (const m of list) {
      const ref = placeSlug(placeKey(m.place));
      if (ref !== null) out.push({ kind: 'place', ref, paragraph, start: m.start, end: m.end, text: m.text });
    }
  });
  for (const o of entries.officials) for (const s of o.spans.get(slug) ?? []) out.push({ kind: 'official', ref: o.slug, ...s, text: at(s) });
  for (const it of entries.initiatives) for (const s of it.spans.get(slug) ?? []) out.push({ kind: 'initiative', ref: it.slug, ...s, text: at(s) });
  for (const m of entries.metrics) {
    const { paragraph, start, text } = m.mention;
    out.push({ kind: 'figure', ref: m.id, paragraph, start, end: start + text.length, text });
  }
  const seen = new Set<string>();
  return out
    .sort(
      (a, b) =>
        a.paragraph - b.paragraph ||
        a.start - b.start ||
        b.end - a.end ||
        MENTION_ORDER[a.kind] - MENTION_ORDER[b.kind] ||
        (a.ref < b.ref ? -1 : a.ref > b.ref ? 1 : 0),
    )
    .filter((m) => {
      const key = `${m.kind}\u0000${m.ref}\u0000${m.paragraph}\u0000${m.start}\u0000${m.end}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/** A fixed order of kinds for mentions printed over the same characters, so output is stable. */
const MENTION_ORDER: Record<StoryMention['kind'], number> = { figure: 0, initiative: 1, official: 2, place: 3 };
