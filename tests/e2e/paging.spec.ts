/**
 * The index pages that list everything come a page at a time, at addresses that stay put: the pages of /figures/
 * together list every figure of the download once, in its order; the pager is a labelled nav with the current page
 * marked and rel=prev/next links; the year and district facets are plain pages that list exactly their figures,
 * reached and paged without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { allFigures, type FigureJson } from './pages.ts';
import { PAGE_SIZE } from '../../src/utils/paging.ts';

/** The figure pages a paged table lists, following its rel=next links from `start` to the last page. */
async function figuresAcrossPages(page: Page, start: string): Promise<{ ids: string[]; pages: string[] }> {
  const ids: string[] = [];
  const pages: string[] = [];
  let next: string | null = start;
  while (next !== null) {
    await page.goto(next);
    pages.push(new URL(page.url()).pathname);
    const values = page.locator('#all-figures tbody tr td:first-child a');
    for (const href of await values.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) ids.push(href.split('/')[2] ?? '');
    const link = page.locator('main a[rel="next"]');
    next = (await link.count()) > 0 ? await link.getAttribute('href') : null;
  }
  return { ids, pages };
}

// Which figures a page lists is the same at every width: tagged to run on desktop only (see playwright.config.ts).
test('the pages of /figures/ list every figure once, in the order of the download', { tag: '@desktop-only' }, async ({ page }) => {
  const figures = await allFigures(page);
  expect(figures.length, 'the real site should need more than one page').toBeGreaterThan(PAGE_SIZE.figures);
  const { ids, pages } = await figuresAcrossPages(page, '/figures/');
  expect(pages).toEqual(pages.map((_, i) => (i === 0 ? '/figures/' : `/figures/page/${i + 1}/`)));
  expect(pages.length).toBe(Math.ceil(figures.length / PAGE_SIZE.figures));
  expect(ids).toEqual(figures.map((f) => f.id));
});

test('the pager: a labelled nav, the current page marked, previous and next linked both ways', async ({ page }) => {
  await page.goto('/figures/');
  const pager = page.getByRole('navigation', { name: '数字分页' });
  await expect(pager.locator('[aria-current="page"]')).toHaveText('第1页');
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute('href', '/figures/page/2/');
  await expect(page.locator('head link[rel="prev"]')).toHaveCount(0);
  await pager.getByRole('link', { name: '下一页' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/figures/page/2/');
  await expect(page.getByRole('navigation', { name: '数字分页' }).locator('[aria-current="page"]')).toHaveText('第2页');
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute('href', '/figures/');
  await page.getByRole('navigation', { name: '数字分页' }).getByRole('link', { name: '上一页' }).click();
  await expect(page).toHaveURL((url) => url.pathname === '/figures/');
  // Page 1 has one address only: the index itself.
  expect((await page.request.get('/figures/page/1/')).status()).toBe(404);
});

test('year and district facets work without JavaScript and list exactly their figures', async ({ browser, page }) => {
  const figures = await allFigures(page);
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL });
  const plain = await context.newPage();
  const facets = plain.getByRole('navigation', { name: '按年份与地方查看数字' });

  // The year with most figures, reached by its link on /figures/.
  const byYear = new Map<number, FigureJson[]>();
  for (const f of figures) if (f.year !== null) byYear.set(f.year, [...(byYear.get(f.year) ?? []), f]);
  const [year, ofYear] = [...byYear].sort((a, b) => b[1].length - a[1].length)[0]!;
  await plain.goto('/figures/');
  await facets.getByRole('link', { name: `${year}年` }).click();
  await expect(plain).toHaveURL((url) => url.pathname === `/figures/year/${year}/`);
  await expect(plain.getByRole('heading', { level: 1 })).toHaveText(`${year}年的数字`);
  await expect(facets.getByRole('link', { name: `${year}年` })).toHaveAttribute('aria-current', 'page');
  expect((await figuresAcrossPages(plain, `/figures/year/${year}/`)).ids).toEqual(ofYear.map((f) => f.id));

  // A district's facet holds its own figures and those of every place below it.
  await plain.goto('/figures/');
  const districtLink = facets
    .getByRole('link')
    .filter({ hasText: /区$|县$/u })
    .first();
  const href = (await districtLink.getAttribute('href')) ?? '';
  const district = href.split('/')[3] ?? '';
  await districtLink.click();
  await expect(plain).toHaveURL((url) => url.pathname === `/figures/district/${district}/`);
  const expected = figures.filter((f) => f.place && [f.place.id, ...f.place.within].includes(district)).map((f) => f.id);
  expect(expected.length).toBeGreaterThan(0);
  expect((await figuresAcrossPages(plain, href)).ids).toEqual(expected);
  await context.close();
});
