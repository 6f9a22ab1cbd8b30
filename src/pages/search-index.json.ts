/**
 * `/search-index.json`: every story, place, person, programme and figure as a serialised Fuse index, built
 * once at build time. Fetched only by the search page, or when a reader focuses the search box.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { buildSitePayload } from '../search/buildIndex.ts';

export const GET: APIRoute = async () => {
  const [articles, districts, officials, initiatives, metrics] = await Promise.all([
    getCollection('articles'),
    getCollection('districts'),
    getCollection('officials'),
    getCollection('initiatives'),
    getCollection('metrics'),
  ]);
  const payload = buildSitePayload({ articles, districts, officials, initiatives, metrics });
  return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
