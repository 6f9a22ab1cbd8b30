/**
 * Charts as journalists use them: every chart in `content/charts/` has its page, its embed and four downloads; the
 * downloaded data equals the figures' own files; every data point links to its sentence; the embed reports its
 * height to the page that holds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { parse } from 'yaml';

const CONTENT = path.join(import.meta.dirname, '..', '..', 'content');

/** Frontmatter of every Markdown file in a collection, by id. */
function collection(name: string): Map<string, Record<string, unknown>> {
  const dir = path.join(CONTENT, name);
  const out = new Map<string, Record<string, unknown>>();
  if (!fs.existsSync(dir)) return out;
  for (const file of fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = fs.readFileSync(path.join(dir, file), 'utf8');
    const end = text.indexOf('\n---', 4);
    out.set(file.slice(0, -3), parse(text.slice(4, end)) as Record<string, unknown>);
  }
  return out;
}

const charts = collection('charts');
const metrics = collection('metrics');
const slugs = [...charts.keys()];

/** Fetches a path and checks it is served with a 200 and the given content type. */
async function fetchOk(request: APIRequestContext, url: string, type: RegExp): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'] ?? '', `${url} content type`).toMatch(type);
  return response.body();
}

test('there are charts, and the gallery links to every one of them', async ({ page }) => {
  expect(slugs.length).toBeGreaterThan(0);
  await page.goto('/charts/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('图表');
  for (const slug of slugs) {
    const title = String(charts.get(slug)!.title);
    const card = page
      .getByRole('main')
      .getByRole('link', { name: title, exact: false })
      .and(page.locator(`[href="/charts/${slug}/"]`));
    await expect(card, slug).toHaveCount(1);
    await expect(card.getByRole('img'), slug).toHaveAttribute('src', `/charts/${slug}.svg`);
  }
});

// One visit a chart page: what it shows, and that each data point of its table links to its sentence in the story.
test('every chart has its page: title, the chart as an image named by its title, the data table whose every data point links to its sentence, downloads, embed code, citations', async ({
  page,
  request,
}) => {
  expect(slugs.length, 'no charts').toBeGreaterThan(0);
  const stories = new Map<string, string>();
  for (const slug of slugs) {
    const data = charts.get(slug)!;
    const title = String(data.title);
    const response = await page.goto(`/charts/${slug}/`);
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }), slug).toHaveText(title);
    // Pages carry a wide and a phone layout; the screen shows one.
    const chart = page.locator('figure svg[role="img"]:visible');
    await expect(chart, slug).toHaveCount(1);
    await expect(chart.locator('title').first(), slug).toHaveText(title);
    await expect(chart.locator('desc').first(), slug).toHaveText(String(data.finding));
    // Readers are told how the chart was made, and see the frame its figures share.
    await expect(page.getByText(data.handMade ? '编辑制作' : '自动生成，经规则校验', { exact: true }), slug).toBeVisible();
    if (data.subtitle) await expect(page.getByRole('main').getByText(String(data.subtitle), { exact: true }), slug).toBeVisible();
    // A chart ingest proposed names the comparability rule it satisfies.
    if (!data.handMade) expect(['compare', 'parts-of-whole', 'over-time', 'indicators-of-one-place', 'programme-timeline'], slug).toContain(data.rule);
    await expect(page.getByRole('table'), slug).toHaveCount(1);
    for (const ext of ['csv', 'json', 'svg', 'png']) await expect(page.locator(`a[href="/charts/${slug}.${ext}"][download]`), `${slug} ${ext}`).toHaveCount(1);
    await expect(page.getByLabel(/复制下面的代码/), slug).toHaveValue(new RegExp(`<iframe src="https?://[^"]+/embed/${slug}/"`));
    await expect(page.getByLabel('GB/T 7714—2015'), slug).toHaveValue(/\[EB\/OL\]/);
    await expect(page.getByLabel(/APA/), slug).toHaveValue(new RegExp(`/charts/${slug}/`));
    await expect(page.locator('meta[property="og:image"]'), slug).toHaveAttribute('content', new RegExp(`/charts/${slug}\\.png$`));
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${slug} scrolls sideways`).toBeLessThanOrEqual(0);

    const links = page.getByRole('table').locator('a[data-metric]');
    const ids = chartsMetrics(slug);
    await expect(links, slug).toHaveCount(ids.length);
    for (const link of await links.all()) {
      const href = (await link.getAttribute('href')) ?? '';
      const match = /^(\/articles\/[^#]+\/)#fig-(.+)$/u.exec(href);
      expect(match, `${slug}: ${href}`).not.toBeNull();
      const [, storyPath, id] = match!;
      expect(ids).toContain(id);
      if (!stories.has(storyPath!)) stories.set(storyPath!, await (await request.get(storyPath!)).text());
      expect(stories.get(storyPath!)!.includes(`id="fig-${id}"`), `${storyPath} has #fig-${id}`).toBe(true);
    }
  }
});

test('every chart has an embed: the chart alone, no site navigation, a credit linking back', async ({ page }) => {
  expect(slugs.length, 'no charts').toBeGreaterThan(0);
  for (const slug of slugs) {
    const response = await page.goto(`/embed/${slug}/`);
    expect(response?.status(), slug).toBe(200);
    await expect(page.getByRole('banner'), slug).toHaveCount(0);
    await expect(page.getByRole('navigation'), slug).toHaveCount(0);
    await expect(page.locator('svg[role="img"]:visible'), slug).toHaveCount(1);
    await expect(page.getByRole('link', { name: '查看数据与出处' }), slug).toHaveAttribute('href', `/charts/${slug}/`);
    const subtitle = String(charts.get(slug)!.subtitle ?? '');
    if (subtitle) await expect(page.getByText(subtitle, { exact: true }), slug).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${slug} embed scrolls sideways`).toBeLessThanOrEqual(0);
  }
});

test('every chart has four downloads with the right types: CSV with a BOM, JSON, SVG, PNG', async ({ request }) => {
  expect(slugs.length, 'no charts').toBeGreaterThan(0);
  for (const slug of slugs) {
    const csv = await fetchOk(request, `/charts/${slug}.csv`, /^text\/csv/);
    expect([...csv.subarray(0, 3)], `${slug}.csv starts with a UTF-8 BOM`).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('原文链接');
    const json = JSON.parse((await fetchOk(request, `/charts/${slug}.json`, /^application\/json/)).toString('utf8')) as {
      title: string;
      subtitle: string;
      rule: string | null;
    };
    expect(json.title).toBe(String(charts.get(slug)!.title));
    expect(json.subtitle).toBe(String(charts.get(slug)!.subtitle ?? ''));
    expect(json.rule).toBe(charts.get(slug)!.rule ?? null);
    const svg = (await fetchOk(request, `/charts/${slug}.svg`, /^image\/svg\+xml/)).toString('utf8');
    expect(svg).toMatch(/^<\?xml[^>]*>\s*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('Noto Sans');
    // The file carries the chart's shared frame and how it was made under its title.
    const data = charts.get(slug)!;
    expect(svg, `${slug}.svg subtitle`).toContain(
      `${data.subtitle ? `${String(data.subtitle)} · ` : ''}${data.handMade ? '编辑制作' : '自动生成，经规则校验'}`,
    );
    const png = await fetchOk(request, `/charts/${slug}.png`, /^image\/png/);
    expect([...png.subarray(0, 8)], `${slug}.png signature`).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // A PNG drawn at twice the 640-pixel width of the chart.
    expect(png.readUInt32BE(16), `${slug}.png width`).toBe(1280);
  }
});

test('the data in each JSON download equals the figures’ own files', async ({ request }) => {
  expect(slugs.length, 'no charts').toBeGreaterThan(0);
  for (const slug of slugs) {
    const chart = charts.get(slug)!;
    const json = (await (await request.get(`/charts/${slug}.json`)).json()) as {
      data: { metric: string; value: number; unit: string; normalized: number; text: string; quote: string }[];
    };
    expect(json.data.map((d) => d.metric).sort(), slug).toEqual([...(chart.metrics as string[])].sort());
    for (const point of json.data) {
      const figure = metrics.get(point.metric);
      expect(figure, `${slug}: ${point.metric} exists`).toBeDefined();
      expect(point.value, `${slug}: ${point.metric} value`).toBe(figure!.value);
      expect(point.unit).toBe(figure!.unit);
      expect(point.normalized).toBe(figure!.normalized);
      expect(point.text).toBe(figure!.text);
      expect(point.quote).toBe(figure!.quote);
    }
  }
});

/** Metric ids a chart draws. */
function chartsMetrics(slug: string): string[] {
  return [...((charts.get(slug)!.metrics as string[] | undefined) ?? [])];
}

test('an embed inside an iframe shows the chart and reports its height to the page around it', async ({ page, baseURL }) => {
  const slug = slugs[0]!;
  await page.setContent(
    `<!doctype html><html lang="zh-CN"><body><script>window.heights = []; addEventListener('message', (e) => { if (e.data && e.data.type === 'quancheng:embed-height') window.heights.push(e.data.height); });</script>` +
      `<iframe id="embed" src="${baseURL}/embed/${slug}/" title="图表" width="360" height="200" style="border:0"></iframe></body></html>`,
  );
  const frame = page.frameLocator('#embed');
  await expect(frame.locator('svg[role="img"]:visible')).toBeVisible();
  await expect(frame.getByRole('link', { name: '查看数据与出处' })).toBeVisible();
  const inner = page.frames().find((f) => f.url().includes(`/embed/${slug}/`))!;
  const contentHeight = await inner.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  // The iframe is 200 pixels tall; the chart needs more, and says exactly how much.
  expect(contentHeight).toBeGreaterThan(150);
  await expect.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.at(-1) ?? 0)).toBe(contentHeight);
});

test('a single figure embeds as a card: the number as printed, what it measures, its source', async ({ page }) => {
  const ids = [...metrics.keys()].slice(0, 3);
  expect(ids.length, 'no figures').toBeGreaterThan(0);
  for (const id of ids) {
    const figure = metrics.get(id)!;
    const response = await page.goto(`/embed/figures/${id}/`);
    expect(response?.status(), id).toBe(200);
    await expect(page.getByText(String(figure.text), { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(figure.subject));
    await expect(page.getByRole('link', { name: /《.+》/ })).toHaveAttribute('href', `/articles/${String(figure.article)}/#fig-${id}`);
  }
});
