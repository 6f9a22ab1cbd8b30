/**
 * The site's collections: the Markdown files ingest writes under `content/<collection>/`, validated with
 * the same schemas ingest checks before it writes, with links as Astro references.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { makeSchemas, type CollectionName } from './schemas.ts';
import { entryIdFromPath } from './core/entryId.ts';
import { takeCheckedFiles, type FrontmatterCollection } from './core/checkedFiles.ts';

const schemas = makeSchemas((collection) => reference(collection));

/** Loads `content/<name>/**\/*.md`, keyed by file name (the slug ingest chose), not by Astro's path slug. */
function markdownIn(name: CollectionName) {
  return glob({ base: `./content/${name}`, pattern: '**/*.md', generateId: ({ entry }) => entryIdFromPath(entry) });
}

/**
 * A collection whose entries are their frontmatter: no page renders their Markdown body (a figure's file repeats its
 * sentence there for a reader of the file). In a build, the files the config's integrity check has read and parsed
 * are taken as they are, keyed and skipped by digest as Astro's own file loader does, without being read, parsed or
 * rendered again: at 10,000 stories that is some 74,000 files. On the dev server, which watches the files, and
 * wherever nothing was handed over, Astro's file loader reads them.
 */
function frontmatterIn(name: FrontmatterCollection): Loader {
  const files = markdownIn(name);
  return {
    name: 'checked-frontmatter',
    load: async (context) => {
      const checked = takeCheckedFiles(name);
      if (checked === undefined) return files.load(context);
      const { store, parseData, generateDigest } = context;
      const stale = new Set(store.keys());
      for (const { file, source, data } of checked) {
        const id = entryIdFromPath(file);
        stale.delete(id);
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) continue;
        const filePath = `content/${name}/${file}`;
        store.set({ id, data: await parseData({ id, data, filePath }), filePath, digest });
      }
      for (const id of stale) store.delete(id);
    },
  };
}

// Spelled out per collection: a generic helper would widen each schema to `BaseSchema` and lose the entry types.
/** Every collection of the site, by folder name. */
export const collections = {
  articles: defineCollection({ loader: markdownIn('articles'), schema: schemas.articles }),
  officials: defineCollection({ loader: frontmatterIn('officials'), schema: schemas.officials }),
  districts: defineCollection({ loader: frontmatterIn('districts'), schema: schemas.districts }),
  initiatives: defineCollection({ loader: frontmatterIn('initiatives'), schema: schemas.initiatives }),
  metrics: defineCollection({ loader: frontmatterIn('metrics'), schema: schemas.metrics }),
  charts: defineCollection({ loader: frontmatterIn('charts'), schema: schemas.charts }),
} satisfies Record<CollectionName, unknown>;
