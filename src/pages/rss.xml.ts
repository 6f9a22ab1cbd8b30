/**
 * `/rss.xml`: the stories, newest source file first, each with its first sentence.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/siteData.ts';
import { articlePath, SITE_DESCRIPTION, SITE_NAME, SITE_NAME_EN } from '../utils/site.ts';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await siteData();
  return rss({
    title: `${SITE_NAME} · ${SITE_NAME_EN}`,
    description: SITE_DESCRIPTION,
    site: site ?? 'https://example.invalid',
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    // RSS's own <author> wants an e-mail address; reporters' names go in Dublin Core's creator instead.
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: stories.map((story) => ({
      title: story.data.title,
      link: articlePath(story.id),
      description: story.data.summary,
      customData: story.data.bylines.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
      categories: story.data.column ? [story.data.column] : undefined,
    })),
  });
};
