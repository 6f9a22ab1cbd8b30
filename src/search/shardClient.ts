/**
 * The browser half of the sharded index (`buildShards`): the searcher the search page makes from the manifest.
 * A small site (`WHOLE_BELOW_BYTES`) is one file of every document, searched with Fuse as the whole index is; a
 * large one is searched key by key (`keyedSearch.ts`, loaded only then). The answer is the whole-index answer:
 * `tests/unit/searchShards.test.ts` compares them.
 */
import { recordText, type IndexRecord } from './engine.ts';
import { normalizeQuery } from './normalize.ts';
import { answer, corpusOf, fuseOver, showHit, termsOf, type QueryFolder } from './search.ts';
import type { FileLoader, Files, ShardChunk, ShardedSearcher, ShardManifest } from './shardFormat.ts';
import type { DocHead, DocText } from './types.ts';

const HAN = /\p{Script=Han}/u;

/** A searcher over the sharded index; `loadFold` gives the traditional→simplified folder, asked for only when a query holds Chinese. */
export function createShardedSearcher(manifest: ShardManifest, load: FileLoader, loadFold: () => Promise<QueryFolder>): ShardedSearcher {
  const files = new Map<string, Promise<unknown>>();
  const file = <T>(name: string): Promise<T> => {
    let pending = files.get(name);
    if (!pending) {
      pending = load(`${name}.json`);
      // A failed fetch may be retried by the next query.
      pending.catch(() => files.delete(name));
      files.set(name, pending);
    }
    return pending as Promise<T>;
  };
  const fold = async (raw: string): Promise<string> => {
    const query = normalizeQuery(raw);
    return HAN.test(query) ? (await loadFold())(query) : query;
  };
  if (manifest.whole !== undefined) return wholeSearcher(manifest, manifest.whole, file, fold);
  // The large index's code is loaded only by a site that has one (a small site's page ships without it).
  let keyed: ShardedSearcher | undefined;
  const loading = import('./keyedSearch.ts').then((m) => (keyed = m.keyedSearcher(manifest, file, fold)));
  return {
    search: async (query) => (await loading).search(query),
    more: async (found, type, upTo) => (await loading).more(found, type, upTo),
    show: (hit, found) => keyed!.show(hit, found),
  };
}

/** A small index: one file, Fuse over all of it. */
function wholeSearcher(manifest: ShardManifest, whole: string, file: Files, fold: (raw: string) => Promise<string>): ShardedSearcher {
  const heads: DocHead[] = [];
  const texts: DocText[] = [];
  let records: IndexRecord[] | null = null;
  const compacted = new Map<number, DocText>();
  return {
    async search(raw) {
      const query = await fold(raw);
      const terms = termsOf(query, manifest.strategy, manifest.dictionary);
      if (terms.length > 0 && !records) {
        const loaded = await file<ShardChunk>(whole);
        loaded.records.forEach((record, k) => {
          heads[record.i] = loaded.docs[k]!;
          texts[record.i] = recordText(record);
        });
        records = loaded.records;
      }
      const fuse = fuseOver(heads, manifest.keys, records ?? []);
      return answer(corpusOf(manifest.strategy, manifest.dictionary, manifest.total, heads, texts, fuse), query, compacted);
    },
    more: async () => {},
    show: (hit, found) => showHit({ head: (ref) => heads[ref]!, text: (ref) => texts[ref]! }, hit, found),
  };
}
