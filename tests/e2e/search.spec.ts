/**
 * Search as a reader uses it: the header box on every page, real queries typed into `/search/` (Chinese
 * words, names, pinyin, nonsense), grouped results, the URL, the Back button, the keyboard, the page
 * without JavaScript, and axe.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const INDEX = '/search-index.json';
const contentDir = path.join(import.meta.dirname, '..', '..', 'content');

/** Story pages whose text prints `word`, read from the generated Markdown (title and body). */
function storiesPrinting(word: string): string[] {
  const dir = path.join(contentDir, 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .filter((f) => {
      const text = readFileSync(path.join(dir, f), 'utf8');
      const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      const title = /^title: (.*)$/m.exec(front)?.[1] ?? '';
      return `${title}\n${body}`.includes(word);
    })
    .map((f) => `/articles/${f.replace(/\.md$/, '')}/`)
    .sort();
}

const searchBox = (page: Page) => page.getByRole('main').getByRole('searchbox', { name: '搜索报道、地方、人物、项目与数据' });
const status = (page: Page) => page.getByRole('status');
const group = (page: Page, label: string) => page.getByRole('region', { name: new RegExp(`^${label}`) });

/** Opens the search page, types a query as a reader would, and waits for the answer. */
async function typeQuery(page: Page, query: string): Promise<void> {
  if (!page.url().includes('/search/')) await page.goto('/search/');
  const box = searchBox(page);
  await box.click();
  await box.fill('');
  await box.pressSequentially(query, { delay: 20 });
  // The answer to the whole query, not to a prefix drawn while typing.
  await expect(page.locator('[data-search-results]')).toHaveAttribute('data-answers', query);
  await expect(status(page)).toHaveText(/找到 \d+ 条结果|没有找到/);
}

async function hrefs(page: Page, label: string): Promise<string[]> {
  const links = group(page, label).getByRole('link');
  return Promise.all((await links.all()).map(async (l) => (await l.getAttribute('href')) ?? ''));
}

test.describe('the header search box', () => {
  test('is on every page type, focused by /, and leads to /search/?q=…', async ({ page }) => {
    for (const url of ['/', '/articles/', '/districts/']) {
      await page.goto(url);
      const box = page.getByRole('banner').getByRole('searchbox', { name: /搜索/ });
      await expect(box, url).toBeVisible();
      await page.locator('body').press('/');
      await expect(box, url).toBeFocused();
    }
    const box = page.getByRole('banner').getByRole('searchbox');
    await box.fill('物流');
    await box.press('Enter');
    await expect(page).toHaveURL(/\/search\/\?q=%E7%89%A9%E6%B5%81$/);
    await expect(searchBox(page)).toHaveValue('物流');
    await expect(group(page, '文章')).toBeVisible();
  });

  test('the index is not fetched with the page, only once the box is focused', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.waitForLoadState('networkidle');
    expect(requested).not.toContain(INDEX);
    const fetched = page.waitForRequest((request) => new URL(request.url()).pathname === INDEX);
    await page.getByRole('banner').getByRole('searchbox').focus();
    await fetched;
  });
});

test.describe('results', () => {
  // One search page answers every query in turn, as a reader retyping would; each row keeps its own assertions.
  test('names, places and pinyin put their page first, in its group', async ({ page }) => {
    for (const [query, label, href] of [
      // a district name puts the district page on top
      ['历下区', '地区', '/districts/lixia-qu/'],
      // an official's name puts the person on top
      ['李洪伟', '人物', '/officials/li-hongwei/'],
      // pinyin: full, initials, a name in full pinyin
      ['lixia', '地区', '/districts/lixia-qu/'],
      ['lxq', '地区', '/districts/lixia-qu/'],
      ['lihongwei', '人物', '/officials/li-hongwei/'],
    ] as const) {
      await typeQuery(page, query);
      const firstGroup = page.locator('.result-group').first();
      await expect(firstGroup.getByRole('heading', { level: 2 }), query).toContainText(label);
      await expect(firstGroup.getByRole('link').first(), query).toHaveAttribute('href', href);
      await expect(firstGroup.getByRole('link').first().locator('mark'), query).not.toHaveCount(0);
      await expect(page, query).toHaveURL(`/search/?q=${query}`);
    }
  });

  test('a word finds every story that prints it, with the word marked', async ({ page }) => {
    for (const word of ['义工', '物流', '蓝莓']) {
      const expected = storiesPrinting(word);
      expect(expected.length, `no story prints ${word}`).toBeGreaterThan(0);
      await typeQuery(page, word);
      const found = (await hrefs(page, '文章')).sort();
      expect(found, word).toEqual(expected);
      const marks = await group(page, '文章').locator('mark').allInnerTexts();
      expect(marks.length, word).toBeGreaterThan(0);
      for (const mark of marks) expect(word).toContain(mark);
    }
  });

  test('results come in groups of stories, places, people, programmes, figures and charts', async ({ page }) => {
    await typeQuery(page, '历下区');
    const headings = await page.locator('.result-group h2').allInnerTexts();
    const labels = headings.map((h) => h.replace(/\s*\d+\s*条$/, '').trim());
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) expect(['文章', '地区', '人物', '项目与行动', '数据', '图表']).toContain(label);
    expect(new Set(labels).size).toBe(labels.length);
    // every result has a title link and a snippet
    const results = page.locator('.result');
    for (const result of (await results.all()).slice(0, 5)) {
      await expect(result.getByRole('link')).toHaveCount(1);
      await expect(result.locator('.result__snippet')).not.toBeEmpty();
    }
  });

  test('a figure links to its sentence inside the story', async ({ page }) => {
    await typeQuery(page, '物流');
    const link = group(page, '数据').getByRole('link').first();
    const href = (await link.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/articles\/[a-z0-9-]+\/#fig-[a-z0-9-]+$/);
    await link.click();
    await expect(page).toHaveURL((url) => `${url.pathname}${url.hash}` === href);
    await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toHaveCount(1);
  });

  test('nonsense finds nothing, says so, and offers the place and programme indexes', async ({ page }) => {
    await typeQuery(page, '量子火锅xyzzy');
    await expect(status(page)).toHaveText(/没有找到与“量子火锅xyzzy”相关的结果/);
    const results = page.locator('#search-results');
    await expect(results.getByRole('link', { name: '地方索引' })).toHaveAttribute('href', '/districts/');
    await expect(results.getByRole('link', { name: '项目与行动索引' })).toHaveAttribute('href', '/initiatives/');
  });

  test('the status line announces the count', async ({ page }) => {
    await typeQuery(page, '物流');
    const count = await page.locator('.result-group__count').allInnerTexts();
    const total = count.reduce((sum, c) => sum + Number(/\d+/.exec(c)?.[0] ?? 0), 0);
    await expect(status(page)).toContainText(`找到 ${total} 条结果`);
  });
});

test.describe('the sharded index', () => {
  test('a query fetches the manifest and a few of its content-hashed files, from this site only', async ({ page, baseURL }) => {
    const requested: URL[] = [];
    page.on('request', (request) => requested.push(new URL(request.url())));
    await page.goto('/search/?q=%E6%9D%8E%E6%B4%AA%E4%BC%9F');
    await expect(page.locator('.result__link').first()).toHaveAttribute('href', '/officials/li-hongwei/');
    await page.waitForLoadState('networkidle');

    const manifest = (await (await page.request.get(INDEX)).json()) as { whole?: string; buckets?: { set: string; count: number }; docs?: { set: string } };
    // The files the manifest names: the one file of a small site, or the bucket and document files of a large one's sets.
    const named = (file: string): boolean => {
      const name = /^\/search\/shards\/([0-9a-f]{12})(?:-([bd])(\d+))?\.json$/.exec(file);
      if (!name) return false;
      if (name[2] === undefined) return name[1] === manifest.whole || manifest.whole === undefined;
      return name[1] === (name[2] === 'b' ? manifest.buckets?.set : manifest.docs?.set);
    };
    const origin = new URL(baseURL ?? page.url()).origin;
    expect(requested.filter((u) => u.origin !== origin).map(String), 'requests to another origin').toEqual([]);
    const data = requested.map((u) => u.pathname).filter((p) => p.endsWith('.json'));
    expect(data[0]).toBe(INDEX);
    const shards = data.slice(1);
    expect(shards.length).toBeGreaterThan(0);
    for (const shard of shards) expect(named(shard), shard).toBe(true);
    // Each file once: it is named by its content and cached. (The real site is small enough to be one file and
    // no buckets, WHOLE_BELOW_BYTES; a large site's query fetches a few buckets and documents, searchShards.test.ts.)
    expect(new Set(shards).size).toBe(shards.length);
    if (manifest.whole !== undefined) expect(shards).toEqual([`/search/shards/${manifest.whole}.json`]);
  });

  test('traditional characters find what simplified ones find', async ({ page }) => {
    await typeQuery(page, '济南');
    const simplified = await status(page).innerText();
    await typeQuery(page, '濟南');
    await expect(status(page)).toHaveText(simplified);
  });
});

test.describe('the URL and the Back button', () => {
  test('a shared link shows its results; typing updates them without a page load; Back returns to the previous search', async ({ page }) => {
    await page.goto('/search/?q=%E7%89%A9%E6%B5%81');
    await expect(searchBox(page)).toHaveValue('物流');
    await expect(group(page, '文章')).toBeVisible();
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));

    const box = searchBox(page);
    await box.fill('');
    await box.pressSequentially('蓝莓', { delay: 20 });
    await expect(page).toHaveURL('/search/?q=蓝莓');
    await expect(status(page)).toContainText('找到');
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker), 'the page reloaded').toBe(true);

    await page.goBack();
    await expect(page).toHaveURL('/search/?q=物流');
    await expect(box).toHaveValue('物流');
    await expect(group(page, '文章')).toBeVisible();
  });

  test('Back from a result returns to the results', async ({ page }) => {
    await typeQuery(page, '李洪伟');
    await page.locator('.result__link').first().click();
    await expect(page).toHaveURL('/officials/li-hongwei/');
    await page.goBack();
    await expect(searchBox(page)).toHaveValue('李洪伟');
    await expect(page.locator('.result__link').first()).toHaveAttribute('href', '/officials/li-hongwei/');
  });
});

test('arrow keys move through the results and Enter opens one', async ({ page }) => {
  await typeQuery(page, '历下区');
  const links = page.locator('.result__link');
  await expect(links.nth(1)).toBeVisible();
  const box = searchBox(page);
  await box.press('ArrowDown');
  await expect(links.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(box).toBeFocused();
  await box.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await links.nth(1).getAttribute('href');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.pathname === href);
});

test('without JavaScript the search page offers the form and the indexes', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/search/?q=%E7%89%A9%E6%B5%81');
  await expect(searchBox(page)).toBeVisible();
  await expect(page.getByRole('main').getByRole('button', { name: '搜索' })).toBeVisible();
  const indexes = page.getByRole('navigation', { name: '按索引浏览' });
  await expect(indexes.getByRole('link', { name: '地方' })).toHaveAttribute('href', '/districts/');
  await expect(indexes.getByRole('link', { name: '项目与行动' })).toHaveAttribute('href', '/initiatives/');
  await page.goto('/');
  await expect(page.getByRole('banner').getByRole('search')).toHaveAttribute('action', '/search/');
  await context.close();
});

test.describe('accessibility', () => {
  // The search page with results (`?q=历下区`) is scanned with every page type in a11y.spec.ts, in both schemes.
  for (const url of ['/search/', '/search/?q=xyzzy']) {
    test(`axe finds no violations on ${url}`, async ({ page }) => {
      await page.goto(url);
      if (url.includes('?q=')) await expect(status(page)).toHaveText(/找到|没有找到/);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
});
