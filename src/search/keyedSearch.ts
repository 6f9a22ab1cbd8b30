/**
 * Search over a large sharded index (`buildShards`; the keys are in `shardKeys.ts`). A query fetches the bucket
 * files of its terms' keys, and the documents of only the hits it shows:
 * - a one-term query whose term is a key reads its answer off the key's entry — the count, and for each group
 *   the first hits in the order the whole-index search ranks them (precomputed at build time) — and fetches
 *   the ten documents of each group it shows; more are fetched when the reader pages on (`more`);
 * - a query of several terms intersects the terms' lists (`keyLists.ts`: each document's Fuse score for each
 *   term) and scores the documents holding them all as `scoreTerms` does (or, when none does, those holding the
 *   most); where the query as typed is not itself a key, whether a document prints it (its tier) is checked on
 *   the documents of the first hits only, fetched and ranked again until the first hits of every group are certain;
 * - a term that is not a key (`termKeys`) is looked for with Fuse over the documents of the keys it needs.
 * Every list a query needs is asked for at once, so a query costs about three round trips: bucket, list, documents.
 */
import Fuse from 'fuse.js/basic';
import { FUSE_OPTIONS, singleTermScore } from './engine.ts';
import { firstOf, listOfRuns, listOfScores, scoreLists, type KeyList } from './keyLists.ts';
import { compact } from './normalize.ts';
import { compactText, TIERS, tierOf, type HitGroup, type RankedHit } from './rank.ts';
import { printsWhole, showHit, termsOf, type SearchAnswer } from './search.ts';
import { SHOWN, type DocEntry, type Files, type PostGroup, type Posting, type ShardedSearcher, type ShardManifest } from './shardFormat.ts';
import { decodeList, EXACT_MAX, isExactKey, keyHash, termKeys } from './shardKeys.ts';
import { GROUP_LABELS, RESULT_TYPES, type DocText } from './types.ts';

const HAN = /\p{Script=Han}/u;

/** Decoded lists kept for the next queries. */
const KEPT_LISTS = 64;

/** Orders hits as `compareHits` does, the position standing in for the URL (positions follow URLs within a type). */
const byRank = (a: RankedHit, b: RankedHit): number =>
  a.tier - b.tier || a.score - b.score || RESULT_TYPES.indexOf(a.type) - RESULT_TYPES.indexOf(b.type) || a.ref - b.ref;

/** What an answer still needs when the reader pages on. */
interface Pending {
  /** Makes the first `upTo` hits of a group ranked for certain. */
  rank(group: HitGroup, upTo: number): Promise<void>;
}

/** A large index: keys, ranked entries, documents fetched for the hits shown. */
export function keyedSearcher(manifest: ShardManifest, file: Files, fold: (raw: string) => Promise<string>): ShardedSearcher {
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
  const lists = new Map<string, Promise<KeyList>>();
  /** Every document under a key, kept for the next query (a reader typing on asks for the same keys again). */
  const listOf = (key: string): Promise<KeyList> => {
    let list = lists.get(key);
    if (!list) {
      list = posting(key).then(async (p) =>
        listOfRuns(
          (await fullGroups(p)).flatMap((g) => g[2]),
          manifest.total,
        ),
      );
      list.catch(() => lists.delete(key));
      lists.set(key, list);
      // The oldest go first: a frequent word's list is a few hundred kB in memory.
      if (lists.size > KEPT_LISTS) lists.delete(lists.keys().next().value!);
    }
    return list;
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
    for (const keyLists of await Promise.all(anyOf.map((keys) => Promise.all(keys.map(listOf))))) {
      let set: Set<number> | null = null;
      for (const { ids } of keyLists) {
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

  /** The lists giving the tiers of a query's hits: the query's own where it is a key, else its pairs'. */
  const tiersFor = async (q: string): Promise<KeyList[] | KeyList> => {
    const qEntry = [...q].length <= EXACT_MAX && q !== '' ? await posting(q) : undefined;
    if (q === '' || isExactKey(q, qEntry !== undefined)) return listOf(q);
    const chars = [...q];
    return Promise.all((chars.length === 1 ? chars : chars.slice(1).map((ch, i) => chars[i]! + ch)).map(listOf));
  };

  /** Any other query: the terms' lists intersected and scored, the tiers of the first hits checked. */
  const fromLists = async (query: string, terms: string[], entries: (Posting | undefined)[], early: Promise<KeyList[] | KeyList>): Promise<SearchAnswer> => {
    const whole = compact(query);
    const lists = await Promise.all(
      terms.map(async (term, i) => (isExactKey(term, entries[i] !== undefined) ? listOf(term) : listOfScores(await fuseScores(term)))),
    );
    const scored = scoreLists(lists, manifest.total);
    const partial = scored.most > 0 && scored.most < terms.length;
    const matched = partial ? terms.filter((_, t) => scored.held[t]) : terms;
    const ids = scored.ids;
    const q = compact(partial ? matched.join('') : query);
    const source = await (q === whole ? early : tiersFor(q));
    // The tier of each hit: certain from the list of `q` where it is a key; otherwise a bound from the lists of
    // its pairs, checked on the documents of the hits that come first.
    const tiers = new Uint8Array(ids.length);
    const certain = new Uint8Array(ids.length);
    const at = new Int32Array(manifest.total).fill(-1);
    ids.forEach((id, m) => (at[id] = m));
    if (!Array.isArray(source)) {
      tiers.fill(TIERS.scattered);
      certain.fill(1);
      source.ids.forEach((id, k) => at[id]! >= 0 && (tiers[at[id]!] = source.tiers[k]!));
    } else {
      const held = new Uint8Array(ids.length);
      const notTitle = new Uint8Array(ids.length);
      const scattered = new Uint8Array(ids.length);
      for (const pair of source)
        pair.ids.forEach((id, k) => {
          const m = at[id]!;
          if (m < 0) return;
          held[m]! += 1;
          if (pair.tiers[k]! > TIERS.title) notTitle[m] = 1;
          if (pair.tiers[k] === TIERS.scattered) scattered[m] = 1;
        });
      for (let m = 0; m < ids.length; m++) {
        // Printed in a name or title only if every pair is there; a pair only inside a pinyin key ranks as scattered.
        if (held[m]! < source.length) certain[m] = 1;
        tiers[m] = held[m]! < source.length ? TIERS.scattered : !notTitle[m] || scattered[m] ? TIERS.exactName : TIERS.phrase;
      }
    }
    const before = (a: number, b: number): number => tiers[a]! - tiers[b]! || scored.scores[a]! - scored.scores[b]! || ids[a]! - ids[b]!;
    // Positions of one type are consecutive, so a group is a run of `ids`.
    const groups: HitGroup[] = [];
    const ranges = new Map<HitGroup, [number, number]>();
    for (let m = 0; m < ids.length;) {
      const type = textType(ids[m]!);
      let end = m;
      while (end < ids.length && textType(ids[end]!) === type) end++;
      const group: HitGroup = { type, label: GROUP_LABELS[type], hits: [], count: end - m };
      groups.push(group);
      ranges.set(group, [m, end]);
      m = end;
    }
    const rank = async (group: HitGroup, upTo: number): Promise<void> => {
      const [from, to] = ranges.get(group)!;
      for (;;) {
        const first = firstOf(from, to, upTo, before);
        const unsure = first.filter((m) => !certain[m]);
        if (unsure.length === 0) {
          group.hits = first.map((m) => ({ ref: ids[m]!, type: group.type, tier: tiers[m]!, score: scored.scores[m]!, url: docs.get(ids[m]!)?.url ?? '' }));
          return;
        }
        await loadDocs(unsure.map((m) => ids[m]!));
        for (const m of unsure) {
          tiers[m] = tierOf(q, compactOf(ids[m]!));
          certain[m] = 1;
        }
      }
    };
    await Promise.all(groups.map((g) => rank(g, SHOWN)));
    await ready(groups, () => SHOWN);
    const found: SearchAnswer = { query, terms, total: ids.length, groups: ordered(groups), partial, matched };
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
      const only = terms[0]!;
      const single = terms.length === 1 && compact(only) === compact(query);
      // A query of several terms needs the lists that give its tiers as well: asked for with the terms' own.
      const early = single ? null : tiersFor(compact(query));
      early?.catch(() => {});
      // Where the query as typed is a key, its entry's first hits are likely the first hits shown: their documents
      // are asked for with the lists, not after them.
      const whole = compact(query);
      if (!single && whole !== '' && [...whole].length <= EXACT_MAX)
        posting(whole)
          .then((p) => p && loadDocs(p.g.flatMap((g) => g[2].flatMap(([, , ids]) => decodeList(ids)).slice(0, SHOWN))))
          .catch(() => {});
      const entries = await Promise.all(terms.map((t) => ([...t].length <= EXACT_MAX ? posting(t) : Promise.resolve(undefined))));
      if (single && isExactKey(only, entries[0] !== undefined)) {
        const p = entries[0];
        if (!p) return { query, terms, total: 0, groups: [], partial: false, matched: terms };
        return fromEntry(query, terms, p);
      }
      return fromLists(query, terms, entries, early ?? tiersFor(compact(query)));
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
