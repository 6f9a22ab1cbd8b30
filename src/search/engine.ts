/**
 * The Fuse side of search: the keys and options shared by the build (which makes the index) and the
 * browser (which loads it), the payload served at `/search-index.json`, and the term-by-term match.
 * Runs in the browser: nothing here may import pinyin-pro or other build-time code.
 *
 * Fuse's basic build does the matching (Bitap over each field); the query is cut into terms by the
 * strategy's tokenizer and a page must contain every term, the semantics of Fuse's `useTokenSearch` with
 * `tokenMatch: 'all'`. Fuse's own token search is not used: it runs the tokenizer over every field of the
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

/**
 * Pages containing every term, scored like Fuse's token search: each term's Fuse score weighted by its
 * inverse document frequency (rare terms count more). Terms are tried longest first and the search stops
 * at the first term nothing contains.
 */
export function matchAllTerms(fuse: Fuse<DocHead>, terms: readonly string[], total: number): Match[] {
  const perTerm: { scores: Map<number, number>; idf: number }[] = [];
  for (const term of [...terms].sort((a, b) => b.length - a.length)) {
    const found = fuse.search(term);
    if (found.length === 0) return [];
    perTerm.push({
      scores: new Map(found.map((r) => [r.refIndex, r.score ?? 1])),
      idf: Math.log(1 + (total - found.length + 0.5) / (found.length + 0.5)),
    });
  }
  if (perTerm.length === 0) return [];
  const totalIdf = perTerm.reduce((sum, t) => sum + t.idf, 0);
  const smallest = perTerm.reduce((a, b) => (b.scores.size < a.scores.size ? b : a));
  const matches: Match[] = [];
  for (const ref of smallest.scores.keys()) {
    let weighted = 0;
    let all = true;
    for (const { scores, idf } of perTerm) {
      const score = scores.get(ref);
      if (score === undefined) {
        all = false;
        break;
      }
      weighted += idf * (1 - score);
    }
    if (all) matches.push({ ref, score: Math.max(0.001, 1 - weighted / totalIdf) });
  }
  return matches;
}

type RecordValue = { v: string } | readonly { v: string }[] | undefined;

const one = (value: RecordValue): string => (value === undefined ? '' : 'v' in value ? value.v : (value[0]?.v ?? ''));
const many = (value: RecordValue): string[] => (value === undefined ? [] : 'v' in value ? [value.v] : value.map((x) => x.v));

/** Reads each document's searched text back from the index records (the payload does not repeat it). */
export function docTexts(index: SearchPayload['index'], count: number): DocText[] {
  const texts: DocText[] = Array.from({ length: count }, () => ({ title: '', names: [], pinyin: [], tags: [], body: '' }));
  const at = (field: SearchField): number => SEARCH_FIELDS.indexOf(field);
  for (const record of index.records) {
    const fields = (record.$ ?? {}) as Record<number, RecordValue>;
    const text = texts[record.i];
    if (!text) continue;
    text.title = one(fields[at('title')]);
    text.names = many(fields[at('names')]);
    text.pinyin = many(fields[at('pinyin')]);
    text.tags = many(fields[at('tags')]);
    text.body = one(fields[at('body')]);
  }
  return texts;
}

/** A Fuse instance over a payload's index. */
export function loadFuse(payload: SearchPayload): Fuse<DocHead> {
  return new Fuse(payload.docs, FUSE_OPTIONS, Fuse.parseIndex<DocHead>(payload.index));
}
