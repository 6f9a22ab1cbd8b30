/**
 * `/rss.xml`: the stories, newest source file first, each with its first sentence.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../data/load.ts';
import { articlePath, homePath } from '../core/routes.ts';
import { absoluteUrl } from '../core/siteUrl.ts';
import { SITE_DESCRIPTION, SITE_NAME, SITE_NAME_EN } from '../utils/site.ts';
import { feedItem } from '../utils/feed.ts';

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await siteData();
  return rss({
    title: `${SITE_NAME} · ${SITE_NAME_EN}`,
    description: SITE_DESCRIPTION,
    // The channel's link is the front page, under the base path; item links are already under it.
    site: absoluteUrl(homePath(), site),
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    // The summary is plain text: feedItem escapes it for HTML, the feed builder for XML.
    items: stories.map((story) => feedItem({ id: story.id, ...story.data }, articlePath(story.id))),
  });
};
