/**
 * End-to-end tests against the built site in `dist/`, served by `astro preview`, in Debian's Chromium.
 * Playwright's own browser download cannot run here (no network but the package registries), so the
 * system browser is launched instead: `npm test` installs it when missing (scripts/dev/ensureBrowser.ts).
 */
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets several checkouts on one machine run their browser tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4329);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const root = import.meta.dirname;
const bin = path.join(root, 'node_modules', '.bin');

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: '.tmp/test-results',
  // Two workers use both cores; the static preview server needs little. Tests of one file still run in order.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: BASE_URL,
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Without the networking flags Chromium keeps dialling Google's hosts, which this machine refuses.
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    // At phone width run what a width can change: accessibility (structure and names; colours in the light scheme,
    // the dark scheme is the same palette and is checked on desktop), layout (no sideways scroll), reading and
    // browsing. Behaviour that no viewport changes (search logic, page weight, downloads, CSP, the crawl, which
    // figures each page of a table lists) runs on desktop only.
    {
      name: 'phone',
      testMatch: /(a11y|site|browse|article|paging)\.spec\.ts/u,
      // A test inside those files that no width can change carries this tag.
      grepInvert: /@desktop-only/u,
      use: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 800 } } },
  ],
  // E2E_NO_SERVER=1: the file-reading specs only (crawl of another build in DIST_DIR), no preview server needed.
  webServer:
    process.env.E2E_NO_SERVER === '1'
      ? undefined
      : {
          // --ignore-lock keeps the server in the foreground (Astro otherwise backgrounds itself under some terminals).
          command: `astro preview --host 127.0.0.1 --port ${PORT} --ignore-lock`,
          url: `${BASE_URL}/`,
          cwd: root,
          env: {
            PATH: `${bin}${path.delimiter}${process.env.PATH ?? ''}`,
            ASTRO_TELEMETRY_DISABLED: '1',
          },
          reuseExistingServer: false,
          timeout: 60_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
});
