/**
 * The real `astro build` on a copy of the project whose content/ lost a collection: it must fail, naming the folder
 * (it used to exit 0 and publish 510 pages, logging one line). The check runs before any page is rendered, so this
 * build stops within seconds.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'build-integrity-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('npm run build fails on a content/ without officials, naming the collection', () => {
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'scripts', 'public', 'content'])
    cpSync(join(ROOT, entry), join(work, entry), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(work, 'node_modules'));
  rmSync(join(work, 'content', 'officials'), { recursive: true });
  const r = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], {
    cwd: work,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  expect(r.status).not.toBe(0);
  expect(`${r.stdout}${r.stderr}`).toContain('content/officials/: the officials collection is missing; run npm run ingest');
}, 120_000);
