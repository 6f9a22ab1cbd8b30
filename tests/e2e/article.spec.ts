import { expect, test } from '@playwright/test';
import { BROKEN_HAN, chineseShare, listedStories } from './listing.ts';

test('a story opened from the list shows its headline and clean Chinese text', async ({ page }) => {
  const stories = await listedStories(page);
  const story = stories[0];
  expect(story, 'the story list is empty').toBeDefined();
  if (!story) return;

  await page.getByRole('main').getByRole('link', { name: story.headline, exact: true }).first().click();
  await expect(page).toHaveURL((url) => url.pathname === story.href);

  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveCount(1);
  await expect(h1).toHaveText(story.headline);

  const first = page.getByRole('region', { name: '正文' }).getByRole('paragraph').first();
  const text = await first.textContent();
  expect(text?.trim().length ?? 0, 'first paragraph is empty').toBeGreaterThan(0);
  expect(text, 'first paragraph keeps a line break').not.toMatch(/[\r\n]/);
  expect(text, 'first paragraph has a space between Chinese characters').not.toMatch(BROKEN_HAN);
  expect(chineseShare(text ?? ''), 'first paragraph is not mostly Chinese').toBeGreaterThan(0.5);
});

test('every story page has the listed headline as its only h1 and a clean first paragraph', async ({ page }) => {
  const stories = await listedStories(page);
  expect(stories.length, 'the story list is empty').toBeGreaterThan(0);
  for (const story of stories) {
    await page.goto(story.href);
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1, story.href).toHaveCount(1);
    await expect(h1, story.href).toHaveText(story.headline);
    const body = page.getByRole('region', { name: '正文' }).getByRole('paragraph').first();
    const text = (await body.textContent()) ?? '';
    expect.soft(text.trim(), `${story.href}: body has no paragraph text`).not.toBe('');
    expect.soft(text, `${story.href}: line break inside the first paragraph`).not.toMatch(/[\r\n]/);
    expect.soft(text, `${story.href}: space between Chinese characters`).not.toMatch(BROKEN_HAN);
  }
});

test('the front page lists the latest stories in order and links to all of them', async ({ page }) => {
  const stories = await listedStories(page);
  await page.goto('/');
  const latest = page.getByRole('region', { name: '最新报道' });
  const links = latest.getByRole('heading', { level: 3 }).getByRole('link');
  const shown = await Promise.all((await links.all()).map(async (link) => `${await link.getAttribute('href')} ${(await link.innerText()).trim()}`));
  expect(shown.length).toBeGreaterThan(0);
  expect(shown).toEqual(stories.slice(0, shown.length).map((story) => `${story.href} ${story.headline}`));
  await expect(latest.getByRole('link', { name: `全部 ${stories.length} 篇报道` })).toHaveAttribute('href', '/articles/');
});
