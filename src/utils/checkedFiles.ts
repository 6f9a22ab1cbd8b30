/**
 * Content files a build's integrity check has already read, parsed and validated (`checkContent`, run by the config),
 * handed over to the collections' loaders (`src/content.config.ts`) so that Astro's content sync neither reads nor
 * parses them again, nor renders the Markdown bodies no page shows. The config and the content config are separate
 * module graphs in one process, so the hand-over goes through a process-wide slot. Only a build fills it: the dev
 * server's loaders read and watch the files themselves.
 */

import type { Loader, LoaderContext } from 'astro/loaders';
import { entryIdFromPath } from '../core/entryId.ts';

/** One checked file of a collection. */
export interface CheckedFile {
  /** Path relative to the collection's folder. */
  file: string;
  /** The whole file as read. */
  source: string;
  /** Its frontmatter, parsed (before the schema). */
  data: Record<string, unknown>;
}

/** The collections whose entries are their frontmatter: no page renders their Markdown body. Their checked files are
 * handed over; a story's body is rendered by Astro's own loader, which reads its file. */
export const FRONTMATTER_COLLECTIONS = ['officials', 'districts', 'initiatives', 'metrics', 'charts'] as const;

/** One of `FRONTMATTER_COLLECTIONS`. */
export type FrontmatterCollection = (typeof FRONTMATTER_COLLECTIONS)[number];

const SLOT = Symbol.for('quancheng-shudu.checked-files');

function slot(): Map<string, CheckedFile[]> {
  const holder = globalThis as { [SLOT]?: Map<string, CheckedFile[]> };
  return (holder[SLOT] ??= new Map());
}

/** Opens the hand-over of `collections`: from now on their loaders take what `handOverCheckedFile` gathers. */
export function openCheckedFiles(collections: readonly string[]): void {
  for (const collection of collections) slot().set(collection, []);
}

/** Adds one checked file of an opened collection (others are ignored). */
export function handOverCheckedFile(collection: string, file: string, source: string, data: unknown): void {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  slot()
    .get(collection)
    ?.push({ file, source, data: data as Record<string, unknown> });
}

/** The checked files of `collection`, taken (the slot lets go of them), or undefined when none were handed over. */
export function takeCheckedFiles(collection: string): CheckedFile[] | undefined {
  const files = slot().get(collection);
  slot().delete(collection);
  return files;
}

/**
 * The loader of a collection whose entries are their frontmatter. In a build it takes the files the integrity check
 * handed over as they are: each keyed by its file name, skipped when its digest is the one the store holds (as Astro's
 * file loader does), its data run through the collection's schema, and no body kept or rendered; at 10,000 stories
 * that spares Astro reading, parsing and rendering some 74,000 files again. Where nothing was handed over (the dev
 * server, which watches the files) `files` loads the collection. `folder` is the collection's, from the project's root
 * (the entries' `filePath`, as Astro's loader gives it).
 */
export function checkedFilesLoader(collection: FrontmatterCollection, folder: string, files: Loader): Loader {
  return {
    name: 'checked-frontmatter',
    load: async (context: LoaderContext) => {
      const checked = takeCheckedFiles(collection);
      if (checked === undefined) return files.load(context);
      const { store, parseData, generateDigest } = context;
      const stale = new Set(store.keys());
      for (const { file, source, data } of checked) {
        const id = entryIdFromPath(file);
        stale.delete(id);
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) continue;
        const filePath = `${folder}/${file}`;
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
      }
      for (const id of stale) store.delete(id);
    },
  };
}
