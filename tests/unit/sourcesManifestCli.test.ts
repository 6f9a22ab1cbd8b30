/**
 * The sources manifest through the ingest CLI: `sources.yaml` beside made-up sources dates their stories, is never
 * read as an article, and a malformed one stops the run naming its line with nothing written.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngestCli } from './ingestCommand.ts';
import { parse } from 'yaml';

const work = mkdtempSync(join(tmpdir(), 'ingest-manifest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ingest = (...args: string[]) => runIngestCli(work, ...args);

const frontmatter = (file: string): Record<string, unknown> => parse(readFileSync(file, 'utf8').split('---\n')[1]!) as Record<string, unknown>;

describe('ingest with sources.yaml', () => {
  const sources = join(work, 'sources');
  const out = join(work, 'out');
  mkdirSync(sources);
  mkdirSync(out);
  // Two made-up stories in newspaper style; only the first is in the manifest.
  writeFileSync(join(sources, '001_a.txt'), '示例区今年新建口袋公园\n\n　　本报讯（记者 张三）示例区今年新建口袋公园12个，新增绿地面积3.5万平方米。\n');
  writeFileSync(join(sources, '002_b.txt'), '示例街道办起社区食堂\n\n　　本报讯（记者 李四）示例街道办起社区食堂5家，每天服务老人800余人次。\n');

  it('gives the listed story its paper, date, page and url, the other nulls, and writes no article for the manifest', () => {
    writeFileSync(
      join(sources, 'sources.yaml'),
      '- file: 001_a.txt\n  publication: 示例日报\n  date: 2023-04-24\n  page: A3\n  url: https://news.example.org/a3.html\n',
    );
    const r = ingest('--in', sources, '--out', out);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const articles = readdirSync(join(out, 'articles')).map((n) => frontmatter(join(out, 'articles', n)));
    expect(articles).toHaveLength(2);
    const bySource = new Map(articles.map((a) => [a.source, a]));
    expect(bySource.get('001_a.txt')).toMatchObject({ published: '2023-04-24', publication: '示例日报', page: 'A3', url: 'https://news.example.org/a3.html' });
    expect(bySource.get('002_b.txt')).toMatchObject({ published: null, publication: null, page: null, url: null });
  });

  it('refuses a malformed manifest, naming sources.yaml and its line, and leaves the output as it was', () => {
    const before = readdirSync(join(out, 'articles')).map((n) => readFileSync(join(out, 'articles', n), 'utf8'));
    writeFileSync(join(sources, 'sources.yaml'), '- file: 001_a.txt\n  date: 2023-04-24\n- file: 002_b.txt\n  date: 2023-13\n');
    const r = ingest('--in', sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: sources\.yaml:3: date `2023-13` of 002_b\.txt is not a date/);
    expect(readdirSync(join(out, 'articles')).map((n) => readFileSync(join(out, 'articles', n), 'utf8'))).toEqual(before);
  });
});
