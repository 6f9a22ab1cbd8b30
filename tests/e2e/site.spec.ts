import { expect, test } from '@playwright/test';
import { samplePages } from './pages.ts';

/** One page of each type the site has (see `samplePages`). */
const PAGES = samplePages();
/** Embeds are iframe content: no site header, navigation or footer, by design. */
const isEmbed = (path: string): boolean => path.startsWith('/embed/');
/** The permalink a page declares canonical: an embed points at the page it embeds; a query is not part of it. */
const canonicalPath = (path: string): string =>
  path
    .replace(/^\/embed\/figures\//u, '/figures/')
    .replace(/^\/embed\//u, '/charts/')
    .replace(/\?.*$/u, '');

/** Code a reading page may carry: a keyboard shortcut or a table filter, never an app (JSON-LD is data, not code). */
const TINY_SCRIPT = 4 * 1024;
/** The search page is the one app: fuse.js and the results list (its index is fetched, and budgeted, separately). */
const SEARCH_SCRIPT = 40 * 1024;

test('a page of every type is checked', () => {
  expect(PAGES.length).toBeGreaterThanOrEqual(15);
});

// One visit a page type checks everything a reader's browser shows of it: language, headings and landmarks, the
// script it ships, its width, its canonical address and sharing tags, and (on desktop: no width changes them) the
// Content-Security-Policy and that nothing is asked of another origin.
for (const { type, path } of PAGES) {
  test(`${type} page: Chinese, one h1, landmarks, a tiny script at most, no sideways scroll, canonical URL and tags, CSP`, async ({
    page,
    baseURL,
  }, testInfo) => {
    const checkTrust = testInfo.project.name === 'desktop';
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const violations: string[] = [];
    if (checkTrust) {
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
      });
      page.on('console', (message) => {
        if (/Content.Security.Policy/iu.test(message.text())) violations.push(message.text());
      });
    }
    await page.goto(path);

    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    if (!isEmbed(path)) {
      await expect(page.getByRole('banner'), path).toHaveCount(1);
      await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
      await expect(page.getByRole('navigation', { name: '主导航' }), path).toBeVisible();
      await expect(page.getByRole('banner').getByRole('link', { name: /泉城数读/ }), path).toBeVisible();
    }
    const code = await page.locator('script:not([type="application/ld+json"])').evaluateAll(async (scripts) => {
      const sizes = await Promise.all(
        scripts.map(async (s) => (s instanceof HTMLScriptElement && s.src ? (await (await fetch(s.src)).text()).length : (s.textContent ?? '').length)),
      );
      return sizes.reduce((a, b) => a + b, 0);
    });
    expect(code, `${path} ships more than a tiny script`).toBeLessThanOrEqual(path.startsWith('/search/') ? SEARCH_SCRIPT : TINY_SCRIPT);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);

    if (type !== 'not found') {
      await expect(page.locator('link[rel="canonical"]'), path).toHaveAttribute('href', `https://jinan-numbers.example${canonicalPath(path)}`);
      // Embeds are shared as their permalink, which carries the Open Graph tags.
      if (!isEmbed(path)) await expect(page.locator('meta[property="og:title"]'), path).toHaveAttribute('content', /.+/);
      const ld = await page.locator('script[type="application/ld+json"]').allTextContents();
      const types = ld.map((text) => (JSON.parse(text) as { '@type': string })['@type']);
      if (type === 'article') expect(types, path).toContain('NewsArticle');
      if (type === 'figure' || type === 'figures') expect(types, path).toContain('Dataset');
    }

    if (!checkTrust) return;
    await page.waitForLoadState('networkidle');
    // Focus the search box where there is one: that is when the search index loads.
    const box = page.getByRole('searchbox').first();
    if ((await box.count()) > 0) {
      await box.focus();
      await page.waitForLoadState('networkidle');
    }
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp, 'no Content-Security-Policy meta tag').toMatch(/default-src 'self'/u);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/u);
    expect(foreign, 'requests to other origins').toEqual([]);
    expect(violations, 'CSP violations').toEqual([]);
  });
}

test('every page type, embeds included, links an icon that exists (no request for a missing /favicon.ico)', async ({ request }) => {
  expect(PAGES.length, 'no pages').toBeGreaterThan(0);
  const icons = new Set<string>();
  for (const { path } of PAGES) {
    const html = await (await request.get(path)).text();
    const links = [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/gu)].map((m) => /href="([^"]+)"/u.exec(m[0])?.[1]);
    expect(links, path).toHaveLength(1);
    icons.add(links[0]!);
  }
  for (const href of icons) expect((await request.get(href)).status(), href).toBe(200);
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('an unknown address gets the not-found page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('main').getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});

test('the feed and the sitemap are built', async ({ page }) => {
  const rss = await page.request.get('/rss.xml');
  expect(rss.ok()).toBe(true);
  expect(await rss.text()).toContain('<item>');
  const sitemap = await page.request.get('/sitemap-index.xml');
  expect(sitemap.ok()).toBe(true);
  expect(await sitemap.text()).toContain('sitemap-0.xml');
});
