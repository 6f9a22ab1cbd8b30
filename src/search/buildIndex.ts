/**
 * Build-time half of search: the collections become documents, the documents a serialised Fuse index — whole
 * (`buildPayload`, for tests and the bench's whole-index column) or split into content-hashed files
 * (`buildShards`, what the site ships; the design is in `shardKeys.ts`).
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js/basic';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import { SEARCH_KEYS, type IndexRecord, type SearchPayload } from './engine.ts';
import { addTextKeys, encodeList, keyHash } from './shardKeys.ts';
import type { ShardChunk, ShardManifest } from './shardClient.ts';
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

/** Raw bytes of documents per chunk file: small enough that a rare word costs little, large enough to keep the manifest short. */
export const CHUNK_BYTES = 32_000;
/** Raw bytes of key lists per bucket file, on average. */
export const BUCKET_BYTES = 16_000;

/**
 * Below this many raw bytes of documents the index is one chunk and no buckets: a small site's whole index
 * (the real site's: about 60 kB gzip) costs less than the buckets that would pick its chunks.
 */
export const WHOLE_BELOW_BYTES = 1_000_000;

/** The sharded index: a small manifest and immutable files named by the hash of their content. */
export interface ShardedIndex {
  /** Served at `/search-index.json`. */
  manifest: ShardManifest;
  /** File name (`<hash>.json`, under `SHARD_DIR`) → content. */
  files: Map<string, string>;
}

const hashName = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 12);

/**
 * Splits the index: documents, in index order, into chunk files of about `CHUNK_BYTES`; every key of every
 * searched field (`shardKeys.ts`) into one of a power-of-two number of bucket files by its hash, each key
 * listing the chunks holding it. The manifest names the files; the same documents give the same bytes.
 */
export function buildShards(
  docs: readonly SearchDoc[],
  strategy: StrategyName = SHIPPED_STRATEGY,
  { wholeBelow = WHOLE_BELOW_BYTES }: { wholeBelow?: number } = {},
): ShardedIndex {
  const payload = buildPayload(docs, strategy);
  const files = new Map<string, string>();
  const add = (content: string): string => {
    const name = hashName(content);
    files.set(`${name}.json`, content);
    return name;
  };

  const records = [...payload.index.records].sort((a, b) => a.i - b.i);
  const chunkOf: number[] = [];
  const chunks: string[] = [];
  let pending: IndexRecord[] = [];
  let bytes = 0;
  const flush = (): void => {
    if (pending.length === 0) return;
    const chunk: ShardChunk = { docs: pending.map((r) => payload.docs[r.i]!), records: pending };
    chunks.push(add(JSON.stringify(chunk)));
    pending = [];
    bytes = 0;
  };
  const sizes = records.map((record) => JSON.stringify(record).length * 2 + JSON.stringify(payload.docs[record.i]).length);
  const whole = sizes.reduce((sum, n) => sum + n, 0) < wholeBelow;
  records.forEach((record, k) => {
    const size = sizes[k]!;
    if (!whole && bytes > 0 && bytes + size > CHUNK_BYTES) flush();
    chunkOf[record.i] = chunks.length;
    pending.push(record);
    bytes += size;
  });
  flush();

  // Key → chunks holding it, ascending. One chunk needs no buckets: every query loads it.
  const postings = new Map<string, number[]>();
  if (!whole)
    docs.forEach((doc, ref) => {
      const keys = new Set<string>();
      for (const value of [doc.title, doc.body, ...doc.names, ...doc.pinyin, ...doc.tags]) addTextKeys(value, keys);
      const chunk = chunkOf[ref]!;
      for (const key of keys) {
        const list = postings.get(key);
        if (!list) postings.set(key, [chunk]);
        else if (list.at(-1) !== chunk) list.push(chunk);
      }
    });
  const encoded = [...postings.entries()].map(([key, list]): [string, string] => [key, encodeList(list)]);
  const totalBytes = encoded.reduce((sum, [k, v]) => sum + k.length * 3 + v.length + 6, 0);
  let bucketCount = whole ? 0 : 1;
  while (!whole && bucketCount * BUCKET_BYTES < totalBytes) bucketCount *= 2;
  const buckets: [string, string][][] = Array.from({ length: bucketCount }, () => []);
  for (const entry of encoded) buckets[keyHash(entry[0]) & (bucketCount - 1)]!.push(entry);
  const bucketNames = buckets.map((entries) => add(JSON.stringify(Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))))));

  return {
    manifest: {
      version: 2,
      strategy: payload.strategy,
      dictionary: payload.dictionary,
      total: docs.length,
      keys: payload.index.keys,
      chunks,
      buckets: bucketNames,
    },
    files,
  };
}

/** The sharded index of a whole site, from its collections. */
export function buildSiteShards(source: SearchSource, strategy: StrategyName = SHIPPED_STRATEGY): ShardedIndex {
  return buildShards(buildSearchDocs(source), strategy);
}
