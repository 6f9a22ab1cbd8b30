// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkCjkFriendlyGfmStrikethrough from 'remark-cjk-friendly-gfm-strikethrough';
import sitemap from '@astrojs/sitemap';
import rehypeAnnotate from './src/markdown/rehypeAnnotate.ts';
import { ContentDigest, contentDigest, rememberFrontmatter } from './src/markdown/contentIndex.ts';
import { SearchSourceCollector } from './src/search/contentFiles.ts';
import { FRONTMATTER_COLLECTIONS, handOverCheckedFile, openCheckedFiles } from './src/utils/checkedFiles.ts';
import { startSiteShards } from './src/search/indexCache.ts';
import { createHash } from 'node:crypto';
import { chartStyle } from './src/charts/colors.ts';
import { checkContent, finishInterruptedIngest } from './scripts/ingest/write/checkContent.ts';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { resolveSiteConfig } from './src/core/siteUrl.ts';
import { splitDataStoreLiteral } from './src/utils/dataStoreModule.ts';

// SITE_URL and BASE_PATH come from the environment, else from a `.env` file beside this config (the environment wins).
const envFile = fileURLToPath(new URL('./.env', import.meta.url));
if (existsSync(envFile)) {
  for (const [key, value] of Object.entries(parseEnv(readFileSync(envFile, 'utf8')))) {
    if ((key === 'SITE_URL' || key === 'BASE_PATH') && process.env[key] === undefined) process.env[key] = value;
  }
}
const siteConfig = resolveSiteConfig(process.env);
// Code loaded with this config (the Markdown plugins) builds its links from BASE_PATH; give it the normal form.
process.env.BASE_PATH = siteConfig.base;

/** The canonical origin of the published site: canonical links, feeds, the sitemap, citations and embeds use it. */
export const SITE = siteConfig.site;

const isBuild = process.argv.includes('build');
if (siteConfig.placeholder && isBuild) {
  const bar = '!'.repeat(78);
  console.warn(
    `\n${bar}\n!! SITE_URL is not set: canonical links, feeds, the sitemap, citations and embed snippets will point at\n` +
      `!! the placeholder ${SITE}, and every page says so. For a real address: SITE_URL=https://… npm run build\n` +
      `!! (and BASE_PATH=/sub-path when the site is served under one). See README, "Publishing".\n${bar}\n`,
  );
}

/** The collections ingest writes; the story annotator reads its names and figures from here. */
const CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));
// Before anything below reads content/ (the annotator's digest), finish a swap an interrupted ingest left there.
const ingestNotice = finishInterruptedIngest(CONTENT_DIR);
if (ingestNotice) console.warn(`[content-integrity] ${ingestNotice}`);

/**
 * The digest of the collections the story annotator reads (`ContentDigest`), in its options: from the files the
 * integrity check has read when it ran (a build, the dev server), else read for it. Astro reads it when it compares
 * its config with the cached content's, after the check.
 */
/** @type {string | undefined} */
let checkedDigest;
/** @type {string | undefined} */
let annotatorDigest;
const annotatorOptions = { contentDir: CONTENT_DIR };
Object.defineProperty(annotatorOptions, 'digest', {
  enumerable: true,
  get: () => (annotatorDigest ??= checkedDigest ?? contentDigest(CONTENT_DIR)),
});

/** The search index a build starts from the checked collections, and where its worker writes the shard files. */
/** @type {import('./src/search/indexCache.ts').StartedIndex | undefined} */
let searchIndex;
/** @type {Promise<number> | undefined} */
let shardsWritten;
let shardDir = '';

/**
 * Refuses to build or serve broken data: a missing collection, a schema error or a reference to nothing fails the
 * build naming the file (Astro itself only logs an invalid reference and publishes). It also finishes a swap an
 * interrupted ingest left in content/ before Astro reads it.
 */
const contentIntegrity = {
  name: 'content-integrity',
  hooks: {
    /** @param {{ command: string, logger: import('astro').AstroIntegrationLogger }} options */
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build' && command !== 'dev') return;
      let notice;
      // A build starts its search index from what the check read, on a worker thread, while Astro goes on.
      const search = command === 'build' ? new SearchSourceCollector() : null;
      // A build hands the files it checks to the collections' loaders, which then neither read nor parse them again.
      if (command === 'build') openCheckedFiles(FRONTMATTER_COLLECTIONS);
      const digest = new ContentDigest();
      try {
        notice = checkContent(CONTENT_DIR, 'content', (collection, file, source, data, checked) => {
          rememberFrontmatter(CONTENT_DIR, collection, file, source, data);
          search?.add(collection, file, source, checked);
          handOverCheckedFile(collection, file, source, data);
          digest.add(collection, file, source);
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        logger.error(message);
        throw new Error(`content/ is broken, so nothing was built: ${message}`);
      }
      if (notice) logger.info(notice);
      checkedDigest = digest.digest();
      if (search) searchIndex = startSiteShards(search.source, siteConfig.base);
    },
    /** @param {{ config: import('astro').AstroConfig }} options */
    'astro:config:done': ({ config }) => {
      shardDir = fileURLToPath(new URL('search/shards/', config.outDir));
    },
    // The output folder has just been emptied: the index worker writes the shard files into it while the pages render.
    'astro:build:setup': () => {
      shardsWritten ??= searchIndex?.writeFiles(shardDir);
      shardsWritten?.catch(() => undefined);
    },
    /** @param {{ logger: import('astro').AstroIntegrationLogger }} options */
    'astro:build:done': async ({ logger }) => {
      if (!searchIndex) return;
      const count = await (shardsWritten ??= searchIndex.writeFiles(shardDir));
      logger.info(`search index: ${count} shard files written by its worker`);
    },
  },
};

export default defineConfig({
  site: SITE,
  base: siteConfig.base,
  // A build for another address keeps its own content cache: its rendered stories carry other links, and
  // `npm test` builds for two addresses at once.
  ...(siteConfig.placeholder && siteConfig.base === '/'
    ? {}
    : { cacheDir: `./node_modules/.astro-${createHash('sha256').update(`${siteConfig.site}${siteConfig.base}`).digest('hex').slice(0, 10)}` }),
  output: 'static',
  // Every page is a folder (`/articles/<slug>/`), so links, canonicals and the dev server agree on the slash.
  trailingSlash: 'always',
  // Several pages at a time: the chart PNGs are drawn on a pool of worker threads (src/charts/pngWorker.ts), so
  // while one is drawn the next pages render, and both cores stay busy.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Astro's content store reaches the build as one string literal, whose compile time grows with its square.
  vite: { plugins: [splitDataStoreLiteral()] },
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
  integrations: [contentIntegrity, sitemap({ filter: (page) => !new URL(page).pathname.startsWith(`${siteConfig.base}embed/`) })],
  markdown: {
    // No story has code, and Shiki's inline styles would break the Content-Security-Policy (a warning on every build).
    syntaxHighlight: false,
    // Astro 7's default processor is native and runs no remark plugins; the CJK plugins make `**强调**`
    // next to full-width punctuation parse as emphasis, which CommonMark's flanking rules otherwise refuse.
    processor: unified({
      remarkPlugins: [remarkCjkFriendly, remarkCjkFriendlyGfmStrikethrough],
      // Links names and marks figures in stories. The digest makes Astro drop cached renderings when a place,
      // name or figure changes even though the story's own file did not.
      rehypePlugins: [[rehypeAnnotate, annotatorOptions]],
      // Straight quotes in the sources are rare and curly ones would clash with the full-width 「」“” of the text.
      smartypants: false,
    }),
  },
});
