/**
 * extract: run every extractor over one story. The story's body blocks are the paragraphs the extractors see;
 * officials also see the kicker and headline, where interviews print the interviewee's posts.
 */
import type { SluggedStory, TextSpan } from '../types.ts';
import { extractPlaces, placeReader, type PlaceMention } from './extractPlaces.ts';
import { extractOfficials, type LocalPlace, type OfficialMention } from './extractOfficials.ts';
import { extractInitiatives, type InitiativeMention } from './extractInitiatives.ts';
import { extractMetrics, type MetricMention } from './extractMetrics.ts';
import type { Gazetteer } from './gazetteer.ts';
import { storyAnchor } from './anchorYear.ts';

/** Everything extracted from one story, with positions in `texts`. */
export interface StoryExtraction {
  /** The story. */
  story: SluggedStory;
  /** Body blocks' texts, in order (headings and paragraphs): what `paragraph` indexes below refer to. */
  texts: string[];
  /** Places named in each body block (after a second pass with the story's places as context). */
  places: PlaceMention[][];
  /** Places named in the kicker, headline and subtitle. */
  headlinePlaces: PlaceMention[];
  /** Places named in image captions. */
  captionPlaces: PlaceMention[];
  /** People holding posts; their `paragraphs` index `texts`. */
  officials: OfficialMention[];
  /** Named programmes; their `paragraphs` index `texts`. */
  initiatives: InitiativeMention[];
  /** Figures stated in paragraphs (subheads restate figures of the text and are skipped). */
  metrics: MetricMention[];
  /** Places named in each title of `officials` and each owner and description of `initiatives`, each text read
   * alone: where people and programmes belong. */
  entityTextPlaces: Map<string, PlaceMention[]>;
}

/** The places `texts` name, each read alone, by text. */
export function placesOfTexts(texts: Iterable<string>, gazetteer: Gazetteer, into = new Map<string, PlaceMention[]>()): Map<string, PlaceMention[]> {
  for (const text of texts) if (!into.has(text)) into.set(text, extractPlaces(text, gazetteer));
  return into;
}

/** How a story is dated from outside its text. */
export interface StoryDating {
  /** The printed date from the sources manifest (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null when unknown. */
  published: string | null;
  /** A year the page states elsewhere (page furniture, or another story printed on the same page), or null. */
  pageYear: number | null;
}

/** Runs the extractors over one story; `dating` anchors its relative time words (`今年`, `一季度`). */
export function extractStory(story: SluggedStory, gazetteer: Gazetteer, dating: StoryDating = { published: null, pageYear: null }): StoryExtraction {
  const texts = story.blocks.map((b) => b.text);
  const headline = [story.kicker, story.title, story.subtitle].filter((t): t is string => t !== null && !story.titleGenerated);

  // Places: a first pass finds what the story names outright; the second uses those as context for short forms
  // (`市中`) and for names several villages share.
  const placesIn = placeReader(gazetteer);
  const firstPass = [...headline, ...texts, ...story.captions].flatMap((t) => placesIn(t));
  const context = [...new Set(firstPass.flatMap((m) => (m.place.code ? [m.place.code] : m.place.parentCode ? [m.place.parentCode] : [])))];
  const places = texts.map((t) => placesIn(t, context));
  const headlineLines = headline.map((t) => placesIn(t, context));
  const headlinePlaces = headlineLines.flat();
  const captionPlaces = story.captions.flatMap((t) => placesIn(t, context));

  // Officials and programmes see the headline lines first; their paragraph indexes are shifted back onto `texts`.
  const officialInput = [...headline, ...texts];
  // Villages and communities where they are printed, so a post that leaves its village out (`该村书记`) can take it.
  const localPlaces: LocalPlace[] = [...headlineLines, ...places].flatMap((list, paragraph) =>
    list.flatMap((m) => (m.place.kind === 'village' || m.place.kind === 'community' ? [{ paragraph, start: m.start, name: m.text, kind: m.place.kind }] : [])),
  );
  const officials = extractOfficials(officialInput, {
    bylineNames: story.credits.map((c) => c.name),
    featuredName: story.featuredName,
    localPlaces,
  }).map((o) => ({ ...o, paragraphs: o.paragraphs.map((p) => p - headline.length).filter((p) => p >= 0), spans: bodySpans(o.spans, headline.length) }));

  // Programmes are sometimes named in full only in the headline (`…，升级泉城义工品牌`).
  const initiatives = extractInitiatives(officialInput).map((i) => ({
    ...i,
    paragraphs: i.paragraphs.map((p) => p - headline.length).filter((p) => p >= 0),
    spans: bodySpans(i.spans, headline.length),
  }));
  const anchor = storyAnchor(texts, dating.published, story.year ?? dating.pageYear);
  const metrics = extractMetrics(texts, { anchor }).filter((m) => story.blocks[m.paragraph]?.type === 'paragraph');
  const entityTexts = [...officials.flatMap((o) => o.titles), ...initiatives.flatMap((i) => [...(i.owner === null ? [] : [i.owner]), ...i.descriptions])];
  const entityTextPlaces = placesOfTexts(entityTexts, gazetteer);
  return { story, texts, places, headlinePlaces, captionPlaces, officials, initiatives, metrics, entityTextPlaces };
}

/** Spans in the headline lines plus body input, moved onto the body's numbering (the headline's own dropped). */
function bodySpans(spans: readonly TextSpan[], headlineLines: number): TextSpan[] {
  return spans.flatMap((s) => (s.paragraph >= headlineLines ? [{ ...s, paragraph: s.paragraph - headlineLines }] : []));
}
