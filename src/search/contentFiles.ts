/**
 * Reads the generated collections straight from `content/` (YAML frontmatter and body), for the benchmark
 * and for tests that run outside Astro, and collects them from the build's integrity check, which reads every file
 * before Astro does (so the build can start its search index early). The site's pages read them with `getCollection`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { frontmatterBody, parseFrontmatter } from '../core/frontmatter.ts';
import { entryIdFromPath } from '../core/entryId.ts';
import { schemas } from '../schemas.ts';
import type { ArticleEntry, ChartEntry, DistrictEntry, InitiativeEntry, MetricEntry, OfficialEntry, SearchSource } from './documents.ts';

interface RawEntry {
  id: string;
  data: Record<string, unknown>;
  body: string;
}

/** Every entry of one collection folder, by file name. */
function readCollection(dir: string): RawEntry[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  } catch {
    return [];
  }
  return files.sort().map((file) => {
    const text = readFileSync(path.join(dir, file), 'utf8');
    const front = parseFrontmatter(text);
    if (!front) throw new Error(`${path.join(dir, file)}: no YAML frontmatter`);
    return { id: file.replace(/\.md$/, ''), data: front.data, body: front.body };
  });
}

/** The collections search reads, from a `content/` folder as ingest writes it, checked against the collection schemas. */
export function readSearchSource(contentDir: string): SearchSource {
  const read = (name: string) => readCollection(path.join(contentDir, name));
  const checked = <T>(name: string, schema: { parse(data: unknown): T }) =>
    read(name).map(({ id, data, body }) => {
      try {
        return { id, data: schema.parse(data), body };
      } catch (error) {
        throw new Error(`${path.join(contentDir, name, `${id}.md`)}: ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  return {
    articles: checked('articles', schemas.articles),
    districts: checked('districts', schemas.districts),
    officials: checked('officials', schemas.officials),
    initiatives: checked('initiatives', schemas.initiatives),
    metrics: checked('metrics', schemas.metrics),
    charts: checked('charts', schemas.charts),
  };
}

/**
 * Gathers the collections search reads from the files the build's integrity check has parsed and checked
 * (`checkContent`'s `onParsed`): the id as Astro gives it, the data as the collection's schema returns it (links as
 * slugs), and a story's body as Astro keeps it (after the frontmatter, trimmed).
 */
export class SearchSourceCollector {
  /** The entries gathered so far. */
  readonly source = {
    articles: [] as ArticleEntry[],
    districts: [] as DistrictEntry[],
    officials: [] as OfficialEntry[],
    initiatives: [] as InitiativeEntry[],
    metrics: [] as MetricEntry[],
    charts: [] as ChartEntry[],
  } satisfies SearchSource;

  /** Adds one checked file (`file` relative to its collection's folder; `text` the whole file; `checked` its data). */
  add(collection: string, file: string, text: string, checked: unknown): void {
    if (!Object.hasOwn(this.source, collection)) return;
    const entries = this.source[collection as keyof SearchSource] as { id: string; data: unknown; body?: string }[];
    const id = entryIdFromPath(file);
    entries.push(collection === 'articles' ? { id, data: checked, body: frontmatterBody(text).trim() } : { id, data: checked });
  }
}
