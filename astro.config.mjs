// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import sitemap from '@astrojs/sitemap';
import rehypeAnnotate from './src/markdown/rehypeAnnotate.ts';
import { contentDigest } from './src/markdown/contentIndex.ts';
import { createHash } from 'node:crypto';
import { chartStyle } from './src/charts/colors.ts';

/** The canonical origin of the published site: canonical links, feeds and the sitemap are built from it. */
export const SITE = 'https://jinan-numbers.example';

/** The collections ingest writes; the story annotator reads its names and figures from here. */
const CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));

export default defineConfig({
  site: SITE,
  output: 'static',
  // Every page is a folder (`/articles/<slug>/`), so links, canonicals and the dev server agree on the slash.
  trailingSlash: 'always',
  // Several pages at a time: the chart PNGs are drawn on worker threads (resvg's renderAsync), so while one is
  // drawn the next pages render, and both cores stay busy.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // A Content-Security-Policy meta tag on every page: scripts and styles only from the site itself or hashed by
  // Astro, no third-party requests of any kind, no plugins, and forms and <base> only to the site's own origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "frame-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Every chart SVG carries its own <style> (so a downloaded SVG looks the same as on the page); Astro cannot
      // see inside it, so its hash is listed here.
      styleDirective: { hashes: [`sha256-${createHash('sha256').update(chartStyle('page')).digest('base64')}`] },
    },
  },
  // Embeds are iframe content, not pages to land on from a search engine.
  integrations: [sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/embed/') })],
  markdown: {
    // Astro 7's default processor is native and runs no remark plugins; the CJK plugins make `**强调**`
    // next to full-width punctuation parse as emphasis, which CommonMark's flanking rules otherwise refuse.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough],
      // Links names and marks figures in stories. The digest makes Astro drop cached renderings when a place,
      // name or figure changes even though the story's own file did not.
      rehypePlugins: [[rehypeAnnotate, { contentDir: CONTENT_DIR, digest: contentDigest(CONTENT_DIR) }]],
      // Straight quotes in the sources are rare and curly ones would clash with the full-width 「」“” of the text.
      smartypants: false,
    }),
  },
});
