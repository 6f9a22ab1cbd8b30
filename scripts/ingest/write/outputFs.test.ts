import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFilesInParallel } from './outputFs.ts';

const work = mkdtempSync(join(tmpdir(), 'output-fs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A batch of figure-like files in `dir`; the tests split batches of 2 or more over two threads. */
const SPLIT = 2;
function batch(dir: string, count = 41): [string, string][] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, i) => [join(dir, `fig-${i}.md`), `---\nvalue: ${i}\nunit: 亿元\n---\n\n> 某区第${i}项指标达到${i}亿元。\n`]);
}

describe('writeFilesInParallel (ingest writes its staging folder with it)', () => {
  it('writes every file whole, the half on the helper thread as well as this one', () => {
    const files = batch(join(work, 'whole'));
    writeFilesInParallel(files, SPLIT);
    expect(readdirSync(join(work, 'whole'))).toHaveLength(files.length);
    for (const [path, content] of [files[0]!, files[files.length >> 1]!, files.at(-1)!]) expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it("throws the helper thread's failure as node:fs would, with its code, call and path", () => {
    const files = batch(join(work, 'broken'));
    const missing = join(work, 'no-such-folder', 'fig-last.md');
    files[files.length - 1] = [missing, '---\nvalue: 1\n---\n'];
    let thrown: NodeJS.ErrnoException | undefined;
    try {
      writeFilesInParallel(files, SPLIT);
    } catch (error) {
      thrown = error as NodeJS.ErrnoException;
    }
    expect(thrown).toMatchObject({ code: 'ENOENT', syscall: 'open', path: missing });
  });

  it("throws this thread's own failure", () => {
    const files = batch(join(work, 'mine'));
    const missing = join(work, 'elsewhere', 'fig-first.md');
    files[0] = [missing, ''];
    expect(() => writeFilesInParallel(files, SPLIT)).toThrow(expect.objectContaining({ code: 'ENOENT', path: missing }));
  });
});
