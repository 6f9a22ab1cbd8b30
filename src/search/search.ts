/**
 * Answers a query over a corpus of loaded documents: the query is folded (width, traditional characters),
 * cut into terms, Fuse finds the pages holding them all — or, when no page holds every term, the pages
 * holding most of them, labelled as partial matches — `rank` orders and groups them, `snippet` shows each
 * with its matched words marked. The corpus is the whole index (`createSearcher`, tests and the bench) or
 * the documents of the shards a query needs (`shardClient.ts`, the site); both answer alike.
 * Runs in the browser and in tests alike.
 */
import Fuse from 'fuse.js/basic';
import { FUSE_OPTIONS, loadFuse, recordText, scoreTerms, type Match, type SearchPayload, type TermMatch } from './engine.ts';
import { compact, normalizeQuery } from './normalize.ts';
import { compactText, groupHits, pinyinMatches, tierOf, type HitGroup, type RankedHit } from './rank.ts';
import { highlight, matchRanges, snippet } from './snippet.ts';
import { queryTerms, type StrategyName } from './tokenize.ts';
import type { DocHead, DocText, ResultType, Segment } from './types.ts';

/** The answer to a query: every matching page, ranked and grouped by type. */
export interface SearchAnswer {
  /** The query as searched (normalised). */
  query: string;
  /** Its terms, as the strategy's tokenizer cuts them; these are matched, and marked in titles and snippets. */
  terms: string[];
  /** Number of pages found. */
  total: number;
  /** Groups, the group of the best hit first. */
  groups: HitGroup[];
  /** True when no page holds every term and these pages hold only some (`matched`). */
  partial: boolean;
  /** The terms the pages found hold: all of `terms`, or for a partial match the ones found. */
  matched: string[];
}

/** A hit ready to show. */
export interface ShownHit {
  /** Kind of page. */
  type: ResultType;
  /** Link. */
  url: string;
  /** Title with the matched words marked. */
  title: Segment[];
  /** Short line under the title. */
  meta: string;
  /** Passage around the match, matched words marked. */
  snippet: Segment[];
}

/** Search over one payload. */
export interface Searcher {
  /** Finds, ranks and groups the pages matching `query`; an empty query finds nothing. */
  search(query: string): SearchAnswer;
  /** Title, meta line and snippet of a hit of `answer`. */
  show(hit: RankedHit, answer: SearchAnswer): ShownHit;
}

/** The documents a query is answered over: all of them, or those of the shards its terms hit. */
export interface Corpus {
  /** How queries are cut into terms. */
  strategy: StrategyName;
  /** The segmenter's dictionary. */
  dictionary: readonly string[];
  /** Number of documents in the whole index (for the terms' inverse document frequency). */
  total: number;
  /** Fuse over the loaded documents; `refIndex` is the position in the whole index. */
  fuse: Fuse<DocHead>;
  /** What is shown of a loaded document. */
  head(ref: number): DocHead;
  /** Searched text of a loaded document. */
  text(ref: number): DocText;
}

/** The query as the engine searches it: `normalizeQuery`, then traditional characters folded to simplified. */
export type QueryFolder = (query: string) => string;

const HAN = /\p{Script=Han}/u;

/** The terms of a query, as `answer` will match them. */
export function termsOf(query: string, strategy: StrategyName, dictionary: readonly string[]): string[] {
  return query === '' ? [] : queryTerms(query, strategy, dictionary);
}

/**
 * Whether a page prints a Chinese term whole. Fuse allows an error per five characters, so a six-character
 * term would match a page printing five of them; a Chinese word matches as a word or not at all.
 * Runs only over pages Fuse matched, so the compacted fields are built for few pages.
 */
export function printsWhole(text: DocText, term: string): boolean {
  const word = compact(term);
  // Compared without punctuation, as a name is typed without its middle dot (`新力量益满格`).
  return [text.title, text.body, ...text.names, ...text.tags].some((field) => field.toLowerCase().includes(term) || compact(field).includes(word));
}

/** Finds, ranks and groups the pages of `corpus` matching the folded query. */
export function answer(corpus: Corpus, query: string, compacted: Map<number, DocText>): SearchAnswer {
  const terms = termsOf(query, corpus.strategy, corpus.dictionary);
  if (terms.length === 0) return { query, terms, total: 0, groups: [], partial: false, matched: [] };
  let matches: (Match | TermMatch)[];
  let matched = terms;
  let partial = false;
  if (corpus.strategy === 'whole') {
    matches = corpus.fuse.search(query).map((r) => ({ ref: r.refIndex, score: r.score ?? 1 }));
  } else {
    const perTerm = terms.map((term) => {
      const found = corpus.fuse.search(term).filter((r) => !HAN.test(term) || printsWhole(corpus.text(r.refIndex), term));
      return { term, scores: new Map(found.map((r) => [r.refIndex, r.score ?? 1])) };
    });
    ({ matches, partial, matched } = pickMatches(terms, perTerm, corpus.total));
  }
  const q = compact(partial ? matched.join('') : query);
  const hits: RankedHit[] = matches.map(({ ref, score }) => {
    const head = corpus.head(ref);
    let text = compacted.get(ref);
    if (!text) compacted.set(ref, (text = compactText(corpus.text(ref))));
    return { ref, type: head.type, url: head.url, tier: tierOf(q, text), score };
  });
  return { query, terms, total: hits.length, groups: groupHits(hits), partial, matched };
}

/** The pages that answer a query of several terms, and whether they hold only some of them. */
export interface Picked {
  /** The pages, scored (`scoreTerms`). */
  matches: TermMatch[];
  /** True when no page holds every term and these hold the most of them. */
  partial: boolean;
  /** The terms the pages hold. */
  matched: string[];
}

/**
 * The pages holding every term, scored; when no page holds every term, the pages holding the most of them,
 * said to be partial matches. `perTerm` holds each term's Fuse score on every page it matched.
 */
export function pickMatches(terms: readonly string[], perTerm: readonly { term: string; scores: ReadonlyMap<number, number> }[], total: number): Picked {
  const scored = scoreTerms(perTerm, total);
  const most = scored.reduce((best, m) => Math.max(best, m.terms), 0);
  let matches = scored.filter((m) => m.terms === most);
  if (most > 0 && most < terms.length) {
    const holds = new Set(matches.flatMap((m) => m.held));
    return { matches, partial: true, matched: terms.filter((t) => holds.has(t)) };
  }
  if (most < terms.length) matches = [];
  return { matches, partial: false, matched: [...terms] };
}

/** Title, meta line and snippet of a hit, its matched words marked. */
export function showHit(corpus: Pick<Corpus, 'head' | 'text'>, hit: RankedHit, found: SearchAnswer): ShownHit {
  const text = corpus.text(hit.ref);
  const head = corpus.head(hit.ref);
  const terms = found.matched;
  let title = highlight(text.title, terms);
  // A pinyin query marks nothing in a Chinese title; the name it found is marked whole instead.
  const q = compact(found.query);
  if (!title.some((s) => s.mark) && q !== '' && text.names.length > 0 && text.pinyin.some((p) => pinyinMatches(p, q))) {
    title = [{ text: text.title, mark: true }];
  }
  let passage = snippet(text.body, terms);
  // Found through a linked place, person or programme the text does not print: say which, then quote the opening.
  const linked = passage.some((s) => s.mark) ? [] : text.tags.filter((t) => matchRanges(t, terms).length > 0);
  // `高新区` once, not again inside its alias `济南高新区`.
  const tags = linked.filter((t) => !linked.some((o) => o !== t && t.includes(o)));
  if (tags.length > 0) {
    passage = [
      { text: '相关：', mark: false },
      ...tags.flatMap((t, i) => [...(i > 0 ? [{ text: '、', mark: false }] : []), ...highlight(t, terms)]),
      { text: '。', mark: false },
      ...snippet(text.body, [], { width: 60 }),
    ];
  }
  return { type: head.type, url: head.url, title, meta: head.meta, snippet: passage };
}

/** A corpus over a list of documents loaded in full or in part: `heads` and `texts` indexed by position in the whole index. */
export function corpusOf(
  strategy: StrategyName,
  dictionary: readonly string[],
  total: number,
  heads: readonly DocHead[],
  texts: readonly DocText[],
  fuse: Fuse<DocHead>,
): Corpus {
  return { strategy, dictionary, total, fuse, head: (ref) => heads[ref]!, text: (ref) => texts[ref]! };
}

/** Loads a whole-index payload into a searcher (parsing the index once). `fold` folds traditional characters, where given. */
export function createSearcher(payload: SearchPayload, fold: QueryFolder = (q) => q): Searcher {
  const texts: DocText[] = [];
  for (const record of payload.index.records) texts[record.i] = recordText(record);
  const corpus = corpusOf(payload.strategy, payload.dictionary, payload.docs.length, payload.docs, texts, loadFuse(payload));
  // Compacted once per page and kept: as the reader types, the same pages are ranked keystroke after keystroke.
  const compacted = new Map<number, DocText>();
  return {
    search: (raw) => answer(corpus, fold(normalizeQuery(raw)), compacted),
    show: (hit, found) => showHit(corpus, hit, found),
  };
}

/** Fuse over some documents of the whole index (`records` keep their positions in it). */
export function fuseOver(heads: readonly DocHead[], keys: SearchPayload['index']['keys'], records: SearchPayload['index']['records']): Fuse<DocHead> {
  return new Fuse(heads as DocHead[], FUSE_OPTIONS, Fuse.parseIndex<DocHead>({ keys, records }));
}
