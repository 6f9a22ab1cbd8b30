import { getRssString } from '@astrojs/rss';
import { describe, expect, it } from 'vitest';
import { feedItem, type FeedStory } from './feed.ts';

/** Decodes XML's (and HTML's) character entities once, as a feed reader does. */
const decode = (text: string): string => text.replace(/&(lt|gt|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', amp: '&' })[e]!);

/** An undated story with no byline or source, changed by `extra`. */
const story = (extra: Partial<FeedStory>): FeedStory => ({
  id: 'x',
  title: '标题',
  summary: '正文。',
  bylines: [],
  column: null,
  published: null,
  url: null,
  publication: null,
  page: null,
  ...extra,
});

/** The RSS document of a feed holding `story` alone. */
const feedOf = (s: FeedStory): Promise<string> =>
  getRssString({
    title: 't',
    description: 'd',
    site: 'https://example.invalid',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: [feedItem(s, '/articles/x/')],
  });

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
      const xml = await feedOf(story({ summary: c.summary, bylines: ['张明远'] }));
      const html = decode(/<item>.*<description>(.*?)<\/description>/su.exec(xml)![1]!);
      expect(html).not.toMatch(/<[a-z]/i);
      expect(decode(html)).toBe(c.summary);
    });
  }
});

describe('the feed item of a dated story', () => {
  it('carries the edition date and cites the printed original', async () => {
    const xml = await feedOf(
      story({
        title: '新区新建口袋公园12处',
        summary: '新区新建口袋公园12处。',
        bylines: ['张明远'],
        published: '2023-04-24',
        url: 'https://news.example.org/a.html',
        publication: '某城日报',
        page: 'A3',
      }),
    );
    expect(xml).toContain('<pubDate>Sun, 23 Apr 2023 16:00:00 GMT</pubDate>');
    expect(xml).toContain('<dc:date>2023-04-24</dc:date>');
    expect(xml).toContain('<dc:source>张明远. 新区新建口袋公园12处[N]. 某城日报, 2023-04-24(A3). https://news.example.org/a.html</dc:source>');
  });

  it('says the date is unknown rather than inventing one', async () => {
    const xml = await feedOf(story({}));
    expect(xml).not.toContain('<pubDate>');
    expect(xml).toContain('来源未注明日期');
  });
});
