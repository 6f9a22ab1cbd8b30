/**
 * The sharded index (`buildShards`, `shardClient.ts`, keys in `shardKeys.ts`) answers as the whole index does:
 * the candidate keys of a term, the file format, byte-identical builds, and — on the bench's 1,000-story
 * synthetic corpus and its 20 queries — the same first results as the whole-index search, fetching only
 * a few files per query.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERIES, topResults } from '../../bench/search.ts';
import { gazetteerPlaces, synthesize } from '../../bench/synthesize.ts';
import { buildPayload, buildShards, type ShardedIndex } from '../../src/search/buildIndex.ts';
import { readSearchSource } from '../../src/search/contentFiles.ts';
import { buildSearchDocs } from '../../src/search/documents.ts';
import { createSearcher } from '../../src/search/search.ts';
import { createShardedSearcher, type ShardedSearcher } from '../../src/search/shardClient.ts';
import { decodeList, encodeList, termKeys } from '../../src/search/shardKeys.ts';
import { TEST_SOURCE } from '../../src/search/testCorpus.ts';
import { toSimplified } from '../../src/search/traditional.ts';

const root = path.join(import.meta.dirname, '..', '..');

/** A sharded searcher over an index in memory, recording the files it fetches. */
function shardedOver(index: ShardedIndex): { searcher: ShardedSearcher; fetched: string[] } {
  const fetched: string[] = [];
  const searcher = createShardedSearcher(
    JSON.parse(JSON.stringify(index.manifest)),
    async (name) => {
      fetched.push(name);
      const content = index.files.get(name);
      if (content === undefined) throw new Error(`no file ${name}`);
      return JSON.parse(content);
    },
    async () => toSimplified,
  );
  return { searcher, fetched };
}

describe('termKeys', () => {
  it.each([
    // a Chinese word: every pair of its characters must be on the page
    ['济南市', [['济南', '南市']]],
    // one character: the character itself
    ['城', [['城']]],
    // short pinyin is matched exactly (no error allowed up to five letters): all its pairs
    ['lxq', [['lx', 'xq']]],
    // longer pinyin allows one error: one of two disjoint pairs is intact
    ['lihongwi', [['li'], ['ho']]],
    // upper case is folded, as Fuse folds it
    ['LiXia', [['li', 'ix', 'xi', 'ia']]],
  ])('%s → %j', (term, anyOf) => {
    expect(termKeys(term).anyOf).toEqual(anyOf);
  });

  it('a list survives encoding', () => {
    for (const list of [[], [0], [3, 4, 10, 400, 401]]) expect(decodeList(encodeList(list))).toEqual(list);
  });
});

describe('the sharded index on the test site', () => {
  const docs = buildSearchDocs(TEST_SOURCE);
  // Split though small, as a large site is.
  const index = buildShards(docs, undefined, { wholeBelow: 0 });

  it('is byte-identical when built twice', () => {
    const again = buildShards(buildSearchDocs(TEST_SOURCE), undefined, { wholeBelow: 0 });
    expect(JSON.stringify(again.manifest)).toBe(JSON.stringify(index.manifest));
    expect([...again.files]).toEqual([...index.files]);
  });

  it('names every file by its content and lists them all in the manifest', () => {
    const named = [...index.manifest.chunks, ...index.manifest.buckets].map((h) => `${h}.json`);
    expect(new Set(named)).toEqual(new Set(index.files.keys()));
    for (const name of index.files.keys()) expect(name).toMatch(/^[0-9a-f]{12}\.json$/);
  });

  it('a small site is one chunk and no buckets, loaded by any query', async () => {
    const small = buildShards(docs);
    expect(small.manifest.chunks).toHaveLength(1);
    expect(small.manifest.buckets).toEqual([]);
    const { searcher, fetched } = shardedOver(small);
    expect((await searcher.search('历下区')).total).toBe((await shardedOver(index).searcher.search('历下区')).total);
    expect(fetched).toEqual([`${small.manifest.chunks[0]}.json`]);
  });

  it('a word nobody prints fetches its buckets but no chunk', async () => {
    const { searcher, fetched } = shardedOver(index);
    const answer = await searcher.search('量子火锅');
    expect(answer.total).toBe(0);
    expect(fetched.every((f) => index.manifest.buckets.includes(f.replace('.json', '')))).toBe(true);
  });
});

describe('the sharded index on the 1,000-story corpus', () => {
  const real = readSearchSource(path.join(root, 'content'));
  const source = synthesize(real, gazetteerPlaces(root), { count: 1000, seed: 7 });
  const docs = buildSearchDocs(source);
  const whole = createSearcher(buildPayload(docs), toSimplified);
  const index = buildShards(docs);

  // The bench's queries and the quality fixes' kinds of query: traditional characters, a partial match.
  const queries = [...QUERIES, '濟南', '历下区量子', 'lihongwi'];

  // The whole-index search takes a few seconds per query here on a shared 2-core machine.
  it('shows the same first results as the whole-index search, for every query', { timeout: 600_000 }, async () => {
    const { searcher } = shardedOver(index);
    for (const query of queries) {
      const shards = await searcher.search(query);
      expect(topResults(shards), query).toBe(topResults(whole.search(query)));
    }
  });

  it('fetches a few files for a rare name, not the index', async () => {
    const { searcher, fetched } = shardedOver(index);
    await searcher.search('李洪伟');
    const all = index.manifest.chunks.length + index.manifest.buckets.length;
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(all / 4);
  });
});
