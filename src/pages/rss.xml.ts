/**
 * `/rss.xml`: the stories, newest source file first, each with its first sentence.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/siteData.ts';
import { articlePath, SITE_DESCRIPTION, SITE_NAME, SITE_NAME_EN } from '../utils/site.ts';
import { feedItem } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await siteData();
  return rss({
    title: `${SITE_NAME} · ${SITE_NAME_EN}`,
    description: SITE_DESCRIPTION,
    site: site ?? 'https://example.invalid',
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    // The summary is plain text: feedItem escapes it for HTML, the feed builder for XML.
    items: stories.map((story) => feedItem({ id: story.id, ...story.data }, articlePath(story.id))),
  });
};
