/**
 * Build-time half of search: the collections become documents, the documents a serialised Fuse index — whole
 * (`buildPayload`, for tests and the bench's whole-index column) or split into files (`buildShards`, what the
 * site ships; the keys are in `shardKeys.ts`, the reading side in `shardClient.ts`).
 */
import { createHash } from 'node:crypto';
import Fuse from 'fuse.js/basic';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import { SEARCH_KEYS, singleTermScore, type SearchPayload } from './engine.ts';
import { compact } from './normalize.ts';
import { pinyinMatches, TIERS } from './rank.ts';
import { EXACT_MAX, encodeList, forEachKey, keyHash } from './shardKeys.ts';
import type { DocBlock, DocEntry, PostGroup, Posting, ShardChunk, ShardManifest } from './shardFormat.ts';
import { defaultSegmenter, SHIPPED_STRATEGY, type StrategyName } from './tokenize.ts';
import { RESULT_TYPES, type SearchDoc } from './types.ts';

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

/**
 * Below this many raw bytes of documents the index is one file of every document and no keys: a small site's
 * whole index (the real site's: about 60 kB gzip) costs less than the key files that would pick its documents.
 */
export const WHOLE_BELOW_BYTES = 1_000_000;

/** Hits of each group a key's bucket entry carries: the page shows the first 10 of a group, more on request. */
export const HEAD = 10;
/** Raw bytes of key entries per bucket file, on average: a key costs its bucket, so buckets stay small. */
export const BUCKET_BYTES = 6_000;
/** A key entry longer than this keeps its full lists in a file of its own (`Posting.m`). */
const INLINE_BYTES = 400;
/** Documents per document file, by type: a story is long and one a file; figures are a sentence each. */
const DOCS_PER_FILE: Readonly<Record<(typeof RESULT_TYPES)[number], number>> = { article: 1, district: 4, official: 4, initiative: 4, figure: 8, chart: 4 };

/** The sharded index: a small manifest and immutable files. */
export interface ShardedIndex {
  /** Served at `/search-index.json`. */
  manifest: ShardManifest;
  /** File name (under `SHARD_DIR`) → content. */
  files: Map<string, string>;
}

const hashName = (content: string): string => createHash('sha256').update(content).digest('hex').slice(0, 12);

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * The Chinese words of three to `EXACT_MAX` characters a query term can be, from the documents' text: what the
 * segmenter cuts, alone and run together with up to two neighbours (a query's segmenter joins a lone character
 * to the word beside it: `网格|员` → `网格员`), and the dictionary's names.
 */
export function vocabulary(values: Iterable<string>, dictionary: readonly string[]): Set<string> {
  const words = new Set<string>();
  const fits = (w: string): boolean => w.length >= 3 && w.length <= EXACT_MAX;
  for (const name of dictionary) for (const run of name.toLowerCase().match(HAN_RUN) ?? []) if (fits(run)) words.add(run);
  const segmenter = defaultSegmenter();
  if (!segmenter) return words;
  const seen = new Set<string>();
  for (const value of values) {
    for (const run of value.match(HAN_RUN) ?? []) {
      if (run.length < 3 || seen.has(run)) continue;
      seen.add(run);
      const parts = [...segmenter.segment(run)].map((s) => s.segment);
      for (let i = 0; i < parts.length; i++) {
        let word = '';
        for (let j = i; j < parts.length && j < i + 3; j++) {
          word += parts[j]!;
          if (word.length > EXACT_MAX) break;
          if (fits(word)) words.add(word);
        }
      }
    }
  }
  return words;
}

type Values = { v: string; n: number }[];

/** The searched values of an index record, by field, as Fuse holds them (blank ones left out). */
function recordValues(record: SearchPayload['index']['records'][number]): Values[] {
  const fields = (record.$ ?? {}) as Record<number, { v: string; n: number } | { v: string; n: number }[] | undefined>;
  return SEARCH_KEYS.map((_, k) => {
    const value = fields[k];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  });
}

const [NAMES, PINYIN, TITLE, TAGS, BODY] = [0, 1, 2, 3, 4];

/**
 * The tier (`rank.ts`) of a document for a one-term query equal to `key`, from the values printing the key
 * (`slots`: field × 1024 + position): the same rules as `tierOf`, which compares with the compacted text.
 */
function keyTier(key: string, slots: readonly number[], values: readonly Values[], compacted: (slot: number) => string): number {
  const q = PLAIN.test(key) ? key : compact(key);
  if (q === '') return TIERS.scattered;
  const at = (slot: number): string => values[slot >> 10]![slot & 1023]!.v;
  let best: number = TIERS.scattered;
  for (const slot of slots) {
    const field = slot >> 10;
    let tier: number = TIERS.scattered;
    if (field === NAMES) tier = compacted(slot) === q ? TIERS.exactName : TIERS.partialName;
    else if (field === PINYIN) tier = at(slot) === q ? TIERS.exactName : pinyinMatches(at(slot), q) ? TIERS.partialName : TIERS.scattered;
    else if (field === TITLE) tier = TIERS.title;
    else if (field === TAGS) tier = q.length >= 2 || compacted(slot) === q ? TIERS.title : TIERS.scattered;
    else if (field === BODY) tier = TIERS.phrase;
    if (tier < best) best = tier;
  }
  return best;
}

/** A key already in `compact` form: letters and digits only. */
const PLAIN = /^[\p{L}\p{N}]+$/u;

/**
 * Splits the index. Documents get positions in the order of their type (`RESULT_TYPES`), then URL, so within a
 * group of results a position is the tie-breaker `compareHits` uses. Every key of every searched value
 * (`shardKeys.ts`) gets an entry: how many documents hold it, and per type of document its documents in the
 * order a one-term query for the key ranks them (tier, Fuse's score, position), as runs of one tier and score;
 * the first `HEAD` of each type in the entry, all of them in a file of their own when there are more. Entries go
 * into a power-of-two number of bucket files by the key's hash; documents, with their text, into document files
 * of a few consecutive positions. The same documents give the same bytes.
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
  const base = { version: 3 as const, strategy: payload.strategy, dictionary: payload.dictionary, total: docs.length, keys: payload.index.keys };
  const size = records.reduce((sum, record) => sum + JSON.stringify(record).length * 2 + JSON.stringify(payload.docs[record.i]).length, 0);
  if (size < wholeBelow) {
    const chunk: ShardChunk = { docs: records.map((r) => payload.docs[r.i]!), records };
    return { manifest: { ...base, whole: add(JSON.stringify(chunk)) }, files };
  }

  const typeOf = docs.map((d) => RESULT_TYPES.indexOf(d.type));
  const order = docs.map((_, i) => i).sort((a, b) => typeOf[a]! - typeOf[b]! || (docs[a]!.url < docs[b]!.url ? -1 : docs[a]!.url > docs[b]!.url ? 1 : a - b));
  const values = records.map(recordValues);

  // Document files: per type, `DOCS_PER_FILE` consecutive positions.
  const blocks: DocBlock[] = [];
  const docNames: string[] = [];
  for (let id = 0; id < order.length;) {
    const type = typeOf[order[id]!]!;
    const per = DOCS_PER_FILE[RESULT_TYPES[type]!];
    blocks.push([type, id, per, docNames.length]);
    while (id < order.length && typeOf[order[id]!] === type) {
      const entries: DocEntry[] = [];
      for (let k = 0; k < per && id < order.length && typeOf[order[id]!] === type; k++, id++) {
        const { type: t, url, meta, title, names, pinyin, tags, body } = docs[order[id]!]!;
        entries.push({ type: t, url, meta, title, names, pinyin, tags, body });
      }
      docNames.push(JSON.stringify(entries));
    }
  }

  // Key → flat list of (position, class), positions ascending; a class is a (tier, Fuse score) pair.
  const vocab = vocabulary(
    values.flatMap((fields) => [NAMES, TITLE, TAGS, BODY].flatMap((f) => fields[f]!.map((x) => x.v.toLowerCase()))),
    payload.dictionary,
  );
  // Fuse divides each key's weight by their sum when it builds a searcher.
  const weightSum = payload.index.keys.reduce((sum, k) => sum + k.weight, 0);
  const weights = payload.index.keys.map((k) => k.weight / weightSum);
  const classes: [tier: number, score: number][] = [];
  const classIds = new Map<number, number[]>();
  const postings = new Map<string, number[]>();
  order.forEach((ref, id) => {
    const fields = values[ref]!;
    const slots = new Map<string, number[]>();
    const lower: string[][] = fields.map((vs) => vs.map((x) => x.v.toLowerCase()));
    const compactValues = new Map<number, string>();
    const compacted = (slot: number): string => {
      let text = compactValues.get(slot);
      if (text === undefined) compactValues.set(slot, (text = compact(fields[slot >> 10]![slot & 1023]!.v)));
      return text;
    };
    let slot = 0;
    const addKey = (key: string): void => {
      const list = slots.get(key);
      if (!list) slots.set(key, [slot]);
      else if (list.at(-1) !== slot) list.push(slot);
    };
    for (let f = 0; f < fields.length; f++) {
      for (let j = 0; j < fields[f]!.length; j++) {
        slot = (f << 10) | Math.min(j, 1023);
        forEachKey(lower[f]![j]!, vocab, addKey);
      }
    }
    for (const [key, list] of slots) {
      // Fuse's score for the key as a one-term query: every value printing it, in Fuse's order.
      let score = 1;
      for (const s of list) {
        const f = s >> 10;
        const bitap = lower[f]![s & 1023] === key ? Number.EPSILON : 0.001;
        score *= Math.pow(bitap, weights[f]! * fields[f]![s & 1023]!.n);
      }
      const tier = keyTier(key, list, fields, compacted);
      let byTier = classIds.get(score);
      if (!byTier) classIds.set(score, (byTier = []));
      let cls = byTier[tier];
      if (cls === undefined) {
        byTier[tier] = cls = classes.length;
        classes.push([tier, score]);
      }
      const posting = postings.get(key);
      if (posting) posting.push(id, cls);
      else postings.set(key, [id, cls]);
    }
  });

  const typeAt: number[] = order.map((ref) => typeOf[ref]!);
  const encodeGroups = (flat: readonly number[], limit: number): { groups: PostGroup[]; truncated: boolean } => {
    const n = flat.length / 2;
    const final = new Map<number, number>();
    const byType = new Map<number, { id: number; cls: number }[]>();
    for (let k = 0; k < flat.length; k += 2) {
      const id = flat[k]!;
      const cls = flat[k + 1]!;
      if (!final.has(cls)) final.set(cls, singleTermScore(classes[cls]![1], n, docs.length));
      const type = typeAt[id]!;
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push({ id, cls });
    }
    let truncated = false;
    const groups: PostGroup[] = [...byType.entries()].map(([type, list]) => {
      list.sort((a, b) => classes[a.cls]![0] - classes[b.cls]![0] || final.get(a.cls)! - final.get(b.cls)! || a.id - b.id);
      const shown = list.slice(0, limit);
      if (shown.length < list.length) truncated = true;
      const runs: PostGroup[2] = [];
      let run: number[] = [];
      let runCls = -1;
      const flush = (): void => {
        if (run.length > 0) runs.push([classes[runCls]![0], classes[runCls]![1], encodeList(run)]);
      };
      for (const { id, cls } of shown) {
        if (cls !== runCls || (run.length > 0 && id < run.at(-1)!)) {
          flush();
          run = [];
          runCls = cls;
        }
        run.push(id);
      }
      flush();
      return [type, list.length, runs];
    });
    return { groups, truncated };
  };

  const entries: [string, string][] = [];
  for (const [key, flat] of postings) {
    const n = flat.length / 2;
    const head = encodeGroups(flat, HEAD);
    const posting: Posting = { n, g: head.groups };
    let text = JSON.stringify(posting);
    if (head.truncated || text.length > INLINE_BYTES) {
      posting.m = add(JSON.stringify(encodeGroups(flat, Infinity).groups));
      text = JSON.stringify(posting);
    }
    entries.push([key, text]);
  }
  const totalBytes = entries.reduce((sum, [k, v]) => sum + k.length * 3 + v.length + 4, 0);
  let bucketCount = 1;
  while (bucketCount * BUCKET_BYTES < totalBytes) bucketCount *= 2;
  const buckets: [string, string][][] = Array.from({ length: bucketCount }, () => []);
  for (const entry of entries) buckets[keyHash(entry[0]) & (bucketCount - 1)]!.push(entry);
  const bucketTexts = buckets.map(
    (list) =>
      `{${list
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${JSON.stringify(k)}:${v}`)
        .join(',')}}`,
  );

  // Bucket and document files are many; they are named by the hash of all of them and their number, so the
  // manifest stays small and a changed file renames the set.
  const setName = (texts: readonly string[]): string => hashName(texts.join('\n'));
  const bucketSet = setName(bucketTexts);
  bucketTexts.forEach((text, i) => files.set(`${bucketSet}-b${i}.json`, text));
  const docSet = setName(docNames);
  docNames.forEach((text, i) => files.set(`${docSet}-d${i}.json`, text));

  return {
    manifest: { ...base, buckets: { set: bucketSet, count: bucketCount }, docs: { set: docSet, blocks } },
    files,
  };
}

/** The sharded index of a whole site, from its collections. */
export function buildSiteShards(source: SearchSource, strategy: StrategyName = SHIPPED_STRATEGY): ShardedIndex {
  return buildShards(buildSearchDocs(source), strategy);
}
