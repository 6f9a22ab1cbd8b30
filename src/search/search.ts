/**
 * Answers a query from a loaded payload: the query is cut into terms, Fuse finds the pages holding them
 * all, `rank` orders and groups them, `snippet` shows each with its matched words marked. Runs in the
 * browser and in tests alike.
 */
import type Fuse from 'fuse.js/basic';
import { docTexts, loadFuse, matchAllTerms, type Match, type SearchPayload } from './engine.ts';
import { compact, normalizeQuery } from './normalize.ts';
import { compactText, groupHits, pinyinMatches, tierOf, type HitGroup, type RankedHit } from './rank.ts';
import { highlight, matchRanges, snippet } from './snippet.ts';
import { queryTerms } from './tokenize.ts';
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

/** Loads a payload into a searcher (parsing the index once). */
export function createSearcher(payload: SearchPayload): Searcher {
  const fuse: Fuse<DocHead> = loadFuse(payload);
  const texts: DocText[] = docTexts(payload.index, payload.docs.length);
  // Compacted once per page and kept: as the reader types, the same pages are ranked keystroke after keystroke.
  const compacted: (DocText | undefined)[] = [];

  return {
    search(raw) {
      const query = normalizeQuery(raw);
      const terms = query === '' ? [] : queryTerms(query, payload.strategy, payload.dictionary);
      if (terms.length === 0) return { query, terms, total: 0, groups: [] };
      const matches: Match[] =
        payload.strategy === 'whole'
          ? fuse.search(query).map((r) => ({ ref: r.refIndex, score: r.score ?? 1 }))
          : matchAllTerms(fuse, terms, payload.docs.length);
      const q = compact(query);
      const hits: RankedHit[] = matches.map(({ ref, score }) => {
        const head = payload.docs[ref]!;
        const text = (compacted[ref] ??= compactText(texts[ref]!));
        return { ref, type: head.type, url: head.url, tier: tierOf(q, text), score };
      });
      return { query, terms, total: hits.length, groups: groupHits(hits) };
    },

    show(hit, answer) {
      const text = texts[hit.ref]!;
      const head = payload.docs[hit.ref]!;
      let title = highlight(text.title, answer.terms);
      // A pinyin query marks nothing in a Chinese title; the name it found is marked whole instead.
      const q = compact(answer.query);
      if (!title.some((s) => s.mark) && q !== '' && text.names.length > 0 && text.pinyin.some((p) => pinyinMatches(p, q))) {
        title = [{ text: text.title, mark: true }];
      }
      let passage = snippet(text.body, answer.terms);
      // Found through a linked place, person or programme the text does not print: say which, then quote the opening.
      const matched = passage.some((s) => s.mark) ? [] : text.tags.filter((t) => matchRanges(t, answer.terms).length > 0);
      // `高新区` once, not again inside its alias `济南高新区`.
      const tags = matched.filter((t) => !matched.some((o) => o !== t && t.includes(o)));
      if (tags.length > 0) {
        passage = [
          { text: '相关：', mark: false },
          ...tags.flatMap((t, i) => [...(i > 0 ? [{ text: '、', mark: false }] : []), ...highlight(t, answer.terms)]),
          { text: '。', mark: false },
          ...snippet(text.body, [], { width: 60 }),
        ];
      }
      return { type: head.type, url: head.url, title, meta: head.meta, snippet: passage };
    },
  };
}
