/**
 * merge: the extractions of every story → one draft per place, person, programme and figure, each figure placed in
 * a district where its sentence (or, as a guess, its story) says so; then stable slugs for the drafts.
 */
import { createHash } from 'node:crypto';
import type { StoryExtraction } from '../extract/extract.ts';
import type { PlaceMention, PlaceRef } from '../extract/extractPlaces.ts';
import { fragmentCore, programmeKey } from '../extract/extractInitiatives.ts';
import type { MetricMention } from '../extract/extractMetrics.ts';
import { placeByCode, type Gazetteer, type PlaceKind } from '../extract/gazetteer.ts';
import { COMPOUND_SURNAMES } from '../extract/surnames.ts';
import { SlugRegistry, nameSlug, personSlug, placeSlug, syllables } from './slug.ts';
import {
  COMPARED_TO_CITY,
  compareKeys,
  displayName,
  mergeTitles,
  placeKey,
  pushUnique,
  sentenceStartFor,
  type Drafts,
  type InitiativeDraft,
  type MetricDraft,
  type OfficialDraft,
  type PlaceDraft,
} from './drafts.ts';

const SPECIFICITY: Record<PlaceKind, number> = { district: 1, county: 1, 'functional-area': 1, street: 2, town: 2, community: 3, village: 3 };
/** Words that make what a figure measures city-wide (or wider): it belongs to no district. */
const CITYWIDE_RE = /全市|全省|全国|济南|泉城|省会/u;

/** The programme known under any of `names`: by name, alias or programme key (`byKey` indexes aliases and keys). */
function initiativeNamed(drafts: Map<string, InitiativeDraft>, byKey: Map<string, InitiativeDraft>, names: readonly string[]): InitiativeDraft | undefined {
  for (const n of names) {
    const hit = drafts.get(n) ?? byKey.get(n) ?? byKey.get(programmeKey(n));
    if (hit) return hit;
  }
  return undefined;
}

/** The name a place's slug is made from: its display name, or for a long official name the shortest alias that
 * keeps its suffix (`济南高新技术产业开发区` → `高新区` → `gaoxin-qu`, `济南市南部山区` → `nanbushan-qu`). */
function slugName(p: PlaceDraft): string {
  const name = displayName(p.name, p.aliases);
  if ([...name].length <= 5) return name;
  const suffix = name.slice(-1);
  const short = [...p.aliases]
    .filter((a) => a.endsWith(suffix) && [...a].length >= 3 && a.length < name.length)
    .sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  return short ?? name;
}

/** The readable part of a figure's id: its printed form in pinyin (`12-chu`, `20pct`), empty when it has none. */
export function figureWords(text: string): string {
  return syllables(text.replace(/%/gu, 'pct').replace(/\./gu, '-')).slice(0, 6).join('-');
}

/** Stable id of a figure: its printed form in pinyin (`readable`, `figureWords` of its text) and a hash of where it is stated. */
export function metricId(article: string, m: Pick<MetricMention, 'quote' | 'text' | 'start' | 'paragraph'>, readable = figureWords(m.text)): string {
  const hash = createHash('sha1').update([article, m.paragraph, m.start, m.quote, m.text].join('\u0000')).digest('hex').slice(0, 6);
  return readable ? `${readable}-${hash}` : hash;
}

/** Merges every story's extraction into drafts: one per place, person and programme across stories, one per figure. */
export function mergeExtractions(extractions: StoryExtraction[], gazetteer: Gazetteer): Drafts {
  const places = new Map<string, PlaceDraft>();
  const officials = new Map<string, OfficialDraft>();
  const initiatives = new Map<string, InitiativeDraft>();
  /** Programmes by alias and by programme key, so a mention finds its programme without a scan. */
  const initiativeKeys = new Map<string, InitiativeDraft>();
  const metrics: MetricDraft[] = [];
  // The same printed figure (`12处`, `3.5亿元`) recurs across an archive: its pinyin is worked out once.
  const figureWordsByText = new Map<string, string>();
  const storyPlaces = new Map<string, string[]>();
  // Quotes and descriptions already kept, per entry: a programme named in thousands of stories stays linear.
  const seen = new WeakMap<object, Set<string>>();
  const firstTime = (owner: object, key: string): boolean => {
    let keys = seen.get(owner);
    if (!keys) seen.set(owner, (keys = new Set()));
    if (keys.has(key)) return false;
    keys.add(key);
    return true;
  };

  const addPlace = (ref: PlaceRef, printed: string | null, article: string | null): string => {
    const key = placeKey(ref);
    let draft = places.get(key);
    if (!draft) {
      const known = ref.code ? placeByCode(gazetteer, ref.code) : undefined;
      const parent = known?.parentCode ?? ref.parentCode;
      draft = {
        key,
        code: ref.code,
        name: known?.name ?? ref.name,
        kind: ref.kind,
        parentKey: parent ?? null,
        aliases: new Set(known ? [known.name, ...known.aliases] : []),
        articles: new Set(),
        slug: '',
      };
      places.set(key, draft);
      if (parent) {
        const parentPlace = placeByCode(gazetteer, parent);
        if (parentPlace) addPlace({ code: parentPlace.code, name: parentPlace.name, kind: parentPlace.kind, parentCode: parentPlace.parentCode }, null, null);
      }
    }
    if (printed) draft.aliases.add(printed);
    if (article) draft.articles.add(article);
    return key;
  };

  for (const ex of extractions) {
    const slug = ex.story.slug;
    const named: string[] = [];
    for (const m of [...ex.headlinePlaces, ...ex.places.flat(), ...ex.captionPlaces]) pushUnique(named, addPlace(m.place, m.text, slug));
    storyPlaces.set(slug, named);

    for (const o of ex.officials) {
      const draft: OfficialDraft = officials.get(o.name) ?? {
        name: o.name,
        titles: [],
        articles: [],
        quotes: [],
        paragraphs: new Map(),
        spans: new Map(),
        slug: '',
      };
      draft.titles = mergeTitles(draft.titles, o.titles);
      if (draft.articles.at(-1) !== slug) draft.articles.push(slug); // stories come one at a time
      for (const q of o.quotes) if (firstTime(draft, `${slug}\u0000${q}`)) draft.quotes.push({ text: q, article: slug });
      draft.paragraphs.set(slug, [...(draft.paragraphs.get(slug) ?? []), ...o.paragraphs]);
      draft.spans.set(slug, [...(draft.spans.get(slug) ?? []), ...o.spans]);
      officials.set(o.name, draft);
    }

    for (const i of ex.initiatives) {
      // One programme across stories: the same name, or a name another story gave as an alias.
      const draft: InitiativeDraft = initiativeNamed(initiatives, initiativeKeys, [i.name, ...i.aliases]) ?? {
        name: i.name,
        aliases: new Set(),
        printed: new Set(),
        owner: null,
        years: null,
        articles: [],
        descriptions: [],
        paragraphs: new Map(),
        spans: new Map(),
        slug: '',
      };
      for (const a of [i.name, ...i.aliases]) if (a !== draft.name) draft.aliases.add(a);
      draft.printed.add(i.printed);
      draft.printed.add(i.name);
      draft.owner ??= i.owner;
      draft.years ??= i.years;
      if (draft.articles.at(-1) !== slug) draft.articles.push(slug); // stories come one at a time
      for (const d of i.descriptions) if (firstTime(draft, `${slug}\u0000${d}`)) draft.descriptions.push({ text: d, article: slug });
      draft.paragraphs.set(slug, [...(draft.paragraphs.get(slug) ?? []), ...i.paragraphs]);
      draft.spans.set(slug, [...(draft.spans.get(slug) ?? []), ...i.spans]);
      initiatives.set(draft.name, draft);
      for (const n of [draft.name, ...draft.aliases]) {
        initiativeKeys.set(n, draft);
        initiativeKeys.set(programmeKey(n), draft);
      }
    }

    const fallback = storyDistrict(ex);
    for (const m of ex.metrics) {
      const place = metricDistrict(ex, m, fallback);
      let readable = figureWordsByText.get(m.text);
      if (readable === undefined) figureWordsByText.set(m.text, (readable = figureWords(m.text)));
      metrics.push({
        mention: m,
        article: slug,
        districtKey: place.key,
        placeFrom: place.from,
        placePrinted: place.printed,
        fixed: {},
        id: metricId(slug, m, readable),
      });
    }
  }
  const entityTextPlaces = new Map<string, PlaceMention[]>();
  for (const ex of extractions) for (const [text, found] of ex.entityTextPlaces) if (!entityTextPlaces.has(text)) entityTextPlaces.set(text, found);
  return { places, officials, initiatives, metrics, extractions, gazetteer, storyPlaces, entityTextPlaces };
}

/** Gives every draft its slug, in a fixed order: places by code (named places without one after), people and programmes by first appearance. */
export function assignSlugs({ places, officials, initiatives }: Drafts): void {
  const placeSlugs = new SlugRegistry();
  for (const draft of [...places.values()].sort((a, b) => compareKeys(a, b))) draft.slug = placeSlugs.claim(placeSlug(slugName(draft)));
  const officialSlugs = new SlugRegistry();
  for (const draft of officials.values()) {
    const surnameLength = COMPOUND_SURNAMES.has(draft.name.slice(0, 2)) && draft.name.length > 2 ? 2 : 1;
    draft.slug = officialSlugs.claim(personSlug(draft.name, surnameLength));
  }
  const initiativeSlugs = new SlugRegistry();
  for (const draft of initiatives.values()) draft.slug = initiativeSlugs.claim(nameSlug(fragmentCore(draft.name) ?? draft.name));
}

/** The place a story is about, where one stands out: the most specific place in its headline, else the place
 * named in at least half of its place mentions (and at least twice). */
function storyDistrict(ex: StoryExtraction): string | null {
  const headline = [...ex.headlinePlaces].sort((a, b) => SPECIFICITY[b.place.kind] - SPECIFICITY[a.place.kind]);
  if (headline[0]) return placeKey(headline[0].place);
  const counts = new Map<string, number>();
  const all = ex.places.flat();
  for (const m of all) counts.set(placeKey(m.place), (counts.get(placeKey(m.place)) ?? 0) + 1);
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return top && top[1] >= 2 && top[1] * 2 >= all.length ? top[0] : null;
}

/**
 * The place a figure is about: none for a company's figure (`为某集团建设的工厂年产值`) unless the sentence names a
 * place after the company; the nearest place named before it in its sentence; else none when what it measures is
 * city-wide (`全市社区工作者总量`); else the story's place (a guess, listed for review); else a place named after it.
 */
function metricDistrict(
  ex: StoryExtraction,
  m: MetricMention,
  fallback: string | null,
): { key: string | null; from: 'sentence' | 'story' | null; printed: string | null } {
  const text = ex.texts[m.paragraph] ?? '';
  const sentenceStart = sentenceStartFor(text, m);
  const sentenceEnd = sentenceStart + m.quote.length;
  const inSentence = (ex.places[m.paragraph] ?? []).filter((p) => p.start >= sentenceStart && p.end <= sentenceEnd);
  const before: PlaceMention | undefined = inSentence.filter((p) => p.end <= m.start).at(-1);
  if (m.organisation !== null) {
    const orgAt = text.lastIndexOf(m.organisation.slice(0, 2), m.start);
    // `某公司…槐荫区产值`: a place named after the company and before the figure says whose figure it is.
    if (before && orgAt >= 0 && before.start > orgAt + m.organisation.length && !m.organisation.includes(before.text))
      return { key: placeKey(before.place), from: 'sentence', printed: before.text };
    return { key: null, from: null, printed: null };
  }
  if (before) return { key: placeKey(before.place), from: 'sentence', printed: before.text };
  if (CITYWIDE_RE.test(m.subject.replace(COMPARED_TO_CITY, ''))) return { key: null, from: null, printed: null };
  if (fallback) return { key: fallback, from: 'story', printed: null };
  return inSentence[0] ? { key: placeKey(inSentence[0].place), from: 'sentence', printed: inSentence[0].text } : { key: null, from: null, printed: null };
}
