/**
 * Search over the site's real content (`content/`, as ingest wrote it): the promises a reader relies on,
 * checked against the stories themselves rather than against a list of expected pages.
 */
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSitePayload } from './buildIndex.ts';
import { readSearchSource } from './contentFiles.ts';
import { markdownToText } from './documents.ts';
import { createSearcher } from './search.ts';
import { foldWidth } from './normalize.ts';
import { pinyinKeys } from './pinyin.ts';

const source = readSearchSource(path.resolve(import.meta.dirname, '../../content'));
const searcher = createSearcher(JSON.parse(JSON.stringify(buildSitePayload(source))));
const stories = source.articles.map((a) => ({ url: `/articles/${a.id}/`, text: foldWidth([a.data.title, markdownToText(a.body ?? '')].join('\n')) }));

/** Story pages found for a query. */
const storiesFound = (query: string): string[] =>
  searcher
    .search(query)
    .groups.filter((g) => g.type === 'article')
    .flatMap((g) => g.hits.map((h) => h.url))
    .sort();
const storiesPrinting = (word: string): string[] =>
  stories
    .filter((s) => s.text.includes(word))
    .map((s) => s.url)
    .sort();

/** Every pair of adjacent Chinese characters printed in the stories. */
const pairs = [...new Set(stories.flatMap((s) => [...s.text.matchAll(/(?=(\p{Script=Han}{2}))/gu)].map((m) => m[1]!)))].sort();

describe('search over the real stories', () => {
  it.each(['义工', '物流', '蓝莓'])('%s finds every story that prints it', (word) => {
    expect(storiesPrinting(word).length, `no story prints ${word}`).toBeGreaterThan(0);
    expect(storiesFound(word)).toEqual(storiesPrinting(word));
  });

  it('any two characters printed side by side find every story that prints them', () => {
    expect(pairs.length).toBeGreaterThan(0);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), (pair) => {
        const found = storiesFound(pair);
        for (const url of storiesPrinting(pair)) expect(found, pair).toContain(url);
      }),
      { numRuns: 60, seed: 20250 },
    );
  });

  it('every place is the first result for its own name', () => {
    expect(source.districts.length).toBeGreaterThan(0);
    for (const { id, data } of source.districts) {
      const top = searcher.search(data.name).groups[0]?.hits[0];
      expect(top?.url, data.name).toBe(`/districts/${id}/`);
    }
  });

  it('every person is the first result for their name and for its pinyin', () => {
    expect(source.officials.length).toBeGreaterThan(0);
    for (const { id, data } of source.officials) {
      expect(searcher.search(data.name).groups[0]?.hits[0]?.url, data.name).toBe(`/officials/${id}/`);
      const [full] = pinyinKeys(data.name, 'person');
      if (full) expect(searcher.search(full).groups[0]?.hits[0]?.url, full).toBe(`/officials/${id}/`);
    }
  });
});
