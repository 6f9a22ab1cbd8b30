/**
 * The browser half of the sharded index (`buildShards`; the keys are in `shardKeys.ts`). A query fetches the
 * manifest once, the bucket files of its terms' keys, and the documents of only the hits it shows:
 * - a one-term query whose term is a key reads its answer off the key's entry — the count, and for each group
 *   the first hits in the order the whole-index search ranks them (precomputed at build time) — and fetches
 *   the ten documents of each group it shows; more are fetched when the reader pages on (`more`);
 * - a query of several terms intersects the terms' lists (with each document's Fuse score for each term) and
 *   scores the documents holding them all as `scoreTerms` does (or, when none does, those holding the most);
 *   where the query as typed is not itself a key, whether a document prints it (its tier) is checked on the
 *   documents of the first hits only, fetched and ranked again until the first hits of every group are certain;
 * - a term that is not a key (`termKeys`) is looked for with Fuse over the documents of the keys it needs.
 * A small site (`WHOLE_BELOW_BYTES`) is one file of every document, searched with Fuse as the whole index is.
 * The answer is the whole-index answer: `tests/unit/searchShards.test.ts` compares them.
 */
import Fuse from 'fuse.js/basic';
import { FUSE_OPTIONS, recordText, singleTermScore, type IndexRecord, type SearchPayload } from './engine.ts';
import { compact, normalizeQuery } from './normalize.ts';
import { compactText, TIERS, tierOf, type HitGroup, type RankedHit } from './rank.ts';
import { answer, corpusOf, fuseOver, pickMatches, printsWhole, showHit, termsOf, type QueryFolder, type SearchAnswer, type ShownHit } from './search.ts';
import { decodeList, EXACT_MAX, isExactKey, keyHash, termKeys } from './shardKeys.ts';
import type { StrategyName } from './tokenize.ts';
import { GROUP_LABELS, RESULT_TYPES, type DocHead, type DocText, type SearchDoc } from './types.ts';

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

const HAN = /\p{Script=Han}/u;

/** A searcher over the sharded index; `loadFold` gives the traditional→simplified folder, asked for only when a query holds Chinese. */
export function createShardedSearcher(manifest: ShardManifest, load: FileLoader, loadFold: () => Promise<QueryFolder>): ShardedSearcher {
  const files = new Map<string, Promise<unknown>>();
  const file = <T>(name: string): Promise<T> => {
    let pending = files.get(name);
    if (!pending) {
      pending = load(`${name}.json`);
      // A failed fetch may be retried by the next query.
      pending.catch(() => files.delete(name));
      files.set(name, pending);
    }
    return pending as Promise<T>;
  };
  const fold = async (raw: string): Promise<string> => {
    const query = normalizeQuery(raw);
    return HAN.test(query) ? (await loadFold())(query) : query;
  };
  return manifest.whole !== undefined ? wholeSearcher(manifest, manifest.whole, file, fold) : keyedSearcher(manifest, file, fold);
}

type Files = <T>(name: string) => Promise<T>;

/** A small index: one file, Fuse over all of it. */
function wholeSearcher(manifest: ShardManifest, whole: string, file: Files, fold: (raw: string) => Promise<string>): ShardedSearcher {
  const heads: DocHead[] = [];
  const texts: DocText[] = [];
  let records: IndexRecord[] | null = null;
  const compacted = new Map<number, DocText>();
  return {
    async search(raw) {
      const query = await fold(raw);
      const terms = termsOf(query, manifest.strategy, manifest.dictionary);
      if (terms.length > 0 && !records) {
        const loaded = await file<ShardChunk>(whole);
        loaded.records.forEach((record, k) => {
          heads[record.i] = loaded.docs[k]!;
          texts[record.i] = recordText(record);
        });
        records = loaded.records;
      }
      const fuse = fuseOver(heads, manifest.keys, records ?? []);
      return answer(corpusOf(manifest.strategy, manifest.dictionary, manifest.total, heads, texts, fuse), query, compacted);
    },
    more: async () => {},
    show: (hit, found) => showHit({ head: (ref) => heads[ref]!, text: (ref) => texts[ref]! }, hit, found),
  };
}

/** Orders hits as `compareHits` does, the position standing in for the URL (positions follow URLs within a type). */
const byRank = (a: RankedHit, b: RankedHit): number =>
  a.tier - b.tier || a.score - b.score || RESULT_TYPES.indexOf(a.type) - RESULT_TYPES.indexOf(b.type) || a.ref - b.ref;

/** What an answer still needs when the reader pages on. */
interface Pending {
  /** Makes the first `upTo` hits of a group ranked for certain. */
  rank(group: HitGroup, upTo: number): Promise<void>;
}

/** A large index: keys, ranked entries, documents fetched for the hits shown. */
function keyedSearcher(manifest: ShardManifest, file: Files, fold: (raw: string) => Promise<string>): ShardedSearcher {
  const buckets = manifest.buckets!;
  const blocks = manifest.docs!.blocks;
  const docs = new Map<number, DocEntry>();
  const compacted = new Map<number, DocText>();
  const pending = new WeakMap<SearchAnswer, Pending>();

  const posting = async (key: string): Promise<Posting | undefined> => {
    const bucket = await file<Record<string, Posting>>(`${buckets.set}-b${keyHash(key) & (buckets.count - 1)}`);
    return Object.hasOwn(bucket, key) ? bucket[key] : undefined;
  };
  const fullGroups = async (p: Posting | undefined): Promise<PostGroup[]> => (p === undefined ? [] : p.m === undefined ? p.g : file<PostGroup[]>(p.m));
  /** Every document of a key's groups: position → [tier, Fuse score]. */
  const allOf = async (p: Posting | undefined): Promise<Map<number, [number, number]>> => {
    const all = new Map<number, [number, number]>();
    for (const [, , runs] of await fullGroups(p)) for (const [tier, score, ids] of runs) for (const id of decodeList(ids)) all.set(id, [tier, score]);
    return all;
  };

  const fileOf = (id: number): number => {
    let block = blocks[0]!;
    for (const b of blocks) if (b[1] <= id) block = b;
    return block[3] + Math.floor((id - block[1]) / block[2]);
  };
  const loadDocs = async (ids: Iterable<number>): Promise<void> => {
    const needed = new Map<number, number[]>();
    for (const id of ids) {
      if (docs.has(id)) continue;
      const f = fileOf(id);
      const list = needed.get(f);
      if (list) list.push(id);
      else needed.set(f, [id]);
    }
    await Promise.all(
      [...needed.keys()].map(async (f) => {
        const entries = await file<DocEntry[]>(`${manifest.docs!.set}-d${f}`);
        const block = [...blocks].reverse().find((b) => b[3] <= f)!;
        const first = block[1] + (f - block[3]) * block[2];
        entries.forEach((entry, k) => docs.set(first + k, entry));
      }),
    );
  };
  const textOf = (id: number): DocText => docs.get(id)!;
  const compactOf = (id: number): DocText => {
    let text = compacted.get(id);
    if (!text) compacted.set(id, (text = compactText(textOf(id))));
    return text;
  };
  /** Documents under every key of one of the groups (positions only). */
  const underKeys = async (anyOf: readonly string[][]): Promise<Set<number>> => {
    const found = new Set<number>();
    for (const keys of anyOf) {
      let set: Set<number> | null = null;
      for (const key of keys) {
        const ids = [...(await allOf(await posting(key))).keys()];
        set = set === null ? new Set(ids) : new Set(ids.filter((id) => set!.has(id)));
        if (set.size === 0) break;
      }
      for (const id of set ?? []) found.add(id);
    }
    return found;
  };
  /** A term that is not a key: Fuse over the documents of the keys every page holding it has. */
  const fuseScores = async (term: string): Promise<Map<number, number>> => {
    const candidates = [...(await underKeys(termKeys(term).anyOf))];
    await loadDocs(candidates);
    const fuse = new Fuse(
      candidates.map((id) => docs.get(id)!),
      FUSE_OPTIONS as ConstructorParameters<typeof Fuse<DocEntry>>[1],
    );
    const found = fuse.search(term).filter((r) => !HAN.test(term) || printsWhole(textOf(candidates[r.refIndex]!), term));
    return new Map(found.map((r) => [candidates[r.refIndex]!, r.score ?? 1]));
  };

  /** Fills the URL of the first `upTo` hits of each group, fetching their documents. */
  const ready = async (groups: readonly HitGroup[], upTo: (g: HitGroup) => number): Promise<void> => {
    const shown = groups.flatMap((g) => g.hits.slice(0, upTo(g)));
    await loadDocs(shown.map((h) => h.ref));
    for (const hit of shown) hit.url = docs.get(hit.ref)!.url;
  };
  const ordered = (groups: HitGroup[]): HitGroup[] => groups.filter((g) => g.count > 0).sort((a, b) => byRank(a.hits[0]!, b.hits[0]!));

  /** A one-term query for a key: the answer is in the key's entry. */
  const fromEntry = async (query: string, terms: string[], p: Posting): Promise<SearchAnswer> => {
    const hitsOf = (g: PostGroup): RankedHit[] => {
      const type = RESULT_TYPES[g[0]]!;
      return g[2].flatMap(([tier, score, ids]) => {
        const final = singleTermScore(score, p.n, manifest.total);
        return decodeList(ids).map((ref) => ({ ref, type, tier, score: final, url: '' }));
      });
    };
    const groups = p.g.map((g): HitGroup => ({ type: RESULT_TYPES[g[0]]!, label: GROUP_LABELS[RESULT_TYPES[g[0]]!], hits: hitsOf(g), count: g[1] }));
    await ready(groups, () => SHOWN);
    const found: SearchAnswer = { query, terms, total: p.n, groups: ordered(groups), partial: false, matched: terms };
    pending.set(found, {
      async rank(group, upTo) {
        if (group.hits.length < Math.min(upTo, group.count)) {
          const all = (await fullGroups(p)).find((g) => RESULT_TYPES[g[0]] === group.type);
          if (all) group.hits = hitsOf(all);
        }
      },
    });
    return found;
  };

  /** Any other query: the terms' lists intersected and scored, the tiers of the first hits checked. */
  const fromLists = async (query: string, terms: string[], entries: (Posting | undefined)[]): Promise<SearchAnswer> => {
    const perTerm = await Promise.all(
      terms.map(async (term, i) => {
        const p = entries[i];
        if (!isExactKey(term, p !== undefined)) return { term, scores: await fuseScores(term) };
        const all = await allOf(p);
        return { term, scores: new Map([...all].map(([id, [, score]]) => [id, score])) };
      }),
    );
    const { matches, partial, matched } = pickMatches(terms, perTerm, manifest.total);
    const q = compact(partial ? matched.join('') : query);
    // The tier of each hit: certain from the entry of `q` where it is a key; otherwise a bound from the pairs
    // of `q`, checked on the documents of the hits that come first.
    const certain = new Set<number>();
    const tiers = new Map<number, number>();
    const qEntry = [...q].length <= EXACT_MAX && q !== '' ? await posting(q) : undefined;
    if (q === '' || isExactKey(q, qEntry !== undefined)) {
      const all = await allOf(qEntry);
      for (const m of matches) {
        tiers.set(m.ref, all.get(m.ref)?.[0] ?? TIERS.scattered);
        certain.add(m.ref);
      }
    } else {
      const chars = [...q];
      const pairKeys = chars.length === 1 ? chars : chars.slice(1).map((ch, i) => chars[i]! + ch);
      const pairTiers = await Promise.all(pairKeys.map(async (k) => allOf(await posting(k))));
      for (const m of matches) {
        const held = pairTiers.map((all) => all.get(m.ref)?.[0]);
        if (held.some((t) => t === undefined)) {
          tiers.set(m.ref, TIERS.scattered);
          certain.add(m.ref);
        } else {
          // Printed in a name or title only if every pair is there; a pair only inside a pinyin key ranks as scattered.
          const strong = held.every((t) => t! <= TIERS.title) || held.some((t) => t === TIERS.scattered);
          tiers.set(m.ref, strong ? TIERS.exactName : TIERS.phrase);
        }
      }
    }
    const byType = new Map<HitGroup['type'], HitGroup>();
    for (const m of matches) {
      const type = textType(m.ref);
      let group = byType.get(type);
      if (!group) byType.set(type, (group = { type, label: GROUP_LABELS[type], hits: [], count: 0 }));
      group.hits.push({ ref: m.ref, type, tier: tiers.get(m.ref)!, score: m.score, url: '' });
      group.count += 1;
    }
    const rank = async (group: HitGroup, upTo: number): Promise<void> => {
      for (;;) {
        group.hits.sort(byRank);
        const unsure = group.hits.slice(0, upTo).filter((h) => !certain.has(h.ref));
        if (unsure.length === 0) return;
        await loadDocs(unsure.map((h) => h.ref));
        for (const hit of unsure) {
          hit.tier = tierOf(q, compactOf(hit.ref));
          certain.add(hit.ref);
        }
      }
    };
    const groups = [...byType.values()];
    await Promise.all(groups.map((g) => rank(g, SHOWN)));
    await ready(groups, () => SHOWN);
    const found: SearchAnswer = { query, terms, total: matches.length, groups: ordered(groups), partial, matched };
    pending.set(found, { rank });
    return found;
  };

  const typeStarts = blocks.map((b) => [b[1], b[0]] as const);
  const textType = (id: number): HitGroup['type'] => {
    let type = typeStarts[0]![1];
    for (const [first, t] of typeStarts) if (first <= id) type = t;
    return RESULT_TYPES[type]!;
  };

  return {
    async search(raw) {
      const query = await fold(raw);
      const terms = termsOf(query, manifest.strategy, manifest.dictionary);
      if (terms.length === 0) return { query, terms, total: 0, groups: [], partial: false, matched: [] };
      const entries = await Promise.all(terms.map((t) => ([...t].length <= EXACT_MAX ? posting(t) : Promise.resolve(undefined))));
      const only = terms[0]!;
      if (terms.length === 1 && isExactKey(only, entries[0] !== undefined) && compact(only) === compact(query)) {
        const p = entries[0];
        if (!p) return { query, terms, total: 0, groups: [], partial: false, matched: terms };
        return fromEntry(query, terms, p);
      }
      return fromLists(query, terms, entries);
    },
    async more(found, type, upTo) {
      const group = found.groups.find((g) => g.type === type);
      if (!group) return;
      await pending.get(found)?.rank(group, upTo);
      await ready([group], () => upTo);
    },
    show: (hit, found) => showHit({ head: (ref) => docs.get(ref)!, text: textOf }, hit, found),
  };
}
