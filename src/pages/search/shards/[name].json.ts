/**
 * `/search/shards/<hash>.json`: one bucket or chunk file of the sharded search index, named by the hash of its
 * content so it never changes under its name and can be cached for good. The dev server serves them from here; a
 * build lists none, as the index worker writes them into `dist/` itself (`siteIndex.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { shardFilesToServe } from '../../../search/siteIndex.ts';

export const getStaticPaths = (async () => {
  const files = await shardFilesToServe();
  return [...files.keys()].map((file) => ({ params: { name: file.replace(/\.json$/, '') } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const content = (await shardFilesToServe()).get(`${params.name ?? ''}.json`);
  if (content === undefined) return new Response('not found', { status: 404 });
  return new Response(content, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
