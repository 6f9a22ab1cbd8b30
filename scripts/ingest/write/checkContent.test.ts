import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from './checkContent.ts';
import { InputError } from '../types.ts';

const ROOT = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'check-content-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the real content/ (without the sources), broken by `breakIt`. */
function copy(name: string, breakIt: (dir: string) => void): string {
  const dir = join(work, name);
  cpSync(join(ROOT, 'content'), dir, { recursive: true, filter: (src) => !src.includes('/sources') });
  breakIt(dir);
  return dir;
}

const firstArticle = (dir: string): string => readdirSync(join(dir, 'articles')).sort()[0]!;
const edit = (file: string, from: RegExp, to: string): void => {
  const text = readFileSync(file, 'utf8');
  expect(text).toMatch(from);
  writeFileSync(file, text.replace(from, to));
};

describe('checkContent (run by the build before anything is rendered)', () => {
  it('accepts the real content', () => {
    expect(checkContent(copy('intact', () => {}))).toBeNull();
  });

  const broken: { name: string; breakIt: (dir: string) => void; message: (dir: string) => RegExp }[] = [
    // A whole collection missing: Astro would log one line and publish 510 pages.
    {
      name: 'a missing collection',
      breakIt: (d) => rmSync(join(d, 'officials'), { recursive: true }),
      message: () => /^content\/officials\/: the officials collection is missing; run npm run ingest$/,
    },
    // A story lists a place that has no page.
    {
      name: 'an invalid reference',
      breakIt: (d) => edit(join(d, 'articles', firstArticle(d)), /^districts:\n/mu, 'districts:\n  - no-such-place\n'),
      message: (d) => new RegExp(`^content/articles/${firstArticle(d)}:\\d+: refers to districts entry no-such-place, which does not exist$`),
    },
    // A required field emptied by a hand edit.
    {
      name: 'a schema error',
      breakIt: (d) => edit(join(d, 'articles', firstArticle(d)), /^title: .*$/mu, 'title: 12'),
      message: (d) => new RegExp(`^content/articles/${firstArticle(d)}:2: invalid title: `),
    },
    // A hand edit that breaks the YAML itself: an unclosed quote on the title's line (line 2 of the file).
    {
      name: 'frontmatter that is not YAML',
      breakIt: (d) => edit(join(d, 'articles', firstArticle(d)), /^title: .*$/mu, 'title: "某区一季度数据'),
      message: (d) => new RegExp(`^content/articles/${firstArticle(d)}:[23]: frontmatter is not valid YAML: `),
    },
    // A key given twice, which YAML does not allow.
    {
      name: 'a key given twice',
      breakIt: (d) => edit(join(d, 'articles', firstArticle(d)), /^title: (.*)$/mu, 'title: $1\ntitle: 又一个标题'),
      message: (d) => new RegExp(`^content/articles/${firstArticle(d)}:3: frontmatter is not valid YAML: `),
    },
    // A file that is not Markdown with frontmatter.
    {
      name: 'a file without frontmatter',
      breakIt: (d) => writeFileSync(join(d, 'metrics', 'stray.md'), '随手记下的一行。\n'),
      message: () => /^content\/metrics\/stray\.md:1: no frontmatter/,
    },
  ];
  for (const c of broken) {
    it(`fails on ${c.name}, naming the file`, () => {
      const dir = copy(c.name.replace(/ /g, '-'), c.breakIt);
      expect(() => checkContent(dir)).toThrow(InputError);
      expect(() => checkContent(dir)).toThrow(c.message(dir));
    });
  }

  it('finishes a swap an interrupted ingest left before checking', () => {
    const dir = copy('journal', (d) => {
      mkdirSync(join(d, '.ingest-staging-k1'));
      mkdirSync(join(d, '.ingest-retired-k1'));
      renameSync(join(d, 'officials'), join(d, '.ingest-staging-k1', 'officials'));
      writeFileSync(join(d, '.ingest-journal.json'), JSON.stringify({ id: 'k1', folders: ['officials'] }));
    });
    expect(checkContent(dir)).toMatch(/finished the interrupted ingest k1/);
    expect(existsSync(join(dir, 'officials'))).toBe(true);
    expect(readdirSync(dir).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});
