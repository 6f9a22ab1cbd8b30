/**
 * The one place the site reads its collections: `getCollection` once per build, joined by `buildSite`. Pages take
 * this and pick their view; everything else in `src/data/` is pure and tested without Astro.
 */
import { getCollection } from 'astro:content';
import { buildSite, type Corpus, type SiteData } from './site.ts';

async function loadCorpus(): Promise<Corpus> {
  const [articles, officials, districts, initiatives, metrics] = await Promise.all([
    getCollection('articles'),
    getCollection('officials'),
    getCollection('districts'),
    getCollection('initiatives'),
    getCollection('metrics'),
  ]);
  return { articles, officials, districts, initiatives, metrics };
}

let cached: Promise<SiteData> | undefined;

/** The joined collections; loaded once per build and shared by every page. */
export function siteData(): Promise<SiteData> {
  // The dev server keeps modules alive across content edits; only a build may reuse the first load.
  if (import.meta.env.DEV) return loadCorpus().then(buildSite);
  cached ??= loadCorpus().then(buildSite);
  return cached;
}
