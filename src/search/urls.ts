/**
 * Addresses of search: the page (`/search/?q=…`, ARCHITECTURE.md, "URLs") and the index it loads, from the routes.
 */
import { SEARCH_PATH } from '../core/routes.ts';

/** The shareable address of a query's results; the bare page for an empty query. */
export function searchUrl(query: string): string {
  const q = query.trim();
  return q === '' ? SEARCH_PATH : `${SEARCH_PATH}?${new URLSearchParams({ q }).toString()}`;
}
