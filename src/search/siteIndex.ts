/**
 * The site's sharded search index, built once per build from the collections. It is built on a worker thread (or
 * read from the cache of an earlier build: `indexCache.ts`). In a build the config starts it as soon as its integrity
 * check has read the collections, and the worker writes the shard files straight into the output folder
 * (`astro.config.mjs`): only the manifest reaches this thread, for its endpoint. The dev server builds it from
 * Astro's collections on first use and serves the files through the shard endpoint.
 */
import { getCollection } from 'astro:content';
import { basePath } from '../core/siteUrl.ts';
import { siteShardsOffThread, startedSiteShards } from './indexCache.ts';
import type { ShardedIndex } from './buildIndex.ts';

let devIndex: Promise<ShardedIndex> | null = null;

/** The whole index, files included, built from Astro's collections (the dev server). */
function indexFromCollections(): Promise<ShardedIndex> {
  devIndex ??= (async () => {
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
  return devIndex;
}

/** The index's manifest: the one the build started, else built on first call. */
export async function siteSearchManifest(): Promise<ShardedIndex['manifest']> {
  const started = startedSiteShards();
  return started ? started.manifest : (await indexFromCollections()).manifest;
}

/**
 * The shard files the shard endpoint serves, by name: none in a build, whose worker writes them into the output
 * folder itself (a large site has tens of thousands); every one on the dev server.
 */
export async function shardFilesToServe(): Promise<ReadonlyMap<string, string>> {
  return startedSiteShards() ? new Map() : (await indexFromCollections()).files;
}
