import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../core/frontmatter.ts';
import { COLLECTIONS, schemas } from '../schemas.ts';
import { buildSearchDocs } from './documents.ts';
import { readSearchSource, SearchSourceCollector } from './contentFiles.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');

describe('SearchSourceCollector', () => {
  it('gathers from checked files the same search documents as reading content/ with the schemas', () => {
    const collector = new SearchSourceCollector();
    // Fed as the build's integrity check feeds it: every collection's files, each with its schema's output.
    for (const collection of COLLECTIONS) {
      const dir = path.join(CONTENT, collection);
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(path.join(dir, file), 'utf8');
        collector.add(collection, file, text, schemas[collection].parse(readFrontmatter(text)));
      }
    }
    const docs = buildSearchDocs(collector.source);
    expect(docs.length).toBeGreaterThan(0);
    expect(docs).toEqual(buildSearchDocs(readSearchSource(CONTENT)));
  });

  it('keeps a story body as Astro does: after the frontmatter, trimmed', () => {
    const collector = new SearchSourceCollector();
    collector.add('articles', 'mou-jie-dao.md', '---\ntitle: 某街道新建养老服务站3处\n---\n\n近日，某街道新建养老服务站3处。\n', {
      title: '某街道新建养老服务站3处',
    });
    collector.add('sources', 'sources.md', '---\n---\n', {});
    expect(collector.source.articles).toEqual([{ id: 'mou-jie-dao', data: { title: '某街道新建养老服务站3处' }, body: '近日，某街道新建养老服务站3处。' }]);
    expect(Object.values(collector.source).flat()).toHaveLength(1);
  });
});
