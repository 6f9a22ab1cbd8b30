/**
 * The keys the sharded index is split by, shared by the build (which files each document under the keys of its
 * text, with the score and tier a one-term query for the key would give it) and the browser (which asks for the
 * keys of the query's terms). Runs in the browser.
 *
 * Why these keys. Fuse matches a term anywhere inside a field, and up to `EXACT_MAX` characters it allows no error
 * (`THRESHOLD`), so for such a term "the documents Fuse finds" is "the documents printing it". The keys are the
 * strings a query term can be, so that a term's key lists exactly those documents:
 * - every character and every pair of adjacent term characters (letters, digits, Chinese characters), lower-case;
 * - every run of three to five letters or digits without Chinese characters (pinyin and its initials: `lixia`
 *   inside `xunmeilixia`, `lxq`), so a Latin term of up to five letters is always a key;
 * - the Chinese words of three to five characters the segmenter finds in the documents (`vocabulary`), alone and
 *   run together with their neighbours (`工作站`, `网格员`, `泉城义工`), and the names of places, people and
 *   programmes, wherever they are printed.
 * A term that is not a key (a longer one, one Fuse matches with errors, or a Chinese word no document was cut
 * into) is found through keys that every page holding it must have (`termKeys`), and Fuse checks those pages.
 */
import { THRESHOLD } from './engine.ts';

/** Characters a query term can hold (`tokenize.ts`'s runs): letters, marks, digits, `_`, a decimal point. */
const TERM_CHAR = /[\p{L}\p{M}\p{N}_.]/u;
const HAN = /\p{Script=Han}/u;
/** Fuse's longest pattern; a longer one is searched in pieces. */
const MAX_PATTERN = 32;

/** The longest term Fuse matches with no error at `THRESHOLD` (five characters): a key of up to this length is exact. */
export const EXACT_MAX = Math.ceil(1 / THRESHOLD) - 1;

/** Whether a string is made of term characters only. */
const isTermText = (text: string): boolean => [...text].every((ch) => TERM_CHAR.test(ch));

/**
 * Calls `add` with every key of one lower-case searched value and the offset it starts at: characters, pairs,
 * Latin runs of three to `EXACT_MAX`, and the `vocabulary` words it prints.
 */
export function forEachKey(value: string, vocabulary: ReadonlySet<string>, add: (key: string) => void): void {
  const chars = [...value];
  const term = chars.map((ch) => TERM_CHAR.test(ch));
  const han = chars.map((ch) => HAN.test(ch));
  let runStart = 0;
  for (let i = 0; i <= chars.length; i++) {
    if (i < chars.length && term[i]) continue;
    // chars[runStart, i) is a run of term characters.
    for (let a = runStart; a < i; a++) {
      let key = '';
      let hasHan = false;
      for (let b = a; b < i && b - a < EXACT_MAX; b++) {
        key += chars[b]!;
        hasHan ||= han[b]!;
        if (b - a < 2 || !hasHan || vocabulary.has(key)) add(key);
      }
    }
    runStart = i + 1;
  }
}

/** Whether a term's documents are exactly those under its own key (see the module comment). */
export function isExactKey(term: string, found: boolean): boolean {
  const length = [...term].length;
  if (length > EXACT_MAX || !isTermText(term)) return false;
  // A short or Latin key is filed for every document printing it: absent means printed nowhere.
  return found || length <= 2 || !HAN.test(term);
}

/** How to find the candidates of a term that is not a key: the documents under every key of one of the `anyOf` groups. */
export interface TermKeys {
  /** Alternatives; a document is a candidate when it is under all keys of at least one group. */
  anyOf: string[][];
}

const pairs = (chars: readonly string[]): string[] => (chars.length === 1 ? [chars[0]!] : chars.slice(1).map((ch, i) => chars[i]! + ch));

/**
 * The key groups whose documents may hold `term` (lower-case, as `queryTerms` gives it):
 * - a Chinese term: its pairs (`济南市民` → `济南` ∩ `南市` ∩ `市民`), as a page must print it whole;
 * - a Latin term matched fuzzily, with up to `THRESHOLD` × length errors: an error breaks at most one of k + 1
 *   disjoint pieces of the term, so one of them is intact (`lihongwei`, one error: `liho` or `ngwe`); each piece
 *   is a key of up to `EXACT_MAX` letters;
 * - a term longer than Fuse's 32-character pattern limit matches when any of its 32-character pieces does.
 */
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
  const piece = Math.min(EXACT_MAX, Math.floor(chars.length / (errors + 1)));
  const anyOf: string[][] = [];
  for (let i = 0; i < errors + 1; i++) anyOf.push([chars.slice(i * piece, (i + 1) * piece).join('')]);
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

/** Calls `emit` with each number of a list `encodeList` wrote, without splitting the text. */
export function forEachListed(text: string, emit: (value: number) => void): void {
  let at = 0;
  let delta = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      emit((at += delta));
      delta = 0;
    } else delta = delta * 36 + (c <= 57 ? c - 48 : c - 87);
  }
  if (text !== '') emit(at + delta);
}

/** The numbers `encodeList` wrote. */
export function decodeList(text: string): number[] {
  const values: number[] = [];
  forEachListed(text, (v) => values.push(v));
  return values;
}
