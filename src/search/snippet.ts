/**
 * Where the query's words stand in a title or text, and the short passage around them shown under a
 * result, as runs of text with the matched words marked.
 */
import { foldWidth } from './normalize.ts';
import { unescapeMarkdown } from '../core/markdown.ts';
import { isStop, type SentenceRules } from '../core/sentences.ts';
import type { Segment } from './types.ts';

/** A stretch of text: `start` inclusive, `end` exclusive. */
export type Range = readonly [start: number, end: number];

// Length-preserving case fold, so offsets found in the folded text hold in the printed one.
const fold = (text: string): string => foldWidth(text).replace(/[A-Z]/g, (ch) => ch.toLowerCase());

function merge(ranges: Range[]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = merged.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

/**
 * Every place in `text` where a term stands, merged into stretches. A stretch must be at least two characters
 * long unless every term is a single character: a segmenter cuts unknown words into characters (`冷|链`), and
 * marking each stray `链` of `产业链` would bury the real match.
 */
export function matchRanges(text: string, terms: readonly string[]): Range[] {
  const hay = fold(text);
  const found: Range[] = [];
  for (const term of new Set(terms.map(fold))) {
    if (term === '') continue;
    for (let at = hay.indexOf(term); at !== -1; at = hay.indexOf(term, at + 1)) found.push([at, at + term.length]);
  }
  const merged = merge(found);
  const allSingle = terms.every((t) => [...t].length <= 1);
  return allSingle ? merged : merged.filter(([s, e]) => e - s >= 2);
}

/** Cuts `text` into runs, marking the given ranges (which must be sorted and not overlap). */
export function toSegments(text: string, ranges: readonly Range[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) segments.push({ text: text.slice(at, start), mark: false });
    if (end > start) segments.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), mark: false });
  return segments;
}

/** A whole title (or other short text) with the query's words marked. */
export function highlight(text: string, terms: readonly string[]): Segment[] {
  return toSegments(text, matchRanges(text, terms));
}

/** A snippet may start at a clause after `；` or at a new line (a paragraph or subhead of the story). */
const SNIPPET_SENTENCES: SentenceRules = { semicolon: true, lineBreak: true };

/** Options of `snippet`. */
export interface SnippetOptions {
  /** Characters of context shown, about three lines on a phone. */
  width?: number;
  /** Characters kept before the first match, so the reader sees what leads into it. */
  lead?: number;
}

/**
 * The passage of `text` with the most matched characters in `width` characters, starting at a sentence
 * where one begins shortly before the match, with `…` where it is cut. A text that fits is shown whole;
 * without a match, the opening of the text. Line breaks become spaces. `markdown` is a story's text as ingest
 * wrote it; the reader sees it without Markdown's escapes (`&gt;` as `>`, `\[` as `[`).
 */
export function snippet(markdown: string, terms: readonly string[], { width = 80, lead = 16 }: SnippetOptions = {}): Segment[] {
  const text = unescapeMarkdown(markdown);
  const ranges = matchRanges(text, terms);
  let start = 0;
  if (ranges.length > 0 && text.length > width) {
    let bestScore = -1;
    for (const [anchor] of ranges) {
      const from = Math.max(0, anchor - lead);
      let score = 0;
      for (const [s, e] of ranges) if (s >= from && e <= from + width) score += e - s;
      if (score > bestScore) {
        bestScore = score;
        start = from;
      }
    }
    const firstInside = ranges.find(([s]) => s >= start)?.[0] ?? start;
    // Begin at the sentence that holds the match when that sentence starts inside the lead-in.
    // (A backward scan with the core's stops rather than the whole splitter: the search page's script stays small.)
    for (let i = firstInside - 1; i >= start; i--) {
      if (isStop(text[i]!, SNIPPET_SENTENCES)) {
        start = i + 1;
        break;
      }
    }
  }
  let end = Math.min(text.length, start + width);
  const cut = ranges.find(([s, e]) => s < end && e > end);
  if (cut) end = cut[1];

  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start, e - start]);
  const segments = toSegments(text.slice(start, end).replace(/\n/g, ' '), inside);
  if (start > 0) segments.unshift({ text: '…', mark: false });
  if (end < text.length) segments.push({ text: '…', mark: false });
  return segments;
}
