/**
 * The feed's items as data for `@astrojs/rss`. Readers treat an RSS `<description>` as HTML once they have decoded
 * the XML, so a story's plain-text summary is HTML-escaped here and XML-escaped by the feed builder: markup printed
 * in a source (`<script>`) reaches a reader as text, never as live HTML.
 */
import type { RSSFeedItem } from '@astrojs/rss';
import { gbtNewspaperCitation, printedSource } from './citation.ts';

/** What the feed needs of a story. */
export interface FeedStory {
  /** Slug of the story. */
  id: string;
  /** Headline. */
  title: string;
  /** First sentence, plain text. */
  summary: string;
  /** Credited names. */
  bylines: string[];
  /** Column label, or null. */
  column: string | null;
  /** Edition date from the sources manifest (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`), or null. */
  published: string | null;
  /** Address of the printed original, or null. */
  url: string | null;
  /** Newspaper it was printed in, or null. */
  publication: string | null;
  /** Page (版次) it was printed on, or null. */
  page: string | null;
}

/** Escapes text for an HTML or XML text node (quotes matter only in attributes). */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One feed item: the description is HTML whose only content is the summary as text. */
export function feedItem(story: FeedStory, link: string): RSSFeedItem {
  return {
    title: story.title,
    link,
    description: escapeHtml(story.summary),
    // A full edition date is the item's pubDate (Shanghai midnight); a month or year alone goes only into dc:date,
    // which allows partial dates. The printed original is cited in dc:source (来源未注明日期 when unknown).
    ...(story.published && story.published.length === 10 ? { pubDate: new Date(`${story.published}T00:00:00+08:00`) } : {}),
    // RSS's own <author> wants an e-mail address; reporters' names go in Dublin Core's creator instead.
    customData: [
      ...story.bylines.map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`),
      story.published ? `<dc:date>${story.published}</dc:date>` : '',
      `<dc:source>${escapeHtml(gbtNewspaperCitation(printedSource(story)))}${story.url ? ` ${escapeHtml(story.url)}` : ''}</dc:source>`,
    ].join(''),
    categories: story.column ? [story.column] : undefined,
  };
}
