/**
 * The sharded index's files as the build writes them (`buildShards`) and the browser reads them, and what a
 * searcher over them offers. Shared by the small index's searcher (`shardClient.ts`) and the large one's
 * (`keyedSearch.ts`), which the browser loads only for a large index.
 */
import type { SearchPayload, IndexRecord } from './engine.ts';
import type { HitGroup, RankedHit } from './rank.ts';
import type { SearchAnswer, ShownHit } from './search.ts';
import type { StrategyName } from './tokenize.ts';
import type { DocHead, SearchDoc } from './types.ts';

/** The sharded index's manifest, served at `/search-index.json`. */
export interface ShardManifest {
  /** 3: keys with ranked entries (2 listed chunks of documents per key; 1 was the whole index in one file). */
  version: 3;
  /** How queries are cut into terms. */
  strategy: StrategyName;
  /** Names of places, people and programmes: the segmenter's dictionary. */
  dictionary: string[];
  /** Number of documents in the whole index. */
  total: number;
  /** The Fuse index's keys. */
  keys: SearchPayload['index']['keys'];
  /** A small index: the hash of its one file (`ShardChunk`) of every document. */
  whole?: string;
  /** Bucket files `<set>-b<i>.json`, `i` < `count` (a power of two): a key is in bucket `keyHash(key) mod count`. */
  buckets?: { set: string; count: number };
  /** Document files `<set>-d<i>.json`, in runs of consecutive positions (`DocBlock`). */
  docs?: { set: string; blocks: DocBlock[] };
}

/** Documents of one type from position `first` on, `per` a file, the first in file `file`. */
export type DocBlock = [type: number, first: number, per: number, file: number];

/** A document in a document file: what is shown and what is searched. */
export type DocEntry = SearchDoc;

/** Documents ranked alike: tier, Fuse score for the key, positions (`encodeList`). */
export type Run = [tier: number, score: number, ids: string];

/** A key's documents of one type (`RESULT_TYPES` index): how many, and the first of them (or all) in rank order. */
export type PostGroup = [type: number, count: number, runs: Run[]];

/** A key's entry in its bucket: how many documents print it, per type the first of them, and where all of them are. */
export interface Posting {
  /** Number of documents printing the key. */
  n: number;
  /** Per type, the first `HEAD` documents in rank order (all of them when there are no more). */
  g: PostGroup[];
  /** Hash of the file of every type's full list (`PostGroup[]`), when `g` is not all. */
  m?: string;
}

/** The one file of a small index: every document, what is shown and what is searched. */
export interface ShardChunk {
  /** What is shown of each document, parallel to `records`. */
  docs: DocHead[];
  /** Their records of the Fuse index, positions (`i`) as in the whole index. */
  records: IndexRecord[];
}

/** Fetches a file of the sharded index by name (`<name>.json`) and parses it. */
export type FileLoader = (name: string) => Promise<unknown>;

/** Search over the sharded index. */
export interface ShardedSearcher {
  /** Fetches what the query needs and answers it; the first `SHOWN` hits of each group are ready to show. */
  search(query: string): Promise<SearchAnswer>;
  /** Makes the first `upTo` hits of a group of an answer ready to show, fetching what they need. */
  more(answer: SearchAnswer, type: HitGroup['type'], upTo: number): Promise<void>;
  /** Title, meta line and snippet of a hit of an answer (made ready by `search` or `more`). */
  show(hit: RankedHit, answer: SearchAnswer): ShownHit;
}

/** Hits of each group made ready by a search: what the page shows before the reader asks for more. */
export const SHOWN = 10;

/** Fetches a file of the index by name, parsed, each file once. */
export type Files = <T>(name: string) => Promise<T>;
