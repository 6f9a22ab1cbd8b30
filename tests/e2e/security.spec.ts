/**
 * Trust: the embeds work inside a sandboxed iframe on someone else's page. (That every page type asks only its own
 * origin for anything and runs under a Content-Security-Policy without violating it is checked in site.spec.ts, in
 * the same visit as the page's other checks.)
 */
import { expect, test } from '@playwright/test';
import { samplePages } from './pages.ts';

const pages = samplePages();

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
