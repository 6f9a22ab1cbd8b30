/**
 * The browser half of the sharded index (`buildShards`; the key design is in `shardKeys.ts`): reads the
 * manifest, fetches the bucket files of the query's keys, from them the chunk files of the candidate documents,
 * and answers the query with Fuse over those documents alone (`search.ts`'s `answer`, as over the whole index).
 * Every file but the manifest is named by its content's hash, so it is fetched once and cached for good.
 */
import type Fuse from 'fuse.js/basic';
import { recordText, type IndexRecord, type SearchPayload } from './engine.ts';
import { normalizeQuery } from './normalize.ts';
import type { RankedHit } from './rank.ts';
import { answer, corpusOf, fuseOver, showHit, termsOf, type QueryFolder, type SearchAnswer, type ShownHit } from './search.ts';
import { decodeList, keyHash, termKeys } from './shardKeys.ts';
import type { StrategyName } from './tokenize.ts';
import type { DocHead, DocText } from './types.ts';

/** The sharded index's manifest, served at `/search-index.json`. */
export interface ShardManifest {
  /** 2: the sharded index (1 was the whole index in one file). */
  version: 2;
  /** How queries are cut into terms. */
  strategy: StrategyName;
  /** Names of places, people and programmes: the segmenter's dictionary. */
  dictionary: string[];
  /** Number of documents in the whole index. */
  total: number;
  /** The Fuse index's keys. */
  keys: SearchPayload['index']['keys'];
  /** Hash of each chunk file, in index order; a bucket names chunks by position here. */
  chunks: string[];
  /** Hash of each bucket file; a key is in bucket `keyHash(key) mod buckets.length`. None for a small index of one chunk. */
  buckets: string[];
}

/** A chunk file: consecutive documents of the index, what is shown and what is searched. */
export interface ShardChunk {
  /** What is shown of each document, parallel to `records`. */
  docs: DocHead[];
  /** Their records of the Fuse index, positions (`i`) as in the whole index. */
  records: IndexRecord[];
}

/** A bucket file: key → the chunks holding it (`encodeList`). */
export type ShardBucket = Record<string, string>;

/** Fetches a file of the sharded index by name (`<hash>.json`) and parses it. */
export type FileLoader = (name: string) => Promise<unknown>;

/** Search over the sharded index. */
export interface ShardedSearcher {
  /** Fetches what the query needs and answers it. */
  search(query: string): Promise<SearchAnswer>;
  /** Title, meta line and snippet of a hit of an answer (its document is loaded by then). */
  show(hit: RankedHit, answer: SearchAnswer): ShownHit;
}

const HAN = /\p{Script=Han}/u;

/** A searcher over the sharded index; `loadFold` gives the traditional→simplified folder, asked for only when a query holds Chinese. */
export function createShardedSearcher(manifest: ShardManifest, load: FileLoader, loadFold: () => Promise<QueryFolder>): ShardedSearcher {
  const files = new Map<string, Promise<unknown>>();
  const file = <T>(hash: string): Promise<T> => {
    let pending = files.get(hash);
    if (!pending) {
      pending = load(`${hash}.json`);
      // A failed fetch may be retried by the next query.
      pending.catch(() => files.delete(hash));
      files.set(hash, pending);
    }
    return pending as Promise<T>;
  };
  const heads: DocHead[] = [];
  const texts: DocText[] = [];
  const records = new Map<number, IndexRecord[]>();
  const compacted = new Map<number, DocText>();
  const bucketOf = (key: string): number => keyHash(key) & (manifest.buckets.length - 1);

  const chunk = async (at: number): Promise<IndexRecord[]> => {
    const cached = records.get(at);
    if (cached) return cached;
    const loaded = await file<ShardChunk>(manifest.chunks[at]!);
    loaded.records.forEach((record, k) => {
      heads[record.i] = loaded.docs[k]!;
      texts[record.i] = recordText(record);
    });
    records.set(at, loaded.records);
    return loaded.records;
  };

  const candidateChunks = async (terms: readonly string[]): Promise<number[]> => {
    // A small index is one chunk and no buckets (`WHOLE_BELOW_BYTES`): every query with terms loads it.
    if (manifest.buckets.length === 0) return terms.length > 0 ? manifest.chunks.map((_, i) => i) : [];
    const groups = terms.map((t) => termKeys(t).anyOf);
    const needed = [...new Set(groups.flat(2).map(bucketOf))].sort((a, b) => a - b);
    const buckets = new Map(await Promise.all(needed.map(async (b) => [b, await file<ShardBucket>(manifest.buckets[b]!)] as const)));
    const under = (key: string): number[] => decodeList(buckets.get(bucketOf(key))?.[key] ?? '');
    const found = new Set<number>();
    // Union over terms (each term's own matches decide its weight), over alternatives; intersection within one.
    for (const anyOf of groups) {
      for (const keys of anyOf) {
        let set: Set<number> | null = null;
        for (const key of keys) {
          const list = under(key);
          set = set === null ? new Set(list) : new Set(list.filter((c) => set!.has(c)));
          if (set.size === 0) break;
        }
        for (const c of set ?? []) found.add(c);
      }
    }
    return [...found].sort((a, b) => a - b);
  };

  return {
    async search(raw) {
      let query = normalizeQuery(raw);
      if (HAN.test(query)) query = (await loadFold())(query);
      const terms = termsOf(query, manifest.strategy, manifest.dictionary);
      const chunks = await Promise.all((await candidateChunks(terms)).map(chunk));
      const fuse: Fuse<DocHead> = fuseOver(heads, manifest.keys, chunks.flat());
      return answer(corpusOf(manifest.strategy, manifest.dictionary, manifest.total, heads, texts, fuse), query, compacted);
    },
    show: (hit, found) => showHit({ head: (ref) => heads[ref]!, text: (ref) => texts[ref]! }, hit, found),
  };
}
