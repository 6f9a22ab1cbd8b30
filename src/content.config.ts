/**
 * The site's collections: the Markdown files ingest writes under `content/<collection>/`, validated with
 * the same schemas ingest checks before it writes, with links as Astro references.
 */
import { defineCollection, reference } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { makeSchemas, type CollectionName } from './schemas.ts';
import { entryIdFromPath } from './core/entryId.ts';
import { checkedFilesLoader, type FrontmatterCollection } from './utils/checkedFiles.ts';

const schemas = makeSchemas((collection) => reference(collection));

/** A collection's folder, from the project's root. */
const folderOf = (name: CollectionName): string => `content/${name}`;

/** Loads `content/<name>/**\/*.md`, keyed by file name (the slug ingest chose), not by Astro's path slug. */
function markdownIn(name: CollectionName) {
  return glob({ base: `./${folderOf(name)}`, pattern: '**/*.md', generateId: ({ entry }) => entryIdFromPath(entry) });
}

/**
 * A collection whose entries are their frontmatter (no page renders their Markdown body): in a build, taken from the
 * files the integrity check has read (`checkedFilesLoader`); on the dev server, read and watched by Astro's loader.
 */
function frontmatterIn(name: FrontmatterCollection): Loader {
  return checkedFilesLoader(name, folderOf(name), markdownIn(name));
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
