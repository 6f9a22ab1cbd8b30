/**
 * Addresses of search: the page (`/search/?q=…`, ARCHITECTURE.md, "URLs") and the index it loads.
 */
import { sitePath } from '../utils/siteUrl.ts';

/** The search page. */
export const SEARCH_PATH = sitePath('/search/');
/** The sharded index's manifest (`src/pages/search-index.json.ts`). */
export const SEARCH_INDEX_PATH = sitePath('/search-index.json');
/** Folder of the sharded index's content-hashed files (`src/pages/search/shards/[name].json.ts`). */
export const SHARD_DIR = sitePath('/search/shards/');

/** The shareable address of a query's results; the bare page for an empty query. */
export function searchUrl(query: string): string {
  const q = query.trim();
  return q === '' ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q }).toString()}`;
}
