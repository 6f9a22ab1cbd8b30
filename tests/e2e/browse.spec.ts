import { expect, test, type Locator, type Page } from '@playwright/test';
import { allFigures, pathOf } from './pages.ts';
import { listedStories } from './listing.ts';
import { PAGE_SIZE } from '../../src/utils/paging.ts';

/** Links in `scope` whose target path starts with `prefix`. */
async function linksTo(scope: Locator, prefix: string): Promise<Locator[]> {
  const found: Locator[] = [];
  for (const link of await scope.getByRole('link').all()) if (((await link.getAttribute('href')) ?? '').startsWith(prefix)) found.push(link);
  return found;
}

/** A story whose text links a place that has figures: the place link and the story's path. */
async function storyWithPlaceFigures(page: Page): Promise<{ story: string; place: string }> {
  const figures = await allFigures(page);
  const placesWithFigures = new Set(figures.flatMap((f) => (f.place ? [f.place.id, ...f.place.within] : [])));
  for (const { href } of await listedStories(page)) {
    await page.goto(href);
    for (const link of await linksTo(page.getByRole('region', { name: '正文' }), '/districts/')) {
      const target = (await link.getAttribute('href')) ?? '';
      if (placesWithFigures.has(target.split('/')[2] ?? '')) return { story: href, place: target };
    }
  }
  throw new Error('no story links a place that has figures');
}

test('story → place → figure → sentence, and back to the figure', async ({ page }) => {
  const { story, place } = await storyWithPlaceFigures(page);

  // The story names the place in its text; the link opens the place's page.
  await page.goto(story);
  const placeLink = (await linksTo(page.getByRole('region', { name: '正文' }), place))[0];
  if (!placeLink) throw new Error(`no link to ${place} in ${story}`);
  const placeName = (await placeLink.innerText()).trim();
  await placeLink.click();
  await expect(page).toHaveURL((url) => url.pathname === place);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(placeName.length).toBeGreaterThan(1);

  // The place lists its figures in a table; the first value opens the figure's page.
  const table = page.getByRole('table', { name: /的数字$/ });
  const figureLink = (await linksTo(table, '/figures/'))[0];
  if (!figureLink) throw new Error(`no figure on ${place}`);
  const figurePath = (await figureLink.getAttribute('href')) ?? '';
  await figureLink.click();
  await expect(page).toHaveURL((url) => url.pathname === figurePath);
  const figure = (await allFigures(page)).find((f) => pathOf(f.url) === figurePath);
  if (!figure) throw new Error(`${figurePath} is not in figures.json`);
  const printed = figure.text;
  await expect(page.getByRole('blockquote')).toContainText(printed);

  // The figure page links to the sentence in the story; it lands highlighted, with the figure marked inside it.
  await page.getByRole('link', { name: '在报道中查看这一句' }).click();
  await expect(page).toHaveURL((url) => url.hash.startsWith('#fig-') && url.pathname.startsWith('/articles/'));
  const mark = page.locator('mark.fig:target');
  await expect(mark).toHaveCount(1);
  await expect(mark).toBeInViewport();
  await expect(mark).toHaveText(printed);
  const sentence = page.locator('.fig-sentence', { has: mark });
  await expect(sentence).toContainText(printed);
  const background = await sentence.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(background, 'the sentence is not highlighted').not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);

  // The marked figure links back to its page.
  await mark.getByRole('link').click();
  await expect(page).toHaveURL((url) => url.pathname === figurePath);
});

test("the figures table filters its page by place, and lists the page's figures without JavaScript", async ({ page, browser }) => {
  // /figures/ is page 1 of the table: the first figures in the order of the download.
  const figures = (await allFigures(page)).slice(0, PAGE_SIZE.figures);
  const counts = new Map<string, number>();
  for (const f of figures) for (const id of f.place ? [f.place.id, ...f.place.within] : []) counts.set(id, (counts.get(id) ?? 0) + 1);
  // A place with some figures on the page but not all, so the filter visibly narrows the table.
  const [placeId, expected] = [...counts].filter(([, n]) => n < figures.length).sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!placeId || !expected) throw new Error('no place with figures');

  await page.goto('/figures/');
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(figures.length);
  await page.getByRole('combobox', { name: '地方' }).selectOption(placeId);
  await expect(rows.filter({ visible: true })).toHaveCount(expected);
  await expect(page.getByRole('status')).toContainText(`显示 ${expected} 个`);
  await expect(page).toHaveURL((url) => url.searchParams.get('place') === placeId);

  // The choice survives a reload from the URL, and clearing it brings every figure of the page back.
  await page.reload();
  await expect(rows.filter({ visible: true })).toHaveCount(expected);
  await page.getByRole('button', { name: '清除筛选' }).click();
  await expect(rows.filter({ visible: true })).toHaveCount(figures.length);

  // The value column sorts by the value in base units, smallest first, then largest first.
  const valueHead = page.getByRole('columnheader', { name: /数值/ });
  await valueHead.getByRole('button').click();
  await expect(valueHead).toHaveAttribute('aria-sort', 'ascending');
  const values = async () =>
    Promise.all((await rows.all()).slice(0, 5).map(async (row) => Number(await row.getByRole('cell').first().getAttribute('data-sort-value'))));
  const ascending = await values();
  expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
  await valueHead.getByRole('button').click();
  await expect(valueHead).toHaveAttribute('aria-sort', 'descending');
  const descending = await values();
  expect(descending).toEqual([...descending].sort((a, b) => b - a));

  const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const plain = await noJs.newPage();
  await plain.goto(`/figures/?place=${placeId}`);
  await expect(
    plain
      .getByRole('table')
      .getByRole('row')
      .filter({ has: plain.getByRole('cell') })
      .filter({ visible: true }),
  ).toHaveCount(figures.length);
  await expect(plain.getByRole('combobox', { name: '地方' })).toBeHidden();
  await noJs.close();
});

test('the figures downloads: CSV with a byte-order mark for Excel, JSON with every figure', async ({ page }) => {
  const figures = await allFigures(page);
  expect(figures.length, 'no figures').toBeGreaterThan(0);
  const csv = await page.request.get('/figures/figures.csv');
  expect(csv.ok()).toBe(true);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)], 'UTF-8 byte-order mark').toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes
    .toString('utf8')
    .split('\r\n')
    .filter((line) => line !== '');
  expect(lines[0]).toContain('编号,数值');
  // One line per figure unless a quoted cell holds a line break.
  expect(lines.length).toBeGreaterThanOrEqual(figures.length + 1);
  for (const f of figures.slice(0, 5)) expect(pathOf(f.url)).toBe(`/figures/${f.id}/`);
});
