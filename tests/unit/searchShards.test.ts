/**
 * The sharded index (`buildShards`, `shardClient.ts`, keys in `shardKeys.ts`) answers as the whole index does:
 * the keys of a text and of a term, the file format, byte-identical builds, and — on the bench's 1,000-story
 * synthetic corpus and its 20 queries — the same first results as the whole-index search (the count, and the
 * first 10 hits of every group, in order), fetching the documents of the hits shown and not those of every hit.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUERIES, topResults } from '../../bench/search.ts';
import { gazetteerPlaces, synthesize } from '../../bench/synthesize.ts';
import { buildPayload, buildShards, type ShardedIndex } from '../../src/search/buildIndex.ts';
import { readSearchSource } from '../../src/search/contentFiles.ts';
import { buildSearchDocs } from '../../src/search/documents.ts';
import { createSearcher } from '../../src/search/search.ts';
import { createShardedSearcher } from '../../src/search/shardClient.ts';
import { SHOWN, type ShardedSearcher } from '../../src/search/shardFormat.ts';
import { decodeList, encodeList, forEachKey, isExactKey, termKeys } from '../../src/search/shardKeys.ts';
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

describe('keys', () => {
  const keysOf = (value: string, vocabulary: string[]): string[] => {
    const keys: string[] = [];
    forEachKey(value, new Set(vocabulary), (k) => keys.push(k));
    return keys;
  };

  it('files characters, pairs, Latin runs up to five letters and the vocabulary words a text prints', () => {
    const keys = keysOf('历下区义工，xunmeilixia', ['历下区', '区义工服']);
    expect(keys).toEqual(expect.arrayContaining(['历', '历下', '下区', '历下区', '义工', 'lixia', 'xunme', 'xu']));
    // a Chinese run of three characters or more only as a word of the vocabulary; nothing across the comma
    expect(keys).not.toContain('下区义');
    expect(keys).not.toContain('区义工服');
    expect(keys).not.toContain('工x');
    // Latin runs up to five letters only
    expect(keys).not.toContain('lixiaq');
  });

  it.each([
    // a short or Latin term is a key whether or not a page prints it
    ['济南', false, true],
    ['lixia', false, true],
    // a Chinese word of three to five characters is a key when the vocabulary has it, else it is looked for
    ['工作站', true, true],
    ['工作站', false, false],
    // six letters allow an error: Fuse looks, over the pages of its pieces
    ['lihongwi', true, false],
  ])('%s (filed: %s) is exact: %s', (term, found, exact) => {
    expect(isExactKey(term, found)).toBe(exact);
  });

  it.each([
    // a Chinese word: every pair of its characters must be on the page
    ['济南市民', [['济南', '南市', '市民']]],
    // one character: the character itself
    ['城', [['城']]],
    // short pinyin is matched exactly (no error allowed up to five letters): all its pairs
    ['lxq', [['lx', 'xq']]],
    // longer pinyin allows one error: one of two disjoint pieces is intact
    ['lihongwi', [['liho'], ['ngwi']]],
    // upper case is folded, as Fuse folds it
    ['LiXia', [['li', 'ix', 'xi', 'ia']]],
  ])('%s is looked for under %j', (term, anyOf) => {
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

  it('names every file by its content: buckets and documents by the hash of their set, full lists by their own', () => {
    const { buckets, docs: docFiles } = index.manifest;
    const sets = [...index.files.keys()].filter((n) => n.includes('-'));
    expect(sets.filter((n) => n.startsWith(`${buckets!.set}-b`))).toHaveLength(buckets!.count);
    const documents = sets.filter((n) => n.startsWith(`${docFiles!.set}-d`)).length;
    expect(documents).toBeGreaterThan(Math.max(...docFiles!.blocks.map((b) => b[3])));
    expect(sets.length).toBe(buckets!.count + documents);
    for (const name of index.files.keys()) expect(name).toMatch(/^[0-9a-f]{12}(-[bd]\d+)?\.json$/);
  });

  it('a small site is one file and no buckets, loaded by any query', async () => {
    const small = buildShards(docs);
    expect(small.manifest.whole).toBeDefined();
    expect(small.manifest.buckets).toBeUndefined();
    const { searcher, fetched } = shardedOver(small);
    expect((await searcher.search('历下区')).total).toBe((await shardedOver(index).searcher.search('历下区')).total);
    expect(fetched).toEqual([`${small.manifest.whole}.json`]);
  });

  it('a word nobody prints fetches its buckets and no document', async () => {
    const { searcher, fetched } = shardedOver(index);
    const answer = await searcher.search('量子火锅');
    expect(answer.total).toBe(0);
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.every((f) => f.startsWith(`${index.manifest.buckets!.set}-b`))).toBe(true);
  });
});

describe('the sharded index on the 1,000-story corpus', () => {
  const real = readSearchSource(path.join(root, 'content'));
  const source = synthesize(real, gazetteerPlaces(root), { count: 1000, seed: 7 });
  const docs = buildSearchDocs(source);
  const whole = createSearcher(buildPayload(docs), toSimplified);
  const index = buildShards(docs);
  const isDocument = (name: string): boolean => name.startsWith(`${index.manifest.docs!.set}-d`);

  // The bench's queries and the quality fixes' kinds of query: traditional characters, a partial match, a typo.
  const queries = [...QUERIES, '濟南', '历下区量子', 'lihongwi'];

  // The whole-index search takes a few seconds per query here on a shared 2-core machine.
  it('shows the same first results as the whole-index search, for every query', { timeout: 600_000 }, async () => {
    const { searcher } = shardedOver(index);
    for (const query of queries) {
      const shards = await searcher.search(query);
      expect(topResults(shards), query).toBe(topResults(whole.search(query)));
      expect(
        shards.groups.map((g) => g.count),
        query,
      ).toEqual(whole.search(query).groups.map((g) => g.hits.length));
    }
  });

  it('pages on as the whole-index search does, fetching the next documents only then', { timeout: 600_000 }, async () => {
    const { searcher, fetched } = shardedOver(index);
    for (const query of ['济南', '同比增长']) {
      const shards = await searcher.search(query);
      const expected = whole.search(query);
      // The stories: hundreds of hits, ten shown.
      const group = shards.groups.find((g) => g.type === 'article')!;
      expect(group.count, query).toBeGreaterThan(60);
      const before = fetched.filter(isDocument).length;
      await searcher.more(shards, group.type, 60);
      expect(fetched.filter(isDocument).length, query).toBeGreaterThan(before);
      const urls = group.hits.slice(0, 60).map((h) => h.url);
      expect(urls, query).toEqual(
        expected.groups
          .find((g) => g.type === 'article')!
          .hits.slice(0, 60)
          .map((h) => h.url),
      );
      for (const hit of group.hits.slice(0, 60)) expect(searcher.show(hit, shards).url).toBe(hit.url);
    }
  });

  it('fetches the documents of the hits shown, not of every hit', async () => {
    const { searcher, fetched } = shardedOver(index);
    const answer = await searcher.search('济南');
    expect(answer.total).toBeGreaterThan(1000);
    const shown = answer.groups.reduce((sum, g) => sum + Math.min(SHOWN, g.count), 0);
    expect(fetched.filter(isDocument).length).toBeLessThanOrEqual(shown);
    expect(fetched.length).toBeLessThan(shown + 10);
  });

  it('fetches a few files for a rare name', async () => {
    const { searcher, fetched } = shardedOver(index);
    await searcher.search('李洪伟');
    expect(fetched.length).toBeGreaterThan(0);
    expect(fetched.length).toBeLessThan(8);
  });
});
