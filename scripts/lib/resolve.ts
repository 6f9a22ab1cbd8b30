/**
 * resolve: the extractions of every story → one entry per person, place, programme and figure, linked to each other
 * and to the stories, with hand corrections applied and stable slugs.
 */
import { createHash } from 'node:crypto';
import type { StoryExtraction } from './extract.ts';
import type { PlaceMention, PlaceRef } from './extractPlaces.ts';
import { extractPlaces } from './extractPlaces.ts';
import { fragmentCore, programmeKey } from './extractInitiatives.ts';
import type { MetricMention } from './extractMetrics.ts';
import { buildFrame } from './figureFrame.ts';
import { paragraphTopic } from './topicContinuity.ts';
import { placeByCode, placesByName, type Gazetteer, type PlaceKind } from './gazetteer.ts';
import { COMPOUND_SURNAMES } from './surnames.ts';
import { SlugRegistry, nameSlug, personSlug, placeSlug, syllables } from './slug.ts';
import type { LoadedCorrections } from './corrections.ts';
import { printedAt } from '../../src/core/text.ts';
import type { StoryMention, TextSpan, Warning } from './types.ts';
import { officialCategory, type OfficialCategory } from './officialCategory.ts';
import type { ArticleData, DistrictData, InitiativeData, MetricData, OfficialData } from '../../src/schemas.ts';

/** A place as the corpus knows it. */
interface PlaceDraft {
  key: string;
  code: string | null;
  name: string;
  kind: PlaceKind;
  parentKey: string | null;
  aliases: Set<string>;
  articles: Set<string>;
  slug: string;
}

/** A person as the corpus knows them. */
interface OfficialDraft {
  name: string;
  titles: string[];
  articles: string[];
  quotes: { text: string; article: string }[];
  /** Paragraphs naming the person, per story slug. */
  paragraphs: Map<string, number[]>;
  /** Where the name is printed, per story slug. */
  spans: Map<string, TextSpan[]>;
  slug: string;
  /** Category set by a hand correction, which wins over the reading of the titles. */
  categorySet?: OfficialCategory;
}

/** A programme as the corpus knows it. */
interface InitiativeDraft {
  name: string;
  /** Other printed names, from the stories and from corrections. */
  aliases: Set<string>;
  printed: Set<string>;
  owner: string | null;
  years: { start: number; end: number } | null;
  articles: string[];
  descriptions: { text: string; article: string }[];
  paragraphs: Map<string, number[]>;
  /** Where a name of it is printed, per story slug. */
  spans: Map<string, TextSpan[]>;
  slug: string;
}

/** A figure with the story it is in. */
interface MetricDraft {
  mention: MetricMention;
  article: string;
  districtKey: string | null;
  id: string;
  /** How the place was found: named in the sentence, the story's place (a guess), or none. */
  placeFrom: 'sentence' | 'story' | null;
  /** The place as printed in the sentence (`槐荫区`), for the entity and for stripping it from the measure. */
  placePrinted: string | null;
  /** Frame fields a hand correction set; they win over extraction. */
  fixed: Partial<MetricData>;
}

/** Every entry of every entity collection, ready to validate and write. */
export interface ResolvedCorpus {
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

const SPECIFICITY: Record<PlaceKind, number> = { district: 1, county: 1, 'functional-area': 1, street: 2, town: 2, community: 3, village: 3 };
/** Words that make what a figure measures city-wide (or wider): it belongs to no district. */
const CITYWIDE_RE = /全市|全省|全国|济南|泉城|省会/u;

/** A comparison with the city (`高于全市2.8个百分点`) says nothing about whose figure it is. */
const COMPARED_TO_CITY = /(?:高于|低于|快于|慢于|超过|超出|领先)(?:全市|全省|全国|济南市?)[^，,；;]*/gu;

/** The programme known under any of `names`: by name, alias or programme key (`byKey` indexes aliases and keys). */
function initiativeNamed(drafts: Map<string, InitiativeDraft>, byKey: Map<string, InitiativeDraft>, names: readonly string[]): InitiativeDraft | undefined {
  for (const n of names) {
    const hit = drafts.get(n) ?? byKey.get(n) ?? byKey.get(programmeKey(n));
    if (hit) return hit;
  }
  return undefined;
}

/** Key of a place: its code, or its name (and parent) when it has none. */
function placeKey(ref: PlaceRef): string {
  return ref.code ?? `${ref.name}@${ref.parentCode ?? ''}`;
}

/** The name a reader knows a place by: `澄波社区` rather than the registry's `澄波社区居民委员会`. */
function displayName(name: string, aliases: Iterable<string>): string {
  if (!/(居民委员会|村民委员会|村委会|居委会)$/u.test(name)) return name;
  const short = [...aliases].filter((a) => /(社区|村)$/u.test(a)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  return short ?? name;
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

/** Title contained in a longer title of the same person adds nothing (`局长` beside `某某局局长`). */
function mergeTitles(existing: string[], more: string[]): string[] {
  const all = [...existing];
  for (const t of more) if (!all.includes(t)) all.push(t);
  return all.filter((t, i) => !all.some((u, j) => j !== i && u !== t && u.endsWith(t)));
}

function pushUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** Stable id of a figure: its printed form in pinyin and a hash of where it is stated. */
export function metricId(article: string, m: Pick<MetricMention, 'quote' | 'text' | 'start' | 'paragraph'>): string {
  const hash = createHash('sha1').update([article, m.paragraph, m.start, m.quote, m.text].join('\u0000')).digest('hex').slice(0, 6);
  const readable = syllables(m.text.replace(/%/gu, 'pct').replace(/\./gu, '-')).slice(0, 6).join('-');
  return readable ? `${readable}-${hash}` : hash;
}

/** Resolves every story's extraction into linked entries; corrections are applied, unmatched ones reported. */
export function resolve(extractions: StoryExtraction[], gazetteer: Gazetteer, loaded: LoadedCorrections, warnings: Warning[]): ResolvedCorpus {
  const places = new Map<string, PlaceDraft>();
  const officials = new Map<string, OfficialDraft>();
  const initiatives = new Map<string, InitiativeDraft>();
  /** Programmes by alias and by programme key, so a mention finds its programme without a scan. */
  const initiativeKeys = new Map<string, InitiativeDraft>();
  const metrics: MetricDraft[] = [];
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
      metrics.push({ mention: m, article: slug, districtKey: place.key, placeFrom: place.from, placePrinted: place.printed, fixed: {}, id: metricId(slug, m) });
    }
  }

  applyCorrections(loaded, warnings, { places, officials, initiatives, metrics, extractions, gazetteer });

  // Slugs, in a fixed order: places by code (named places without one after), people and programmes by first appearance.
  const placeSlugs = new SlugRegistry();
  for (const draft of [...places.values()].sort((a, b) => compareKeys(a, b))) draft.slug = placeSlugs.claim(placeSlug(slugName(draft)));
  const officialSlugs = new SlugRegistry();
  for (const draft of officials.values()) {
    const surnameLength = COMPOUND_SURNAMES.has(draft.name.slice(0, 2)) && draft.name.length > 2 ? 2 : 1;
    draft.slug = officialSlugs.claim(personSlug(draft.name, surnameLength));
  }
  const initiativeSlugs = new SlugRegistry();
  for (const draft of initiatives.values()) draft.slug = initiativeSlugs.claim(nameSlug(fragmentCore(draft.name) ?? draft.name));

  return link({ places, officials, initiatives, metrics, extractions, gazetteer, storyPlaces });
}

function compareKeys(a: PlaceDraft, b: PlaceDraft): number {
  const ka = a.code ?? `~${a.key}`;
  const kb = b.code ?? `~${b.key}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
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

/** Offset of the occurrence of the figure's sentence that contains the figure. */
function sentenceStartFor(text: string, m: MetricMention): number {
  let at = text.indexOf(m.quote);
  while (at >= 0 && !(at <= m.start && m.start < at + m.quote.length)) at = text.indexOf(m.quote, at + 1);
  return at >= 0 ? at : Math.max(0, m.start - m.quote.length);
}

interface Drafts {
  places: Map<string, PlaceDraft>;
  officials: Map<string, OfficialDraft>;
  initiatives: Map<string, InitiativeDraft>;
  metrics: MetricDraft[];
  extractions: StoryExtraction[];
  gazetteer: Gazetteer;
}

/** Applies the hand corrections to the drafts; each correction that matches nothing becomes a warning. */
function applyCorrections(loaded: LoadedCorrections, warnings: Warning[], d: Drafts): void {
  const c = loaded.corrections;
  const unmatched = (key: string, what: string): void => {
    const line = loaded.lines.get(key);
    warnings.push({ at: `${loaded.file}${line ? `:${line}` : ''}`, message: `correction matches nothing: ${what}` });
  };
  const mergeOfficial = (from: OfficialDraft, into: string): void => {
    d.officials.delete(from.name);
    const target = d.officials.get(into);
    if (!target) {
      d.officials.set(into, { ...from, name: into });
      return;
    }
    target.titles = mergeTitles(target.titles, from.titles);
    for (const a of from.articles) pushUnique(target.articles, a);
    for (const q of from.quotes) if (!target.quotes.some((x) => x.text === q.text && x.article === q.article)) target.quotes.push(q);
    for (const [slug, ps] of from.paragraphs) target.paragraphs.set(slug, [...(target.paragraphs.get(slug) ?? []), ...ps]);
    for (const [slug, spans] of from.spans) target.spans.set(slug, [...(target.spans.get(slug) ?? []), ...spans]);
  };

  c.officials.rename.forEach((r, i) => {
    const from = d.officials.get(r.from);
    if (!from) return unmatched(`officials.rename.${i}`, `official ${r.from}`);
    mergeOfficial(from, r.to);
  });
  c.officials.merge.forEach((m, i) => {
    const found = m.names.filter((n) => n !== m.into && d.officials.has(n));
    if (found.length === 0) return unmatched(`officials.merge.${i}`, `officials ${m.names.join(', ')}`);
    for (const n of found) mergeOfficial(d.officials.get(n)!, m.into);
  });
  c.officials.drop.forEach((name, i) => {
    if (!d.officials.delete(name)) unmatched(`officials.drop.${i}`, `official ${name}`);
  });
  c.officials.titles.forEach((t, i) => {
    const o = d.officials.get(t.name);
    if (!o) return unmatched(`officials.titles.${i}`, `official ${t.name}`);
    if (t.set) o.titles = [...t.set];
    if (t.add) for (const x of t.add) pushUnique(o.titles, x);
    if (t.remove) o.titles = o.titles.filter((x) => !t.remove!.includes(x));
  });
  c.officials.category.forEach((t, i) => {
    const o = d.officials.get(t.name);
    if (!o) return unmatched(`officials.category.${i}`, `official ${t.name}`);
    o.categorySet = t.set;
  });

  const metricMatches = (m: MetricDraft, match: { article?: string | undefined; text: string; quote?: string | undefined }): boolean =>
    m.mention.text === match.text &&
    (match.article === undefined || m.article === match.article) &&
    (match.quote === undefined || m.mention.quote.includes(match.quote));
  c.metrics.drop.forEach((match, i) => {
    const before = d.metrics.length;
    for (let k = d.metrics.length - 1; k >= 0; k--) if (metricMatches(d.metrics[k]!, match)) d.metrics.splice(k, 1);
    if (d.metrics.length === before) unmatched(`metrics.drop.${i}`, `figure ${match.text}${match.article ? ` in ${match.article}` : ''}`);
  });
  c.metrics.fix.forEach((fix, i) => {
    const hits = d.metrics.filter((m) => metricMatches(m, fix.match));
    if (hits.length === 0) return unmatched(`metrics.fix.${i}`, `figure ${fix.match.text}${fix.match.article ? ` in ${fix.match.article}` : ''}`);
    for (const m of hits) {
      const { district, ...fields } = fix.set;
      Object.assign(m.fixed, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      if (district !== undefined) m.placeFrom = district === null ? null : 'sentence';
      if (district === null) m.districtKey = null;
      else if (district !== undefined) {
        const place = placesByName(d.gazetteer, district)[0];
        const ref: PlaceRef = place
          ? { code: place.code, name: place.name, kind: place.kind, parentCode: place.parentCode }
          : { code: null, name: district, kind: 'functional-area', parentCode: null };
        const key = placeKey(ref);
        if (!d.places.has(key))
          d.places.set(key, {
            key,
            code: ref.code,
            name: ref.name,
            kind: ref.kind,
            parentKey: ref.parentCode,
            aliases: new Set([district]),
            articles: new Set(),
            slug: '',
          });
        m.districtKey = key;
      }
    }
  });

  const mergeInitiative = (from: InitiativeDraft, target: InitiativeDraft): void => {
    for (const p of from.printed) target.printed.add(p);
    for (const a of [from.name, ...from.aliases]) if (a !== target.name) target.aliases.add(a);
    for (const a of from.articles) pushUnique(target.articles, a);
    target.descriptions.push(...from.descriptions.filter((x) => !target.descriptions.some((y) => y.text === x.text)));
    for (const [slug, paras] of from.paragraphs)
      target.paragraphs.set(
        slug,
        [...new Set([...(target.paragraphs.get(slug) ?? []), ...paras])].sort((a, b) => a - b),
      );
    for (const [slug, spans] of from.spans) target.spans.set(slug, [...(target.spans.get(slug) ?? []), ...spans]);
    target.owner ??= from.owner;
    target.years ??= from.years;
  };
  c.initiatives.rename.forEach((r, i) => {
    const from = d.initiatives.get(r.from);
    if (!from) return unmatched(`initiatives.rename.${i}`, `initiative ${r.from}`);
    d.initiatives.delete(r.from);
    const target = d.initiatives.get(r.to);
    if (target) mergeInitiative(from, target);
    else d.initiatives.set(r.to, { ...from, name: r.to });
  });
  c.initiatives.drop.forEach((name, i) => {
    if (!d.initiatives.delete(name)) unmatched(`initiatives.drop.${i}`, `initiative ${name}`);
  });
  c.initiatives.add.forEach((a, i) => {
    const stories = d.extractions.filter((ex) => a.articles.includes(ex.story.slug));
    const sentences = stories.flatMap((ex) =>
      ex.texts.flatMap((t) =>
        t.includes(a.name)
          ? (t.match(/[^。！？!?]*[。！？!?]+[”’]?|[^。！？!?]+$/gu) ?? [])
              .filter((s) => s.includes(a.name))
              .map((s) => ({ text: s.trim(), article: ex.story.slug }))
          : [],
      ),
    );
    if (sentences.length === 0) return unmatched(`initiatives.add.${i}`, `initiative ${a.name} in ${a.articles.join(', ')}`);
    const paragraphs = new Map<string, number[]>();
    for (const ex of stories)
      paragraphs.set(
        ex.story.slug,
        ex.texts.flatMap((t, k) => (t.includes(a.name) ? [k] : [])),
      );
    // The journalist names the programme as printed: every place that name stands is where it is mentioned.
    const spans = new Map<string, TextSpan[]>();
    for (const ex of stories)
      spans.set(
        ex.story.slug,
        ex.texts.flatMap((t, paragraph) => printedAt(t, a.name).map((start) => ({ paragraph, start, end: start + a.name.length }))),
      );
    const existing = d.initiatives.get(a.name);
    d.initiatives.set(a.name, {
      name: a.name,
      aliases: existing?.aliases ?? new Set(),
      printed: new Set([a.name, ...(existing?.printed ?? [])]),
      owner: a.owner ?? existing?.owner ?? null,
      years: a.years ? { start: a.years[0], end: a.years[1] } : (existing?.years ?? null),
      articles: [...new Set([...(existing?.articles ?? []), ...sentences.map((s) => s.article)])],
      descriptions: existing?.descriptions.length ? existing.descriptions : sentences,
      paragraphs,
      spans,
      slug: '',
    });
  });
  // Aliases after additions, so an alias can name a programme added by hand.
  c.initiatives.aliases.forEach((a, i) => {
    const target = d.initiatives.get(a.name);
    if (!target) return unmatched(`initiatives.aliases.${i}`, `initiative ${a.name}`);
    for (const alias of a.add) {
      const other = d.initiatives.get(alias);
      if (other && other !== target) {
        d.initiatives.delete(alias);
        mergeInitiative(other, target);
      }
      target.aliases.add(alias);
    }
  });
  c.initiatives.fix.forEach((f, i) => {
    const it = d.initiatives.get(f.name);
    if (!it) return unmatched(`initiatives.fix.${i}`, `initiative ${f.name}`);
    if (f.owner !== undefined) it.owner = f.owner;
    if (f.years !== undefined) it.years = f.years ? { start: f.years[0], end: f.years[1] } : null;
  });

  c.districts.drop.forEach((name, i) => {
    const hits = [...d.places.values()].filter((p) => p.name === name || p.aliases.has(name));
    if (hits.length === 0) return unmatched(`districts.drop.${i}`, `place ${name}`);
    for (const p of hits) {
      d.places.delete(p.key);
      for (const m of d.metrics) if (m.districtKey === p.key) m.districtKey = null;
      for (const other of d.places.values()) if (other.parentKey === p.key) other.parentKey = null;
    }
  });
}

/** Builds every record with its links. */
function link(d: Drafts & { storyPlaces: Map<string, string[]> }): ResolvedCorpus {
  const placeSlug = (key: string | null): string | null => (key === null ? null : (d.places.get(key)?.slug ?? null));
  const extractionBySlug = new Map(d.extractions.map((ex) => [ex.story.slug, ex]));
  const storyOrder = new Map(d.extractions.map((ex, i) => [ex.story.slug, i]));

  // Indexes by story, so linking stays linear in the size of the corpus: each entity is visited once per story
  // it appears in, never once per story of the corpus. Lists keep the entities' own order.
  const inStory = new Map<string, { officials: OfficialDraft[]; initiatives: InitiativeDraft[]; metrics: MetricDraft[] }>();
  const story = (slug: string) => {
    let entry = inStory.get(slug);
    if (!entry) inStory.set(slug, (entry = { officials: [], initiatives: [], metrics: [] }));
    return entry;
  };
  for (const o of d.officials.values()) for (const a of o.articles) story(a).officials.push(o);
  for (const it of d.initiatives.values()) for (const a of it.articles) story(a).initiatives.push(it);
  for (const m of d.metrics) story(m.article).metrics.push(m);
  const officialOrder = new Map([...d.officials.values()].map((o, i) => [o, i]));

  // Figures: link to the programme named before them in the sentence and to the official who states them.
  const metricInitiative = new Map<MetricDraft, InitiativeDraft>();
  const metricOfficial = new Map<MetricDraft, OfficialDraft>();
  for (const m of d.metrics) {
    let best: { draft: InitiativeDraft; at: number } | null = null;
    for (const it of story(m.article).initiatives) {
      for (const form of it.printed) {
        const at = m.mention.quote.indexOf(form);
        if (at >= 0 && (best === null || at > best.at)) best = { draft: it, at };
      }
    }
    if (best) metricInitiative.set(m, best.draft);
    for (const o of story(m.article).officials) {
      const speaks = o.quotes.some((q) => q.article === m.article && (q.text.includes(m.mention.quote) || m.mention.quote.includes(q.text)));
      if (speaks || m.mention.quote.includes(o.name)) {
        metricOfficial.set(m, o);
        break;
      }
    }
  }

  // Places of people (from their titles) and programmes (from their owner, else their sentences).
  const placesIn = (text: string): string[] =>
    extractPlaces(text, d.gazetteer)
      .map((pm) => placeKey(pm.place))
      .filter((k) => d.places.has(k));
  const officialPlaces = new Map<OfficialDraft, string[]>();
  for (const o of d.officials.values()) officialPlaces.set(o, [...new Set(o.titles.flatMap(placesIn))]);
  const initiativePlaces = new Map<InitiativeDraft, string[]>();
  for (const it of d.initiatives.values()) {
    const fromOwner = it.owner ? placesIn(it.owner) : [];
    initiativePlaces.set(it, [...new Set(fromOwner.length > 0 ? fromOwner : it.descriptions.flatMap((x) => placesIn(x.text)))]);
  }
  // People named in the same paragraph as a programme.
  const initiativeOfficials = new Map<InitiativeDraft, OfficialDraft[]>();
  for (const it of d.initiatives.values()) {
    const people = new Set<OfficialDraft>();
    for (const [slug, ps] of it.paragraphs) {
      for (const o of story(slug).officials) if ((o.paragraphs.get(slug) ?? []).some((p) => ps.includes(p))) people.add(o);
    }
    initiativeOfficials.set(
      it,
      [...people].sort((a, b) => officialOrder.get(a)! - officialOrder.get(b)!),
    );
  }
  const initiativeMetrics = new Map<InitiativeDraft, string[]>();
  for (const m of d.metrics) {
    const it = metricInitiative.get(m);
    if (it) initiativeMetrics.set(it, [...(initiativeMetrics.get(it) ?? []), m.id]);
  }
  // Everything tied to each place, in the entities' own order.
  const byPlace = <T>(entries: Iterable<T>, keysOf: (entry: T) => readonly string[]): Map<string, T[]> => {
    const out = new Map<string, T[]>();
    for (const entry of entries) for (const key of keysOf(entry)) out.set(key, [...(out.get(key) ?? []), entry]);
    return out;
  };
  const placeOfficials = byPlace(d.officials.values(), (o) => officialPlaces.get(o) ?? []);
  const placeInitiatives = byPlace(d.initiatives.values(), (it) => initiativePlaces.get(it) ?? []);
  const placeMetrics = byPlace(d.metrics, (m) => (m.districtKey ? [m.districtKey] : []));

  const out: ResolvedCorpus = {
    articleLinks: new Map(),
    officials: new Map(),
    districts: new Map(),
    initiatives: new Map(),
    metrics: new Map(),
    positions: new Map(),
    mentions: new Map(),
    guessedPlaces: new Set(),
  };

  // The place printed at the very start of a sentence's body, by its display name: a subject for topic continuity.
  const placeAtStart = (body: string): string | null => {
    const first = extractPlaces(body, d.gazetteer).find((pm) => pm.start === 0);
    if (!first) return null;
    const known = d.places.get(placeKey(first.place));
    return known ? displayName(known.name, known.aliases) : first.text;
  };
  for (const m of d.metrics) {
    const x = m.mention;
    const text = extractionBySlug.get(m.article)?.texts[x.paragraph] ?? '';
    const place = m.districtKey === null ? undefined : d.places.get(m.districtKey);
    const frameInput = {
      mention: x,
      lead: text.slice(Math.max(0, x.start - 8), x.start),
      placePrinted: m.placeFrom === 'sentence' ? (m.placePrinted ?? (place ? displayName(place.name, place.aliases) : null)) : null,
      placeName: m.placeFrom === 'story' && place ? displayName(place.name, place.aliases) : null,
      programme: programmeOwning(metricInitiative.get(m), x),
      // The city is the entity where the part of the sentence before the figure names it and no place is named.
      cityWide:
        m.districtKey === null &&
        /全市|济南/u.test(text.slice(Math.max(text.lastIndexOf('；', x.start) + 1, sentenceStartFor(text, x)), x.start).replace(COMPARED_TO_CITY, '')),
    };
    const textFrame = buildFrame(frameInput);
    // A figure whose own sentence names no entity continues the subject of an earlier sentence of its paragraph.
    const topic = textFrame.entity === null ? paragraphTopic(text, x.start, placeAtStart) : null;
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
      district: placeSlug(m.districtKey),
      placeGuessed: m.placeFrom === 'story' && m.districtKey !== null,
      article: m.article,
      initiative: metricInitiative.get(m)?.slug ?? null,
      official: metricOfficial.get(m)?.slug ?? null,
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
        districts: (officialPlaces.get(o) ?? []).map((k) => placeSlug(k)!).filter(Boolean),
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
        districts: (initiativePlaces.get(it) ?? []).map((k) => placeSlug(k)!).filter(Boolean),
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
  ex: StoryExtraction,
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
