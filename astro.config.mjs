// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';

/** The canonical origin of the published site: canonical links, feeds and the sitemap are built from it. */
export const SITE = 'https://jinan-numbers.example';

export default defineConfig({
  site: SITE,
  output: 'static',
  // Every page is a folder (`/articles/<slug>/`), so links, canonicals and the dev server agree on the slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor is native and runs no remark plugins; the CJK plugins make `**强调**`
    // next to full-width punctuation parse as emphasis, which CommonMark's flanking rules otherwise refuse.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough],
      // Straight quotes in the sources are rare and curly ones would clash with the full-width 「」“” of the text.
      smartypants: false,
    }),
  },
});
