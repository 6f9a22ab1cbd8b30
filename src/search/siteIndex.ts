/**
 * The site's sharded search index, built once per build from the collections and shared by the manifest
 * endpoint and the shard files' endpoint.
 */
import { getCollection } from 'astro:content';
import { buildSiteShards, type ShardedIndex } from './buildIndex.ts';

let built: Promise<ShardedIndex> | null = null;

/** The sharded index of the site's collections (built on first call). */
export function siteShards(): Promise<ShardedIndex> {
  built ??= (async () => {
    const [articles, districts, officials, initiatives, metrics, charts] = await Promise.all([
      getCollection('articles'),
      getCollection('districts'),
      getCollection('officials'),
      getCollection('initiatives'),
      getCollection('metrics'),
      getCollection('charts'),
    ]);
    return buildSiteShards({ articles, districts, officials, initiatives, metrics, charts });
  })();
  return built;
}
