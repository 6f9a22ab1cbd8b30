/**
 * Which way of cutting Chinese into terms finds more of the right pages? Every strategy of `STRATEGIES`
 * runs the test queries of `testCorpus.ts` through the whole search (Fuse, ranking); the table of recall,
 * precision and right-first-hit per strategy is printed, and the shipped strategy must have the best recall.
 * Then the shipped match is checked against Fuse 7.5's own `useTokenSearch` with the same `tokenize`.
 */
import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { buildPayload, entityDictionary } from './buildIndex.ts';
import { FUSE_OPTIONS } from './engine.ts';
import { buildSearchDocs } from './documents.ts';
import { createSearcher, type SearchAnswer } from './search.ts';
import { TEST_QUERIES, TEST_SOURCE } from './testCorpus.ts';
import { SHIPPED_STRATEGY, STRATEGIES, tokenizerFor, type StrategyName } from './tokenize.ts';

/** `<type>:<slug>` of a hit, from its URL (a figure's id is in the fragment). */
function hitKey(type: string, url: string): string {
  const fragment = /#fig-(.+)$/.exec(url);
  if (fragment) return `${type}:${fragment[1]}`;
  return `${type}:${url.split('/').filter(Boolean).at(-1) ?? ''}`;
}

const keysOf = (answer: SearchAnswer): string[] =>
  answer.groups
    .flatMap((g) => g.hits)
    .sort((a, b) => a.tier - b.tier || a.score - b.score)
    .map((h) => hitKey(h.type, h.url));

interface Score {
  strategy: StrategyName;
  recall: number;
  precision: number;
  topRight: number;
  topAsked: number;
  misses: string[];
}

function evaluate(strategy: StrategyName): Score {
  const searcher = createSearcher(buildPayload(buildSearchDocs(TEST_SOURCE), strategy));
  let expectedCount = 0;
  let found = 0;
  let retrieved = 0;
  let topRight = 0;
  let topAsked = 0;
  const misses: string[] = [];
  for (const { query, expected, top } of TEST_QUERIES) {
    const got = keysOf(searcher.search(query));
    const hits = expected.filter((k) => got.includes(k));
    expectedCount += expected.length;
    found += hits.length;
    retrieved += got.length;
    if (hits.length < expected.length) misses.push(`${query} (${hits.length}/${expected.length})`);
    if (top) {
      topAsked++;
      if (got[0] === top) topRight++;
    }
  }
  return { strategy, recall: found / expectedCount, precision: retrieved ? found / retrieved : 1, topRight, topAsked, misses };
}

describe('tokenizing strategies on the test queries', () => {
  const scores = STRATEGIES.map(evaluate);

  it('prints recall, precision and right first hits per strategy', () => {
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const rows = scores.map(
      (s) =>
        `| ${s.strategy.padEnd(12)} | ${pct(s.recall).padStart(6)} | ${pct(s.precision).padStart(9)} | ${`${s.topRight}/${s.topAsked}`.padStart(9)} | ${s.misses.join('; ')}`,
    );
    console.log(
      [`${TEST_QUERIES.length} queries`, '| strategy     | recall | precision | first hit | queries missing pages', '|---|---|---|---|---', ...rows].join('\n'),
    );
    expect(scores).toHaveLength(STRATEGIES.length);
  });

  it(`ships the strategy with the best recall (${SHIPPED_STRATEGY})`, () => {
    const shipped = scores.find((s) => s.strategy === SHIPPED_STRATEGY)!;
    for (const other of scores) expect(shipped.recall, `${SHIPPED_STRATEGY} vs ${other.strategy}`).toBeGreaterThanOrEqual(other.recall);
  });

  it('the shipped strategy puts the named page first for every name query', () => {
    const shipped = scores.find((s) => s.strategy === SHIPPED_STRATEGY)!;
    expect(shipped.topRight).toBe(shipped.topAsked);
  });
});

describe("Fuse's own token search", () => {
  it('finds the same pages as the shipped term-by-term match, with the same tokenizer', () => {
    const docs = buildSearchDocs(TEST_SOURCE);
    const shipped = createSearcher(buildPayload(docs));
    const tokenSearch = new Fuse(docs, {
      ...FUSE_OPTIONS,
      useTokenSearch: true,
      tokenMatch: 'all',
      tokenize: tokenizerFor(SHIPPED_STRATEGY, entityDictionary(docs)),
    });
    for (const { query } of TEST_QUERIES) {
      const ours = keysOf(shipped.search(query)).sort();
      const theirs = tokenSearch
        .search(query.toLowerCase())
        .map((r) => hitKey(r.item.type, r.item.url))
        .sort();
      expect(ours, query).toEqual(theirs);
    }
  });
});
