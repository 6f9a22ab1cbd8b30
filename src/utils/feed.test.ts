import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedItem, type FeedStory } from './feed.ts';

/** Decodes XML's (and HTML's) character entities once, as a feed reader does. */
const decode = (text: string): string => text.replace(/&(lt|gt|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!);

async function descriptionOf(story: FeedStory): Promise<string> {
  const xml = await getRssString({
    title: 't',
    description: 'd',
    site: 'https://example.invalid',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: [feedItem(story, '/articles/x/')],
  });
  return /<item>.*<description>(.*?)<\/description>/su.exec(xml)![1]!;
}

describe('the feed description', () => {
  const cases: { name: string; summary: string }[] = [
    // Markup printed in a source must reach the reader as text, not as a script.
    { name: 'a script tag', summary: '市民反映<script>alert(1)</script>问题已解决。' },
    // An ampersand and an entity-looking string are text too.
    { name: 'an ampersand and an entity', summary: '研发（R&D）投入增长&lt;10%。' },
    // Plain Chinese text comes through unchanged.
    { name: 'plain text', summary: '历下区新建口袋公园12处。' },
  ];
  for (const c of cases) {
    it(`carries ${c.name} as text: XML-decoded it is HTML whose text is the summary`, async () => {
      const raw = await descriptionOf({
        id: 'x',
        title: '标题',
        summary: c.summary,
        bylines: ['张明远'],
        column: null,
        published: null,
        url: null,
        publication: null,
        page: null,
      });
      const html = decode(raw);
      expect(html).not.toMatch(/<[a-z]/i);
      expect(decode(html)).toBe(c.summary);
    });
  }
});

describe('the feed item of a dated story', () => {
  it('carries the edition date and cites the printed original', async () => {
    const story: FeedStory = {
      id: 'x',
      title: '新区新建口袋公园12处',
      summary: '新区新建口袋公园12处。',
      bylines: ['张明远'],
      column: null,
      published: '2023-04-24',
      url: 'https://news.example.org/a.html',
      publication: '某城日报',
      page: 'A3',
    };
    const xml = await getRssString({
      title: 't',
      description: 'd',
      site: 'https://example.invalid',
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items: [feedItem(story, '/articles/x/')],
    });
    expect(xml).toContain('<pubDate>Sun, 23 Apr 2023 16:00:00 GMT</pubDate>');
    expect(xml).toContain('<dc:date>2023-04-24</dc:date>');
    expect(xml).toContain('<dc:source>张明远. 新区新建口袋公园12处[N]. 某城日报, 2023-04-24(A3). https://news.example.org/a.html</dc:source>');
  });

  it('says the date is unknown rather than inventing one', async () => {
    const story: FeedStory = {
      id: 'x',
      title: '标题',
      summary: '正文。',
      bylines: [],
      column: null,
      published: null,
      url: null,
      publication: null,
      page: null,
    };
    const xml = await getRssString({
      title: 't',
      description: 'd',
      site: 'https://example.invalid',
      xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
      items: [feedItem(story, '/articles/x/')],
    });
    expect(xml).not.toContain('<pubDate>');
    expect(xml).toContain('来源未注明日期');
  });
});
