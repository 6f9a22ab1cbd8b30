/**
 * Weight: the search page stays under 150 KB gzipped with the index it loads lazily. (Every other page's 60 KB
 * budget is checked in crawl.spec.ts; that no page of any type scrolls sideways at 360 px, in site.spec.ts.)
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const SEARCH_BUDGET = 150 * 1024;

test('the search page with its lazily loaded index weighs under 150 KB gzipped', async ({ page }) => {
  const sizes = new Map<string, number>();
  page.on('response', async (response) => {
    if (response.request().method() !== 'GET' || !response.ok()) return;
    const body = await response.body().catch(() => null);
    if (body) sizes.set(response.url(), gzipSync(body).length);
  });
  await page.goto('/search/?q=%E7%89%A9%E6%B5%81');
  await expect(page.getByRole('link', { name: /物流/u }).first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  expect(
    [...sizes.keys()].some((url) => /search-index/u.test(url)),
    'the index was loaded',
  ).toBe(true);
  expect(total, [...sizes].map(([u, n]) => `${u}: ${(n / 1024).toFixed(1)} KB`).join('\n')).toBeLessThan(SEARCH_BUDGET);
});
