/**
 * `/search-index.json`: the manifest of the sharded search index (`src/search/shardKeys.ts`): the dictionary,
 * and the names of the content-hashed bucket and chunk files under `/search/shards/`. Fetched only by the search
 * page, or when a reader focuses the search box; the page then fetches the few files a query needs.
 */
import type { APIRoute } from 'astro';
import { siteSearchManifest } from '../search/siteIndex.ts';

export const GET: APIRoute = async () => {
  const manifest = await siteSearchManifest();
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
