/**
 * Where links and figure marks go in one paragraph of a story: the pure core of `rehypeAnnotate`.
 *
 * Ingest records where each name and figure is printed (an article's `mentions`); this only lays them out. A figure
 * is marked at its offsets and the sentence stating it is wrapped so `#fig-<id>` can highlight it. Names of places,
 * people and programmes become links at their offsets, however short, never inside another link or a figure, and
 * only at the first mention of each entity in the paragraph.
 */
import { sentenceSpans, type SentenceRules } from '../core/sentences.ts';

/** A half-open range of offsets into the paragraph's text. */
export interface Range {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

/** A place, person or programme printed at `start`–`end`, linked to its page. */
export interface EntityAnnotation extends Range {
  kind: 'entity';
  /** One key per entity (`districts/huaiyin-qu`): each key is linked once per paragraph. */
  key: string;
  /** Page of the entity. */
  href: string;
}

/** A figure printed at `start`–`end`, inside the sentence that states it. */
export interface FigureAnnotation extends Range {
  kind: 'figure';
  /** Metric id; the mark gets `id="fig-<id>"`. */
  id: string;
  /** The sentence stating the figure: the range wrapped as `.fig-sentence`; it holds `start`–`end`. */
  sentence: Range;
  /** Page of the figure, linked from the mark. */
  href?: string;
}

/** Anything `annotateText` can place. */
export type Annotation = EntityAnnotation | FigureAnnotation;

/** A run of text, a link or a marked figure: what a sentence or paragraph is made of. */
export type InlineSegment =
  { type: 'text'; text: string } | { type: 'link'; text: string; key: string; href: string } | { type: 'figure'; text: string; id: string; href?: string };

/** A paragraph's content: inline runs, and sentences that state figures (containing inline runs). */
export type Segment = InlineSegment | { type: 'sentence'; ids: string[]; children: InlineSegment[] };

interface Placed extends Range {
  segment: InlineSegment;
}

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Range, outer: Range): boolean => inner.start >= outer.start && inner.end <= outer.end;
const within = (range: Range, length: number): boolean => range.start >= 0 && range.end <= length && range.start < range.end;

/** Marks each figure at its offsets; a figure over another one's mark, or outside the text, is left out. */
function placeFigures(text: string, figures: readonly FigureAnnotation[]): { marks: Placed[]; sentences: (Range & { ids: string[] })[] } {
  const marks: Placed[] = [];
  const sentences: (Range & { ids: string[] })[] = [];
  for (const figure of figures) {
    if (!within(figure, text.length) || marks.some((mark) => overlaps(mark, figure))) continue;
    const sentence = within(figure.sentence, text.length) && inside(figure, figure.sentence) ? figure.sentence : figure;
    const segment: InlineSegment = { type: 'figure', text: text.slice(figure.start, figure.end), id: figure.id, ...(figure.href ? { href: figure.href } : {}) };
    marks.push({ start: figure.start, end: figure.end, segment });
    sentences.push({ start: sentence.start, end: sentence.end, ids: [figure.id] });
  }
  return { marks, sentences: mergeRanges(sentences) };
}

/** Joins overlapping sentences into one span, so spans never cross. */
function mergeRanges(ranges: (Range & { ids: string[] })[]): (Range & { ids: string[] })[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: (Range & { ids: string[] })[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && range.start < last.end) {
      last.end = Math.max(last.end, range.end);
      last.ids.push(...range.ids);
    } else {
      merged.push({ start: range.start, end: range.end, ids: [...range.ids] });
    }
  }
  return merged;
}

/** Places entity links: longest mentions first, none inside another or a figure, not across a sentence edge, first mention per entity. */
function placeLinks(text: string, entities: readonly EntityAnnotation[], marks: readonly Range[], sentences: readonly Range[]): Placed[] {
  const ordered = entities
    .filter((entity) => within(entity, text.length))
    // Longest first so a programme named `历下区某某行动` is one link, not a place link inside it; ties by position.
    .sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const claimed: Range[] = [...marks];
  const found: Placed[] = [];
  for (const entity of ordered) {
    if (claimed.some((taken) => overlaps(taken, entity))) continue;
    if (sentences.some((sentence) => overlaps(sentence, entity) && !inside(entity, sentence))) continue;
    // A later mention stays claimed even when it is not linked, so a shorter name cannot link inside it.
    claimed.push(entity);
    found.push({
      start: entity.start,
      end: entity.end,
      segment: { type: 'link', text: text.slice(entity.start, entity.end), key: entity.key, href: entity.href },
    });
  }
  const first = new Map<string, Placed>();
  for (const link of found) {
    const key = link.segment.type === 'link' ? link.segment.key : '';
    const seen = first.get(key);
    if (!seen || link.start < seen.start) first.set(key, link);
  }
  return [...first.values()];
}

/** Lays out text between `start` and `end` with the placed items in it as inline segments. */
function inlineRun(text: string, start: number, end: number, items: readonly Placed[]): InlineSegment[] {
  const out: InlineSegment[] = [];
  let at = start;
  for (const item of items.filter((i) => i.start >= start && i.end <= end).sort((a, b) => a.start - b.start)) {
    if (item.start > at) out.push({ type: 'text', text: text.slice(at, item.start) });
    out.push(item.segment);
    at = item.end;
  }
  if (at < end) out.push({ type: 'text', text: text.slice(at, end) });
  return out;
}

/**
 * Splits one paragraph's text into segments: sentences that state figures (holding the figure marks), entity
 * links and plain text, each where its annotation's offsets say. Figures are placed in the order given; one outside
 * the text is left out. Joining the text of all segments gives back `text`.
 */
export function annotateText(text: string, annotations: readonly Annotation[]): Segment[] {
  const figures = annotations.filter((a): a is FigureAnnotation => a.kind === 'figure');
  const entities = annotations.filter((a): a is EntityAnnotation => a.kind === 'entity');
  const { marks, sentences } = placeFigures(text, figures);
  const items = [...marks, ...placeLinks(text, entities, marks, sentences)];
  const segments: Segment[] = [];
  let at = 0;
  for (const sentence of sentences) {
    segments.push(...inlineRun(text, at, sentence.start, items));
    segments.push({ type: 'sentence', ids: sentence.ids, children: inlineRun(text, sentence.start, sentence.end, items) });
    at = sentence.end;
  }
  segments.push(...inlineRun(text, at, text.length, items));
  return segments;
}

/** A figure shown in its own sentence (a figure page's quote): marked where its printed form stands in `quote`, or
 * nothing when the quote does not print it. */
export function figureInQuote(id: string, quote: string, text: string): FigureAnnotation[] {
  const start = text === '' ? -1 : quote.indexOf(text);
  return start === -1 ? [] : [{ kind: 'figure', id, start, end: start + text.length, sentence: { start: 0, end: quote.length } }];
}

/** Ids of the figures marked in `segments`, in reading order. */
export function figureIdsIn(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) => (segment.type === 'figure' ? [segment.id] : segment.type === 'sentence' ? figureIdsIn(segment.children) : []));
}

/** The text the segments cover, joined: equal to the paragraph that was annotated. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.type === 'sentence' ? segmentsText(segment.children) : segment.text)).join('');
}

/** The site reads a clause after `；` and a quotation trailing off at `…` as sentences of their own. */
const SITE_SENTENCES: SentenceRules = { semicolon: true, ellipsis: true };

/** The range of the sentence of `text` around `start`–`end` (the core's splitter, with the site's rules): from the
 * sentence holding `start` to the one holding `end`, closing quotes after the stop included. */
export function sentenceRange(text: string, start: number, end: number): Range {
  const spans = sentenceSpans(text, SITE_SENTENCES);
  const last = Math.max(end, start + 1);
  const from = spans.find((s) => s.end > start)?.start ?? start;
  const to = spans.findLast((s) => s.start < last)?.end ?? end;
  return { start: Math.min(from, start), end: Math.max(to, end) };
}

/** The sentence of `text` around the range `start`–`end` (see `sentenceRange`). */
export function sentenceAround(text: string, start: number, end: number): string {
  const range = sentenceRange(text, start, end);
  return text.slice(range.start, range.end);
}

/**
 * Characters that end a bare URL in Chinese text: Han characters, CJK and full-width punctuation, curly quotes,
 * the ellipsis and the dash. A linkifier made for English runs a URL on to the next space, which Chinese never prints.
 */
const URL_STOP = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2010-\u201f\u2026]/u;

/** Length of the URL at the start of `text`: up to the first character that cannot be part of it in Chinese text. */
export function urlLength(text: string): number {
  const stop = URL_STOP.exec(text);
  return stop ? stop.index : text.length;
}
