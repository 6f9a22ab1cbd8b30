import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildMaterial, generateCorpus, readSourceStories, type CorpusMaterial } from '../../bench/generateCorpus.ts';
import { readStories, runIngest, type SourceFile } from '../../scripts/ingest/pipeline.ts';
import { detectLayout } from '../../scripts/ingest/read/clean.ts';
import { readFrontmatter } from '../../src/core/frontmatter.ts';

const realStories = readSourceStories(join(import.meta.dirname, '..', '..', 'content', 'sources'));
const material: CorpusMaterial = buildMaterial(realStories);
const asSources = (files: { name: string; text: string }[]): SourceFile[] => files.map((f) => ({ name: f.name, bytes: new TextEncoder().encode(f.text) }));

describe('generateCorpus', () => {
  it.each([
    // a size smaller than one page's worth of stories
    { articles: 3, seed: 1 },
    // several pages in both layouts
    { articles: 40, seed: 1 },
    // another seed draws other layouts, places and names
    { articles: 40, seed: 7 },
  ])('the pipeline splits a $articles-story corpus (seed $seed) into exactly that many stories', ({ articles, seed }) => {
    const corpus = generateCorpus(material, { articles, seed });
    expect(corpus.stories).toBe(articles);
    expect(readStories(asSources(corpus.files), [])).toHaveLength(articles);
  });

  it('is deterministic: the same seed gives the same pages, another seed other pages', () => {
    const a = generateCorpus(material, { articles: 30, seed: 3 });
    expect(generateCorpus(material, { articles: 30, seed: 3 })).toEqual(a);
    expect(generateCorpus(material, { articles: 30, seed: 4 }).files.map((f) => f.text)).not.toEqual(a.files.map((f) => f.text));
  });

  it('prints pages in both layouts of the sources: narrow columns and one paragraph a line', () => {
    const layouts = new Set(generateCorpus(material, { articles: 60, seed: 1 }).files.map((f) => detectLayout(f.text)));
    expect(layouts).toEqual(new Set(['column', 'line']));
  });

  it('gives extraction new work: more officials, places and figures than the five sources, few sentences copied verbatim', () => {
    const synthetic = runIngest(asSources(generateCorpus(material, { articles: 30, seed: 2 }).files));
    expect(synthetic.counts.officials).toBeGreaterThan(12);
    expect(synthetic.counts.districts).toBeGreaterThan(27);
    // One draw of 30 stories holds anywhere from about 160 to 220 figures, so figures are counted over three draws.
    const figures = [1, 2, 3].map(
      (seed) => (seed === 2 ? synthetic : runIngest(asSources(generateCorpus(material, { articles: 30, seed }).files))).counts.figures ?? 0,
    );
    expect(figures.reduce((a, b) => a + b, 0)).toBeGreaterThan(3 * 165);
    // Places, names and numbers are redrawn: a figure's sentence is rarely printed as such in the sources.
    const sourceText = realStories.flatMap((s) => s.blocks.map((b) => b.text)).join('\n');
    const quotes = [...synthetic.files].filter(([path]) => path.startsWith('metrics/')).map(([, body]) => String(readFrontmatter(body).quote ?? ''));
    const copied = quotes.filter((q) => q.length > 0 && sourceText.includes(q));
    expect(copied.length / quotes.length).toBeLessThan(0.2);
  });
});
