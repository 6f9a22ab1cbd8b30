import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../schemas.ts';
import { ContentDigest, contentDigest } from './contentIndex.ts';

const CONTENT = path.join(import.meta.dirname, '..', '..', 'content');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A copy of the site's collections to change. */
function contentCopy(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'content-digest-')), 'content');
  dirs.push(path.dirname(dir));
  for (const name of readdirSync(CONTENT)) if (name !== 'sources') cpSync(path.join(CONTENT, name), path.join(dir, name), { recursive: true });
  return dir;
}

/** The digest as a build makes it: fed the file texts as its integrity check reads them, every collection in the
 * order of the schemas (stories first), each one's files sorted. */
function digestOfCheck(contentDir: string): string {
  const digest = new ContentDigest();
  for (const collection of COLLECTIONS) {
    const dir = path.join(contentDir, collection);
    for (const file of readdirSync(dir).sort()) digest.add(collection, file, readFileSync(path.join(dir, file), 'utf8'));
  }
  return digest.digest();
}

describe('the digest of the collections the story annotator reads', () => {
  it('is the same from the files the integrity check read as from the disk', () => {
    const dir = contentCopy();
    expect(digestOfCheck(dir)).toBe(contentDigest(dir));
  });

  it('changes when a figure changes, not when a story does', () => {
    const dir = contentCopy();
    const before = contentDigest(dir);
    const story = path.join(dir, 'articles', readdirSync(path.join(dir, 'articles'))[0]!);
    writeFileSync(story, `${readFileSync(story, 'utf8')}\n补充一段。\n`);
    expect(contentDigest(dir)).toBe(before);
    const figure = path.join(dir, 'metrics', readdirSync(path.join(dir, 'metrics'))[0]!);
    writeFileSync(figure, readFileSync(figure, 'utf8').replace(/^subject: (.*)$/mu, 'subject: $1（更正）'));
    expect(contentDigest(dir)).not.toBe(before);
    expect(digestOfCheck(dir)).toBe(contentDigest(dir));
  });
});
