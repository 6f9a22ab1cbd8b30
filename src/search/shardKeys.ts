/**
 * The keys the sharded index is split by, shared by the build (which files each document under the keys of
 * its text) and the browser (which asks for the keys of the query's terms). Runs in the browser.
 *
 * Why character pairs and not words. The query's terms are cut by the segmenter (with the names of places,
 * people and programmes as its dictionary), but a page's text is cut differently by the same segmenter
 * depending on the words around it (`冷链物流基地` may come out as one word in one sentence and three in
 * another), and Fuse matches a term anywhere inside a field, so a word key would miss pages. Instead every
 * searched field is filed under each character and each pair of adjacent characters it holds (letters, digits,
 * Chinese characters), lower-case. Then:
 * - a Chinese term (matched whole, `search.ts`) can only be on a page holding all its pairs: the candidates are
 *   the pages under every pair of the term (`济南市` → `济南` ∩ `南市`), a one-character term under the character;
 * - pinyin and other Latin terms are matched fuzzily, with up to `THRESHOLD` × length errors: with k errors
 *   allowed, one of k + 1 disjoint pairs of the term is intact on any page Fuse matches (an error breaks at most
 *   one of them), so the candidates are the union of the pages under those pairs (`lihongwi` → `li`, `ho`, …).
 *   Partial and prefix pinyin (`lixia` inside `lixiaqu`, `xunmeilixia`) are found the same way, because pairs
 *   are taken from anywhere in the pinyin keys, not only from their start;
 * - a term longer than Fuse's 32-character pattern limit matches when any of its 32-character pieces does
 *   (Fuse's own rule), so its candidates are the union over the pieces.
 * The candidates are a superset of what Fuse would find in the whole index; Fuse then runs over them and
 * decides, so the answer is the whole-index answer (`shards.test.ts` compares them).
 */
import { THRESHOLD } from './engine.ts';

/** Characters a query term can hold (`tokenize.ts`'s runs): letters, marks, digits, `_`, a decimal point. */
const TERM_CHAR = /[\p{L}\p{M}\p{N}_.]/u;
const HAN = /\p{Script=Han}/u;
/** Fuse's longest pattern; a longer one is searched in pieces. */
const MAX_PATTERN = 32;

/** Adds the keys of one searched value to `into`: each term character and each pair of adjacent term characters. */
export function addTextKeys(value: string, into: Set<string>): void {
  addKeys(value, into);
  // Also across punctuation, as a term may be typed without it (`新力量益满格` for `新力量·益满格`).
  addKeys(value.replace(/[^\p{L}\p{M}\p{N}_.]+/gu, ''), into);
}

function addKeys(value: string, into: Set<string>): void {
  const chars = [...value.toLowerCase()];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!TERM_CHAR.test(ch)) continue;
    into.add(ch);
    const next = chars[i + 1];
    if (next !== undefined && TERM_CHAR.test(next)) into.add(ch + next);
  }
}

/** How to find the candidates of one term: the pages under every key of one of the `anyOf` groups. */
export interface TermKeys {
  /** Alternatives; a page is a candidate when it is under all keys of at least one group. */
  anyOf: string[][];
}

const pairs = (chars: readonly string[]): string[] => (chars.length === 1 ? [chars[0]!] : chars.slice(1).map((ch, i) => chars[i]! + ch));

/** The key groups whose pages may hold `term` (lower-case, as `queryTerms` gives it). */
export function termKeys(term: string): TermKeys {
  const chars = [...term.toLowerCase()].filter((ch) => TERM_CHAR.test(ch));
  if (chars.length === 0) return { anyOf: [] };
  if (chars.length > MAX_PATTERN) {
    const pieces: string[][] = [];
    for (let at = 0; at < chars.length; at += MAX_PATTERN) pieces.push(chars.slice(Math.min(at, chars.length - MAX_PATTERN), at + MAX_PATTERN));
    return { anyOf: pieces.flatMap((p) => termKeys(p.join('')).anyOf) };
  }
  const errors = chars.some((ch) => HAN.test(ch)) ? 0 : Math.floor(THRESHOLD * chars.length);
  if (errors === 0) return { anyOf: [pairs(chars)] };
  // k errors leave one of k + 1 disjoint pairs intact.
  const anyOf: string[][] = [];
  for (let i = 0; i < errors + 1; i++) anyOf.push([chars[2 * i]! + chars[2 * i + 1]!]);
  return { anyOf };
}

/** FNV-1a hash of a key, 32 bits: which bucket file holds it. */
export function keyHash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A list of ascending numbers as deltas in base 36, comma-separated (`3,4,10` → `3,1,6`). */
export function encodeList(values: readonly number[]): string {
  return values.map((v, i) => (v - (i > 0 ? values[i - 1]! : 0)).toString(36)).join(',');
}

/** The numbers `encodeList` wrote. */
export function decodeList(text: string): number[] {
  let at = 0;
  return text === '' ? [] : text.split(',').map((d) => (at += parseInt(d, 36)));
}
