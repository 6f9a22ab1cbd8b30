import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSiteShards, type ShardedIndex } from './buildIndex.ts';
import { buildSearchDocs, type SearchSource } from './documents.ts';
import { cachedSiteShards, INDEX_MODULES, IndexCache, indexCodeId, indexKey, KEEP_ENTRIES, siteShardsOffThread, startIndexHoldingFiles } from './indexCache.ts';
import { TEST_SOURCE } from './testCorpus.ts';

const dirs: string[] = [];
const scratch = (): string => {
  const dir = mkdtempSync(path.join(tmpdir(), 'search-index-cache-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The index as served: the manifest's JSON and every file, by name. */
const served = (index: ShardedIndex): { manifest: string; files: [string, string][] } => ({
  manifest: JSON.stringify(index.manifest),
  files: [...index.files].sort(([a], [b]) => (a < b ? -1 : 1)),
});

/** The test corpus with one story's title reworded, as after a journalist's correction. */
const retitled: SearchSource = {
  ...TEST_SOURCE,
  articles: TEST_SOURCE.articles.map((a, i) => (i === 0 ? { ...a, data: { ...a.data, title: `${a.data.title}（更正）` } } : a)),
};

describe('the search index built off the main thread', () => {
  it('gives the same manifest and files as building it on the calling thread', async () => {
    const offThread = await siteShardsOffThread(TEST_SOURCE, '/', scratch());
    expect(served(offThread)).toEqual(served(buildSiteShards(TEST_SOURCE)));
  });

  it('in a build, hands over the manifest alone and writes the same files itself, once, where it is told', async () => {
    const expected = served(buildSiteShards(TEST_SOURCE));
    const started = startIndexHoldingFiles(TEST_SOURCE, '/', scratch());
    expect(JSON.stringify(await started.manifest)).toBe(expected.manifest);
    const out = path.join(scratch(), 'dist', 'search', 'shards');
    const written = started.writeFiles(out);
    expect(started.writeFiles(path.join(scratch(), 'elsewhere'))).toBe(written);
    expect(await written).toBe(expected.files.length);
    const onDisk = readdirSync(out)
      .sort()
      .map((name) => [name, readFileSync(path.join(out, name), 'utf8')]);
    expect(onDisk).toEqual(expected.files);
  });

  it('in a build, fails the writing with the reason when the folder cannot be made', async () => {
    const blocker = path.join(scratch(), 'a-file');
    writeFileSync(blocker, '');
    const started = startIndexHoldingFiles(TEST_SOURCE, '/', scratch());
    await started.manifest;
    await expect(started.writeFiles(path.join(blocker, 'shards'))).rejects.toThrow(/search index: .*(ENOTDIR|EEXIST)/u);
  });

  it('puts its documents under the base path it is given', async () => {
    const index = await siteShardsOffThread(TEST_SOURCE, '/jinan/', scratch());
    const text = [...index.files.values()].join('\n');
    expect(text).toContain('"/jinan/articles/');
    expect(text).not.toMatch(/"\/articles\//);
  });
});

describe('the search index cache', () => {
  it('serves an index stored by an earlier build, and a fresh one when the documents changed', () => {
    const dir = scratch();
    const first = cachedSiteShards(TEST_SOURCE, dir);
    expect(readdirSync(dir)).toHaveLength(1);
    expect(served(cachedSiteShards(TEST_SOURCE, dir))).toEqual(served(first));
    expect(readdirSync(dir)).toHaveLength(1);

    const changed = cachedSiteShards(retitled, dir);
    expect(served(changed)).toEqual(served(buildSiteShards(retitled)));
    expect(served(changed)).not.toEqual(served(first));
    expect(readdirSync(dir)).toHaveLength(2);
  });

  it('never serves a torn, corrupt or misplaced entry: the index is built again', () => {
    const dir = scratch();
    const fresh = served(buildSiteShards(TEST_SOURCE));
    cachedSiteShards(TEST_SOURCE, dir);
    const [name] = readdirSync(dir);
    const file = path.join(dir, name!);
    const whole = readFileSync(file, 'utf8');
    // A file cut short (a disk that filled up while an older version wrote it in place).
    writeFileSync(file, whole.slice(0, whole.length >> 1));
    expect(served(cachedSiteShards(TEST_SOURCE, dir))).toEqual(fresh);
    // Another key's entry under this key's name.
    writeFileSync(file, whole.replace(/^\{"key":"[0-9a-f]+"/u, `{"key":"${'0'.repeat(64)}"`));
    expect(served(cachedSiteShards(TEST_SOURCE, dir))).toEqual(fresh);
    // Valid JSON of the wrong shape.
    writeFileSync(file, JSON.stringify({ key: name!.replace(/\.json$/u, ''), manifest: {}, files: [[1, 2]] }));
    expect(served(cachedSiteShards(TEST_SOURCE, dir))).toEqual(fresh);
    expect(readFileSync(file, 'utf8')).toBe(whole);
  });

  it('still gives the index when the cache folder cannot be written', () => {
    const blocker = path.join(scratch(), 'a-file');
    writeFileSync(blocker, '');
    expect(served(cachedSiteShards(TEST_SOURCE, path.join(blocker, 'search-index')))).toEqual(served(buildSiteShards(TEST_SOURCE)));
  });

  it('keys an index by its documents in order and by the index code', () => {
    const docs = buildSearchDocs(TEST_SOURCE);
    expect(indexKey(docs, 'code')).toBe(indexKey(buildSearchDocs(TEST_SOURCE), 'code'));
    expect(indexKey(docs, 'code')).not.toBe(indexKey(docs, 'other code'));
    expect(indexKey(docs, 'code')).not.toBe(indexKey([...docs].reverse(), 'code'));
    expect(indexCodeId()).toMatch(/^[0-9a-f]{64}$/u);
  });

  it('keeps the most recently used entries only', () => {
    const dir = scratch();
    const cache = new IndexCache(dir);
    const index = buildSiteShards(TEST_SOURCE);
    for (let i = 0; i < KEEP_ENTRIES + 2; i++) cache.put(String(i).repeat(64), index);
    expect(readdirSync(dir)).toHaveLength(KEEP_ENTRIES);
    expect(cache.get('5'.repeat(64))).not.toBeNull();
  });

  it("lists every module of this folder whose code the index's bytes depend on", () => {
    // Value imports only: a type-only import changes no byte of the output.
    const seen = new Set<string>();
    const visit = (name: string): void => {
      if (seen.has(name)) return;
      seen.add(name);
      const source = readFileSync(path.join(import.meta.dirname, name), 'utf8');
      for (const [, what, from] of source.matchAll(/^import\s+(type\s+)?[^;]*?from\s+'\.\/([^']+\.ts)';/gmu)) if (!what) visit(from!);
    };
    visit('buildIndex.ts');
    expect([...seen].sort()).toEqual([...INDEX_MODULES].sort());
  });
});
