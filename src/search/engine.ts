/**
 * The Fuse side of search: the keys and options shared by the build (which makes the index) and the
 * browser (which loads it), the payload served at `/search-index.json`, and the term-by-term match.
 * Runs in the browser: nothing here may import pinyin-pro or other build-time code.
 *
 * Fuse's basic build does the matching (Bitap over each field); the query is cut into terms by the
 * strategy's tokenizer and a page must contain every term, the semantics of Fuse's `useTokenSearch` with
 * `tokenMatch: 'all'` (or, failing that, most of them: `search.ts`). Fuse's own token search is not used: it runs the tokenizer over every field of the
 * index when the browser loads it, to count term frequencies, which with `Intl.Segmenter` costs seconds
 * at a thousand stories (bench/README.md); here a term's frequency is the number of pages it matched.
 */
import Fuse, { type FuseIndex, type IFuseOptions } from 'fuse.js/basic';
import type { StrategyName } from './tokenize.ts';
import { SEARCH_FIELDS, type DocHead, type DocText, type SearchDoc, type SearchField } from './types.ts';

/** Weight of each searched field: a hit in a name counts most, one in a story's body least. */
export const FIELD_WEIGHTS: Readonly<Record<SearchField, number>> = { names: 4, pinyin: 3, title: 3, tags: 1.5, body: 1 };

/** Fuse's keys, in `SEARCH_FIELDS` order (the index stores values by key position). */
export const SEARCH_KEYS = SEARCH_FIELDS.map((name) => ({ name, weight: FIELD_WEIGHTS[name] }));

/**
 * Errors allowed per character of a query term. Below 0.2, terms of up to five characters must match exactly
 * (one wrong character in `义工` would match every `工`; one wrong letter in `lixia` matches `zhixia`), while a
 * long pinyin term may carry a typo (`lihongwi`).
 */
export const THRESHOLD = 0.19;

/** The serialised index the site serves; built once at build time, parsed once in the browser. */
export interface SearchPayload {
  /** Bumped when the shape changes, so a cached old payload is not misread. */
  version: 1;
  /** How queries are cut into terms. */
  strategy: StrategyName;
  /** Names of places, people and programmes: the segmenter's dictionary. */
  dictionary: string[];
  /** Per document, what is shown but not searched. */
  docs: DocHead[];
  /** `Fuse.createIndex(...).toJSON()`: keys and the searched text of every document. */
  index: ReturnType<FuseIndex<SearchDoc>['toJSON']>;
}

/** Fuse's options: every field, fuzzy within `THRESHOLD`, anywhere in the text. */
export const FUSE_OPTIONS: IFuseOptions<DocHead> = {
  keys: SEARCH_KEYS,
  threshold: THRESHOLD,
  // Stories are long; a word is as relevant in the last paragraph as in the first.
  ignoreLocation: true,
  includeScore: true,
};

/** A page matching a query: its position in the payload and its score (0 perfect, 1 no match). */
export interface Match {
  /** Position of the document in the payload. */
  ref: number;
  /** Combined score, 0 best. */
  score: number;
}

/** A page holding some of a query's terms. */
export interface TermMatch extends Match {
  /** How many of the terms it holds. */
  terms: number;
  /** The terms it holds. */
  held: string[];
}

/**
 * Pages holding any of the terms, scored like Fuse's token search: each term's Fuse score weighted by its
 * inverse document frequency over the whole index of `total` pages (rare terms count more); a term a page
 * lacks adds nothing, so a page holding every term scores as before and one holding some scores worse.
 * `perTerm` holds, for each term, the Fuse score of every page it matched.
 */
export function scoreTerms(perTerm: readonly { term: string; scores: ReadonlyMap<number, number> }[], total: number): TermMatch[] {
  const weighted = perTerm.map(({ term, scores }) => ({ term, scores, idf: termIdf(scores.size, total) }));
  const totalIdf = weighted.reduce((sum, t) => sum + t.idf, 0);
  const byRef = new Map<number, TermMatch>();
  for (const { term, scores, idf } of weighted) {
    for (const [ref, score] of scores) {
      let match = byRef.get(ref);
      if (!match) byRef.set(ref, (match = { ref, score: 0, terms: 0, held: [] }));
      match.score += idf * (1 - score);
      match.terms += 1;
      match.held.push(term);
    }
  }
  const matches = [...byRef.values()].sort((a, b) => a.ref - b.ref);
  for (const m of matches) m.score = Math.max(0.001, 1 - m.score / totalIdf);
  return matches;
}

/** Inverse document frequency of a term found in `found` of `total` pages. */
export function termIdf(found: number, total: number): number {
  return Math.log(1 + (total - found + 0.5) / (found + 0.5));
}

/** The score `scoreTerms` gives a page for a one-term query: its Fuse score `score`, the term found in `found` of `total` pages. */
export function singleTermScore(score: number, found: number, total: number): number {
  const idf = termIdf(found, total);
  // The same operations in the same order as `scoreTerms`, so the same number to the last bit.
  const totalIdf = 0 + idf;
  return Math.max(0.001, 1 - (0 + idf * (1 - score)) / totalIdf);
}

type RecordValue = { v: string } | readonly { v: string }[] | undefined;

const one = (value: RecordValue): string => (value === undefined ? '' : 'v' in value ? value.v : (value[0]?.v ?? ''));
const many = (value: RecordValue): string[] => (value === undefined ? [] : 'v' in value ? [value.v] : value.map((x) => x.v));

/** One index record of the serialised index. */
export type IndexRecord = SearchPayload['index']['records'][number];

/** A document's searched text, read back from its index record (the payload does not repeat it). */
export function recordText(record: IndexRecord): DocText {
  const fields = (record.$ ?? {}) as Record<number, RecordValue>;
  const at = (field: SearchField): RecordValue => fields[SEARCH_FIELDS.indexOf(field)];
  return { title: one(at('title')), names: many(at('names')), pinyin: many(at('pinyin')), tags: many(at('tags')), body: one(at('body')) };
}

/** A Fuse instance over a payload's index. */
export function loadFuse(payload: SearchPayload): Fuse<DocHead> {
  return new Fuse(payload.docs, FUSE_OPTIONS, Fuse.parseIndex<DocHead>(payload.index));
}
