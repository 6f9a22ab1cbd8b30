/**
 * Ranking on top of Fuse's score: a page named exactly what the reader typed comes first (`历下区` → the
 * district, `李洪伟` → the person, `lxq` → 历下区), then pages whose name contains it, then pages that print
 * the words together, then pages that merely contain them all. Results are grouped by type, the group of
 * the best result first.
 */
import { compact } from './normalize.ts';
import { GROUP_LABELS, RESULT_TYPES, type DocText, type ResultType } from './types.ts';

/** How well a page matches, best first. */
export const TIERS = {
  /** The query is the page's name, an alias, or its pinyin in full or initials. */
  exactName: 0,
  /** A name contains the query, or a pinyin key matches it (`pinyinMatches`). */
  partialName: 1,
  /** The title prints the query as typed, or a linked place/person/programme's name or a person's post holds it. */
  title: 2,
  /** The text prints the query as typed. */
  phrase: 3,
  /** Every word is somewhere in the page, not together. */
  scattered: 4,
} as const;

/** Whether a pinyin key matches a compacted query: from its start, or anywhere for three letters or more (`lixia` in `xunmeilixia`). */
export function pinyinMatches(key: string, q: string): boolean {
  return q.length >= 3 ? key.includes(q) : key.startsWith(q);
}

/** A page's searched text in `compact` form, as `tierOf` compares it. */
export function compactText(text: DocText): DocText {
  return { title: compact(text.title), names: text.names.map(compact), pinyin: text.pinyin, tags: text.tags.map(compact), body: compact(text.body) };
}

/** The tier (see `TIERS`) of a page, given the compacted query and the page's `compactText`. */
export function tierOf(q: string, text: DocText): number {
  if (q === '') return TIERS.scattered;
  if (text.names.includes(q) || text.pinyin.includes(q)) return TIERS.exactName;
  if (text.names.some((n) => n.includes(q)) || text.pinyin.some((p) => pinyinMatches(p, q))) return TIERS.partialName;
  // A linked name or a person's post holding a word of two characters or more: `书记` → the people holding the post.
  if (text.title.includes(q) || text.tags.includes(q) || (q.length >= 2 && text.tags.some((t) => t.includes(q)))) return TIERS.title;
  if (text.body.includes(q)) return TIERS.phrase;
  return TIERS.scattered;
}

/** The tier of a page for a query (see `TIERS`). */
export function matchTier(query: string, text: DocText): number {
  return tierOf(compact(query), compactText(text));
}

/** A matched page, ranked. */
export interface RankedHit {
  /** Position of the document in the payload. */
  ref: number;
  /** Kind of page. */
  type: ResultType;
  /** See `TIERS`. */
  tier: number;
  /** Fuse's score: 0 perfect, 1 no match. */
  score: number;
  /** Link of the page, the last tie-breaker so the order is stable. */
  url: string;
}

const typeOrder = (type: ResultType): number => RESULT_TYPES.indexOf(type);

/** Orders hits: tier, then Fuse's score, then the fixed order of types, then URL. */
export function compareHits(a: RankedHit, b: RankedHit): number {
  return a.tier - b.tier || a.score - b.score || typeOrder(a.type) - typeOrder(b.type) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
}

/** Hits of one type, best first. */
export interface HitGroup<H extends RankedHit = RankedHit> {
  /** Kind of page. */
  type: ResultType;
  /** Heading: 文章, 地区, 人物, 项目与行动, 数据. */
  label: string;
  /** Ranked hits: all of them, or (from the sharded index) the first ones, more loaded as the reader pages on. */
  hits: H[];
  /** Number of hits in the group. */
  count: number;
}

/** Sorts hits and groups them by type; a group's place is that of its best hit. */
export function groupHits<H extends RankedHit>(hits: readonly H[]): HitGroup<H>[] {
  const groups = new Map<ResultType, HitGroup<H>>();
  for (const hit of [...hits].sort(compareHits)) {
    let group = groups.get(hit.type);
    if (!group) {
      group = { type: hit.type, label: GROUP_LABELS[hit.type], hits: [], count: 0 };
      groups.set(hit.type, group);
    }
    group.hits.push(hit);
    group.count += 1;
  }
  return [...groups.values()];
}
