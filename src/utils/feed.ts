/**
 * The feed's items as data for `@astrojs/rss`. Readers treat an RSS `<description>` as HTML once they have decoded
 * the XML, so a story's plain-text summary is HTML-escaped here and XML-escaped by the feed builder: markup printed
 * in a source (`<script>`) reaches a reader as text, never as live HTML.
 */
import type { RSSFeedItem } from '@astrojs/rss';

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
}

/** Escapes text for an HTML or XML text node (quotes matter only in attributes). */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One feed item: the description is HTML whose only content is the summary as text. */
export function feedItem(story: FeedStory, link: string): RSSFeedItem {
  return {
    title: story.title,
    link,
    description: escapeHtml(story.summary),
    // RSS's own <author> wants an e-mail address; reporters' names go in Dublin Core's creator instead.
    customData: story.bylines.map((name) => `<dc:creator>${escapeHtml(name)}</dc:creator>`).join(''),
    categories: story.column ? [story.column] : undefined,
  };
}
