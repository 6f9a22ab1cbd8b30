import { expect, test } from '@playwright/test';
import { listedStories } from './listing.ts';

/** One page of each type, the story page picked from the built list. */
async function pagesToCheck(page: import('@playwright/test').Page): Promise<string[]> {
  const [story] = await listedStories(page);
  return ['/', '/articles/', ...(story ? [story.href] : [])];
}

test('every page type is Chinese, has one h1, landmarks, and no client script', async ({ page }) => {
  for (const path of await pagesToCheck(page)) {
    await page.goto(path);
    await expect(page.locator('html'), path).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 }), path).toHaveCount(1);
    await expect(page.getByRole('banner'), path).toHaveCount(1);
    await expect(page.getByRole('main'), path).toHaveCount(1);
    await expect(page.getByRole('contentinfo'), path).toHaveCount(1);
    await expect(page.getByRole('navigation', { name: '主导航' }), path).toBeVisible();
    await expect(page.getByRole('banner').getByRole('link', { name: /泉城数读/ }), path).toBeVisible();
    await expect(page.locator('script'), `${path} ships JavaScript`).toHaveCount(0);
  }
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

test('no page scrolls sideways', async ({ page }) => {
  for (const path of await pagesToCheck(page)) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${path} is wider than the screen`).toBeLessThanOrEqual(0);
  }
});

test('an unknown address gets the not-found page with a way home', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
  await expect(page.getByRole('main').getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
});
