/**
 * The built site read from disk: every link and source to the site's own origin must resolve to a file in the
 * build (a `#fragment` to an element with that id on the target page), every absolute address must be under the
 * configured site and base path, and every page must stay under the first-load budget. Runs once, in the desktop
 * project: it reads files, not a browser. `npm test` also runs it on a build made with `SITE_URL` and `BASE_PATH`
 * (in `DIST_DIR`), with the same variables set, so it reads the address the same way the build did.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST } from './pages.ts';
import { PLACEHOLDER_SITE, resolveSiteConfig } from '../../src/core/siteUrl.ts';

/** The address the build was made for (astro.config.mjs reads the same variables). */
const CONFIG = resolveSiteConfig(process.env);
/** The origin canonical links, feeds and the sitemap use. */
const SITE = CONFIG.site;
/** The sub-path every page is served under: `/` or `/jinan/`. */
const BASE = CONFIG.base;
/** First load of any page: its HTML plus the stylesheets and scripts it pulls from the site, gzipped. */
const BUDGET = 60 * 1024;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => statSync(path.join(dir, f)).isFile());
}

const decodeEntities = (text: string): string =>
  text
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');

/** The site path a built file is served at. */
function pageUrl(file: string): URL {
  const rel = file.split(path.sep).join('/');
  const route = rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel;
  return new URL(`${BASE}${route}`, SITE);
}

/** The built file serving a site path, or undefined. Folders need their trailing slash: the site always links them so. */
function fileFor(pathname: string): string | undefined {
  // A path outside the base path is a link the host will not serve.
  if (!pathname.startsWith(BASE)) return undefined;
  const decoded = `/${decodeURIComponent(pathname.slice(BASE.length))}`;
  const candidate = path.join(DIST, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
  try {
    return statSync(candidate).isFile() ? candidate : undefined;
  } catch {
    return undefined;
  }
}

const idCache = new Map<string, Set<string>>();
function idsIn(file: string): Set<string> {
  let ids = idCache.get(file);
  if (!ids) {
    ids = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? '')));
    idCache.set(file, ids);
  }
  return ids;
}

/** Every URL a built file points at: href and src in HTML; loc and link in XML feeds. */
function referencesIn(file: string, text: string): string[] {
  if (file.endsWith('.html')) return [...text.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => decodeEntities(m[1] ?? ''));
  if (file.endsWith('.xml')) return [...text.matchAll(/<(?:loc|link)>([^<]*)<\/(?:loc|link)>/g)].map((m) => decodeEntities(m[1] ?? ''));
  return [];
}

test('every internal link and source resolves to a built file, and every #fragment to an id on it', () => {
  const files = filesUnder(DIST).filter((f) => f.endsWith('.html') || f.endsWith('.xml'));
  expect(files.length, `nothing built in ${DIST}`).toBeGreaterThan(0);
  const broken: string[] = [];
  let checked = 0;
  for (const file of files) {
    const full = path.join(DIST, file);
    const base = pageUrl(file);
    for (const ref of referencesIn(file, readFileSync(full, 'utf8'))) {
      if (ref === '' || /^(mailto|tel|data|javascript):/i.test(ref)) continue;
      const url = new URL(ref, base);
      if (url.origin !== SITE) continue;
      checked += 1;
      const target = url.pathname === base.pathname && !file.endsWith('.xml') ? full : fileFor(url.pathname);
      if (!target) {
        broken.push(`${file}: ${ref} (no file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment !== '' && !idsIn(target).has(fragment)) broken.push(`${file}: ${ref} (no id "${fragment}")`);
    }
  }
  expect(checked, 'no internal links found').toBeGreaterThan(100);
  expect(broken).toEqual([]);
});

test('the figure anchors the figures table links to exist in their stories', () => {
  const table = readFileSync(path.join(DIST, 'figures/index.html'), 'utf8');
  const anchors = [...table.matchAll(new RegExp(`href="(${BASE}articles/[^"#]+/)#(fig-[^"]+)"`, 'g'))];
  expect(anchors.length, 'the figures table links no sentence').toBeGreaterThan(0);
  for (const [, article, id] of anchors) {
    const file = fileFor(article ?? '');
    expect(file, `${article}`).toBeDefined();
    if (file) expect(idsIn(file).has(decodeURIComponent(id ?? '')), `${article}#${id}`).toBe(true);
  }
});

test('every absolute address of the site in pages, feeds, downloads and embed snippets is under its address', () => {
  const files = filesUnder(DIST).filter((f) => /\.(html|xml|json|csv|svg)$/u.test(f));
  const home = `${SITE}${BASE}`;
  const origins = new Set([new URL(SITE).host, new URL(PLACEHOLDER_SITE).host]);
  const wrong = new Set<string>();
  let checked = 0;
  for (const file of files) {
    // Absolute http(s) addresses anywhere in the text: attributes, JSON-LD, the feed, CSV cells, escaped iframe code.
    for (const [raw] of readFileSync(path.join(DIST, file), 'utf8').matchAll(/https?:\/\/[^\s"'<>\\)&,，]+/gu)) {
      let url: URL;
      try {
        url = new URL(raw);
      } catch {
        continue;
      }
      if (!origins.has(url.host)) continue;
      checked += 1;
      if (!raw.startsWith(home) && `${raw}/` !== home) wrong.add(`${file}: ${raw}`);
    }
  }
  expect(checked, 'no absolute address of the site found').toBeGreaterThan(100);
  expect([...wrong].slice(0, 20)).toEqual([]);
});

test('pages say the address is a placeholder exactly when the build had no SITE_URL', () => {
  const pages = filesUnder(DIST).filter((f) => f.endsWith('.html') && !f.startsWith('embed'));
  expect(pages.length, `no pages built in ${DIST}`).toBeGreaterThan(0);
  const saying = pages.filter((f) => readFileSync(path.join(DIST, f), 'utf8').includes('只是占位符'));
  expect(saying.length).toBe(CONFIG.placeholder ? pages.length : 0);
});

test('every page loads under 60 KB gzipped, stylesheets and scripts included', () => {
  const pages = filesUnder(DIST).filter((f) => f.endsWith('.html'));
  expect(pages.length, `no pages built in ${DIST}`).toBeGreaterThan(0);
  const over: string[] = [];
  for (const file of pages) {
    const html = readFileSync(path.join(DIST, file));
    let total = gzipSync(html).length;
    const assets = [...html.toString('utf8').matchAll(/<(?:link[^>]*rel="stylesheet"[^>]*href|script[^>]*src)="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const asset of assets) {
      const url = new URL(decodeEntities(asset), pageUrl(file));
      const assetFile = url.origin === SITE ? fileFor(url.pathname) : undefined;
      if (assetFile) total += gzipSync(readFileSync(assetFile)).length;
    }
    if (total > BUDGET) over.push(`${file}: ${(total / 1024).toFixed(1)} KB`);
  }
  expect(over).toEqual([]);
});
