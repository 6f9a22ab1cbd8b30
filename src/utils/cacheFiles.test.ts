import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { packageVersion, writeWhole } from './cacheFiles.ts';

const root = mkdtempSync(path.join(tmpdir(), 'cache-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('writeWhole', () => {
  it('leaves the whole file and no temporary one', () => {
    const file = path.join(root, 'entry.json');
    writeWhole(file, '{"a":1}');
    writeWhole(file, '{"a":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"a":2}');
    expect(readdirSync(root)).toEqual(['entry.json']);
  });

  it('leaves nothing behind when the folder cannot take the file', () => {
    const file = path.join(root, 'missing', 'entry.json');
    expect(() => writeWhole(file, 'x')).toThrow();
    expect(existsSync(path.join(root, 'missing'))).toBe(false);
  });
});

describe('packageVersion', () => {
  it("reads the installed version, also of a package whose entry sits in a subfolder (fuse.js's dist/)", () => {
    const installed = (name: string): string =>
      (JSON.parse(readFileSync(path.join('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
    expect(packageVersion('fuse.js', import.meta.url)).toBe(installed('fuse.js'));
    expect(packageVersion('@resvg/resvg-js', import.meta.url)).toBe(installed('@resvg/resvg-js'));
  });
});
