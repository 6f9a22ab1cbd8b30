/**
 * The names and figures the Markdown processor needs to annotate stories, read straight from the
 * frontmatter of `content/` (the Markdown pipeline runs before Astro's collections are queryable).
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { MetricData } from '../schemas.ts';
import { readFrontmatter } from '../core/frontmatter.ts';
import { entryIdFromPath } from '../core/entryId.ts';

/** A place as the annotator needs it. */
export interface IndexedPlace {
  /** Official full name. */
  name: string;
  /** Other printed forms. */
  aliases: string[];
}

/** A figure as the annotator needs it: the story stating it, the sentence and the figure as printed. */
export type IndexedFigure = Pick<MetricData, 'article' | 'quote' | 'text'>;

/** Everything the annotator looks up, keyed by entry id (the file name without `.md`). */
export interface ContentIndex {
  /** Places by slug. */
  districts: Map<string, IndexedPlace>;
  /** Officials' names by slug. */
  officials: Map<string, string>;
  /** Initiatives' names by slug. */
  initiatives: Map<string, string>;
  /** Figures by id. */
  metrics: Map<string, IndexedFigure>;
}

/** The collections the annotator reads; a change in any of them must re-render the stories. */
const INDEXED = ['districts', 'officials', 'initiatives', 'metrics'] as const;

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .sort();
}

/**
 * Frontmatter already parsed this run by the build's integrity check (`checkContent`), by file path, with the source
 * it was parsed from: the annotator's index then parses each file once per build instead of twice. An entry is used
 * only while the file still holds that very source, and dropped once read.
 */
const parsedFrontmatter = new Map<string, { source: string; data: Record<string, unknown> }>();

/** Remembers the parsed frontmatter of one of the indexed collections' files (see `parsedFrontmatter`). */
export function rememberFrontmatter(contentDir: string, collection: string, file: string, source: string, data: unknown): void {
  if (!(INDEXED as readonly string[]).includes(collection)) return;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return;
  parsedFrontmatter.set(path.join(contentDir, collection, file), { source, data: data as Record<string, unknown> });
}

/** The frontmatter of `file`: remembered from the integrity check when its source is unchanged, else parsed. */
function frontmatterOf(file: string): Record<string, unknown> {
  const source = readFileSync(file, 'utf8');
  const known = parsedFrontmatter.get(file);
  parsedFrontmatter.delete(file);
  return known?.source === source ? known.data : readFrontmatter(source);
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** Reads every place, official, initiative and figure under `contentDir`. Entries missing a name are skipped. */
export function loadContentIndex(contentDir: string): ContentIndex {
  const index: ContentIndex = { districts: new Map(), officials: new Map(), initiatives: new Map(), metrics: new Map() };
  for (const collection of INDEXED) {
    const dir = path.join(contentDir, collection);
    for (const file of markdownFiles(dir)) {
      const data = frontmatterOf(path.join(dir, file));
      const id = entryIdFromPath(file);
      if (collection === 'districts' && str(data.name)) index.districts.set(id, { name: str(data.name), aliases: strings(data.aliases) });
      if (collection === 'officials' && str(data.name)) index.officials.set(id, str(data.name));
      if (collection === 'initiatives' && str(data.name)) index.initiatives.set(id, str(data.name));
      if (collection === 'metrics' && str(data.quote) && str(data.text)) {
        index.metrics.set(id, { article: str(data.article), quote: str(data.quote), text: str(data.text) });
      }
    }
  }
  return index;
}

/**
 * A short hash of the collections the annotator reads, fed file by file in the order of their sorted paths. Passed in
 * the processor's options so that it is part of Astro's config digest: Astro then drops its cached story renderings
 * when a place, name or figure changes, even if the story's own file did not.
 */
export class ContentDigest {
  private readonly hashes = new Map<string, Hash>(INDEXED.map((collection) => [collection, createHash('sha1')]));

  /** Adds one file of a collection (files of the other collections are ignored). */
  add(collection: string, file: string, content: string | Buffer): void {
    this.hashes.get(collection)?.update(`${file}\u0000`).update(content);
  }

  /** The digest of the files added. */
  digest(): string {
    const all = createHash('sha1');
    for (const [collection, hash] of this.hashes) all.update(`${collection}\u0000`).update(hash.digest());
    return all.digest('hex').slice(0, 16);
  }
}

/** The `ContentDigest` of the collections under `contentDir`, read from disk. */
export function contentDigest(contentDir: string): string {
  const digest = new ContentDigest();
  for (const collection of INDEXED) {
    const dir = path.join(contentDir, collection);
    for (const file of markdownFiles(dir)) digest.add(collection, file, readFileSync(path.join(dir, file)));
  }
  return digest.digest();
}
