/**
 * Ways to cut a Chinese query into search terms; each term must then be found in the page (see
 * `engine.ts`). The index is the pages' text itself, so a term found in the query is found in every page
 * that prints the query: index and query cannot disagree about where a word ends. `strategies.test.ts`
 * measures which strategy finds the right pages; `SHIPPED_STRATEGY` is the winner.
 */
import { foldWidth } from './normalize.ts';

/** Cuts text into terms. */
export type Tokenizer = (text: string) => string[];

/**
 * The candidates: `whole` (no tokenizing: the query is one fuzzy pattern), `fuse-default` (the default of
 * Fuse 7.5's `tokenize` option, `/[\p{L}\p{M}\p{N}_]+/gu`: a run of Chinese characters is one term), `bigram`
 * (overlapping character pairs), `segmenter` (`Intl.Segmenter` with the names of the site's places, people
 * and programmes as a dictionary).
 */
export const STRATEGIES = ['whole', 'fuse-default', 'bigram', 'segmenter'] as const;
/** One tokenizing strategy. */
export type StrategyName = (typeof STRATEGIES)[number];

/** The strategy the site uses: the best of `STRATEGIES` on the test queries (see `strategies.test.ts`). */
export const SHIPPED_STRATEGY: StrategyName = 'segmenter';

const HAN = /\p{Script=Han}/u;
// A run of Chinese characters, or a run of other letters and digits (a decimal point stays inside a number).
const RUN = /\p{Script=Han}+|(?:(?!\p{Script=Han})[\p{L}\p{M}\p{N}_])+(?:\.\p{N}+)*/gu;

/** The runs of Chinese characters and of other letters or digits in `text`; punctuation and spaces separate them. */
export function runs(text: string): string[] {
  return foldWidth(text).match(RUN) ?? [];
}

/** Overlapping pairs of Chinese characters (`历下区` → `历下`, `下区`); a lone character and non-Chinese words stay whole. */
export function bigrams(text: string): string[] {
  const terms: string[] = [];
  for (const run of runs(text)) {
    if (!HAN.test(run) || run.length < 3) {
      terms.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i++) terms.push(run.slice(i, i + 2));
  }
  return terms;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

function buildTrie(words: Iterable<string>): TrieNode {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  return root;
}

/** Length of the longest dictionary word starting at `start`, or 0. */
function longestWordAt(trie: TrieNode, text: string, start: number): number {
  let node: TrieNode | undefined = trie;
  let best = 0;
  for (let i = start; i < text.length; i++) {
    node = node.next.get(text[i]!);
    if (!node) break;
    if (node.end) best = i - start + 1;
  }
  return best;
}

/** The browser's or Node's word segmenter for Chinese, or null where the runtime has none. */
export function defaultSegmenter(): Intl.Segmenter | null {
  return typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('zh-CN', { granularity: 'word' }) : null;
}

/**
 * Cuts Chinese runs at dictionary words first (longest match from the left: `历下区义工` → `历下区`, `义工`), then
 * hands the stretches between them to `Intl.Segmenter`, keeping a single character it cuts off with the word beside
 * it (`网格员`, not `网格` + `员`); without a segmenter those stretches fall back to bigrams.
 * Dictionary words are the names of places, people and programmes, which a general segmenter cuts apart (`历|下|区`).
 */
export function dictionarySegmenter(dictionary: readonly string[], segmenter: Intl.Segmenter | null = defaultSegmenter()): Tokenizer {
  // Only all-Chinese names can match inside a Chinese run; one character is not a word to prefer.
  const words = dictionary.map((w) => foldWidth(w).toLowerCase()).filter((w) => w.length >= 2 && [...w].every((ch) => HAN.test(ch)));
  const trie = buildTrie(words);

  const segment = (stretch: string, into: string[]): void => {
    if (stretch === '') return;
    if (!segmenter) {
      into.push(...bigrams(stretch));
      return;
    }
    // A word the segmenter does not know comes out as single characters (`双|招|双|引`, `网格|员`); a character cut
    // off that way is kept with the adjacent word, so the word is searched whole, not as scattered characters.
    const words: { text: string; end: number }[] = [];
    const isSingle = (word: string): boolean => [...word].length === 1 && HAN.test(word);
    for (const { segment: word, index, isWordLike } of segmenter.segment(stretch)) {
      if (!isWordLike) continue;
      const last = words.at(-1);
      // `冷|链|物流` → `冷链`, `物流`: a lone character joins its neighbour; two words stay two.
      if (last && last.end === index && HAN.test(word) && HAN.test(last.text) && (isSingle(word) || isSingle(last.text))) {
        last.text += word;
        last.end = index + word.length;
      } else words.push({ text: word, end: index + word.length });
    }
    for (const { text } of words) into.push(text);
  };

  return (text: string): string[] => {
    const terms: string[] = [];
    for (const run of runs(text)) {
      if (!HAN.test(run)) {
        terms.push(run);
        continue;
      }
      let stretchStart = 0;
      let i = 0;
      while (i < run.length) {
        const len = longestWordAt(trie, run, i);
        if (len === 0) {
          i++;
          continue;
        }
        segment(run.slice(stretchStart, i), terms);
        terms.push(run.slice(i, i + len));
        i += len;
        stretchStart = i;
      }
      segment(run.slice(stretchStart), terms);
    }
    return terms;
  };
}

const FUSE_DEFAULT_TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;

/** Fuse 7.5's default tokenizer: runs of letters and digits, so a run of Chinese characters is one term. */
export function fuseDefaultTokens(text: string): string[] {
  return foldWidth(text).match(FUSE_DEFAULT_TOKEN) ?? [];
}

/** The tokenizer of a strategy; `whole` cuts only at spaces and punctuation, and only to mark the words. */
export function tokenizerFor(strategy: StrategyName, dictionary: readonly string[]): Tokenizer {
  switch (strategy) {
    case 'bigram':
      return bigrams;
    case 'segmenter':
      return dictionarySegmenter(dictionary);
    case 'fuse-default':
      return fuseDefaultTokens;
    case 'whole':
      return runs;
  }
}

// A browser keeps one searcher; caching the last tokenizer spares rebuilding the dictionary's trie per keystroke.
let cached: { strategy: StrategyName; dictionary: readonly string[]; tokenizer: Tokenizer } | null = null;

/** The distinct terms of a query under a strategy, lower-case. */
export function queryTerms(query: string, strategy: StrategyName, dictionary: readonly string[]): string[] {
  if (!cached || cached.strategy !== strategy || cached.dictionary !== dictionary)
    cached = { strategy, dictionary, tokenizer: tokenizerFor(strategy, dictionary) };
  return [...new Set(cached.tokenizer(query.toLowerCase()))];
}
