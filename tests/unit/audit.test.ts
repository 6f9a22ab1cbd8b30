import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Server } from 'node:http';
import { auditMarkdown, failingAudits, pickPages, serveStatic } from '../../scripts/dev/audit.ts';

/** A made-up built site: home, two stories, a district, the figures page, a chart, a 404 page and a script. */
function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), 'audit-test-'));
  const page = (path: string, html: string): void => {
    mkdirSync(join(dir, path), { recursive: true });
    writeFileSync(join(dir, path, 'index.html'), html);
  };
  page('', '<!doctype html><title>首页</title>');
  page('articles/zhu-jian-qiang-sheng-hui', '<p>故事二</p>');
  page('articles/dang-jian-yin-ling', '<p>故事一</p>');
  page('districts/lixia-qu', '<p>历下区</p>');
  page('figures', '<p>全部数字</p>');
  page('charts/huaiyin-qu-gdp', '<svg></svg>');
  writeFileSync(join(dir, '404.html'), '<p>找不到页面</p>');
  mkdirSync(join(dir, '_astro'));
  writeFileSync(join(dir, '_astro', 'app.abc123.js'), 'console.log(1);'.repeat(50));
  return dir;
}

describe('pickPages', () => {
  it('takes one page of each type, the first in name order, and skips types the site lacks', () => {
    const dist = fakeDist();
    expect(pickPages(dist)).toEqual([
      { type: 'home', path: '/' },
      { type: 'article', path: '/articles/dang-jian-yin-ling/' },
      { type: 'district', path: '/districts/lixia-qu/' },
      { type: 'figures', path: '/figures/' },
      { type: 'chart', path: '/charts/huaiyin-qu-gdp/' },
    ]);
    rmSync(join(dist, 'charts'), { recursive: true });
    expect(pickPages(dist).map((p) => p.type)).toEqual(['home', 'article', 'district', 'figures']);
    rmSync(dist, { recursive: true });
  });
});

describe('failingAudits', () => {
  const lhr = {
    categories: {
      performance: {
        auditRefs: [
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'total-blocking-time', weight: 30 },
          { id: 'first-contentful-paint', weight: 10 },
          { id: 'layout-shifts', weight: 0 },
          { id: 'font-display', weight: 0 },
        ],
      },
      accessibility: {
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'label-content-name-mismatch', weight: 0 },
          { id: 'table-fake-caption', weight: 0 },
        ],
      },
    },
    audits: {
      // CLS 0.14: loses 25 % × (1 − 0.79) of performance
      'cumulative-layout-shift': {
        title: 'Cumulative Layout Shift',
        score: 0.79,
        scoreDisplayMode: 'numeric',
        displayValue: '0.14',
        details: { type: 'table', items: [{ node: { selector: 'div.table-scroll' } }] },
      },
      // a small TBT loss
      'total-blocking-time': { title: 'Total Blocking Time', score: 0.97, scoreDisplayMode: 'numeric', displayValue: '90 ms' },
      // a passed metric is not listed
      'first-contentful-paint': { title: 'First Contentful Paint', score: 1, scoreDisplayMode: 'numeric' },
      // a failing diagnostic with no weight is still listed, after the scored losses
      'layout-shifts': { title: 'Avoid large layout shifts', score: 0, scoreDisplayMode: 'numeric' },
      // a diagnostic Lighthouse shows as passed (≥ 0.9) is not listed
      'font-display': { title: 'Font display', score: 0.95, scoreDisplayMode: 'metricSavings' },
      'color-contrast': {
        title: 'Background and foreground colors have enough contrast',
        score: 0,
        scoreDisplayMode: 'binary',
        details: { type: 'table', items: [{ node: { selector: 'p.dek' } }] },
      },
      'label-content-name-mismatch': { title: 'Visible label not in accessible name', score: 0, scoreDisplayMode: 'binary' },
      // not applicable audits never count
      'table-fake-caption': { title: 'Tables use caption', score: null, scoreDisplayMode: 'notApplicable' },
    },
  };

  it('lists what lost points, worst first, with the element to fix', () => {
    const failing = failingAudits(lhr as unknown as Parameters<typeof failingAudits>[0]);
    expect(failing.map((f) => f.id)).toEqual([
      'color-contrast',
      'cumulative-layout-shift',
      'total-blocking-time',
      'label-content-name-mismatch',
      'layout-shifts',
    ]);
    expect(failing[0]).toMatchObject({ category: 'accessibility', lost: 100, selector: 'p.dek' });
    expect(failing[1]!.lost).toBeCloseTo((100 * 25 * 0.21) / 65, 5);
  });
});

describe('auditMarkdown', () => {
  it('writes a score row per page and its top failing audits', () => {
    const md = auditMarkdown(
      [
        {
          page: { type: 'home', path: '/' },
          formFactor: 'mobile',
          scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
          failing: [],
        },
        {
          page: { type: 'figures', path: '/figures/' },
          formFactor: 'mobile',
          scores: { performance: 94, accessibility: 100, 'best-practices': 100, seo: null },
          failing: [
            {
              id: 'cumulative-layout-shift',
              category: 'performance',
              title: 'Cumulative Layout Shift',
              score: 0.79,
              displayValue: '0.14',
              lost: 5.2,
              selector: 'div.table-scroll',
            },
          ],
        },
      ],
      { date: '2025-01-02', chromium: 'Chromium/156', lighthouse: '12.8.2' },
    );
    expect(md).toContain('| home | `/` | 100 | 100 | 100 | 100 |');
    expect(md).toContain('| figures | `/figures/` | 94 | 100 | 100 | n/a |');
    expect(md).toContain('- **home**: none');
    expect(md).toContain('- **figures**: Cumulative Layout Shift [performance, cumulative-layout-shift: 0.14; `div.table-scroll`] −5.2');
  });
});

describe('serveStatic', () => {
  let dist: string;
  let server: Server;
  let origin: string;
  beforeAll(async () => {
    dist = fakeDist();
    ({ server, origin } = await serveStatic(dist));
  });
  afterAll(() => {
    server.close();
    rmSync(dist, { recursive: true });
  });

  it.each([
    // a folder URL serves its index.html
    { path: '/districts/lixia-qu/', status: 200, body: '历下区' },
    // the site's own 404 page, with a 404 status
    { path: '/no/such/page/', status: 404, body: '找不到页面' },
    // dot segments cannot climb out of the site
    { path: '/../../etc/passwd', status: 404, body: '找不到页面' },
  ])('$path → $status', async ({ path, status, body }) => {
    const res = await fetch(`${origin}${path}`);
    expect(res.status).toBe(status);
    expect(await res.text()).toContain(body);
  });

  it('redirects a folder URL without its slash, as the site links with one', async () => {
    const res = await fetch(`${origin}/figures`, { redirect: 'manual' });
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/figures/');
  });

  it('compresses text for browsers that accept gzip and marks hashed assets immutable', async () => {
    const { request } = await import('node:http');
    const raw = await new Promise<{ headers: Record<string, unknown>; body: Buffer }>((done, fail) => {
      request(`${origin}/_astro/app.abc123.js`, { headers: { 'accept-encoding': 'gzip' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
      })
        .on('error', fail)
        .end();
    });
    expect(raw.headers['content-encoding']).toBe('gzip');
    expect(raw.headers['cache-control']).toContain('immutable');
    expect(gunzipSync(raw.body).toString()).toBe('console.log(1);'.repeat(50));
  });
});
