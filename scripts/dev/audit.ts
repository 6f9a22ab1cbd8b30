/**
 * The Lighthouse audit (`npm run audit`): performance, accessibility, best practices and SEO of five page types of
 * the built site (home, a story, a district, /figures/, a chart when the site has charts), in Debian's Chromium,
 * as a phone (Lighthouse's default: Moto G Power, slow 4G, simulated) and as a desktop. Writes audit/results.md.
 *
 *   npm run build && npm run audit
 *   npm run audit -- --dist DIR --out FILE --form-factor mobile|desktop|both --reports DIR
 *
 * `dist/` is served by a small static server that compresses text with gzip and marks hashed `/_astro/` assets
 * immutable, as any static host does; without that, Lighthouse would grade the test server, not the site.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';
import { importTool } from './tools.ts';

/** The part of a Lighthouse result read here (Lighthouse is a tool installed on demand, so its types are too). */
interface Result {
  lighthouseVersion: string;
  runtimeError?: { code: string; message: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode?: string; displayValue?: string; details?: unknown } | undefined>;
}

/** The Lighthouse flags passed here. */
interface Flags {
  port: number;
  output: 'json';
  logLevel: 'error';
  onlyCategories: string[];
}

/** The Lighthouse and chrome-launcher entry points used here. */
interface LighthouseModule {
  default: (url: string, flags: Flags, config?: unknown) => Promise<{ lhr: Result } | undefined>;
  desktopConfig: unknown;
}
interface ChromeLauncherModule {
  launch: (options: { chromePath: string; chromeFlags: string[]; logLevel: 'error' }) => Promise<{ port: number; kill: () => void | Promise<void> }>;
}

/** The categories graded, in report order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** A page to audit. */
export interface AuditPage {
  /** Page type, e.g. `article`. */
  type: string;
  /** Path on the site, with the trailing slash. */
  path: string;
}

/** An audit that lost points. */
export interface FailingAudit {
  /** Lighthouse audit id. */
  id: string;
  /** Category it counts in. */
  category: string;
  /** Audit title. */
  title: string;
  /** Score 0–1. */
  score: number;
  /** Lighthouse's short value (`2.1 s`, `3 elements`), if any. */
  displayValue: string;
  /** Points of the category lost to it (weight share × missing score), 0 for diagnostics. */
  lost: number;
  /** CSS selector of the first element the audit names, if any. */
  selector: string;
}

/** One audited page. */
export interface PageScores {
  /** The page. */
  page: AuditPage;
  /** `mobile` or `desktop`. */
  formFactor: string;
  /** Scores 0–100 by category; null when Lighthouse could not score it. */
  scores: Record<string, number | null>;
  /** Audits that lost points, worst first. */
  failing: FailingAudit[];
}

/** First sub-folder of `dir` (sorted) holding an index.html, or null. */
function firstPage(dir: string): string | null {
  if (!existsSync(dir)) return null;
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'index.html')))
    .map((d) => d.name)
    .sort();
  return names[0] ?? null;
}

/** The five page types present in a built site, each with the first page of its kind. */
export function pickPages(dist: string): AuditPage[] {
  const pages: AuditPage[] = [{ type: 'home', path: '/' }];
  const one = (type: string, folder: string): void => {
    const name = firstPage(join(dist, folder));
    if (name !== null) pages.push({ type, path: `/${folder}/${name}/` });
  };
  one('article', 'articles');
  one('district', 'districts');
  if (existsSync(join(dist, 'figures', 'index.html'))) pages.push({ type: 'figures', path: '/figures/' });
  one('chart', 'charts');
  return pages;
}

/** The selector of the first element listed in an audit's details (table and list items carry a `node`). */
function firstSelector(details: unknown): string {
  const items = (details as { items?: unknown } | undefined)?.items;
  if (!Array.isArray(items)) return '';
  for (const item of items as { node?: { selector?: unknown } }[]) {
    if (typeof item?.node?.selector === 'string') return item.node.selector;
  }
  return '';
}

/** The audits of a Lighthouse result that lost points: scored ones by points lost, then failing diagnostics. */
export function failingAudits(lhr: Pick<Result, 'categories' | 'audits'>): FailingAudit[] {
  const out: FailingAudit[] = [];
  for (const id of CATEGORIES) {
    const category = lhr.categories[id];
    if (!category) continue;
    const total = category.auditRefs.reduce((a, r) => a + r.weight, 0) || 1;
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (!audit || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable' || audit.scoreDisplayMode === 'manual') continue;
      // Lighthouse shows diagnostics at or above 0.9 as passed.
      if (ref.weight === 0 && audit.score >= 0.9) continue;
      out.push({
        id: ref.id,
        category: id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? '',
        lost: (100 * ref.weight * (1 - audit.score)) / total,
        selector: firstSelector(audit.details),
      });
    }
  }
  return out.sort((a, b) => b.lost - a.lost || a.score - b.score || a.id.localeCompare(b.id));
}

/** The results as Markdown: one score table per form factor, then each page's top failing audits. */
export function auditMarkdown(results: readonly PageScores[], meta: { date: string; chromium: string; lighthouse: string; top?: number }): string {
  const top = meta.top ?? 5;
  const score = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : String(v));
  const lines = [
    '# Lighthouse audit',
    '',
    `Generated by \`npm run audit\` (scripts/dev/audit.ts) on ${meta.date}: Lighthouse ${meta.lighthouse}, ${meta.chromium}, against the built`,
    '`dist/` served locally with gzip. The goal is 100 in every column.',
  ];
  for (const formFactor of [...new Set(results.map((r) => r.formFactor))]) {
    const rows = results.filter((r) => r.formFactor === formFactor);
    lines.push('', `## ${formFactor === 'mobile' ? 'Phone (Lighthouse default: emulated Moto G Power, slow 4G)' : 'Desktop'}`, '');
    lines.push('| page | path | performance | accessibility | best practices | SEO |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of rows) lines.push(`| ${r.page.type} | \`${r.page.path}\` | ${CATEGORIES.map((c) => score(r.scores[c])).join(' | ')} |`);
    lines.push('', 'Top failing audits per page (points lost in the category; diagnostics show 0):', '');
    for (const r of rows) {
      const failing = r.failing.slice(0, top);
      lines.push(
        `- **${r.page.type}**: ${failing.length === 0 ? 'none' : failing.map((f) => `${f.title} [${f.category}, ${f.id}${f.displayValue ? `: ${f.displayValue}` : ''}${f.selector ? `; \`${f.selector}\`` : ''}] −${f.lost.toFixed(1)}`).join('; ')}`,
      );
    }
  }
  lines.push('');
  return lines.join('\n');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.woff2': 'font/woff2',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/u;

/** Serves `root` on a free port of 127.0.0.1, like a static host: index.html for folders, 404.html, gzip. */
export async function serveStatic(root: string): Promise<{ server: Server; origin: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    let status = 200;
    if (!existsSync(path) || !statSync(path).isFile()) {
      status = 404;
      path = join(base, '404.html');
      if (!existsSync(path)) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
    }
    const type = TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer = readFileSync(path);
    const headers: Record<string, string> = { 'content-type': type };
    headers['cache-control'] = url.pathname.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
    if (COMPRESSIBLE.test(type) && /\bgzip\b/u.test(String(req.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(status, { ...headers, 'content-length': String(body.length) });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

/** Chromium flags: headless, and none of the background calls to Google that this machine refuses. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Options {
  dist: string;
  out: string;
  formFactors: ('mobile' | 'desktop')[];
  reports: string | null;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: join('audit', 'results.md') },
      'form-factor': { type: 'string', default: 'both' },
      reports: { type: 'string' },
    },
    strict: true,
  });
  const ff = values['form-factor'];
  if (!['mobile', 'desktop', 'both'].includes(ff)) throw new Error(`--form-factor: expected mobile, desktop or both, got ${ff}`);
  return {
    dist: resolve(values.dist),
    out: resolve(values.out),
    formFactors: ff === 'both' ? ['mobile', 'desktop'] : [ff as 'mobile' | 'desktop'],
    reports: values.reports ? resolve(values.reports) : null,
  };
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (!existsSync(join(options.dist, 'index.html'))) {
    console.error(`audit: ${options.dist} holds no built site; run npm run build first`);
    return 1;
  }
  const pages = pickPages(options.dist);
  // Loaded here so that the pure helpers above can be imported (by tests) without Lighthouse's start-up cost.
  // Installed on demand in tools/ (scripts/dev/tools.ts), with chrome-launcher as Lighthouse's own dependency.
  const { default: lighthouse, desktopConfig } = await importTool<LighthouseModule>('lighthouse');
  const { launch } = await importTool<ChromeLauncherModule>('chrome-launcher');
  const { server, origin } = await serveStatic(options.dist);
  const chrome = await launch({ chromePath: '/usr/bin/chromium', chromeFlags: CHROME_FLAGS, logLevel: 'error' });
  const results: PageScores[] = [];
  let lighthouseVersion = '';
  let chromium = 'Chromium';
  try {
    // The user agent reports a reduced version; the DevTools endpoint has the full one.
    const version = (await (await fetch(`http://127.0.0.1:${chrome.port}/json/version`)).json()) as { Browser?: string };
    chromium = version.Browser?.replace('HeadlessChrome', 'Chromium') ?? chromium;
    for (const formFactor of options.formFactors) {
      for (const page of pages) {
        const flags: Flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
        const run = await lighthouse(`${origin}${page.path}`, flags, formFactor === 'desktop' ? desktopConfig : undefined);
        if (!run) throw new Error(`lighthouse returned nothing for ${page.path}`);
        const { lhr } = run;
        if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        lighthouseVersion = lhr.lighthouseVersion;
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c]!.score! * 100)]));
        results.push({ page, formFactor, scores, failing: failingAudits(lhr) });
        console.log(`${formFactor.padEnd(7)} ${page.type.padEnd(8)} ${CATEGORIES.map((c) => `${c} ${scores[c] ?? 'n/a'}`).join('  ')}  ${page.path}`);
        if (options.reports) {
          mkdirSync(options.reports, { recursive: true });
          writeFileSync(join(options.reports, `${formFactor}-${page.type}.json`), JSON.stringify(lhr));
        }
      }
    }
  } finally {
    chrome.kill();
    server.close();
  }
  mkdirSync(join(options.out, '..'), { recursive: true });
  writeFileSync(options.out, auditMarkdown(results, { date: new Date().toISOString().slice(0, 10), chromium, lighthouse: lighthouseVersion }));
  console.log(`wrote ${options.out}`);
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(`audit: ${(error as Error).stack ?? String(error)}`);
      process.exitCode = 1;
    },
  );
}
