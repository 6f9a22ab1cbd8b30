/**
 * The site's sharded search index, built once per build from the collections and shared by the manifest
 * endpoint and the shard files' endpoint. It is built on a worker thread (or read from the cache of an earlier
 * build: `indexCache.ts`): in a build, started by the config as soon as its integrity check has read the collections
 * (`astro.config.mjs`); otherwise (the dev server) as soon as Astro's collections are loaded.
 */
import { getCollection } from 'astro:content';
import { basePath } from '../core/siteUrl.ts';
import { siteShardsOffThread, startedSiteShards } from './indexCache.ts';
import type { ShardedIndex } from './buildIndex.ts';

let built: Promise<ShardedIndex> | null = null;

/** The sharded index of the site's collections (the one the build started, else started on first call). */
export function siteShards(): Promise<ShardedIndex> {
  built ??=
    startedSiteShards() ??
    (async () => {
      const [articles, districts, officials, initiatives, metrics, charts] = await Promise.all([
        getCollection('articles'),
        getCollection('districts'),
        getCollection('officials'),
        getCollection('initiatives'),
        getCollection('metrics'),
        getCollection('charts'),
      ]);
      // Only what search reads crosses to the worker: not a story's rendered HTML.
      const plain = <D>({ id, data }: { id: string; data: D }) => ({ id, data });
      return siteShardsOffThread(
        {
          articles: articles.map(({ id, data, body }) => ({ id, data, body })),
          districts: districts.map(plain),
          officials: officials.map(plain),
          initiatives: initiatives.map(plain),
          metrics: metrics.map(plain),
          charts: charts.map(plain),
        },
        basePath(),
      );
    })();
  return built;
}
