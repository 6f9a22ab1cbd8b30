/**
 * A key's documents as typed arrays, and the work a query of several terms does over them: scoring the documents
 * that hold the terms (as `scoreTerms` does, to the last bit) and picking the first hits of a group without sorting
 * all of them. At 10,000 stories a frequent word's list holds tens of thousands of documents; Maps and objects
 * per document cost more than the fetch of the list, arrays indexed by position do not. Runs in the browser.
 */
import { termIdf } from './engine.ts';
import { forEachListed } from './shardKeys.ts';

/** A key's documents, ascending by position, with each one's tier (`rank.ts`) and Fuse score for the key. */
export interface KeyList {
  ids: Int32Array;
  tiers: Uint8Array;
  scores: Float64Array;
}

/**
 * The documents of runs of `[tier, score, ids]` (`Run`, in any order) as one list sorted by position; `total` is
 * the number of documents in the index. A long list is put in order by position directly, a short one sorted.
 */
export function listOfRuns(runs: readonly (readonly [number, number, string])[], total: number): KeyList {
  // One number more than commas in each list.
  let n = 0;
  for (const [, , text] of runs) {
    if (text === '') continue;
    n += 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) n += 1;
  }
  const runOf = new Int32Array(total).fill(-1);
  const listed = new Int32Array(n);
  let k = 0;
  runs.forEach(([, , text], r) =>
    forEachListed(text, (id) => {
      runOf[id] = r;
      listed[k++] = id;
    }),
  );
  // Short: sort the few positions; long: read them off in order.
  let ids: Int32Array;
  if (n * 32 < total) ids = listed.sort();
  else {
    ids = new Int32Array(n);
    for (let id = 0, at = 0; id < total; id++) if (runOf[id]! >= 0) ids[at++] = id;
  }
  const tiers = new Uint8Array(n);
  const scores = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const run = runs[runOf[ids[i]!]!]!;
    tiers[i] = run[0];
    scores[i] = run[1];
  }
  return { ids, tiers, scores };
}

/** A list from a map of position → Fuse score (a term looked for with Fuse), every tier 0. */
export function listOfScores(found: ReadonlyMap<number, number>): KeyList {
  const ids = Int32Array.from(found.keys()).sort();
  return { ids, tiers: new Uint8Array(ids.length), scores: Float64Array.from(ids, (id) => found.get(id)!) };
}

/** Documents holding some of a query's terms, ascending by position, with their combined score. */
export interface Scored {
  ids: Int32Array;
  scores: Float64Array;
  /** How many terms the documents hold: all of them, or (no document holding all) the most any holds. */
  most: number;
  /** Which of the terms those documents hold, by index. */
  held: boolean[];
}

/**
 * The documents holding the most terms (all of them when any does), scored as `scoreTerms` scores them: each
 * term's Fuse score weighted by its inverse document frequency over `total` documents, summed in term order.
 */
export function scoreLists(lists: readonly KeyList[], total: number): Scored {
  const idfs = lists.map((l) => termIdf(l.ids.length, total));
  const totalIdf = idfs.reduce((sum, idf) => sum + idf, 0);
  const sum = new Float64Array(total);
  const count = new Uint8Array(total);
  let most = 0;
  // Each document's sum in term order, as `scoreTerms` adds it (the same floating-point steps, the same bits).
  for (let t = 0; t < lists.length; t++) {
    const { ids, scores } = lists[t]!;
    const idf = idfs[t]!;
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k]!;
      sum[id]! += idf * (1 - scores[k]!);
      const termsHeld = (count[id]! += 1);
      if (termsHeld > most) most = termsHeld;
    }
  }
  const held = lists.map(({ ids }) => {
    for (let k = 0; k < ids.length; k++) if (count[ids[k]!] === most) return true;
    return false;
  });
  // Read off in position order: a pass over every position costs less than collecting and sorting the hits.
  let n = 0;
  if (most > 0) for (let id = 0; id < total; id++) if (count[id] === most) n++;
  const ids = new Int32Array(n);
  const scores = new Float64Array(n);
  for (let id = 0, at = 0; at < n; id++) {
    if (count[id] !== most) continue;
    ids[at] = id;
    scores[at++] = Math.max(0.001, 1 - sum[id]! / totalIdf);
  }
  return { ids, scores, most, held };
}

/**
 * The `k` first of the positions `from` to `to` (exclusive) of a ranking, in order; `before(a, b)` is negative
 * when `a` ranks first. Keeps a sorted list of `k`, so it costs a pass over the candidates, not a sort of them.
 */
export function firstOf(from: number, to: number, k: number, before: (a: number, b: number) => number): number[] {
  if (k * 8 > to - from) {
    const all = Array.from({ length: to - from }, (_, i) => from + i);
    return all.sort(before).slice(0, k);
  }
  const top: number[] = [];
  for (let i = from; i < to; i++) {
    if (top.length === k && before(i, top[k - 1]!) >= 0) continue;
    let at = top.length;
    while (at > 0 && before(i, top[at - 1]!) < 0) at--;
    top.splice(at, 0, i);
    if (top.length > k) top.pop();
  }
  return top;
}
