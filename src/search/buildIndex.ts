/**
 * Build-time half of search: the collections become documents, the documents a serialised Fuse index.
 */
import Fuse from 'fuse.js/basic';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import { SEARCH_KEYS, type SearchPayload } from './engine.ts';
import { SHIPPED_STRATEGY, type StrategyName } from './tokenize.ts';
import type { SearchDoc } from './types.ts';

/** The names and aliases of every place, person and programme: the segmenter's dictionary. */
export function entityDictionary(docs: readonly SearchDoc[]): string[] {
  return [...new Set(docs.flatMap((d) => d.names))].sort();
}

/** Builds the payload from documents: their heads, the dictionary and the serialised Fuse index. */
export function buildPayload(docs: readonly SearchDoc[], strategy: StrategyName = SHIPPED_STRATEGY): SearchPayload {
  const index = Fuse.createIndex<SearchDoc>(SEARCH_KEYS, docs);
  return {
    version: 1,
    strategy,
    dictionary: strategy === 'segmenter' ? entityDictionary(docs) : [],
    docs: docs.map(({ type, url, meta }) => ({ type, url, meta })),
    index: index.toJSON(),
  };
}

/** The payload of a whole site, from its collections. */
export function buildSitePayload(source: SearchSource, strategy: StrategyName = SHIPPED_STRATEGY): SearchPayload {
  return buildPayload(buildSearchDocs(source), strategy);
}
