/**
 * `/rss.xml`: the stories, newest source file first, each with its first sentence.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { siteData } from '../lib/siteData.ts';
import { articlePath, SITE_DESCRIPTION, SITE_NAME, SITE_NAME_EN } from '../utils/site.ts';
import { gbtNewspaperCitation, printedSource } from '../utils/citation.ts';
import { PLACEHOLDER_SITE, sitePath } from '../utils/siteUrl.ts';

const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const GET: APIRoute = async ({ site }) => {
  const { stories } = await siteData();
  return rss({
    title: `${SITE_NAME} · ${SITE_NAME_EN}`,
    description: SITE_DESCRIPTION,
    // The channel's link is the front page, under the base path; item links are already under it.
    site: new URL(sitePath('/'), site ?? PLACEHOLDER_SITE).href,
    trailingSlash: true,
    customData: '<language>zh-cn</language>',
    // RSS's own <author> wants an e-mail address; reporters' names go in Dublin Core's creator instead.
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/' },
    items: stories.map((story) => ({
      title: story.data.title,
      link: articlePath(story.id),
      description: story.data.summary,
      // A full edition date is the item's pubDate (Shanghai midnight); a month or year alone goes only into dc:date,
      // which allows partial dates. The printed original is cited in dc:source (来源未注明日期 when unknown).
      ...(story.data.published && story.data.published.length === 10 ? { pubDate: new Date(`${story.data.published}T00:00:00+08:00`) } : {}),
      customData: [
        ...story.data.bylines.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`),
        story.data.published ? `<dc:date>${story.data.published}</dc:date>` : '',
        `<dc:source>${escapeXml(gbtNewspaperCitation(printedSource(story.data)))}${story.data.url ? ` ${escapeXml(story.data.url)}` : ''}</dc:source>`,
      ].join(''),
      categories: story.data.column ? [story.data.column] : undefined,
    })),
  });
};
