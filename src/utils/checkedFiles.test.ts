import { createHash } from 'node:crypto';
import type { Loader, LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { checkedFilesLoader, handOverCheckedFile, openCheckedFiles, takeCheckedFiles } from './checkedFiles.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string | number;
  body?: string;
  rendered?: unknown;
}

/** The parts of Astro's loader context the loader uses: a store, the schema step (here: marks the data), a digest. */
function fakeContext(initial: Stored[] = []): { context: LoaderContext; store: Map<string, Stored>; parsed: string[] } {
  const store = new Map(initial.map((entry) => [entry.id, entry]));
  const parsed: string[] = [];
  const context = {
    store: {
      keys: () => [...store.keys()],
      get: (id: string) => store.get(id),
      set: (entry: Stored) => (store.set(entry.id, entry), true),
      delete: (id: string) => void store.delete(id),
    },
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), { ...data, checked: true }),
    generateDigest: (text: string) => createHash('sha1').update(text).digest('hex'),
  } as unknown as LoaderContext;
  return { context, store, parsed };
}

const file = (name: string, subject: string): string => `---\nname: ${name}\nsubject: ${subject}\n---\n\n> 某区某项指标增长5%。\n`;

/** A stand-in for Astro's file loader: notes that it ran. */
const fallback = (): Loader & { ran: boolean } => {
  const loader = {
    name: 'files',
    ran: false,
    load: async () => {
      loader.ran = true;
    },
  };
  return loader;
};

describe('the loader of a collection the integrity check has read', () => {
  it('stores each handed-over file by its name, through the schema, without a body', async () => {
    openCheckedFiles(['metrics']);
    handOverCheckedFile('metrics', 'a-1.md', file('甲', '工业产值'), { name: '甲', subject: '工业产值' });
    handOverCheckedFile('metrics', 'b-2.md', file('乙', '固定资产投资'), { name: '乙', subject: '固定资产投资' });
    handOverCheckedFile('articles', 'story.md', '---\ntitle: x\n---\n', { title: 'x' });
    const { context, store } = fakeContext();
    const files = fallback();
    await checkedFilesLoader('metrics', 'content/metrics', files).load(context);
    expect(files.ran).toBe(false);
    expect([...store.keys()]).toEqual(['a-1', 'b-2']);
    expect(store.get('a-1')).toMatchObject({ data: { name: '甲', subject: '工业产值', checked: true }, filePath: 'content/metrics/a-1.md' });
    expect(store.get('a-1')!.body).toBeUndefined();
    expect(store.get('a-1')!.rendered).toBeUndefined();
    // Not opened: nothing is gathered for stories, and the slot has let go of the figures.
    expect(takeCheckedFiles('articles')).toBeUndefined();
    expect(takeCheckedFiles('metrics')).toBeUndefined();
  });

  it('skips a file whose digest the store holds, updates a changed one and drops one no longer there', async () => {
    const digest = (text: string): string => createHash('sha1').update(text).digest('hex');
    const kept = file('甲', '工业产值');
    const { context, store, parsed } = fakeContext([
      { id: 'a-1', data: { name: '甲', subject: '工业产值', checked: true }, digest: digest(kept) },
      { id: 'b-2', data: { name: '乙', subject: '旧' }, digest: digest(file('乙', '旧')) },
      { id: 'gone', data: { name: '丙' }, digest: 'x' },
    ]);
    openCheckedFiles(['metrics']);
    handOverCheckedFile('metrics', 'a-1.md', kept, { name: '甲', subject: '工业产值' });
    handOverCheckedFile('metrics', 'b-2.md', file('乙', '新'), { name: '乙', subject: '新' });
    await checkedFilesLoader('metrics', 'content/metrics', fallback()).load(context);
    expect(parsed).toEqual(['b-2']);
    expect([...store.keys()].sort()).toEqual(['a-1', 'b-2']);
    expect(store.get('b-2')!.data).toEqual({ name: '乙', subject: '新', checked: true });
  });

  it("leaves the collection to Astro's file loader when nothing was handed over, as on the dev server", async () => {
    const files = fallback();
    const { context, store } = fakeContext();
    await checkedFilesLoader('districts', 'content/districts', files).load(context);
    expect(files.ran).toBe(true);
    expect(store.size).toBe(0);
  });
});
