/**
 * The resolve stage's working state: one draft per place, person, programme and figure, built by `merge.ts`, changed
 * by the journalist's corrections (`corrections.ts`), given slugs, then turned into records by `link.ts`.
 */
import type { StoryExtraction } from '../extract/extract.ts';
import type { PlaceMention, PlaceRef } from '../extract/extractPlaces.ts';
import type { MetricMention } from '../extract/extractMetrics.ts';
import type { Gazetteer, PlaceKind } from '../extract/gazetteer.ts';
import type { OfficialCategory } from '../extract/officialCategory.ts';
import type { TextSpan } from '../types.ts';
import type { MetricData } from '../../../src/schemas.ts';

/** A place as the corpus knows it. */
export interface PlaceDraft {
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
export interface OfficialDraft {
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
export interface InitiativeDraft {
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
export interface MetricDraft {
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

/** Every draft of the corpus, with what they were drawn from. */
export interface Drafts {
  places: Map<string, PlaceDraft>;
  officials: Map<string, OfficialDraft>;
  initiatives: Map<string, InitiativeDraft>;
  metrics: MetricDraft[];
  extractions: StoryExtraction[];
  gazetteer: Gazetteer;
  /** Per story slug: the keys of the places it names, in order of first mention. */
  storyPlaces: Map<string, string[]>;
  /** Places named in people's titles and programmes' owners and descriptions, by text (see `StoryExtraction`). */
  entityTextPlaces: Map<string, PlaceMention[]>;
}

/** A comparison with the city (`高于全市2.8个百分点`) says nothing about whose figure it is. */
export const COMPARED_TO_CITY = /(?:高于|低于|快于|慢于|超过|超出|领先)(?:全市|全省|全国|济南市?)[^，,；;]*/gu;

/** Key of a place: its code, or its name (and parent) when it has none. */
export function placeKey(ref: PlaceRef): string {
  return ref.code ?? `${ref.name}@${ref.parentCode ?? ''}`;
}

/** The name a reader knows a place by: `澄波社区` rather than the registry's `澄波社区居民委员会`. */
export function displayName(name: string, aliases: Iterable<string>): string {
  if (!/(居民委员会|村民委员会|村委会|居委会)$/u.test(name)) return name;
  const short = [...aliases].filter((a) => /(社区|村)$/u.test(a)).sort((a, b) => a.length - b.length || (a < b ? -1 : 1))[0];
  return short ?? name;
}

/** Title contained in a longer title of the same person adds nothing (`局长` beside `某某局局长`). */
export function mergeTitles(existing: string[], more: string[]): string[] {
  const all = [...existing];
  for (const t of more) if (!all.includes(t)) all.push(t);
  return all.filter((t, i) => !all.some((u, j) => j !== i && u !== t && u.endsWith(t)));
}

/** Appends `item` unless the list already holds it. */
export function pushUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** Places in a fixed order: by code, named places without one after. */
export function compareKeys(a: PlaceDraft, b: PlaceDraft): number {
  const ka = a.code ?? `~${a.key}`;
  const kb = b.code ?? `~${b.key}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** Offset of the occurrence of the figure's sentence that contains the figure. */
export function sentenceStartFor(text: string, m: MetricMention): number {
  let at = text.indexOf(m.quote);
  while (at >= 0 && !(at <= m.start && m.start < at + m.quote.length)) at = text.indexOf(m.quote, at + 1);
  return at >= 0 ? at : Math.max(0, m.start - m.quote.length);
}
