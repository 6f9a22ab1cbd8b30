/**
 * Where links and figure marks go in one paragraph of a story: the pure core of `rehypeAnnotate`.
 *
 * A figure is marked where its printed form (`45.3亿元`) stands inside its sentence (the metric's `quote`);
 * the sentence is wrapped so `#fig-<id>` can highlight it. Names of places, people and programmes become
 * links, longest names first, never overlapping each other or a figure, and only the first mention of each
 * entity in the paragraph.
 */

/** A place, person or programme whose names link to its page. */
export interface EntityAnnotation {
  kind: 'entity';
  /** One key per entity (`districts/huaiyin-qu`): each key is linked once per paragraph. */
  key: string;
  /** Every form to look for: the name and its aliases. */
  names: readonly string[];
  /** Page of the entity. */
  href: string;
  /** Link only where the name is printed inside quotation marks (`“三强”`), for short programme names. */
  quotedOnly?: boolean;
}

/** A figure to mark: its printed form inside the sentence that states it. */
export interface FigureAnnotation {
  kind: 'figure';
  /** Metric id; the mark gets `id="fig-<id>"`. */
  id: string;
  /** The sentence stating the figure, exactly as it stands in the paragraph. */
  quote: string;
  /** The figure as printed inside `quote`. */
  text: string;
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

interface Range {
  start: number;
  end: number;
}

interface Placed extends Range {
  segment: InlineSegment;
}

const WORD_CHAR = /[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]/u;
const OPENING_QUOTES = new Set(['“', '‘', '「', '『', '"', "'", '《']);
const CLOSING_QUOTES = new Set(['”', '’', '」', '』', '"', "'", '》']);

const overlaps = (a: Range, b: Range): boolean => a.start < b.end && b.start < a.end;
const inside = (inner: Range, outer: Range): boolean => inner.start >= outer.start && inner.end <= outer.end;

/** Every index at which `needle` starts in `text`. */
function indexesOf(text: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** A name that begins or ends with a digit or Latin letter must not continue a longer number or word (`342` in `1342`). */
function atWordBoundary(text: string, start: number, end: number): boolean {
  const first = text[start] ?? '';
  const last = text[end - 1] ?? '';
  if (WORD_CHAR.test(first) && WORD_CHAR.test(text[start - 1] ?? '')) return false;
  if (WORD_CHAR.test(last) && WORD_CHAR.test(text[end] ?? '')) return false;
  return true;
}

function isQuoted(text: string, start: number, end: number): boolean {
  return OPENING_QUOTES.has(text[start - 1] ?? '') && CLOSING_QUOTES.has(text[end] ?? '');
}

/** Places each figure at the first free occurrence of its text inside an occurrence of its quote. */
function placeFigures(text: string, figures: readonly FigureAnnotation[]): { marks: Placed[]; sentences: (Range & { ids: string[] })[] } {
  const marks: Placed[] = [];
  const sentences: (Range & { ids: string[] })[] = [];
  for (const figure of figures) {
    if (figure.quote === '' || figure.text === '') continue;
    for (const quoteStart of indexesOf(text, figure.quote)) {
      const sentence = { start: quoteStart, end: quoteStart + figure.quote.length };
      const local = indexesOf(figure.quote, figure.text)
        .map((i) => ({ start: quoteStart + i, end: quoteStart + i + figure.text.length }))
        .find((range) => !marks.some((mark) => overlaps(mark, range)));
      if (!local) continue;
      marks.push({ ...local, segment: { type: 'figure', text: figure.text, id: figure.id, ...(figure.href ? { href: figure.href } : {}) } });
      sentences.push({ ...sentence, ids: [figure.id] });
      break;
    }
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

/** Finds entity links: longest names first, no overlaps, not across a sentence edge, first mention per entity. */
function placeLinks(text: string, entities: readonly EntityAnnotation[], marks: readonly Range[], sentences: readonly Range[]): Placed[] {
  const names = entities
    .flatMap((entity) => [...new Set(entity.names)].filter((name) => name !== '').map((name) => ({ name, entity })))
    // Longest first so `济南槐荫经济开发区` wins over `槐荫区`; ties in a fixed order so output is stable.
    .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const claimed: Range[] = [...marks];
  const found: Placed[] = [];
  for (const { name, entity } of names) {
    for (const start of indexesOf(text, name)) {
      const range = { start, end: start + name.length };
      if (claimed.some((taken) => overlaps(taken, range))) continue;
      if (sentences.some((sentence) => overlaps(sentence, range) && !inside(range, sentence))) continue;
      if (!atWordBoundary(text, range.start, range.end)) continue;
      if (entity.quotedOnly && !isQuoted(text, range.start, range.end)) continue;
      // A later mention stays claimed even when it is not linked, so a shorter name cannot link inside it.
      claimed.push(range);
      found.push({ ...range, segment: { type: 'link', text: name, key: entity.key, href: entity.href } });
    }
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
 * links and plain text. Figures are placed in the order given (so two figures printed alike in one sentence take
 * its occurrences in turn); a figure whose quote or text is not in the paragraph is left out. Joining the text of
 * all segments gives back `text`.
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

/** Ids of the figures marked in `segments`, in reading order. */
export function figureIdsIn(segments: readonly Segment[]): string[] {
  return segments.flatMap((segment) => (segment.type === 'figure' ? [segment.id] : segment.type === 'sentence' ? figureIdsIn(segment.children) : []));
}

/** The text the segments cover, joined: equal to the paragraph that was annotated. */
export function segmentsText(segments: readonly Segment[]): string {
  return segments.map((segment) => (segment.type === 'sentence' ? segmentsText(segment.children) : segment.text)).join('');
}

const SENTENCE_END = /[。！？!?；;…]/u;

/** The sentence of `text` around the range `start`–`end`: from after the previous full stop to its next one, inclusive. */
export function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !SENTENCE_END.test(text[from - 1] ?? '')) from -= 1;
  let to = Math.max(end, start);
  while (to < text.length && !SENTENCE_END.test(text[to - 1] ?? '')) to += 1;
  // Closing quotes and brackets after the full stop belong to the sentence.
  while (to < text.length && /[”’」』）)]/u.test(text[to] ?? '')) to += 1;
  return text.slice(from, to);
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
