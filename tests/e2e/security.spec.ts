/**
 * Trust: every page asks only its own origin for anything, runs under a Content-Security-Policy without violating
 * it, and the embeds work inside a sandboxed iframe on someone else's page.
 */
import { expect, test } from '@playwright/test';
import { samplePages } from './pages.ts';

const pages = samplePages();

test('a page of every type is checked', () => {
  expect(pages.length).toBeGreaterThanOrEqual(15);
});

for (const sample of pages) {
  test(`${sample.type} page: a CSP, no third-party request, no CSP violation`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content.Security.Policy/iu.test(message.text())) violations.push(message.text());
    });
    await page.goto(sample.path);
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

test('a chart embed works inside a sandboxed iframe on another page', async ({ page, baseURL }) => {
  const chart = pages.find((p) => p.type === 'chart embed');
  expect(chart, 'no chart was built').toBeDefined();
  const chartPage = await page.request.get(chart!.path.replace('/embed/', '/charts/'));
  const snippet = /<iframe [^<]*<\/iframe>/u.exec(
    (await chartPage.text()).replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&quot;', '"').replaceAll('&amp;', '&'),
  )?.[0];
  expect(snippet, 'the chart page offers an iframe snippet').toBeTruthy();
  expect(snippet).toContain('sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"');
  // The snippet points at the published site; here the same pages are served by the test server.
  const local = snippet!.replace(/src="https?:\/\/[^/"]+/u, `src="${baseURL}`);
  // A stand-in for a newspaper's page embedding the snippet as copied. It is served from the test server's origin
  // because Chromium refuses to frame a loopback address from any other origin; without allow-same-origin the
  // sandbox gives the embed an opaque origin all the same.
  const embedder = `${baseURL}/embedder-test.html`;
  await page.route(embedder, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Embedder</title><p>Before</p>${local}<p>After</p>` }),
  );
  await page.goto(embedder);
  const frame = page.frameLocator('iframe');
  await expect(frame.getByRole('img').first()).toBeVisible();
  await expect(frame.getByRole('link').last()).toHaveAttribute('href', /\/charts\//u);
});
