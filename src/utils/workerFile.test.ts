import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workerFile } from './workerFile.ts';

const root = mkdtempSync(path.join(tmpdir(), 'worker-file-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('workerFile', () => {
  it('takes the worker beside the module when the module runs from source', () => {
    const dir = path.join(root, 'project', 'src', 'charts');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'drawWorker.ts'), '');
    const moduleUrl = pathToFileURL(path.join(dir, 'draw.ts')).href;
    expect(workerFile(moduleUrl, 'src/charts', 'drawWorker.ts', '/elsewhere')).toBe(path.join(dir, 'drawWorker.ts'));
  });

  it("takes the project's copy under the working directory when the module was bundled elsewhere", () => {
    const bundled = pathToFileURL(path.join(root, 'dist', '.prerender', 'chunks', 'draw_abc123.mjs')).href;
    expect(workerFile(bundled, 'src/charts', 'drawWorker.ts', '/site')).toBe(path.join('/site', 'src/charts', 'drawWorker.ts'));
  });
});
