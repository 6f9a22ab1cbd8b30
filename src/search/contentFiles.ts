/**
 * Reads the generated collections straight from `content/` (YAML frontmatter and body), for the benchmark
 * and for tests that run outside Astro. The site itself reads them with `getCollection`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter } from '../core/frontmatter.ts';
import { schemas } from '../schemas.ts';
import type { SearchSource } from './documents.ts';

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
